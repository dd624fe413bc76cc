import { randomUUID } from 'node:crypto';
import { AppError, assertCanLinkLocalTeam, type LocalTeamLink } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findProfessionalOrganisation, insertTeamMember } from '../db/repositories/team.repository';
import { addStep, caseOf, meetDeadlines, recordWrite } from './casework';
import { requireHousehold } from '../policies/require';
import { loadCaseTeam } from './team-guards';

/**
 * Links the Lokaal Team to a case that a report opened without it (VAL-01's exception, AMB-06): the named
 * Lokaal Team professional becomes the vast gezicht (INV-01), which meets the deadline to link the Lokaal
 * Team. Whoever recorded the report stays in the team (INV-02). Linking happens once: the case is locked and
 * a second link — concurrent or from an outdated screen — is refused with the vast gezicht linked meanwhile.
 * @throws AppError not_found | professional_unknown | local_team_already_linked |
 *   fixed_professional_not_local_team | team_member_exists
 */
export async function linkLocalTeam(ctx: RequestContext, householdId: string, input: LocalTeamLink) {
  const viewer = await requireHousehold(ctx, householdId, 'local_team.link');
  const org = await findProfessionalOrganisation(ctx.tx, input.professionalId, input.organisationId);
  if (!org) {
    throw new AppError('professional_unknown', {
      issues: [{ path: 'professionalId', code: 'professional_unknown', message: 'professional_unknown' }],
    });
  }
  const { kase, team } = await loadCaseTeam(ctx, householdId, { lock: true });
  assertCanLinkLocalTeam(team, {
    professionalId: input.professionalId,
    organisationKind: org.organisationKind,
  });
  const c = await caseOf(ctx, viewer);
  const id = randomUUID();
  await insertTeamMember(ctx.tx, {
    id,
    caseId: kase.id,
    householdId,
    professionalId: input.professionalId,
    organisationId: input.organisationId,
    role: 'FIXED_PROFESSIONAL',
    expertise: null,
    startedAt: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'case.local_team_linked',
      entityId: kase.id,
      payload: { professionalId: input.professionalId, memberId: id },
    },
    resourceType: 'case',
    action: 'update',
  });
  await meetDeadlines(ctx, c, 'LOCAL_TEAM_LINKED');
  await addStep(ctx, c, { code: 'case.local_team_linked', source: null });
  return { id };
}
