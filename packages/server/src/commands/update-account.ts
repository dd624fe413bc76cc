import { AppError, type UpdateAccount } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import {
  findAccountForChange,
  findAccountIdByOidcSubject,
  updateAccountAtVersion,
} from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Changes an account's name or email, or binds it to an OIDC subject (null unbinds), if it is still at the
 * version the administrator saw (issue 9.11).
 * @throws AppError permission_denied | not_found | account_deactivated | account_changed | oidc_subject_taken
 */
export async function updateAccount(
  ctx: RequestContext,
  accountId: string,
  input: UpdateAccount,
): Promise<{ accountId: string; version: number }> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
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
  if (input.oidcSubject) {
    const holder = await findAccountIdByOidcSubject(ctx.tx, input.oidcSubject);
    if (holder && holder.id !== accountId) {
      throw new AppError('oidc_subject_taken');
    }
  }
  const { version, ...patch } = input;
  const updated = await updateAccountAtVersion(ctx.tx, accountId, version, patch);
  if (!updated) {
    throw new AppError('account_changed');
  }
  const changed = Object.keys(patch).filter(
    (k) => patch[k as keyof typeof patch] !== current[k as keyof typeof patch],
  );
  await recordAdminChange(ctx, {
    action: 'account.updated',
    entityType: 'account',
    entityId: accountId,
    details: {
      fields: changed,
      ...(changed.includes('oidcSubject') ? { oidcBound: patch.oidcSubject !== null } : {}),
    },
  });
  return { accountId, version: updated.version };
}
