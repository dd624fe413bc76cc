import { AppError, assertCanEndTeamMember } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endTeamMember as writeEnd } from '../db/repositories/team.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';
import { loadCaseTeam } from './team-guards';

/**
 * Ends an expert's or the RVT partner's involvement, once (a second end changes nothing). The fixed
 * professional can only be changed (INV-01); before the Lokaal Team is linked nobody leaves (VAL-01).
 * @throws AppError not_found | team_member_not_active | cannot_remove_fixed_professional | local_team_not_linked
 */
export async function endTeamMember(
  ctx: RequestContext,
  householdId: string,
  memberId: string,
  reason: string | null,
) {
  const viewer = await requireHousehold(ctx, householdId, 'team.manage');
  const { team } = await loadCaseTeam(ctx, householdId, { lock: true });
  const member = team.find((t) => t.id === memberId);
  if (!member) {
    throw new AppError('not_found');
  }
  assertCanEndTeamMember(member, team);
  if (!(await writeEnd(ctx.tx, memberId, ctx.now, reason))) {
    throw new AppError('team_member_not_active');
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'team_member.ended',
      entityId: memberId,
      payload: { professionalId: member.professionalId, role: member.role },
    },
    resourceType: 'case_team_member',
    action: 'update',
  });
}
