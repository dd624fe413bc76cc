import { randomUUID } from 'node:crypto';
import { type AddOrganisationMembership, AppError } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import {
  findAccountForChange,
  findActiveMembership,
  findOrganisation,
  insertMembership,
} from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Gives a professional a role in an organisation (professional, team lead, regional intake) (issue 9.11).
 * @throws AppError permission_denied | not_found | account_deactivated | membership_not_for_kind | organisation_unknown | membership_exists
 */
export async function addOrganisationMembership(
  ctx: RequestContext,
  accountId: string,
  input: AddOrganisationMembership,
): Promise<{ membershipId: string }> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  const account = await findAccountForChange(ctx.tx, accountId);
  if (!account) {
    throw new AppError('not_found');
  }
  if (account.disabledAt) {
    throw new AppError('account_deactivated');
  }
  if (account.kind !== 'PROFESSIONAL') {
    throw new AppError('membership_not_for_kind');
  }
  if (!(await findOrganisation(ctx.tx, input.organisationId))) {
    throw new AppError('organisation_unknown', {
      issues: [{ path: 'organisationId', code: 'organisation_unknown', message: '' }],
    });
  }
  if (await findActiveMembership(ctx.tx, accountId, input.organisationId, input.role)) {
    throw new AppError('membership_exists');
  }
  const membershipId = randomUUID();
  await insertMembership(ctx.tx, { id: membershipId, accountId, ...input, now: ctx.now });
  await recordAdminChange(ctx, {
    action: 'membership.added',
    entityType: 'account',
    entityId: accountId,
    details: { membershipId, organisationId: input.organisationId, role: input.role },
  });
  return { membershipId };
}
