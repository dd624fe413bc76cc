import { randomUUID } from 'node:crypto';
import {
  AppError,
  assertCanAddTeamMember,
  type HouseholdCreate,
  type TeamRole,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { rulePackOn } from '@gezinsdossier/domain/deadlines';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findMunicipality, insertHousehold } from '../db/repositories/household.repository';
import {
  findProfessionalOrganisation,
  insertCase,
  insertTeamMember,
  organisationIdsOfProfessional,
} from '../db/repositories/team.repository';
import { globalRules } from '../policies/global';
import { authorize } from '../policies/rulebook';

/**
 * Opens a gezinsdossier: the household, its case and its team in one transaction. The fixed professional
 * (vast gezicht) must work for a Lokaal Team (INV-01, VAL-01). When the creator is not the fixed
 * professional (e.g. the RVT received a report), the creator stays involved as RVT duo partner or expert,
 * so that nobody hands over (INV-02).
 * @returns the new household id and case id
 */
export async function createHousehold(
  ctx: RequestContext,
  input: HouseholdCreate,
): Promise<{ householdId: string; caseId: string }> {
  authorize(globalRules, ctx.actor, 'household.create', null);
  const municipality = await findMunicipality(ctx.tx, input.municipalityCode);
  if (!municipality) {
    throw new AppError('municipality_unknown', {
      issues: [{ path: 'municipalityCode', code: 'municipality_unknown', message: 'municipality_unknown' }],
    });
  }
  const fixedId = input.fixedProfessionalId ?? ctx.actor.id;
  const fixedOrg = await pickOrganisation(ctx, fixedId, 'LOCAL_TEAM');
  if (!fixedOrg) {
    throw new AppError(
      input.fixedProfessionalId ? 'fixed_professional_not_local_team' : 'fixed_professional_required',
    );
  }
  assertCanAddTeamMember([], {
    professionalId: fixedId,
    organisationKind: 'LOCAL_TEAM',
    role: 'FIXED_PROFESSIONAL',
  });

  const householdId = randomUUID();
  const caseId = randomUUID();
  // The national rule pack in force today; the case keeps it (rechtszekerheid, LS-05).
  const ruleSetVersion = rulePackOn(todayInNetherlands(ctx.now)).version;
  await insertHousehold(ctx.tx, {
    id: householdId,
    displayName: input.displayName,
    municipalityCode: municipality.code,
    regionId: municipality.regionId,
    postcode: input.postcode ?? null,
    houseNumber: input.houseNumber ?? null,
    now: ctx.now,
  });
  await insertCase(ctx.tx, {
    id: caseId,
    householdId,
    openedAt: ctx.now,
    ruleSetVersion,
  });
  const team: { professionalId: string; organisationId: string; role: TeamRole }[] = [
    { professionalId: fixedId, organisationId: fixedOrg.organisationId, role: 'FIXED_PROFESSIONAL' },
  ];
  if (fixedId !== ctx.actor.id) {
    const ownOrg = ctx.actor.memberships[0];
    if (ownOrg) {
      team.push({
        professionalId: ctx.actor.id,
        organisationId: ownOrg.organisationId,
        role: ownOrg.organisationKind === 'RVT' ? 'RVT_PARTNER' : 'EXPERT',
      });
    }
  }
  // The creator's own involvement goes in first: row-level security lets a professional add team members
  // only to a household without a team or one they are involved in.
  team.sort((a, b) => Number(b.professionalId === ctx.actor.id) - Number(a.professionalId === ctx.actor.id));
  for (const member of team) {
    await insertTeamMember(ctx.tx, {
      id: randomUUID(),
      caseId,
      householdId,
      ...member,
      expertise: null,
      startedAt: ctx.now,
    });
  }
  const after = { displayName: input.displayName, municipalityCode: municipality.code, team };
  await recordEvent(ctx, {
    type: 'household.created',
    entityType: 'household',
    entityId: householdId,
    householdId,
    after,
  });
  await recordEvent(ctx, {
    type: 'case.opened',
    entityType: 'case',
    entityId: caseId,
    householdId,
    after: { ruleSetVersion },
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'household',
    resourceId: householdId,
    householdId,
    personIds: [],
    purpose: 'CASEWORK',
  });
  return { householdId, caseId };
}

async function pickOrganisation(ctx: RequestContext, professionalId: string, kind: 'LOCAL_TEAM') {
  const candidates =
    professionalId === ctx.actor.id
      ? ctx.actor.memberships.filter((m) => m.organisationKind === kind).map((m) => m.organisationId)
      : await organisationIdsOfProfessional(ctx.tx, professionalId);
  for (const organisationId of candidates) {
    const org = await findProfessionalOrganisation(ctx.tx, professionalId, organisationId);
    if (org?.organisationKind === kind) {
      return org;
    }
  }
  return null;
}
