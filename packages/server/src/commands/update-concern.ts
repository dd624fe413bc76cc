import { AppError, type ConcernUpdate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findConcern, updateConcernStatus } from '../db/repositories/concern.repository';
import { presentConcern } from '../presenters/concern.presenter';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/**
 * Changes a concern's status (open, reduced, resolved, not substantiated). The version is checked in the
 * update itself: of two concurrent changes at one version, one wins and the other gets the current concern.
 */
export async function updateConcern(
  ctx: RequestContext,
  householdId: string,
  concernId: string,
  input: ConcernUpdate,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const before = await findConcern(ctx.tx, householdId, concernId);
  if (!before || !c.viewer.sees(concernId)) {
    throw new AppError('not_found');
  }
  if (
    before.version !== input.version ||
    !(await updateConcernStatus(ctx.tx, concernId, input.version, input.status, ctx.now))
  ) {
    const current = await findConcern(ctx.tx, householdId, concernId);
    throwConflict(current ? presentConcern(c.viewer, current) : null);
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'concern.updated',
      entityId: concernId,
      personIds: before.aboutPersonIds,
      payload: { status: input.status, previousStatus: before.status },
    },
    resourceType: 'concern',
    action: 'update',
  });
  return { id: concernId, status: input.status, version: input.version + 1 };
}
