import { randomUUID } from 'node:crypto';
import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { requireHousehold } from '../policies/require';
import { addStep, recordWrite, requireCase } from './casework';
import { reopenCaseIfClosed } from './record-intake';

/**
 * Spoed (KT5): starts an urgent-safety episode in any pathway state — also from a closed pathway, which
 * opens a new case with the same team. The team or the crisis service (through break the glass, KT5-R2).
 * The pathway state stays where it was; the episode overlays it until it ends with an explicit return.
 */
export async function startUrgentSafety(
  ctx: RequestContext,
  householdId: string,
  input: { situation: string },
) {
  await requireHousehold(ctx, householdId, 'urgent_safety.manage');
  await reopenCaseIfClosed(ctx, householdId);
  const access = await requireCase(ctx, householdId, 'urgent_safety.manage');
  const active = await ctx.tx
    .selectFrom('urgentSafetyEpisodes')
    .select('id')
    .where('caseId', '=', access.caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  if (active) {
    throw new AppError('urgent_safety_active');
  }
  const id = randomUUID();
  await ctx.tx
    .insertInto('urgentSafetyEpisodes')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      situation: input.situation,
      stateAtStart: access.pathwayState,
      startedAt: ctx.now,
      startedBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'urgent_safety.started',
    resourceType: 'urgent_safety',
    resourceId: id,
    after: { stateAtStart: access.pathwayState },
  });
  await addStep(ctx, access, 'Spoed: directe veiligheid organiseren', input.situation);
  return { id, stateAtStart: access.pathwayState };
}
