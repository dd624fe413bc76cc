import { randomUUID } from 'node:crypto';
import { AppError, assertCanAddTeamMember, type TeamMemberAdd } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findProfessionalOrganisation, insertTeamMember } from '../db/repositories/team.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';
import { loadCaseTeam } from './team-guards';

/**
 * Adds expertise to the case team: an RVT duo partner or an expert, "zo lang als nodig" (INV-02). Nobody
 * leaves because someone joins; responsibility stays with the fixed professional.
 */
export async function addTeamMember(ctx: RequestContext, householdId: string, input: TeamMemberAdd) {
  const viewer = await requireHousehold(ctx, householdId, 'team.manage');
  const org = await findProfessionalOrganisation(ctx.tx, input.professionalId, input.organisationId);
  if (!org) {
    throw new AppError('professional_unknown');
  }
  const { kase, team } = await loadCaseTeam(ctx, householdId, { lock: true });
  assertCanAddTeamMember(team, {
    professionalId: input.professionalId,
    organisationKind: org.organisationKind,
    role: input.role,
  });
  const id = randomUUID();
  await insertTeamMember(ctx.tx, {
    id,
    caseId: kase.id,
    householdId,
    professionalId: input.professionalId,
    organisationId: input.organisationId,
    role: input.role,
    expertise: input.expertise ?? null,
    startedAt: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'team_member.added',
      entityId: id,
      payload: { professionalId: input.professionalId, role: input.role },
    },
    resourceType: 'case_team_member',
  });
  return { id };
}
