import { randomUUID } from 'node:crypto';
import {
  AppError,
  assertCanAddTeamMember,
  type HouseholdCreate,
  type TeamRole,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { rulePackOn } from '@gezinsdossier/domain/deadlines';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { insertCase } from '../db/repositories/case.repository';
import { findMunicipality, insertHousehold } from '../db/repositories/household.repository';
import {
  findProfessionalOrganisation,
  insertTeamMember,
  organisationIdsOfProfessional,
} from '../db/repositories/team.repository';
import { globalRules } from '../policies/global';
import { requireHousehold } from '../policies/require';
import { authorizeGlobal } from '../policies/rulebook';
import { storePerson } from './add-household-person';
import { recordWrite } from './casework';
import { storeAddress } from './record-address';

/**
 * Opens a gezinsdossier: the household, its case and its team in one transaction, with the persons and
 * the address known at intake. The fixed professional (vast gezicht) must work for a Lokaal Team (INV-01,
 * VAL-01). When the creator is not the fixed professional (e.g. the RVT received a report), the creator
 * stays involved as RVT duo partner or expert, so that nobody hands over (INV-02).
 * @returns the new household id and case id
 */
export async function createHousehold(
  ctx: RequestContext,
  input: HouseholdCreate,
): Promise<{ householdId: string; caseId: string; personIds: string[] }> {
  authorizeGlobal(globalRules, ctx.actor, 'household.create');
  const municipality = await findMunicipality(ctx.tx, input.municipalityCode);
  if (!municipality) {
    throw new AppError('municipality_unknown', {
      issues: [{ path: 'municipalityCode', code: 'municipality_unknown', message: 'municipality_unknown' }],
    });
  }
  if (input.address && (input.persons ?? []).length === 0) {
    throw new AppError('validation_failed', {
      issues: [{ path: 'address', code: 'address_person_required', message: 'address_person_required' }],
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
    now: ctx.now,
  });
  await insertCase(ctx.tx, { id: caseId, householdId, openedAt: ctx.now, ruleSetVersion });
  const team: { id: string; professionalId: string; organisationId: string; role: TeamRole }[] = [
    {
      id: randomUUID(),
      professionalId: fixedId,
      organisationId: fixedOrg.organisationId,
      role: 'FIXED_PROFESSIONAL',
    },
  ];
  if (fixedId !== ctx.actor.id) {
    const ownOrg = ctx.actor.memberships[0];
    if (ownOrg) {
      team.push({
        id: randomUUID(),
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
      caseId,
      householdId,
      ...member,
      expertise: null,
      startedAt: ctx.now,
    });
  }
  const viewer = await requireHousehold(ctx, householdId, 'household.read');
  await recordWrite(ctx, viewer, {
    event: {
      type: 'household.created',
      entityId: householdId,
      payload: { municipalityCode: municipality.code },
    },
    resourceType: 'household',
  });
  // One access-log row for opening the dossier; the case and its first team are events of their own.
  await recordEvent(ctx, viewer.access, {
    type: 'case.opened',
    entityId: caseId,
    payload: { ruleSetVersion },
  });
  for (const member of team) {
    await recordEvent(ctx, viewer.access, {
      type: 'team_member.added',
      entityId: member.id,
      payload: { professionalId: member.professionalId, role: member.role },
    });
  }
  const personIds: string[] = [];
  for (const person of input.persons ?? []) {
    personIds.push((await storePerson(ctx, viewer, person)).personId);
  }
  if (input.address && personIds.length > 0) {
    await storeAddress(ctx, viewer, { ...input.address, personIds, from: todayInNetherlands(ctx.now) });
  }
  return { householdId, caseId, personIds };
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
