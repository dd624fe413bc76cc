import { randomUUID } from 'node:crypto';
import { AppError, assertCanAddTeamMember, type TeamMemberAdd } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findProfessionalOrganisation, insertTeamMember } from '../db/repositories/team.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { loadCaseTeam } from './team-guards';

/**
 * Adds expertise to the case team: an RVT duo partner or an expert, "zo lang als nodig" (INV-02). Nobody
 * leaves because someone joins; responsibility stays with the fixed professional.
 */
export async function addTeamMember(ctx: RequestContext, householdId: string, input: TeamMemberAdd) {
  const access = await requireHousehold(ctx, householdId, 'team.manage');
  const org = await findProfessionalOrganisation(ctx.tx, input.professionalId, input.organisationId);
  if (!org) {
    throw new AppError('professional_unknown');
  }
  const { kase, team } = await loadCaseTeam(ctx, householdId);
  assertCanAddTeamMember(team, {
    professionalId: input.professionalId,
    organisationKind: org.organisationKind,
    role: input.role,
  });
  const member = {
    id: randomUUID(),
    caseId: kase.id,
    householdId,
    professionalId: input.professionalId,
    organisationId: input.organisationId,
    role: input.role,
    expertise: input.expertise ?? null,
    startedAt: ctx.now,
  };
  await insertTeamMember(ctx.tx, member);
  await recordEvent(ctx, {
    type: 'team_member.added',
    entityType: 'case_team_member',
    entityId: member.id,
    householdId,
    after: member,
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'case_team_member',
    resourceId: member.id,
    householdId,
    personIds: [],
    purpose: accessPurpose(access),
  });
  return member;
}
