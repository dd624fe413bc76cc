import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional, randomBsn } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8.6: search before create is not an open lookup. It states its purpose, refuses a BSN that fails
 * the 11-proef before searching, is rate-limited per professional, logs every lookup (also one that finds
 * nothing), and tells a professional who may not open the household only that a dossier exists — not the
 * family's name, municipality or vast gezicht.
 */
let database: Database;
let app: App;
let lt: Actor;
let outsider: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  outsider = await buildProfessional(database.db, 'RVT');
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const search = async (actor: Actor, query: string) =>
  app.inject({
    method: 'GET',
    url: `/api/v1/household-matches?${query}`,
    headers: (await sessionFor(database, actor)).headers,
  });

const searchesOf = (actor: Actor) =>
  database.db
    .selectFrom('accessLog')
    .select(['action', 'householdId', 'purpose'])
    .where('actorId', '=', actor.id)
    .where('action', '=', 'search')
    .execute();

describe('issue 8.6: search before create', () => {
  it('needs a purpose', async () => {
    const answer = await search(lt, `bsn=${randomBsn()}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().issues).toContainEqual(expect.objectContaining({ path: 'purpose' }));
  });

  it('refuses a BSN that fails the 11-proef before searching, and logs nothing', async () => {
    const prober = await buildProfessional(database.db, 'LOCAL_TEAM');
    const answer = await search(prober, 'purpose=RECORD_INTAKE&bsn=123456789');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().issues).toContainEqual(
      expect.objectContaining({ path: 'bsn', code: 'bsn_invalid' }),
    );
    expect(await searchesOf(prober)).toEqual([]);
  });

  it('logs a lookup that finds nothing', async () => {
    const prober = await buildProfessional(database.db, 'LOCAL_TEAM');
    const answer = await search(prober, `purpose=RECORD_INTAKE&bsn=${randomBsn()}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual([]);
    expect(await searchesOf(prober)).toEqual([
      { action: 'search', householdId: null, purpose: 'report_intake' },
    ]);
  });

  it('tells a professional who may not open the household only that a dossier exists', async () => {
    const bsn = randomBsn();
    const h = await buildHousehold(database.db, lt, { bsn, familyName: 'Geheimhouder' });
    const answer = await search(outsider, `purpose=RECORD_INTAKE&bsn=${bsn}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual([
      { matchedOn: 'BSN', canOpen: false, householdId: null, householdName: null },
    ]);
    expect(answer.body).not.toContain('Geheimhouder');
    expect(answer.body).not.toContain(lt.displayName);
    expect(await searchesOf(outsider)).toContainEqual({
      action: 'search',
      householdId: h.householdId,
      purpose: 'report_intake',
    });
    // The vast gezicht herself may open it: she gets the household to record the intake with.
    const own = await search(lt, `purpose=OPEN_DOSSIER&bsn=${bsn}`);
    expect(own.json()).toEqual([
      { matchedOn: 'BSN', canOpen: true, householdId: h.householdId, householdName: 'Gezin Geheimhouder' },
    ]);
  });

  it('is rate-limited per professional: the 31st search in ten minutes gets 429, a colleague at the same address is not affected', async () => {
    const prober = await buildProfessional(database.db, 'LOCAL_TEAM');
    const colleague = await buildProfessional(database.db, 'LOCAL_TEAM');
    const headers = (await sessionFor(database, prober)).headers;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const answer = await app.inject({
        method: 'GET',
        url: `/api/v1/household-matches?purpose=RECORD_INTAKE&bsn=${randomBsn()}`,
        headers,
      });
      statuses.push(answer.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await search(colleague, `purpose=RECORD_INTAKE&bsn=${randomBsn()}`)).statusCode).toBe(200);
  });
});
