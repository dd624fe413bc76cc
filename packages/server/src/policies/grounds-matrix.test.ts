import { randomUUID } from 'node:crypto';
import type { AccessGround, Actor, HouseholdPermission, TeamRole } from '@gezinsdossier/domain';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShield } from '../commands/add-shield';
import { requestBreakGlass } from '../commands/request-break-glass';
import type { Database } from '../db/database';
import { databaseGrounds, loadHouseholdAccess } from '../db/repositories/access.repository';
import { createTestDatabase } from '../test/database';
import { asActor, buildAccount, buildProfessional, randomBsn } from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { type HouseholdAccess, householdRules } from './household';
import { can } from './rulebook';

/**
 * The database's row-level security and the rulebook must agree: for every access ground, the grounds the
 * loader finds equal the ones `app_access_grounds` derives, and for every table holding personal or case
 * data, the rows are visible to the application role exactly when the rulebook grants the table's read
 * permission on that ground.
 */
let database: Database;
let h: FullHousehold;
const actors: Record<string, Actor> = {};

/** Each table and the read permission of the rulebook that governs it. */
const RESOURCES: Record<string, HouseholdPermission> = {
  households: 'household.read',
  persons: 'household.read',
  memberships: 'household.read',
  person_addresses: 'household.read',
  relations: 'household.read',
  relation_changes: 'household.read',
  network_members: 'household.read',
  cases: 'household.read',
  case_team_members: 'household.read',
  shielding_records: 'household.read',
  timeline_entries: 'timeline.read',
  timeline_entry_persons: 'timeline.read',
  reports: 'casework.read',
  reporter_feedback: 'casework.read',
  concerns: 'casework.read',
  concern_persons: 'casework.read',
  investigations: 'casework.read',
  judgements: 'casework.read',
  investigation_concerns: 'casework.read',
  facts: 'casework.read',
  fact_persons: 'casework.read',
  fact_concerns: 'casework.read',
  fact_responses: 'casework.read',
  network_conferences: 'casework.read',
  expert_consults: 'casework.read',
  safety_assessments: 'casework.read',
  safety_plan_versions: 'casework.read',
  safety_plan_events: 'casework.read',
  plan_goals: 'casework.read',
  plan_scores: 'casework.read',
  plan_actions: 'casework.read',
  plan_evaluations: 'casework.read',
  interventions: 'casework.read',
  intervention_persons: 'casework.read',
  urgent_safety_episodes: 'casework.read',
  safety_monitoring: 'casework.read',
  pathway_transitions: 'casework.read',
  deadlines: 'casework.read',
  access_log: 'access_log.read',
  dossier_events: 'household.export',
};

const GROUNDS = [
  'TEAM_MEMBER:FIXED_PROFESSIONAL',
  'TEAM_MEMBER:RVT_PARTNER',
  'TEAM_MEMBER:EXPERT',
  'BREAK_GLASS',
  'REGIONAL_INTAKE',
  'HOUSEHOLD_MEMBER',
  'NONE',
] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const lt = await buildProfessional(db, 'LOCAL_TEAM');
  const rvt = await buildProfessional(db, 'RVT');
  const expert = await buildProfessional(db, 'OTHER');
  h = await buildFullHousehold(db, { lt, rvt, expert }, 'matrix');
  const bsn = randomBsn();
  await db.updateTable('persons').set({ bsn }).where('id', '=', h.parentId).execute();
  const report = await db
    .selectFrom('reports')
    .select('id')
    .where('householdId', '=', h.householdId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('reporterFeedback')
    .values({
      id: randomUUID(),
      reportId: report.id,
      caseId: h.caseId,
      householdId: h.householdId,
      kind: 'RECEIVED',
      sentAt: new Date(),
      sentBy: lt.id,
    })
    .execute();
  await asActor(db, lt, (ctx) =>
    addShield(ctx, h.householdId, {
      itemType: 'address',
      itemId: h.items.address.id,
      target: { kind: 'PERSON', personId: h.childId },
      reasonCode: 'SAFETY_OF_PERSON',
      reason: 'Het adres blijft voor dit gezinslid geheim.',
    }),
  );
  const crisis = await buildProfessional(db, 'CRISIS_SERVICE');
  await asActor(db, crisis, (ctx) =>
    requestBreakGlass(ctx, {
      reasonCode: 'ACUTE_DANGER',
      reason: 'Politie meldt acute onveiligheid',
      hours: 2,
      bsn,
    }),
  );
  Object.assign(actors, {
    'TEAM_MEMBER:FIXED_PROFESSIONAL': lt,
    'TEAM_MEMBER:RVT_PARTNER': rvt,
    'TEAM_MEMBER:EXPERT': expert,
    BREAK_GLASS: crisis,
    REGIONAL_INTAKE: await buildProfessional(db, 'RVT', { roles: ['PROFESSIONAL', 'RVT_INTAKE'] }),
    HOUSEHOLD_MEMBER: await buildAccount(db, 'FAMILY_MEMBER', h.parentId),
    NONE: await buildProfessional(db, 'LOCAL_TEAM'),
  });
});
afterAll(async () => database?.close());

function codeOf(g: AccessGround): string {
  return g.kind === 'TEAM_MEMBER' ? `TEAM_MEMBER:${g.role}` : g.kind;
}

