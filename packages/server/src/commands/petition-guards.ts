import {
  AppError,
  ageOn,
  canTarget,
  type ErrorCode,
  type FieldIssue,
  type GateIssue,
  findMeasureType,
  type HouseholdPermission,
  type MeasureType,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listMembers } from '../db/repositories/membership.repository';
import {
  findPetition,
  type PetitionPersonInput,
  type PetitionRow,
  replacePetitionPersons,
  updatePetition,
} from '../db/repositories/petition.repository';
import { listRelations } from '../db/repositories/relation.repository';
import { type CaseAccess, requireCase } from './casework';
import { currentPetition } from '../queries/get-petition';
import { throwConflict } from './conflict';

/**
 * What the petition use cases share: finding the petition behind the one door, changing it at a version
 * and in a state, the persons it presents, and the gate.
 */

export interface PetitionAccess {
  c: CaseAccess;
  petition: PetitionRow;
}

/**
 * Authorizes a petition permission for the case team and loads the case's petition.
 * @throws AppError not_found (no access, no such petition, or withheld) | permission_denied | case_closed
 */
export async function requirePetition(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  permission: HouseholdPermission,
): Promise<PetitionAccess> {
  const c = await requireCase(ctx, householdId, permission);
  const petition = await findPetition(ctx.tx, householdId, petitionId);
  if (!petition || petition.caseId !== c.caseId || !c.viewer.sees(petition.id)) {
    throw new AppError('not_found');
  }
  return { c, petition };
}

/** @throws AppError petition_state_invalid when the petition is not in one of `states` */
export function assertPetitionState(petition: PetitionRow, states: readonly PetitionRow['state'][]): void {
  if (!states.includes(petition.state)) {
    throw new AppError('petition_state_invalid', { data: { state: petition.state, allowed: states } });
  }
}

/**
 * Changes the petition at the version the author saw, in one of the allowed states, and bumps its version.
 * @throws AppError petition_state_invalid | version_conflict (with the current petition)
 */
export async function changePetition(
  ctx: RequestContext,
  a: PetitionAccess,
  expected: { version: number; states: readonly PetitionRow['state'][] },
  changes: Parameters<typeof updatePetition>[3],
): Promise<number> {
  if (a.petition.version === expected.version) {
    assertPetitionState(a.petition, expected.states);
  }
  if (!(await updatePetition(ctx.tx, a.petition.id, expected, changes, ctx.now))) {
    throwConflict(await currentPetition(ctx, a.c.viewer, a.petition.id));
  }
  a.petition.version = expected.version + 1;
  if (changes.state) {
    a.petition.state = changes.state;
  }
  return a.petition.version;
}

/** @throws AppError measure_unknown (field `measureTypeId`) when the catalogue has no such measure */
export function requireMeasure(measureTypeId: string): MeasureType {
  const measure = findMeasureType(measureTypeId);
  if (!measure) {
    throw issuesError('measure_unknown', [{ path: 'measureTypeId', code: 'measure_unknown' }]);
  }
  return measure;
}

/** A 422 with field issues, each with its code as message. */
export function issuesError(code: ErrorCode, issues: readonly Omit<FieldIssue, 'message'>[]): AppError {
  return new AppError(code, { issues: issues.map((i) => ({ ...i, message: i.code })) });
}

/**
 * The household's current members as the petition presents them: name, birth date, parental authority, and
 * whether the measure targets them, its actions aim at them, or they are an involved child (a minor
 * target or aim: VAL-10 asks for their voice). A target the measure cannot be aimed at — a parental-authority
 * measure on an adult without authority, adult protection on a child — is refused (LS-01, CFG-MEAS).
 * @throws AppError person_not_in_household | measure_target_not_allowed | measure_addressee_invalid
 */
export async function savePetitionPersons(
  ctx: RequestContext,
  a: { c: CaseAccess; petitionId: string },
  measure: MeasureType,
  addressee: string,
  targetPersonIds: readonly string[],
  actionAimPersonIds: readonly string[],
): Promise<string[]> {
  const today = todayInNetherlands(ctx.now);
  const members = (await listMembers(ctx.tx, a.c.householdId)).filter(
    (m) => m.validFrom <= today && (m.validTo === null || m.validTo >= today) && a.c.viewer.sees(m.personId),
  );
  const current = new Map(members.map((m) => [m.personId, m]));
  const unknown = [...targetPersonIds, ...actionAimPersonIds].filter((id) => !current.has(id));
  if (unknown.length > 0) {
    throw issuesError('person_not_in_household', [
      {
        path: targetPersonIds.some((id) => unknown.includes(id)) ? 'targetPersonIds' : 'actionAimPersonIds',
        code: 'person_not_in_household',
      },
    ]);
  }
  if (!(measure.deciders as readonly string[]).includes(addressee)) {
    throw issuesError('measure_addressee_invalid', [
      { path: 'addressee', code: 'measure_addressee_invalid' },
    ]);
  }
  const relations = await listRelations(ctx.tx, a.c.householdId);
  const ageOf = (birthDate: string | null) => (birthDate ? ageOn(birthDate, today) : null);
  const holdsAuthority = (personId: string) =>
    relations.some(
      (r) =>
        r.fromPersonId === personId &&
        r.hasParentalAuthority &&
        (r.validTo === null || r.validTo >= today) &&
        current.has(r.toPersonId),
    );
  const refused = targetPersonIds.filter((id) => {
    const m = current.get(id);
    return (
      !measure.targetRoles.includes('HOUSEHOLD') &&
      !canTarget(measure, { age: ageOf(m?.birthDate ?? null), holdsParentalAuthority: holdsAuthority(id) })
    );
  });
  if (refused.length > 0) {
    throw new AppError('measure_target_not_allowed', {
      issues: refused.map((id) => ({
        path: `targetPersonIds.${targetPersonIds.indexOf(id)}`,
        code: 'measure_target_not_allowed',
        message: 'measure_target_not_allowed',
      })),
    });
  }
  const persons: PetitionPersonInput[] = members.map((m) => {
    const age = ageOf(m.birthDate);
    const target = targetPersonIds.includes(m.personId);
    const actionAim = actionAimPersonIds.includes(m.personId) && !target;
    return {
      personId: m.personId,
      name: `${m.givenName} ${m.familyName}`.trim(),
      birthDate: m.birthDate,
      holdsParentalAuthority: holdsAuthority(m.personId),
      target,
      actionAim,
      involvedChild: age !== null && age < 18 && (target || actionAim),
    };
  });
  await replacePetitionPersons(ctx.tx, a.petitionId, a.c.householdId, persons);
  return members.map((m) => m.personId);
}

/** A 422 listing what blocks, by safeguard id (the web names each in words). */
export function gateError(blockers: readonly GateIssue[]): AppError {
  return new AppError('petition_not_ready', {
    data: { blockers: blockers.map((b) => ({ safeguard: b.safeguard, code: b.code, ref: b.ref ?? null })) },
    issues: blockers.map((b) => ({ path: b.safeguard, code: b.code, message: `${b.safeguard} ${b.code}` })),
  });
}
