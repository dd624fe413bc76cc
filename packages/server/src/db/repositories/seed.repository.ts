import type { OrganisationRole } from '@gezinsdossier/domain';
import type { DB } from '../schema';
import type { Tx } from './tx';

/**
 * The synthetic demo region (seed/seed.ts, seed/demo-casework.ts): reference data, bulk households, the
 * progress of a seed run and the families walked through the stages of the path. Operator data on the owner
 * connection; every write here is idempotent or guarded by the progress tables.
 */

/** Rows are inserted in chunks of this many, below PostgreSQL's limit on bind parameters. */
const CHUNK = 400;

export interface ReferenceRows {
  regions: DB['regions'][];
  municipalities: DB['municipalities'][];
  organisations: Omit<DB['organisations'], 'legalNature'>[];
  accounts: { id: string; kind: DB['accounts']['kind']; displayName: string; isDemo: boolean }[];
  memberships: {
    id: string;
    accountId: string;
    organisationId: string;
    role: OrganisationRole;
  }[];
  lifeDomains: { code: string; labelNl: string; labelEn: string; position: number }[];
}

/** Inserts the reference data, leaving rows that already exist as they are (idempotent). */
export async function insertReferenceData(tx: Tx, rows: ReferenceRows): Promise<void> {
  await tx
    .insertInto('regions')
    .values(rows.regions)
    .onConflict((c) => c.doNothing())
    .execute();
  await tx
    .insertInto('municipalities')
    .values(rows.municipalities)
    .onConflict((c) => c.doNothing())
    .execute();
  await tx
    .insertInto('organisations')
    .values(rows.organisations)
    .onConflict((c) => c.doNothing())
    .execute();
  await tx
    .insertInto('accounts')
    .values(rows.accounts)
    .onConflict((c) => c.doNothing())
    .execute();
  await tx
    .insertInto('organisationMemberships')
    .values(rows.memberships)
    .onConflict((c) => c.doNothing())
    .execute();
  await tx
    .insertInto('lifeDomains')
    .values(rows.lifeDomains)
    .onConflict((c) => c.doNothing())
    .execute();
}

/** A seed run: how many households were asked for, and whether all of them and the stages exist. */
export async function findSeedRun(
  tx: Tx,
  seed: number,
): Promise<{ households: number; completed: boolean } | undefined> {
  const row = await tx
    .selectFrom('demoSeedRuns')
    .select(['households', 'completedAt'])
    .where('seed', '=', seed)
    .executeTakeFirst();
  return row ? { households: row.households, completed: row.completedAt !== null } : undefined;
}

/** Records that a run of `seed` with `households` households is under way (again). */
export async function startSeedRun(tx: Tx, seed: number, households: number): Promise<void> {
  await tx
    .insertInto('demoSeedRuns')
    .values({ seed, households })
    .onConflict((c) => c.column('seed').doUpdateSet({ households, completedAt: null }))
    .execute();
}

export async function completeSeedRun(tx: Tx, seed: number, at: Date): Promise<void> {
  await tx.updateTable('demoSeedRuns').set({ completedAt: at }).where('seed', '=', seed).execute();
}

/** The ids among `ids` that are households already (a batch of a run that was seeded before). */
export async function existingHouseholdIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await tx.selectFrom('households').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The BSNs among `bsns` that already belong to a person. */
export async function takenBsns(tx: Tx, bsns: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < bsns.length; i += CHUNK) {
    const rows = await tx
      .selectFrom('persons')
      .select('bsn')
      .where('bsn', 'in', bsns.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) {
      if (row.bsn !== null) {
        taken.add(row.bsn);
      }
    }
  }
  return taken;
}

/** The tables a seed batch writes, in the order their foreign keys need. */
export type SeedTable =
  | 'households'
  | 'persons'
  | 'memberships'
  | 'relations'
  | 'networkMembers'
  | 'cases'
  | 'caseTeamMembers'
  | 'timelineEntries'
  | 'timelineEntryPersons'
  | 'personAddresses'
  | 'dossierEvents';

/** Inserts the rows of one table of a seed batch, in chunks. */
export async function insertSeedRows(
  tx: Tx,
  table: SeedTable,
  values: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < values.length; i += CHUNK) {
    // Rows are built per table by the seed; Kysely cannot type an insert into a table chosen at run time.
    await tx
      .insertInto(table)
      .values(values.slice(i, i + CHUNK) as never)
      .execute();
  }
}

