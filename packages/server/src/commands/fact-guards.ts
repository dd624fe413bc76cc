import type { RequestContext } from '../context';
import { throwConflict } from './conflict';

interface FactChange {
  verification?: string;
  responseText?: string;
  responsePersonIds?: string[];
  respondedAt?: Date;
}

/**
 * Changes a fact of this household at the version the caller saw (optimistic, also under concurrent
 * requests: the update itself checks the version).
 * @returns the fact as it was before the change
 * @throws AppError not_found | version_conflict (with the current fact)
 */
export async function changeFact(
  ctx: RequestContext,
  householdId: string,
  factId: string,
  version: number,
  change: FactChange,
) {
  const before = await ctx.tx
    .selectFrom('facts')
    .select(['id', 'version', 'verification', 'responseText', 'aboutPersonIds'])
    .where('id', '=', factId)
    .where('householdId', '=', householdId)
    .executeTakeFirst();
  if (!before || before.version !== version) {
    throwConflict(before);
  }
  const updated = await ctx.tx
    .updateTable('facts')
    .set({ ...change, version: version + 1 })
    .where('id', '=', factId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    throwConflict(await ctx.tx.selectFrom('facts').selectAll().where('id', '=', factId).executeTakeFirst());
  }
  return before;
}
