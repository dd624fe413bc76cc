import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { addCalendarDays, dueDate, rulePack } from '@gezinsdossier/domain/deadlines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8.7: time that has not happened yet. What happened (a contact, a breach, a report received, help
 * started, a birth) cannot lie in the future beyond a few minutes of clock skew; planned things (an
 * appointment, a check date) are their own kind; nothing lies before 1900 or after 2100. Each refusal is a
 * 400 naming the field, and changes nothing.
 */
let database: Database;
let app: App;
let lt: Actor;
let rvt: Actor;
let headers: Record<string, string>;
let full: FullHousehold;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  const expert = await buildProfessional(database.db, 'OTHER');
  full = await buildFullHousehold(database.db, { lt, rvt, expert }, 'tijd');
  headers = (await sessionFor(database, lt)).headers;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const base = (householdId: string) => `/api/v1/households/${householdId}`;
const inYears = (n: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + n);
  return d;
};

async function refused(
  request: { method: 'POST' | 'PATCH'; url: string; payload: object },
  field: string,
  code: string,
) {
  const answer = await app.inject({ ...request, headers });
  expect(answer.statusCode, answer.body).toBe(400);
  const issues = (answer.json().issues ?? []) as { path: string; code: string }[];
  expect(issues).toContainEqual(expect.objectContaining({ path: field, code }));
}

describe('issue 8.7: what happened cannot lie in the future; nothing before 1900 or after 2100', () => {
  it('a contact dated in 2030 is refused and does not meet the first-contact deadline', async () => {
    const h = await buildHousehold(database.db, lt);
    const count = () =>
      database.db
        .selectFrom('timelineEntries')
        .select('id')
        .where('householdId', '=', h.householdId)
        .execute()
        .then((r) => r.length);
    const before = await count();
    await refused(
      {
        method: 'POST',
        url: `${base(h.householdId)}/timeline-entries`,
        payload: { kind: 'CONTACT', title: 'Huisbezoek', occurredAt: '2030-01-01T10:00:00+01:00' },
      },
      'occurredAt',
      'date_in_future',
    );
    expect(await count()).toBe(before);
  });

  it('timeline entries in year 0 or 9999 are refused (they would break paging or pin to the top)', async () => {
    for (const occurredAt of ['0000-01-01T00:00:00Z', '9999-12-31T00:00:00Z', '1899-12-31T12:00:00Z']) {
      await refused(
        {
          method: 'POST',
          url: `${base(full.householdId)}/timeline-entries`,
          payload: { kind: 'APPOINTMENT', title: 'Afspraak', occurredAt },
        },
        'occurredAt',
        'date_out_of_range',
      );
    }
  });

  it('a contact a minute ahead of the server clock (clock skew) is accepted', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: `${base(full.householdId)}/timeline-entries`,
      headers,
      payload: {
        kind: 'CONTACT',
        title: 'Telefoon',
        occurredAt: new Date(Date.now() + 60_000).toISOString(),
      },
    });
    expect(answer.statusCode, answer.body).toBe(201);
  });

  it('an appointment is planned: it may lie ahead, it needs a time, and it is listed as an appointment', async () => {
    const when = inYears(1).toISOString();
    const answer = await app.inject({
      method: 'POST',
      url: `${base(full.householdId)}/timeline-entries`,
      headers,
      payload: { kind: 'APPOINTMENT', title: 'Gesprek op school', occurredAt: when },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ kind: 'APPOINTMENT', occurredAt: when });
    await refused(
      {
        method: 'POST',
        url: `${base(full.householdId)}/timeline-entries`,
        payload: { kind: 'APPOINTMENT', title: 'Zonder tijd' },
      },
      'occurredAt',
      'appointment_time_required',
    );
  });

  it('an intervention started in the future is refused', async () => {
    const current = await database.db
      .selectFrom('interventions')
      .select('version')
      .where('id', '=', full.items.intervention.id)
      .executeTakeFirstOrThrow();
    await refused(
      {
        method: 'PATCH',
        url: `${base(full.householdId)}/interventions/${full.items.intervention.id}`,
        payload: {
          status: 'STARTED',
          on: addCalendarDays(todayInNetherlands(), 400),
          version: current.version,
        },
      },
      'on',
      'date_in_future',
    );
    const after = await database.db
      .selectFrom('interventions')
      .select('version')
      .where('id', '=', full.items.intervention.id)
      .executeTakeFirstOrThrow();
    expect(after.version).toBe(current.version);
  });

  it('a safety-plan breach in the future is refused', async () => {
    const rvtHeaders = (await sessionFor(database, rvt)).headers;
    const answer = await app.inject({
      method: 'POST',
      url: `${base(full.householdId)}/safety-plan-breaches`,
      headers: rvtHeaders,
      payload: {
        occurredOn: addCalendarDays(todayInNetherlands(), 2),
        description: 'Ruzie',
        followUp: 'Gesprek',
      },
    });
    expect(answer.statusCode, answer.body).toBe(400);
    expect(answer.json().issues).toContainEqual(
      expect.objectContaining({ path: 'occurredOn', code: 'date_in_future' }),
    );
  });

  it('a report received in 2030 is refused; a report received three days ago counts its triage deadline from then', async () => {
    const h = await buildHousehold(database.db, lt);
    await refused(
      {
        method: 'POST',
        url: '/api/v1/intakes',
        payload: {
          kind: 'REPORT',
          householdId: h.householdId,
          receivedAt: '2030-06-01T09:00:00+02:00',
          reporter: { kind: 'CITIZEN', anonymous: true },
          summary: 'Zorgen over de kinderen',
        },
      },
      'receivedAt',
      'date_in_future',
    );
    const receivedAt = new Date(Date.now() - 3 * 86_400_000);
    const recorded = await app.inject({
      method: 'POST',
      url: '/api/v1/intakes',
      headers,
      payload: {
        kind: 'REPORT',
        householdId: h.householdId,
        receivedAt: receivedAt.toISOString(),
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Zorgen over de kinderen',
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const triage = await database.db
      .selectFrom('deadlines')
      .select(['dueOn', 'rulePackVersion'])
      .where('householdId', '=', h.householdId)
      .where('kind', '=', 'TRIAGE')
      .executeTakeFirstOrThrow();
    const fromReceipt = dueDate('TRIAGE', todayInNetherlands(receivedAt), rulePack(triage.rulePackVersion));
    const fromTyping = dueDate('TRIAGE', todayInNetherlands(), rulePack(triage.rulePackVersion));
    expect(triage.dueOn).toBe(fromReceipt);
    expect(fromReceipt < fromTyping).toBe(true);
  });

  it('a birth date before 1900 is refused (400); one in the future keeps its own answer (422 birth_date_in_future)', async () => {
    const person = (birthDate: string) => ({
      method: 'POST' as const,
      url: `${base(full.householdId)}/persons`,
      payload: {
        person: { givenName: `Kind${randomUUID().slice(0, 4)}`, familyName: 'Test', birthDate },
        role: 'CHILD',
        from: '2024-01-01',
      },
    });
    await refused(person('1850-05-05'), 'person.birthDate', 'date_out_of_range');
    const future = await app.inject({ ...person(addCalendarDays(todayInNetherlands(), 30)), headers });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('birth_date_in_future');
  });
});
