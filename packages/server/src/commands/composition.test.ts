import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { getDossier } from '../queries/get-dossier';
import { asActor, buildHousehold, buildProfessional, randomBsn } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { addHouseholdPerson } from './add-household-person';
import { addMembership } from './add-membership';
import { addRelation } from './add-relation';
import { updateMembership } from './update-membership';
import { updatePerson } from './update-person';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

async function snapshot(householdId: string) {
  const db = database.db;
  return {
    persons: await db.selectFrom('persons').selectAll().orderBy('id').execute(),
    memberships: await db
      .selectFrom('memberships')
      .selectAll()
      .where('householdId', '=', householdId)
      .orderBy('id')
      .execute(),
    relations: await db
      .selectFrom('relations')
      .selectAll()
      .where('householdId', '=', householdId)
      .orderBy('id')
      .execute(),
    events: await db
      .selectFrom('dossierEvents')
      .select('id')
      .where('householdId', '=', householdId)
      .execute(),
  };
}

describe('household composition', () => {
  it('adds a person without BSN with membership, change history and an access-log row naming the person', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { personId } = await asActor(database.db, lt, (ctx) =>
      addHouseholdPerson(ctx, h.householdId, {
        person: { givenName: 'Noor', familyName: 'Test', birthDate: '2026-01-02', gender: 'FEMALE' },
        role: 'CHILD',
        from: '2026-01-02',
      }),
    );
    const dossier = await asActor(database.db, lt, (ctx) => getDossier(ctx, h.householdId));
    const noor = dossier.members.find((m) => m.person.id === personId);
    expect(noor?.person).toMatchObject({ givenName: 'Noor', bsn: null });
    const events = await database.db
      .selectFrom('dossierEvents')
      .select('eventType')
      .where('entityId', '=', personId)
      .execute();
    expect(events.map((e) => e.eventType)).toEqual(['person.created']);
    const log = await database.db
      .selectFrom('accessLog')
      .select(['action', 'personIds'])
      .where('resourceId', '=', personId)
      .execute();
    expect(log).toEqual([{ action: 'create', personIds: [personId] }]);
  });

  it.each([
    ['a birth date in the future', 'birth_date_in_future'],
    ['a BSN that belongs to another person', 'bsn_taken'],
  ])('refuses %s and changes nothing', async (_name, code) => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const other = await buildHousehold(database.db, lt);
    const taken = randomBsn();
    await database.db.updateTable('persons').set({ bsn: taken }).where('id', '=', other.parentId).execute();
    const h = await buildHousehold(database.db, lt);
    const before = await snapshot(h.householdId);
    const person = {
      givenName: 'Ivo',
      familyName: 'Test',
      gender: 'MALE' as const,
      ...(code === 'bsn_taken' ? { bsn: taken } : { birthDate: '2999-01-01' }),
    };
    await expect(
      asActor(database.db, lt, (ctx) =>
        addHouseholdPerson(ctx, h.householdId, { person, role: 'OTHER_ADULT', from: '2020-01-01' }),
      ),
    ).rejects.toMatchObject({ code });
    expect(await snapshot(h.householdId)).toEqual(before);
  });

  it('refuses a membership ending before it starts, and an overlapping second membership', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    await expect(
      asActor(database.db, lt, (ctx) =>
        addMembership(ctx, h.householdId, {
          personId: h.parentId,
          role: 'CAREGIVER',
          from: '2024-05-01',
          to: '2024-04-01',
        }),
      ),
    ).rejects.toMatchObject({ code: 'period_ends_before_start' });
    await expect(
      asActor(database.db, lt, (ctx) =>
        addMembership(ctx, h.householdId, { personId: h.parentId, role: 'CAREGIVER', from: '2024-05-01' }),
      ),
    ).rejects.toMatchObject({ code: 'membership_overlap' });
  });

  it('a stale version gets version_conflict with the current data and nothing is lost', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const colleague = await buildProfessional(database.db, 'OTHER');
    const h = await buildHousehold(database.db, lt, { team: [{ actor: colleague, role: 'EXPERT' }] });
    await asActor(database.db, lt, (ctx) =>
      updatePerson(ctx, h.householdId, h.parentId, { givenName: 'Anne', version: 1 }),
    );
    const conflict = asActor(database.db, colleague, (ctx) =>
      updatePerson(ctx, h.householdId, h.parentId, { givenName: 'Anja', version: 1 }),
    );
    await expect(conflict).rejects.toMatchObject({
      code: 'version_conflict',
      data: { current: { givenName: 'Anne', version: 2 } },
    });
    const person = await database.db
      .selectFrom('persons')
      .select(['givenName', 'version'])
      .where('id', '=', h.parentId)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ givenName: 'Anne', version: 2 });
    // The conflicting read returned personal data, so it is in the access log even though the write failed.
    const rows = await database.db
      .selectFrom('accessLog')
      .select('actorId')
      .where('householdId', '=', h.householdId)
      .where('actorId', '=', colleague.id)
      .execute();
    expect(rows.length).toBe(1);
  });

  it('ends a membership when someone moves out, keeping the history', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    await asActor(database.db, lt, (ctx) =>
      updateMembership(ctx, h.householdId, h.parentMembershipId, { to: '2026-06-30', version: 1 }),
    );
    const dossier = await asActor(
      database.db,
      lt,
      (ctx) => getDossier(ctx, h.householdId),
      new Date('2026-11-01T12:00:00Z'),
    );
    const parent = dossier.members.find((m) => m.person.id === h.parentId);
    expect(parent).toMatchObject({ to: '2026-06-30', isCurrent: false });
  });

  it('refuses parental authority on a sibling relation and a relation with someone outside the household', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const other = await buildHousehold(database.db, lt);
    await expect(
      asActor(database.db, lt, (ctx) =>
        addRelation(ctx, h.householdId, {
          fromPersonId: h.parentId,
          toPersonId: h.childId,
          kind: 'SIBLING_OF',
          hasParentalAuthority: true,
        }),
      ),
    ).rejects.toMatchObject({ code: 'authority_requires_parent_relation' });
    await expect(
      asActor(database.db, lt, (ctx) =>
        addRelation(ctx, h.householdId, {
          fromPersonId: h.parentId,
          toPersonId: other.childId,
          kind: 'GRANDPARENT_OF',
          hasParentalAuthority: false,
        }),
      ),
    ).rejects.toMatchObject({ code: 'relation_person_not_in_household' });
  });
});
