import { randomUUID } from 'node:crypto';
import type { ScoreCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertScore } from '../db/repositories/score.repository';
import { assertPersonsInHousehold, recordWrite, requireCase } from './casework';
import { assertLifeDomain } from './family-plan-guards';

/** A 1–5 self-sufficiency score for a life domain, by the professional or the family itself. */
export async function recordScore(ctx: RequestContext, householdId: string, input: ScoreCreate) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  await assertLifeDomain(ctx, input.lifeDomain);
  await assertPersonsInHousehold(ctx, c.viewer, [input.personId], 'personId');
  const id = randomUUID();
  await insertScore(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    personId: input.personId ?? null,
    lifeDomain: input.lifeDomain,
    score: input.score,
    scoredBy: input.scoredBy,
    note: input.note ?? null,
    scoredAt: ctx.now,
    recordedBy: ctx.actor.id,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'score.recorded',
      entityId: id,
      personIds: input.personId ? [input.personId] : [],
      payload: { lifeDomain: input.lifeDomain, score: input.score, scoredBy: input.scoredBy },
    },
    resourceType: 'score',
  });
  return { id };
}
