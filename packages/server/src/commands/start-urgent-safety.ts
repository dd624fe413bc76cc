import { randomUUID } from 'node:crypto';
import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findActiveEpisode, insertEpisode } from '../db/repositories/spoed.repository';
import { requireHousehold } from '../policies/require';
import { addStep, caseOf, recordWrite } from './casework';
import { reopenCaseIfClosed } from './reopen-case';

/**
 * Spoed (KT5): starts an urgent-safety episode in any pathway state — also from a closed pathway, which
 * opens a new case with the same team. The team or the crisis service (through break the glass, KT5-R2).
 * The pathway state stays where it was; the episode overlays it until it ends with an explicit return.
 * @throws AppError urgent_safety_active
 */
export async function startUrgentSafety(
  ctx: RequestContext,
  householdId: string,
  input: { situation: string },
) {
  const viewer = await requireHousehold(ctx, householdId, 'urgent_safety.manage');
  await reopenCaseIfClosed(ctx, viewer);
  const c = await caseOf(ctx, viewer);
  if (await findActiveEpisode(ctx.tx, c.caseId)) {
    throw new AppError('urgent_safety_active');
  }
  const id = randomUUID();
  await insertEpisode(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    situation: input.situation,
    stateAtStart: c.pathwayState,
    startedAt: ctx.now,
    startedBy: ctx.actor.id,
  });
  await recordWrite(ctx, viewer, {
    event: { type: 'urgent_safety.started', entityId: id, payload: { stateAtStart: c.pathwayState } },
    resourceType: 'urgent_safety',
  });
  await addStep(ctx, c, { code: 'urgent_safety.started', source: { type: 'urgent_safety', id } });
  return { id, stateAtStart: c.pathwayState };
}
