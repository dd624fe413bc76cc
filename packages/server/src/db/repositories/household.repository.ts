import type { TeamRole } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { parsePgArray } from './access.repository';
import type { Tx } from './tx';
import type { CaseRow } from './case.repository';

export async function findHousehold(tx: Tx, id: string) {
  return tx
    .selectFrom('households as h')
    .innerJoin('municipalities as m', 'm.code', 'h.municipalityCode')
    .select([
      'h.id',
      'h.displayName',
      'h.municipalityCode',
      'm.name as municipalityName',
      'h.regionId',
      'h.createdAt',
      'h.updatedAt',
      'h.version',
    ])
    .where('h.id', '=', id)
    .executeTakeFirst();
}
export type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;

/** A household with its open case (null when none), in one round trip: what opening a dossier needs first. */
export async function findHouseholdWithOpenCase(
  tx: Tx,
  id: string,
): Promise<{ household: HouseholdRow; openCase: CaseRow | null } | undefined> {
  const row = await tx
    .selectFrom('households as h')
    .innerJoin('municipalities as m', 'm.code', 'h.municipalityCode')
    .leftJoin('cases as c', (j) => j.onRef('c.householdId', '=', 'h.id').on('c.closedAt', 'is', null))
    .select([
      'h.id',
      'h.displayName',
      'h.municipalityCode',
      'm.name as municipalityName',
      'h.regionId',
      'h.createdAt',
      'h.updatedAt',
      'h.version',
      'c.id as caseId',
      'c.openedAt as caseOpenedAt',
      'c.pathwayState as casePathwayState',
      'c.stateChangedAt as caseStateChangedAt',
      'c.ruleSetVersion as caseRuleSetVersion',
      'c.version as caseVersion',
    ])
    .where('h.id', '=', id)
    .executeTakeFirst();
  if (!row) {
    return undefined;
  }
  const {
    caseId,
    caseOpenedAt,
    casePathwayState,
    caseStateChangedAt,
    caseRuleSetVersion,
    caseVersion,
    ...household
  } = row;
  // A case row has every one of these; stateChangedAt is null until its first transition.
  const openCase =
    caseId && caseOpenedAt && casePathwayState && caseRuleSetVersion && caseVersion !== null
      ? {
          id: caseId,
          householdId: household.id,
          openedAt: caseOpenedAt,
          pathwayState: casePathwayState,
          stateChangedAt: caseStateChangedAt,
          ruleSetVersion: caseRuleSetVersion,
          version: caseVersion,
        }
      : null;
  return { household, openCase };
}

export async function insertHousehold(
  tx: Tx,
  row: {
    id: string;
    displayName: string;
    municipalityCode: string;
    regionId: string;
    now: Date;
  },
): Promise<void> {
  await tx
    .insertInto('households')
    .values({
      id: row.id,
      displayName: row.displayName,
      municipalityCode: row.municipalityCode,
      regionId: row.regionId,
      createdAt: row.now,
      updatedAt: row.now,
    })
    .execute();
}

