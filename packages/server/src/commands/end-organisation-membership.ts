import { AppError, type EndOrganisationMembership } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import { endMembership as writeEnd, findMembership } from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Ends a role in an organisation, with a reason, once (a second attempt is told it has ended) (issue 9.11).
 * A membership that ended can be given again; its history stays.
 * @throws AppError permission_denied | not_found | membership_ended
 */
export async function endOrganisationMembership(
  ctx: RequestContext,
  membershipId: string,
  input: EndOrganisationMembership,
) {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  const membership = await findMembership(ctx.tx, membershipId);
  if (!membership) {
    throw new AppError('not_found');
  }
  if (!(await writeEnd(ctx.tx, membershipId, ctx.now, input.reason))) {
    throw new AppError('membership_ended');
  }
  await recordAdminChange(ctx, {
    action: 'membership.ended',
    entityType: 'account',
    entityId: membership.accountId,
    details: {
      membershipId,
      organisationId: membership.organisationId,
      role: membership.role,
      reason: input.reason,
    },
  });
}
