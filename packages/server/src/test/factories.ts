import { randomUUID } from 'node:crypto';
import { type Actor, completeBsn, type OrganisationKind, type OrganisationRole } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import { type RequestContext, runAsActor } from '../context';
import { loadActor } from '../db/repositories/account.repository';
import type { DB } from '../db/schema';

/**
 * Test factories. Each test builds its own organisations, professionals and households in the demo region
 * (reference data from the template), so nothing is truncated between tests.
 */
export async function regionId(db: Kysely<DB>, code = 'VR09'): Promise<string> {
  const row = await db.selectFrom('regions').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

export async function buildOrganisation(
  db: Kysely<DB>,
  kind: OrganisationKind,
  options: { regionCode?: string; municipalityCode?: string } = {},
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('organisations')
    .values({
      id,
      regionId: await regionId(db, options.regionCode),
      name: `Test ${kind} ${id.slice(0, 6)}`,
      kind,
      municipalityCode: options.municipalityCode ?? null,
    })
    .execute();
  return id;
}

/** A professional working for a new (or given) organisation, with the given roles there. */
export async function buildProfessional(
  db: Kysely<DB>,
  kind: OrganisationKind,
  options: { roles?: OrganisationRole[]; organisationId?: string; regionCode?: string; name?: string } = {},
): Promise<Actor> {
  const organisationId =
    options.organisationId ?? (await buildOrganisation(db, kind, { regionCode: options.regionCode }));
  const id = randomUUID();
  await db
    .insertInto('accounts')
    .values({
      id,
      kind: 'PROFESSIONAL',
      displayName: options.name ?? `Prof ${id.slice(0, 6)}`,
      isDemo: false,
    })
    .execute();
  for (const role of options.roles ?? ['PROFESSIONAL']) {
    await db
      .insertInto('organisationMemberships')
      .values({ id: randomUUID(), accountId: id, organisationId, role })
      .execute();
  }
  return (await loadActor(db, id)) as Actor;
}

export async function buildAccount(
  db: Kysely<DB>,
  kind: 'ADMINISTRATOR' | 'FAMILY_MEMBER',
  personId: string | null = null,
): Promise<Actor> {
  const id = randomUUID();
  await db
    .insertInto('accounts')
    .values({ id, kind, displayName: `${kind} ${id.slice(0, 6)}`, personId, isDemo: false })
    .execute();
  return (await loadActor(db, id)) as Actor;
}

/** Runs a use case as an actor, exactly as a request would (one transaction, app role, access log). */
export function asActor<T>(
  db: Kysely<DB>,
  actor: Actor,
  fn: (ctx: RequestContext) => Promise<T>,
  now = new Date(),
): Promise<T> {
  return runAsActor(db, { actor, requestId: randomUUID(), onBehalfOf: null, now }, fn);
}

export interface BuiltHousehold {
  householdId: string;
  caseId: string;
  parentId: string;
  childId: string;
  parentMembershipId: string;
  relationId: string;
  networkMemberId: string;
  /** The fixed professional's team membership. */
  fixedMemberId: string;
}

/**
 * A household with a case whose fixed professional is `fixed`, two members (parent with authority over a
 * child), one relation and one network member. Written directly as the owner for speed.
 */
export async function buildHousehold(
  db: Kysely<DB>,
  fixed: Actor,
  options: {
    municipalityCode?: string;
    team?: { actor: Actor; role: 'RVT_PARTNER' | 'EXPERT' }[];
    bsn?: string | null;
    familyName?: string;
    /** Another generation: e.g. an elderly parent and a grown-up child, without parental authority. */
    parentBirthDate?: string;
    childBirthDate?: string;
  } = {},
): Promise<BuiltHousehold> {
  const parentBirthDate = options.parentBirthDate ?? '1985-04-12';
  const childBirthDate = options.childBirthDate ?? '2015-09-30';
  const childIsMinor = childBirthDate > '2008-12-31';
  const municipalityCode = options.municipalityCode ?? 'GM0344';
  const municipality = await db
    .selectFrom('municipalities')
    .select('regionId')
    .where('code', '=', municipalityCode)
    .executeTakeFirstOrThrow();
  const ids = {
    householdId: randomUUID(),
    caseId: randomUUID(),
    parentId: randomUUID(),
    childId: randomUUID(),
    parentMembershipId: randomUUID(),
    relationId: randomUUID(),
    networkMemberId: randomUUID(),
    fixedMemberId: randomUUID(),
  };
  const familyName = options.familyName ?? `Test${ids.householdId.slice(0, 5)}`;
  await db
    .insertInto('households')
    .values({
      id: ids.householdId,
      displayName: `Gezin ${familyName}`,
      municipalityCode,
      regionId: municipality.regionId,
      updatedAt: new Date(),
    })
    .execute();
  await db
    .insertInto('persons')
    .values([
      {
        id: ids.parentId,
        givenName: 'Anna',
        familyName,
        birthDate: parentBirthDate,
        bsn: options.bsn ?? null,
        gender: 'FEMALE',
        updatedAt: new Date(),
      },
      {
        id: ids.childId,
        givenName: 'Bram',
        familyName,
        birthDate: childBirthDate,
        bsn: null,
        gender: 'MALE',
        updatedAt: new Date(),
      },
    ])
    .execute();
  await db
    .insertInto('memberships')
    .values([
      {
        id: ids.parentMembershipId,
        householdId: ids.householdId,
        personId: ids.parentId,
        role: 'PARENT_WITH_AUTHORITY',
        validFrom: '2015-01-01',
        validTo: null,
      },
      {
        id: randomUUID(),
        householdId: ids.householdId,
        personId: ids.childId,
        role: childIsMinor ? 'CHILD' : 'OTHER_ADULT',
        validFrom: childBirthDate,
        validTo: null,
      },
    ])
    .execute();
  await db
    .insertInto('relations')
    .values({
      id: ids.relationId,
      householdId: ids.householdId,
      fromPersonId: ids.parentId,
      toPersonId: ids.childId,
      kind: 'PARENT_OF',
      hasParentalAuthority: childIsMinor,
      validFrom: null,
      validTo: null,
    })
    .execute();
  await db
    .insertInto('networkMembers')
    .values({
      id: ids.networkMemberId,
      householdId: ids.householdId,
      displayName: 'Oma Test',
      relation: 'GRANDPARENT',
      involvementAgreedByHousehold: true,
      note: null,
    })
    .execute();
  await db
    .insertInto('cases')
    .values({
      id: ids.caseId,
      householdId: ids.householdId,
      openedAt: new Date(),
      ruleSetVersion: 'nl-2026.1',
    })
    .execute();
  const team = [{ actor: fixed, role: 'FIXED_PROFESSIONAL' as const }, ...(options.team ?? [])];
  for (const member of team) {
    await db
      .insertInto('caseTeamMembers')
      .values({
        id: member.role === 'FIXED_PROFESSIONAL' ? ids.fixedMemberId : randomUUID(),
        caseId: ids.caseId,
        householdId: ids.householdId,
        professionalId: member.actor.id,
        organisationId: member.actor.memberships[0]?.organisationId as string,
        role: member.role,
        expertise: null,
        startedAt: new Date(),
      })
      .execute();
  }
  return ids;
}

/** A random valid BSN (11-proef) in the 99 test range, unique enough for one test run. */
export function randomBsn(): string {
  for (;;) {
    const bsn = completeBsn(`99${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`);
    if (bsn) {
      return bsn;
    }
  }
}

/**
 * A one-hour break-the-glass grant of a crisis-service professional on a household, written directly as the
 * owner, with a team lead of the same service who may review it.
 */
export async function buildBreakGlassGrant(
  db: Kysely<DB>,
  householdId: string,
): Promise<{ grantId: string; crisis: Actor; lead: Actor }> {
  const crisis = await buildProfessional(db, 'CRISIS_SERVICE');
  const organisationId = crisis.memberships[0]?.organisationId as string;
  const lead = await buildProfessional(db, 'CRISIS_SERVICE', {
    organisationId,
    roles: ['PROFESSIONAL', 'TEAM_LEAD'],
  });
  const grantId = randomUUID();
  await db
    .insertInto('breakGlassGrants')
    .values({
      id: grantId,
      accountId: crisis.id,
      organisationId,
      householdId,
      reasonCode: 'ACUTE_DANGER',
      reason: 'Politie meldt acute onveiligheid',
      grantedAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
    })
    .execute();
  return { grantId, crisis, lead };
}
