import { randomUUID } from 'node:crypto';
import type { ScoreCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { assertPersonsInHousehold, recordWrite, requireCase } from './casework';
import { assertLifeDomain } from './family-plan-guards';

/** A 1–5 self-sufficiency score for a life domain, by the professional or the family itself. */
export async function recordScore(ctx: RequestContext, householdId: string, input: ScoreCreate) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  await assertLifeDomain(ctx, input.lifeDomain);
  await assertPersonsInHousehold(ctx, householdId, [input.personId], 'personId');
  const id = randomUUID();
  await ctx.tx
    .insertInto('planScores')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      personId: input.personId ?? null,
      lifeDomain: input.lifeDomain,
      score: input.score,
      scoredBy: input.scoredBy,
      note: input.note ?? null,
      scoredAt: ctx.now,
      recordedBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'score.recorded',
    resourceType: 'plan_score',
    resourceId: id,
    personIds: input.personId ? [input.personId] : [],
    after: { lifeDomain: input.lifeDomain, score: input.score, scoredBy: input.scoredBy },
  });
  return { id };
}