/** The stages of the path that already have their walked demo family. */
export async function completedDemoStages(tx: Tx): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('demoStages')
    .select('stage')
    .where('completedAt', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.stage));
}

export interface StageCandidate {
  householdId: string;
  fixedProfessionalId: string;
  rvtPartnerId: string | null;
}

/**
 * Households among `householdIds` that can be walked through the path: an open case that is still as the
 * bulk seed left it (voluntary help, no report on record), with a vast gezicht, not used for a stage before.
 * In household-id order.
 */
export async function demoStageCandidates(tx: Tx, householdIds: string[]): Promise<StageCandidate[]> {
  if (householdIds.length === 0) {
    return [];
  }
  return tx
    .selectFrom('cases as c')
    .innerJoin('caseTeamMembers as f', (j) =>
      j.onRef('f.caseId', '=', 'c.id').on('f.role', '=', 'FIXED_PROFESSIONAL').on('f.endedAt', 'is', null),
    )
    .leftJoin('caseTeamMembers as r', (j) =>
      j.onRef('r.caseId', '=', 'c.id').on('r.role', '=', 'RVT_PARTNER').on('r.endedAt', 'is', null),
    )
    .select(['c.householdId', 'f.professionalId as fixedProfessionalId', 'r.professionalId as rvtPartnerId'])
    .where('c.householdId', 'in', householdIds)
    .where('c.closedAt', 'is', null)
    .where('c.pathwayState', '=', 'VOLUNTARY_HELP')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reports').select('reports.id').whereRef('reports.householdId', '=', 'c.householdId'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('demoStages')
            .select('demoStages.stage')
            .whereRef('demoStages.householdId', '=', 'c.householdId'),
        ),
      ),
    )
    .orderBy('c.householdId')
    .execute();
}

/** Records that `householdId` is being walked to `stage` (replacing a walk that was interrupted). */
export async function startDemoStage(tx: Tx, stage: string, householdId: string, at: Date): Promise<void> {
  await tx
    .insertInto('demoStages')
    .values({ stage, householdId, startedAt: at })
    .onConflict((c) => c.column('stage').doUpdateSet({ householdId, startedAt: at, completedAt: null }))
    .execute();
}

export async function completeDemoStage(tx: Tx, stage: string, at: Date): Promise<void> {
  await tx.updateTable('demoStages').set({ completedAt: at }).where('stage', '=', stage).execute();
}

/** The current members of a household (person and role), in person-id order. */
export async function currentMembers(tx: Tx, householdId: string) {
  return tx
    .selectFrom('memberships')
    .select(['personId', 'role'])
    .where('householdId', '=', householdId)
    .where('validTo', 'is', null)
    .orderBy('personId')
    .execute();
}

/** The region a household belongs to. */
export async function householdRegion(tx: Tx, householdId: string): Promise<string> {
  const row = await tx
    .selectFrom('households')
    .select('regionId')
    .where('id', '=', householdId)
    .executeTakeFirstOrThrow();
  return row.regionId;
}

/** The oldest current member of a household (the person adult protection is about in the demo). */
export async function eldestMember(tx: Tx, householdId: string): Promise<string> {
  const row = await tx
    .selectFrom('memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.personId')
    .select('p.id')
    .where('m.householdId', '=', householdId)
    .where('m.validTo', 'is', null)
    .orderBy('p.birthDate')
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Puts a bulk family's open case back at the start of the path, so it can be walked through it. */
export async function restartPathway(tx: Tx, householdId: string): Promise<void> {
  await tx
    .updateTable('cases')
    .set({ pathwayState: 'SIGNAL_RECEIVED', stateChangedAt: null })
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .execute();
}

/** The ids of the concerns recorded for a household. */
export async function concernIdsOf(tx: Tx, householdId: string): Promise<string[]> {
  const rows = await tx.selectFrom('concerns').select('id').where('householdId', '=', householdId).execute();
  return rows.map((r) => r.id);
}

/**
 * The demo region's configured gate for one decision type (the demo shows a decision waiting for four eyes);
 * an administrator's own configuration is never overwritten.
 */
export async function ensureDemoDecisionGate(
  tx: Tx,
  regionId: string,
  decisionType: string,
  fourEyesRoles: string[],
  now: Date,
): Promise<void> {
  await tx
    .insertInto('decisionPolicies')
    .values({
      regionId,
      decisionType,
      reviewRoles: null,
      fourEyesRoles,
      reason: 'Demo: het einde van het monitoren keurt de vaste professional goed (vier ogen).',
      version: 1,
      updatedBy: null,
      updatedAt: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
