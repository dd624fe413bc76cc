import type { AdminAction } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertAdminChange } from '../db/repositories/administration.repository';

/** The operator's CLI acts as this account id (no row in `accounts`); see `operatorActor`. */
export const OPERATOR_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';

/**
 * One row in the administration log, in the transaction of the change (issue 9.11). Details hold ids and
 * codes, and the reason an administrator gave when ending or deactivating.
 */
export async function recordAdminChange(
  ctx: RequestContext,
  change: { action: AdminAction; entityType: string; entityId: string; details?: Record<string, unknown> },
): Promise<void> {
  const operator = ctx.actor.id === OPERATOR_ACCOUNT_ID;
  await insertAdminChange(ctx.tx, {
    occurredAt: ctx.now,
    actorId: operator ? null : ctx.actor.id,
    actorLabel: ctx.actor.displayName,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    details: change.details ?? {},
    requestId: ctx.requestId,
  });
}
