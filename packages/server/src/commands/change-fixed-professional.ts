import { randomUUID } from 'node:crypto';
import { AppError, type FixedProfessionalChange, planFixedProfessionalChange } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  endTeamMember,
  findProfessionalOrganisation,
  insertTeamMember,
} from '../db/repositories/team.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';
import { loadCaseTeam } from './team-guards';

/**
 * VAL-02: replaces the vast gezicht with another Lokaal Team professional. Needs a reason; the change is an
 * event of its own (`fixed_professional.changed`) so it is counted as a change of fixed professional. If the
 * successor was already involved (e.g. as expert), that involvement ends in favour of the new role. The
 * change names the membership it replaces, so a change made on an outdated screen changes nothing.
 * @throws AppError fixed_professional_changed | professional_unknown | fixed_professional_not_local_team
 */
export async function changeFixedProfessional(
  ctx: RequestContext,
  householdId: string,
  input: FixedProfessionalChange,
) {
  const viewer = await requireHousehold(ctx, householdId, 'team.manage');
  const org = await findProfessionalOrganisation(ctx.tx, input.professionalId, input.organisationId);
  if (!org) {
    throw new AppError('professional_unknown');
  }
  // One team change per case at a time: the second sees the first (and its replacingMemberId no longer fits).
  const { kase, team } = await loadCaseTeam(ctx, householdId, { lock: true });
  const current = planFixedProfessionalChange(team, {
    replacingMemberId: input.replacingMemberId,
    professionalId: input.professionalId,
    organisationKind: org.organisationKind,
    reason: input.reason,
  });
  // Successor first, predecessor second: the actor keeps access until the end (the one-fixed rule is
  // checked at commit).
  const successor = {
    id: randomUUID(),
    caseId: kase.id,
    householdId,
    professionalId: input.professionalId,
    organisationId: input.organisationId,
    role: 'FIXED_PROFESSIONAL' as const,
    expertise: null,
    startedAt: ctx.now,
  };
  const earlier = team.find((t) => t.professionalId === input.professionalId && t.endedAt === null);
  if (earlier) {
    await endTeamMember(ctx.tx, earlier.id, ctx.now, 'became fixed professional');
  }
  await insertTeamMember(ctx.tx, successor);
  // Checked in the update itself: a concurrent change that ended this membership first wins.
  if (!(await endTeamMember(ctx.tx, current.id, ctx.now, input.reason))) {
    throw new AppError('fixed_professional_changed');
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'fixed_professional.changed',
      entityId: kase.id,
      payload: { fromProfessionalId: current.professionalId, toProfessionalId: input.professionalId },
    },
    resourceType: 'case_team_member',
    action: 'update',
  });
  return { id: successor.id };
}
