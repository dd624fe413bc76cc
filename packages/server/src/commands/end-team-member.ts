import { AppError, assertCanEndTeamMember } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { endTeamMember as writeEnd } from '../db/repositories/team.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { loadCaseTeam } from './team-guards';

/** Ends an expert's or the RVT partner's involvement. The fixed professional can only be changed (INV-01). */
export async function endTeamMember(
  ctx: RequestContext,
  householdId: string,
  memberId: string,
  reason: string | null,
) {
  const access = await requireHousehold(ctx, householdId, 'team.manage');
  const { team } = await loadCaseTeam(ctx, householdId);
  const member = team.find((t) => t.id === memberId);
  if (!member) {
    throw new AppError('not_found');
  }
  assertCanEndTeamMember(member);
  if (!(await writeEnd(ctx.tx, memberId, ctx.now, reason))) {
    throw new AppError('team_member_not_active');
  }
  await recordEvent(ctx, {
    type: 'team_member.ended',
    entityType: 'case_team_member',
    entityId: memberId,
    householdId,
    before: member,
    after: { ...member, endedAt: ctx.now, endReason: reason },
  });
  logAccess(ctx, {
    action: 'update',
    resourceType: 'case_team_member',
    resourceId: memberId,
    householdId,
    personIds: [],
    purpose: accessPurpose(access),
  });
}