/** Optimistic concurrency: updates only when `version` matches; returns false when it did not. */
export async function updateHousehold(
  tx: Tx,
  id: string,
  version: number,
  patch: {
    displayName?: string;
    municipalityCode?: string;
    regionId?: string;
  },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('households')
    .set({ ...patch, updatedAt: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findMunicipality(tx: Tx, code: string) {
  return tx.selectFrom('municipalities').selectAll().where('code', '=', code).executeTakeFirst();
}

/**
 * True when household `h` has no active shielding record: the per-item check (a function call) is then
 * skipped, which keeps lists as cheap as they were for the households that shield nothing.
 */
const unshielded = sql`not exists (select 1 from shielding_records sr where sr.household_id = h.id and sr.ended_at is null)`;

export interface CaseloadItem {
  id: string;
  displayName: string;
  municipalityName: string;
  myRoles: TeamRole[];
  memberCount: number;
  fixedProfessionalName: string | null;
  lastActivityAt: Date | null;
  /** Where the family is on the path (§4.3), and the first open deadline, so the list shows what is urgent. */
  pathwayState: string | null;
  nextDeadline: { kind: string; dueOn: string; rulePackVersion: string } | null;
  /** The open case is in spoed (KT5): an urgent-safety episode has started and not ended. */
  urgentSafetyActive: boolean;
}

/**
 * "Mijn gezinnen": the households in whose case team the actor is active, filtered in SQL, optionally
 * searched by household or member name, in pages ordered by name (keyset pagination).
 */
export async function listCaseload(
  tx: Tx,
  actorId: string,
  options: { q?: string; limit: number; after?: { name: string; id: string } },
): Promise<CaseloadItem[]> {
  let query = tx
    .selectFrom('households as h')
    .innerJoin('municipalities as mu', 'mu.code', 'h.municipalityCode')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('caseTeamMembers as t')
          .whereRef('t.householdId', '=', 'h.id')
          .where('t.professionalId', '=', actorId)
          .where('t.endedAt', 'is', null),
      ),
    )
    .select([
      'h.id',
      'h.displayName',
      'mu.name as municipalityName',
      sql<TeamRole[]>`array(select t.role from case_team_members t
        where t.household_id = h.id and t.professional_id = ${actorId} and t.ended_at is null)`.as('myRoles'),
      // Counts leave out a member withheld from this professional, like every list does.
      sql<number>`(select count(*)::int from memberships ms where ms.household_id = h.id and ms.valid_to is null
        and (${unshielded} or (not app_item_withheld(h.id, ms.person_id) and not app_item_withheld(h.id, ms.id))))`.as(
        'memberCount',
      ),
      sql<
        string | null
      >`(select a.display_name from case_team_members t join accounts a on a.id = t.professional_id
        where t.household_id = h.id and t.role = 'FIXED_PROFESSIONAL' and t.ended_at is null limit 1)`.as(
        'fixedProfessionalName',
      ),
      sql<Date | null>`(select te.occurred_at from timeline_entries te where te.household_id = h.id
        and (${unshielded} or (not app_item_withheld(h.id, te.id)
          and (te.source_id is null or not app_item_withheld(h.id, te.source_id))))
        order by te.occurred_at desc limit 1)`.as('lastActivityAt'),
      sql<
        string | null
      >`(select c.pathway_state from cases c where c.household_id = h.id and c.closed_at is null)`.as(
        'pathwayState',
      ),
      // The first open deadline by due date (overdue, if any is): its kind and rule pack say how late it is.
      sql<CaseloadItem['nextDeadline']>`(select json_build_object('kind', d.kind, 'dueOn', d.due_on::text,
          'rulePackVersion', d.rule_pack_version)
        from cases c join deadlines d on d.case_id = c.id
        where c.household_id = h.id and c.closed_at is null and d.met_at is null and d.cancelled_at is null
          and (${unshielded} or d.subject_id is null or not app_item_withheld(h.id, d.subject_id))
        order by d.due_on, d.id limit 1)`.as('nextDeadline'),
      sql<boolean>`exists (select 1 from cases c join urgent_safety_episodes u on u.case_id = c.id
        where c.household_id = h.id and c.closed_at is null and u.ended_at is null)`.as('urgentSafetyActive'),
    ]);
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('h.displayName', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('memberships as ms')
            .innerJoin('persons as p', 'p.id', 'ms.personId')
            .whereRef('ms.householdId', '=', 'h.id')
            .where(sql<boolean>`(p.given_name || ' ' || p.family_name) ilike ${pattern}`)
            // A person withheld from the searcher cannot be found by name either.
            .where(
              sql<boolean>`(${unshielded} or (not app_item_withheld(h.id, p.id) and not app_item_withheld(h.id, ms.id)))`,
            ),
        ),
      ]),
    );
  }
  if (options.after) {
    const { name, id } = options.after;
    query = query.where(sql<boolean>`(h.display_name, h.id) > (${name}, ${id}::uuid)`);
  }
  const rows = await query.orderBy('h.displayName').orderBy('h.id').limit(options.limit).execute();
  return rows.map((r) => ({ ...r, myRoles: parsePgArray(r.myRoles) as TeamRole[] }));
}

/** The household's region and open case (definer function: no personal data), for an event's envelope. */
export async function householdEnvelope(tx: Tx, householdId: string) {
  const result = await sql<{ regionId: string; caseId: string | null }>`
    select region_id, case_id from app_household_envelope(${householdId}::uuid)`.execute(tx);
  return result.rows[0] ?? null;
}
