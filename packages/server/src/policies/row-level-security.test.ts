import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';

/**
 * Row-level security is the second line behind the rulebook: even a query that skips the policy code sees
 * and changes nothing of a household the actor is not involved in.
 */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

/** Raw SQL as the application role for an actor, bypassing every use case and policy. */
function rawAs<T>(actor: Actor, fn: (tx: Parameters<Parameters<typeof asActor>[2]>[0]['tx']) => Promise<T>) {
  return asActor(database.db, actor, (ctx) => fn(ctx.tx));
}

describe('row-level security (second line)', () => {
  it('hides households, persons, team and timeline of a household the actor is not involved in', async () => {
    const involved = await buildProfessional(database.db, 'LOCAL_TEAM');
    const outsider = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, involved);
    await database.db
      .insertInto('timelineEntries')
      .values({
        id: randomUUID(),
        householdId: h.householdId,
        caseId: h.caseId,
        kind: 'NOTE',
        title: 't',
        body: '',
        occurredAt: new Date(),
        authorId: involved.id,
      })
      .execute();
    const count = async (actor: Actor) =>
      rawAs(actor, async (tx) => {
        const q = async (table: string, column: string, id: string) =>
          (
            await sql<{
              n: number;
            }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(
              tx,
            )
          ).rows[0]?.n;
        return {
          households: await q('households', 'id', h.householdId),
          persons: await q('persons', 'id', h.parentId),
          memberships: await q('memberships', 'household_id', h.householdId),
          team: await q('case_team_members', 'household_id', h.householdId),
          timeline: await q('timeline_entries', 'household_id', h.householdId),
        };
      });
    expect(await count(involved)).toEqual({
      households: 1,
      persons: 1,
      memberships: 2,
      team: 1,
      timeline: 1,
    });
    expect(await count(outsider)).toEqual({
      households: 0,
      persons: 0,
      memberships: 0,
      team: 0,
      timeline: 0,
    });
  });

  it('refuses writes into a household the actor is not involved in, even without the policy code', async () => {
    const involved = await buildProfessional(database.db, 'LOCAL_TEAM');
    const outsider = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, involved);
    await expect(
      rawAs(outsider, (tx) =>
        tx
          .insertInto('timelineEntries')
          .values({
            id: randomUUID(),
            householdId: h.householdId,
            caseId: h.caseId,
            kind: 'NOTE',
            title: 'x',
            body: '',
            occurredAt: new Date(),
            authorId: outsider.id,
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      rawAs(outsider, (tx) =>
        tx
          .insertInto('caseTeamMembers')
          .values({
            id: randomUUID(),
            caseId: h.caseId,
            householdId: h.householdId,
            professionalId: outsider.id,
            organisationId: outsider.memberships[0]?.organisationId as string,
            role: 'EXPERT',
            expertise: null,
            startedAt: new Date(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await rawAs(outsider, (tx) =>
      tx.updateTable('persons').set({ givenName: 'Gehackt' }).where('id', '=', h.parentId).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
  });

  it('the application role cannot delete change history or update the access log', async () => {
    const involved = await buildProfessional(database.db, 'LOCAL_TEAM');
    await expect(rawAs(involved, (tx) => sql`delete from dossier_events`.execute(tx))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      rawAs(involved, (tx) => sql`update access_log set purpose = 'x'`.execute(tx)),
    ).rejects.toThrow(/permission denied/);
  });
});
