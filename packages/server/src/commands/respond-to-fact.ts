import { randomUUID } from 'node:crypto';
import { AppError, type FactResponseCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findFact, insertFactResponse } from '../db/repositories/fact.repository';
import { assertPersonsInHousehold, recordWrite, requireCase } from './casework';

/**
 * Hoor en wederhoor (LS-07): one household member's response to a fact. Each person's response is its own
 * row, so it can be shown to one member and withheld from another; a person may respond again later.
 */
export async function respondToFact(
  ctx: RequestContext,
  householdId: string,
  factId: string,
  input: FactResponseCreate,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const fact = await findFact(ctx.tx, householdId, factId);
  if (!fact || !c.viewer.sees(factId)) {
    throw new AppError('not_found');
  }
  await assertPersonsInHousehold(ctx, c.viewer, [input.personId], 'personId');
  const id = randomUUID();
  await insertFactResponse(ctx.tx, {
    id,
    factId,
    caseId: c.caseId,
    householdId,
    personId: input.personId,
    text: input.text,
    respondedAt: ctx.now,
    recordedBy: ctx.actor.id,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'fact.responded',
      entityId: factId,
      personIds: [input.personId],
      payload: { responseId: id, personId: input.personId },
    },
    resourceType: 'fact_response',
  });
  return { id, factId };
}
