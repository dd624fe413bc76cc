import type { Actor } from '@gezinsdossier/domain';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { type BuiltHousehold, buildHousehold, buildProfessional } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8.8: relations that cannot be. Parental authority exists only over minors and only by adults (BW
 * 1:245–246, age of majority 18: BW 1:233); adult protection (curatele, bewind, mentorschap) is a relation
 * kind of its own, over adults; a parent is born before the child; memberships and relations start at or
 * after birth. Each refusal is 422 with the field that is wrong, and changes nothing.
 */
let database: Database;
let app: App;
let lt: Actor;
let headers: Record<string, string>;
let h: BuiltHousehold;
const persons: Record<string, string> = {};

/** A birth date `years` years and a few days ago. */
const bornYearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 10);
  return todayInNetherlands(d);
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  headers = (await sessionFor(database, lt)).headers;
  h = await buildHousehold(database.db, lt);
  for (const [name, age, role] of [
    ['mother', 36, 'PARENT_WITH_AUTHORITY'],
    ['daughter', 6, 'CHILD'],
    ['son', 50, 'OTHER_ADULT'],
    ['grandfather', 82, 'OTHER_ADULT'],
  ] as const) {
    const answer = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      headers,
      payload: {
        person: { givenName: name, familyName: 'Test', birthDate: bornYearsAgo(age) },
        role,
        from: bornYearsAgo(Math.min(age, 5) - 1).slice(0, 10),
      },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    persons[name] = answer.json().personId;
  }
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const relations = () =>
  database.db.selectFrom('relations').select('id').where('householdId', '=', h.householdId).execute();

async function addRelation(payload: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/households/${h.householdId}/relations`,
    headers,
    payload,
  });
}

describe('issue 8.8: relations and memberships that cannot be', () => {
  it('a six-year-old recorded as a parent with authority over her mother is refused', async () => {
    const before = (await relations()).length;
    const answer = await addRelation({
      fromPersonId: persons.daughter,
      toPersonId: persons.mother,
      kind: 'PARENT_OF',
      hasParentalAuthority: true,
    });
    expect(answer.statusCode).toBe(422);
    expect(answer.json().code).toBe('relation_implausible');
    expect(answer.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'fromPersonId', code: 'relation_parent_not_older' }),
        expect.objectContaining({ path: 'fromPersonId', code: 'authority_holder_minor' }),
        expect.objectContaining({ path: 'toPersonId', code: 'authority_over_adult' }),
      ]),
    );
    expect((await relations()).length).toBe(before);
  });

  it('an adult son with parental authority over his 82-year-old father is refused; mentorschap is the relation that fits', async () => {
    const authority = await addRelation({
      fromPersonId: persons.son,
      toPersonId: persons.grandfather,
      kind: 'GUARDIAN_OF',
      hasParentalAuthority: true,
    });
    expect(authority.statusCode).toBe(422);
    expect(authority.json().issues).toContainEqual(
      expect.objectContaining({ path: 'toPersonId', code: 'authority_over_adult' }),
    );
    const mentor = await addRelation({
      fromPersonId: persons.son,
      toPersonId: persons.grandfather,
      kind: 'MENTOR_OF',
      hasParentalAuthority: false,
    });
    expect(mentor.statusCode, mentor.body).toBe(201);
    const asAuthority = await addRelation({
      fromPersonId: persons.son,
      toPersonId: persons.grandfather,
      kind: 'MENTOR_OF',
      hasParentalAuthority: true,
    });
    expect(asAuthority.statusCode).toBe(422);
    expect(asAuthority.json().code).toBe('authority_requires_parent_relation');
  });

  it('adult protection over a child is refused; parental authority of the mother over her daughter is accepted', async () => {
    const curatele = await addRelation({
      fromPersonId: persons.mother,
      toPersonId: persons.daughter,
      kind: 'CURATOR_OF',
      hasParentalAuthority: false,
    });
    expect(curatele.statusCode).toBe(422);
    expect(curatele.json().issues).toContainEqual(
      expect.objectContaining({ path: 'toPersonId', code: 'protection_over_minor' }),
    );
    const authority = await addRelation({
      fromPersonId: persons.mother,
      toPersonId: persons.daughter,
      kind: 'PARENT_OF',
      hasParentalAuthority: true,
    });
    expect(authority.statusCode, authority.body).toBe(201);
  });

  it('a relation or a membership that starts before the person was born is refused', async () => {
    const relation = await addRelation({
      fromPersonId: persons.mother,
      toPersonId: persons.daughter,
      kind: 'PARENT_OF',
      hasParentalAuthority: false,
      from: bornYearsAgo(10),
    });
    expect(relation.statusCode).toBe(422);
    expect(relation.json().issues).toContainEqual(
      expect.objectContaining({ path: 'from', code: 'relation_before_birth' }),
    );
    const person = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      headers,
      payload: {
        person: { givenName: 'Baby', familyName: 'Test', birthDate: bornYearsAgo(1) },
        role: 'CHILD',
        from: bornYearsAgo(3),
      },
    });
    expect(person.statusCode).toBe(422);
    expect(person.json()).toMatchObject({
      code: 'membership_implausible',
      issues: [expect.objectContaining({ path: 'from', code: 'membership_before_birth' })],
    });
  });

  it('a child cannot live in the household as a parent with authority', async () => {
    const person = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      headers,
      payload: {
        person: { givenName: 'Jonge', familyName: 'Test', birthDate: bornYearsAgo(12) },
        role: 'PARENT_WITH_AUTHORITY',
        from: bornYearsAgo(1),
      },
    });
    expect(person.statusCode).toBe(422);
    expect(person.json().issues).toContainEqual(
      expect.objectContaining({ path: 'role', code: 'authority_holder_minor' }),
    );
  });

  it('correcting a birth date so that the mother would be younger than her daughter is refused on the birth date', async () => {
    const mother = await database.db
      .selectFrom('persons')
      .select('version')
      .where('id', '=', persons.mother as string)
      .executeTakeFirstOrThrow();
    const answer = await app.inject({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}/persons/${persons.mother}`,
      headers,
      payload: { birthDate: bornYearsAgo(3), version: mother.version },
    });
    expect(answer.statusCode).toBe(422);
    expect(answer.json().issues).toContainEqual(expect.objectContaining({ path: 'birthDate' }));
    const after = await database.db
      .selectFrom('persons')
      .select(['version', 'birthDate'])
      .where('id', '=', persons.mother as string)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ version: mother.version, birthDate: bornYearsAgo(36) });
  });
});
