import { randomUUID } from 'node:crypto';
import {
  AppError,
  type HouseholdCreate,
  type IntakeChannel,
  type IntakeKind,
  type OrganisationKind,
  planOpeningTeam,
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

export interface OpenedHousehold {
  householdId: string;
  caseId: string;
  personIds: string[];
  /** False when the case opened under VAL-01's exception, waiting for its Lokaal Team. */
  localTeamLinked: boolean;
}

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
  const own = ctx.actor.memberships[0];
  const { householdId, caseId, personIds } = await openHousehold(ctx, input, {
    opener: own ? { organisationId: own.organisationId, organisationKind: own.organisationKind } : null,
    intake: null,
  });
  return { householdId, caseId, personIds };
}

/**
 * Opens the dossier for `createHousehold`, or for a report about a family not yet known (`recordIntake`, which
 * authorizes it as part of the intake). Only a report received by the RVT or the crisis service may open it
 * without a vast gezicht (VAL-01's exception, `planOpeningTeam`); the deadline to link the Lokaal Team is
 * the intake's to start.
 * @param opening.opener the organisation the actor opens the dossier for
 * @param opening.intake the question or report the dossier is opened for
 * @throws AppError municipality_unknown | fixed_professional_not_local_team | fixed_professional_required |
 *   local_team_required
 */
export async function openHousehold(
  ctx: RequestContext,
  input: HouseholdCreate,
  opening: {
    opener: { organisationId: string; organisationKind: OrganisationKind } | null;
    intake: { kind: IntakeKind; channel: IntakeChannel } | null;
  },
): Promise<OpenedHousehold> {
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
  // The named Lokaal Team professional, or the creator when they work for a Lokaal Team themselves.
  const fixedId = input.fixedProfessionalId ?? ctx.actor.id;
  const fixedOrg = await pickOrganisation(ctx, fixedId, 'LOCAL_TEAM');
  if (!fixedOrg && input.fixedProfessionalId) {
    throw new AppError('fixed_professional_not_local_team', {
      issues: [
        {
          path: 'fixedProfessionalId',
          code: 'fixed_professional_not_local_team',
          message: 'fixed_professional_not_local_team',
        },
      ],
    });
  }
  const planned = planOpeningTeam(
    opening.opener ? { professionalId: ctx.actor.id, ...opening.opener } : null,
    fixedOrg ? { professionalId: fixedId, organisationId: fixedOrg.organisationId } : null,
    opening.intake,
  );

  const householdId = randomUUID();
  const caseId = randomUUID();
  // The national rule pack in force today; the case keeps it (rechtszekerheid, LS-05).
  const ruleSetVersion = rulePackOn(todayInNetherlands(ctx.now)).version;
  const localTeamLinked = planned.some((m) => m.role === 'FIXED_PROFESSIONAL');
  await insertHousehold(ctx.tx, {
    id: householdId,
    displayName: input.displayName,
    municipalityCode: municipality.code,
    regionId: municipality.regionId,
    now: ctx.now,
  });
  await insertCase(ctx.tx, { id: caseId, householdId, openedAt: ctx.now, ruleSetVersion });
  const team = planned.map((member) => ({ id: randomUUID(), ...member }));
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
    payload: { ruleSetVersion, localTeamLinked },
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
  return { householdId, caseId, personIds, localTeamLinked };
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
