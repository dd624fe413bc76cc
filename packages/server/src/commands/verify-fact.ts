import type { Verification } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { recordWrite, requireCase } from './casework';
import { changeFact } from './fact-guards';

/** Marks a fact unverified, corroborated or disputed. */
export async function verifyFact(
  ctx: RequestContext,
  householdId: string,
  factId: string,
  input: { verification: Verification; version: number },
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const before = await changeFact(ctx, householdId, factId, input.version, {
    verification: input.verification,
  });
  await recordWrite(ctx, access, {
    event: 'fact.verified',
    resourceType: 'fact',
    resourceId: factId,
    personIds: before.aboutPersonIds,
    action: 'update',
    before: { verification: before.verification },
    after: { verification: input.verification },
  });
  return { id: factId, version: input.version + 1 };
}
