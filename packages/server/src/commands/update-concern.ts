import type { ConcernUpdate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/** Changes a concern's status (open, reduced, resolved, not substantiated); optimistic concurrency. */
export async function updateConcern(
  ctx: RequestContext,
  householdId: string,
  concernId: string,
  input: ConcernUpdate,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const before = await ctx.tx
    .selectFrom('concerns')
    .select(['id', 'status', 'version', 'aboutPersonIds'])
    .where('id', '=', concernId)
    .where('householdId', '=', householdId)
    .executeTakeFirst();
  if (!before || before.version !== input.version) {
    throwConflict(before);
  }
  const updated = await ctx.tx
    .updateTable('concerns')
    .set({ status: input.status, updatedAt: ctx.now, version: input.version + 1 })
    .where('id', '=', concernId)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    // Another request changed it between our read and this write.
    throwConflict(
      await ctx.tx.selectFrom('concerns').selectAll().where('id', '=', concernId).executeTakeFirst(),
    );
  }
  await recordWrite(ctx, access, {
    event: 'concern.updated',
    resourceType: 'concern',
    resourceId: concernId,
    personIds: before.aboutPersonIds,
    action: 'update',
    before: { status: before.status },
    after: { status: input.status },
  });
  return { id: concernId, status: input.status, version: input.version + 1 };
}
