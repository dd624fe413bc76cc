import type { Verification } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/** Marks a fact unverified, corroborated or disputed. */
export async function verifyFact(
  ctx: RequestContext,
  householdId: string,
  factId: string,
  input: { verification: Verification; version: number },
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const before = await ctx.tx
    .selectFrom('facts')
    .select(['id', 'version', 'verification', 'aboutPersonIds'])
    .where('id', '=', factId)
    .where('householdId', '=', householdId)
    .executeTakeFirst();
  if (!before || before.version !== input.version) {
    throwConflict(before);
  }
  await ctx.tx
    .updateTable('facts')
    .set({ verification: input.verification, version: input.version + 1 })
    .where('id', '=', factId)
    .execute();
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
