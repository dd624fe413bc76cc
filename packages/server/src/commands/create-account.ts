import { randomUUID } from 'node:crypto';
import { AppError, type CreateAccount } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import { findAccountIdByOidcSubject, insertAccount } from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Creates a professional's or an administrator's account, optionally bound to an OIDC subject (issue 9.11).
 * @throws AppError permission_denied | oidc_subject_taken
 */
export async function createAccount(
  ctx: RequestContext,
  input: CreateAccount,
): Promise<{ accountId: string }> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  if (input.oidcSubject && (await findAccountIdByOidcSubject(ctx.tx, input.oidcSubject))) {
    throw new AppError('oidc_subject_taken');
  }
  const accountId = randomUUID();
  await insertAccount(ctx.tx, { id: accountId, ...input, now: ctx.now });
  await recordAdminChange(ctx, {
    action: 'account.created',
    entityType: 'account',
    entityId: accountId,
    details: { kind: input.kind, oidcBound: input.oidcSubject !== null },
  });
  return { accountId };
}