/** The rulebook's view of a ground (as the loader would build it). */
function accessOn(code: string): HouseholdAccess {
  const grounds: AccessGround[] =
    code === 'NONE'
      ? []
      : code.startsWith('TEAM_MEMBER:')
        ? [
            {
              kind: 'TEAM_MEMBER',
              role: code.slice('TEAM_MEMBER:'.length) as TeamRole,
              organisationId: randomUUID(),
            },
          ]
        : code === 'BREAK_GLASS'
          ? [
              {
                kind: 'BREAK_GLASS',
                grantId: randomUUID(),
                organisationId: null,
                expiresAt: new Date(Date.now() + 3_600_000),
              },
            ]
          : code === 'REGIONAL_INTAKE'
            ? [{ kind: 'REGIONAL_INTAKE', organisationId: randomUUID() }]
            : [{ kind: 'HOUSEHOLD_MEMBER', personId: h.parentId }];
  return {
    householdId: h.householdId,
    regionId: randomUUID(),
    caseId: h.caseId,
    grounds,
    shields: [],
    memberPersonIds: [],
  };
}

describe('grounds × resources: row-level security and the rulebook agree', () => {
  it.each(GROUNDS)('%s: the loader and app_access_grounds find the same grounds', async (ground) => {
    const actor = actors[ground] as Actor;
    const { loaded, fromDatabase } = await asActor(database.db, actor, async (ctx) => ({
      loaded: await loadHouseholdAccess(ctx.tx, actor.id, h.householdId, todayInNetherlands(ctx.now)),
      fromDatabase: await databaseGrounds(ctx.tx, h.householdId),
    }));
    expect(fromDatabase.sort()).toEqual(ground === 'NONE' ? [] : [ground]);
    // A ground without read access to the household (a household member, until the family portal) loads
    // nothing, exactly like no ground at all.
    if (can(householdRules, actor, 'household.read', accessOn(ground))) {
      expect(loaded?.grounds.map(codeOf).sort()).toEqual(fromDatabase.sort());
    } else {
      expect(loaded).toBeNull();
    }
  });

  const cells = GROUNDS.flatMap((ground) => Object.keys(RESOURCES).map((table) => ({ ground, table })));
  it.each(cells)('$ground × $table', async ({ ground, table }) => {
    const actor = actors[ground] as Actor;
    const column = table === 'households' ? 'id' : 'household_id';
    const ownerRows = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
      where ${table === 'persons' ? sql`id in (select person_id from memberships where household_id = ${h.householdId})` : sql`${sql.ref(column)} = ${h.householdId}`}`.execute(
      database.db,
    );
    expect(ownerRows.rows[0]?.n, `${table} has rows to see`).toBeGreaterThan(0);
    const visible = await asActor(database.db, actor, async (ctx) =>
      sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
        where ${table === 'persons' ? sql`id in (select person_id from memberships where household_id = ${h.householdId})` : sql`${sql.ref(column)} = ${h.householdId}`}`.execute(
        ctx.tx,
      ),
    );
    const allowed = can(householdRules, actor, RESOURCES[table] as HouseholdPermission, accessOn(ground));
    expect((visible.rows[0]?.n ?? 0) > 0, `RLS ${allowed ? 'hides' : 'shows'} ${table} on ${ground}`).toBe(
      allowed,
    );
  });
});

describe('the grounds function remembers its answer only while nothing it reads changes', () => {
  const visibleHouseholds = (tx: Parameters<Parameters<typeof asActor>[2]>[0]['tx']) =>
    sql<{ n: number }>`select count(*)::int as n from households where id = ${h.householdId}`
      .execute(tx)
      .then((r) => r.rows[0]?.n ?? 0);
  const rollback = new Error('roll back');

  it('a ground gained within one transaction is seen by the next check (break-the-glass grant)', async () => {
    const outsider = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const seen: number[] = [];
    await expect(
      asActor(database.db, outsider, async (ctx) => {
        seen.push(await visibleHouseholds(ctx.tx));
        await ctx.tx
          .insertInto('breakGlassGrants')
          .values({
            id: randomUUID(),
            accountId: outsider.id,
            organisationId: outsider.memberships[0]?.organisationId ?? null,
            householdId: h.householdId,
            reasonCode: 'ACUTE_DANGER',
            reason: 'Politie meldt acute onveiligheid',
            grantedAt: ctx.now,
            expiresAt: new Date(ctx.now.getTime() + 3_600_000),
          })
          .execute();
        seen.push(await visibleHouseholds(ctx.tx));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen).toEqual([0, 1]);
  });

  it('a ground lost within one transaction is gone at the next check (team membership ended)', async () => {
    const lt = actors['TEAM_MEMBER:FIXED_PROFESSIONAL'] as Actor;
    const seen: number[] = [];
    await expect(
      asActor(database.db, lt, async (ctx) => {
        seen.push(await visibleHouseholds(ctx.tx));
        await ctx.tx
          .updateTable('caseTeamMembers')
          .set({ endedAt: ctx.now })
          .where('householdId', '=', h.householdId)
          .where('professionalId', '=', lt.id)
          .execute();
        seen.push(await visibleHouseholds(ctx.tx));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen).toEqual([1, 0]);
  });
});
