import { AppError, type DeactivateAccount } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import {
  endMembershipsOfAccount,
  findAccountForChange,
  updateAccountAtVersion,
} from '../db/repositories/administration.repository';
import { deleteSessionsOfAccount } from '../db/repositories/session.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Deactivates an account with a reason: it can no longer sign in, its sessions end and its memberships end
 * (issue 9.11). Its history stays: an account is never deleted, so every log keeps naming who did what.
 * Case-team involvement is not changed here: a vast gezicht who leaves is replaced in the dossier (INV-01).
 * @throws AppError permission_denied | not_found | own_account_deactivation | account_deactivated | account_changed
 */
export async function deactivateAccount(ctx: RequestContext, accountId: string, input: DeactivateAccount) {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  if (accountId === ctx.actor.id) {
    throw new AppError('own_account_deactivation');
  }
  const current = await findAccountForChange(ctx.tx, accountId);
  if (!current) {
    throw new AppError('not_found');
  }
  if (current.disabledAt) {
    throw new AppError('account_deactivated');
  }
  if (current.version !== input.version) {
    throw new AppError('account_changed', { data: { current: { version: current.version } } });
  }
  if (!(await updateAccountAtVersion(ctx.tx, accountId, input.version, { disabledAt: ctx.now }))) {
    throw new AppError('account_changed');
  }
  const ended = await endMembershipsOfAccount(ctx.tx, accountId, ctx.now, input.reason);
  await deleteSessionsOfAccount(ctx.tx, accountId);
  await recordAdminChange(ctx, {
    action: 'account.deactivated',
    entityType: 'account',
    entityId: accountId,
    details: { reason: input.reason, membershipsEnded: ended.length },
  });
}
