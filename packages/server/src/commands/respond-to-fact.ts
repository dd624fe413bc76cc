import type { FactResponse } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { assertPersonsInHousehold, recordWrite, requireCase } from './casework';
import { changeFact } from './fact-guards';

/** Hoor en wederhoor (LS-07): the household's response to a fact, by named household members. */
export async function respondToFact(
  ctx: RequestContext,
  householdId: string,
  factId: string,
  input: FactResponse,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  await assertPersonsInHousehold(ctx, householdId, input.givenByPersonIds, 'givenByPersonIds');
  const before = await changeFact(ctx, householdId, factId, input.version, {
    responseText: input.text,
    responsePersonIds: input.givenByPersonIds,
    respondedAt: ctx.now,
  });
  await recordWrite(ctx, access, {
    event: 'fact.responded',
    resourceType: 'fact',
    resourceId: factId,
    personIds: [...new Set([...before.aboutPersonIds, ...input.givenByPersonIds])],
    action: 'update',
    before: { responseText: before.responseText },
    after: { responseText: input.text },
  });
  return { id: factId, version: input.version + 1 };
}
