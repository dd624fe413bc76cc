import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { buildAccount, buildHousehold, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function involved() {
  const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  const h = await buildHousehold(database.db, lt);
  return { lt, h, session: await sessionFor(database, lt) };
}

async function countRows(householdId: string) {
  const persons = await database.db
    .selectFrom('memberships')
    .select('id')
    .where('householdId', '=', householdId)
    .execute();
  const events = await database.db
    .selectFrom('dossierEvents')
    .select('id')
    .where('householdId', '=', householdId)
    .execute();
  return { memberships: persons.length, events: events.length };
}

describe('HTTP API: bad input gets a specific error and changes nothing', () => {
  it('an invalid BSN: 400 validation_failed, field issue bsn_invalid with a Dutch message', async () => {
    const { h, session } = await involved();
    const before = await countRows(h.householdId);
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      headers: session.headers,
      payload: {
        person: { givenName: 'Tim', familyName: 'Test', bsn: '123456789' },
        role: 'CHILD',
        from: '2020-01-01',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = response.json();
    expect(body.code).toBe('validation_failed');
    expect(body.issues).toContainEqual({
      path: 'person.bsn',
      code: 'bsn_invalid',
      message: 'Dit BSN is niet geldig (de elfproef klopt niet).',
    });
    expect(await countRows(h.householdId)).toEqual(before);
  });

  it('answers in English when asked for', async () => {
    const { h, session } = await involved();
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      headers: { ...session.headers, 'accept-language': 'en-GB,en;q=0.9' },
      payload: {
        person: { givenName: 'Tim', familyName: 'Test', birthDate: '2023-02-30' },
        role: 'CHILD',
        from: '2020-01-01',
      },
    });
    expect(response.json().issues).toContainEqual({
      path: 'person.birthDate',
      code: 'date_invalid',
      message: 'This is not a valid date (yyyy-mm-dd).',
    });
  });

  it('a birth date in the future: 422 birth_date_in_future', async () => {
    const { h, session } = await involved();
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      headers: session.headers,
      payload: {
        person: { givenName: 'Tim', familyName: 'Test', birthDate: '2999-01-01' },
        role: 'CHILD',
        from: '2020-01-01',
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'birth_date_in_future',
      title: 'De geboortedatum ligt in de toekomst.',
    });
  });

  it('malformed JSON: 400 malformed_body; an oversized body: 413 body_too_large', async () => {
    const { h, session } = await involved();
    const malformed = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/timeline-entries`,
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload: '{"title": "x",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_body');
    const huge = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/timeline-entries`,
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'x', body: 'a'.repeat(300_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('body_too_large');
  });

  it('unknown ids: 404 not_found; malformed ids: 400', async () => {
    const { session } = await involved();
    const unknown = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${randomUUID()}`,
      headers: session.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'GET',
      url: '/api/v1/households/not-a-uuid',
      headers: session.headers,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues[0]).toMatchObject({ path: 'householdId' });
  });

  it('a stale version: 409 version_conflict carrying the current version; the first write is kept', async () => {
    const { h, session } = await involved();
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}`,
      headers: session.headers,
      payload: { displayName: 'Gezin Eerste', version: 1 },
    });
    expect(first.statusCode).toBe(200);
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}`,
      headers: session.headers,
      payload: { displayName: 'Gezin Tweede', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { displayName: 'Gezin Eerste', version: 2 },
    });
    const now = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${h.householdId}`,
      headers: session.headers,
    });
    expect(now.json().household.displayName).toBe('Gezin Eerste');
  });

  it('a second fixed professional cannot be added through the team endpoint (only RVT partner or expert may be added) and the team is unchanged', async () => {
    const { lt, h, session } = await involved();
    const other = await buildProfessional(database.db, 'LOCAL_TEAM');
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/team-members`,
      headers: session.headers,
      payload: {
        professionalId: other.id,
        organisationId: other.memberships[0]?.organisationId,
        role: 'FIXED_PROFESSIONAL',
      },
    });
    expect(response.statusCode).toBe(400);
    const team = await database.db
      .selectFrom('caseTeamMembers')
      .select('professionalId')
      .where('householdId', '=', h.householdId)
      .where('role', '=', 'FIXED_PROFESSIONAL')
      .execute();
    expect(team).toEqual([{ professionalId: lt.id }]);
  });
});

describe('HTTP API: health', () => {
  it('reports the database backend when it answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: database.backend });
  });
});

describe('HTTP API: staff directory', () => {
  it('is for professionals; a family member is told it is not for her (403 permission_denied)', async () => {
    const { lt, h, session } = await involved();
    const found = await app.inject({
      method: 'GET',
      url: `/api/v1/professionals?q=${encodeURIComponent(lt.displayName)}`,
      headers: session.headers,
    });
    expect(found.json()).toContainEqual(expect.objectContaining({ professionalId: lt.id }));
    const family = await buildAccount(database.db, 'FAMILY_MEMBER', h.parentId);
    const familySession = await sessionFor(database, family);
    const refused = await app.inject({
      method: 'GET',
      url: '/api/v1/professionals',
      headers: familySession.headers,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: 'permission_denied',
      title: 'Dit hoort niet bij uw rol: collega’s opzoeken.',
    });
  });
});

describe('HTTP API: sessions, CSRF and documentation', () => {
  it('without a session every API call is 401 unauthenticated', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/households' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });

  it('a write without the CSRF token is refused with 403 csrf_failed and changes nothing', async () => {
    const { h, session } = await involved();
    const before = await countRows(h.householdId);
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/timeline-entries`,
      headers: { cookie: session.cookie },
      payload: { title: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
    expect(await countRows(h.householdId)).toEqual(before);
  });

  it('demo sign-in sets an httpOnly cookie and is rate limited', async () => {
    const users = (await app.inject({ method: 'GET', url: '/api/v1/auth/demo-users' })).json();
    expect(users.length).toBeGreaterThan(10);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/demo-sessions',
        payload: { accountId: users[1].id },
        remoteAddress: '10.9.8.7',
      });
      statuses.push(r.statusCode);
      if (i === 0) {
        expect(r.headers['set-cookie']).toMatch(/gd_session=.+HttpOnly; SameSite=Lax/);
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('serves OpenAPI 3.1 describing the household endpoints, and security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/households',
        '/api/v1/households/{householdId}',
        '/api/v1/households/{householdId}/timeline-entries',
      ]),
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('HTTP API: NL API Design Rules', () => {
  it('every answer carries API-Version; a paged list links its next page (Link rel="next") as well as the cursor', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    await buildHousehold(database.db, lt);
    await buildHousehold(database.db, lt);
    const session = await sessionFor(database, lt);
    const first = await app.inject({
      method: 'GET',
      url: '/api/v1/households?limit=1',
      headers: session.headers,
    });
    expect(first.headers['api-version']).toBe('1.0.0');
    const cursor = first.json().nextCursor as string;
    expect(first.headers.link).toBe(
      `</api/v1/households?limit=1&cursor=${encodeURIComponent(cursor)}>; rel="next"`,
    );
    const next = await app.inject({
      method: 'GET',
      url: `/api/v1/households?limit=1&cursor=${cursor}`,
      headers: session.headers,
    });
    expect(next.json().items).toHaveLength(1);
    expect(next.headers.link).toBeUndefined();
    const problem = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${randomUUID()}`,
      headers: session.headers,
    });
    expect(problem.statusCode).toBe(404);
    expect(problem.headers['api-version']).toBe('1.0.0');
  });

  it('the OpenAPI document describes every response of every operation, errors as problem+json', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      info: { contact?: unknown };
      servers?: unknown[];
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    expect(doc.info.contact).toBeDefined();
    expect(doc.servers?.length).toBeGreaterThan(0);
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
    expect(operations.length).toBeGreaterThan(55);
    for (const op of operations) {
      const codes = Object.keys(op.responses);
      expect(codes.some((c) => c.startsWith('2') || c.startsWith('3'))).toBe(true);
      expect(op.responses['404']?.content?.['application/problem+json']).toBeDefined();
    }
  });
});
