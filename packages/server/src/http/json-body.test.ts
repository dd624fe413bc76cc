import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';
import { findNul, jsonDepth } from './json-body';

let database: Database;
let app: App;
let headers: Record<string, string>;
let householdId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  householdId = (await buildHousehold(database.db, lt)).householdId;
  headers = { ...(await sessionFor(database, lt)).headers, 'content-type': 'application/json' };
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** `depth` nested arrays or objects around a string with a NUL byte (so the NUL scan has to go all the way). */
function nested(kind: 'array' | 'object', depth: number): string {
  const [open, close] = kind === 'array' ? ['[', ']'] : ['{"a":', '}'];
  return `{"title":"x","body":${open.repeat(depth)}"\\u0000"${close.repeat(depth)}}`;
}

async function timelineEvents(): Promise<number> {
  const rows = await database.db
    .selectFrom('dossierEvents')
    .select('id')
    .where('householdId', '=', householdId)
    .execute();
  return rows.length;
}

describe('issue 8.5: deeply nested JSON is refused at parsing with 400, never a 500', () => {
  it.each(['array', 'object'] as const)(
    'issue 8.5: %s nesting 10,000 deep gets 400 json_too_deep and changes nothing',
    async (kind) => {
      const before = await timelineEvents();
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/households/${householdId}/timeline-entries`,
        headers,
        payload: nested(kind, 10_000),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'json_too_deep',
        title: 'De gegevens in het verzoek zijn te diep genest.',
      });
      expect(await timelineEvents()).toBe(before);
    },
  );

  it('issue 8.5: depth is counted in the text, so brackets inside strings do not count', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${householdId}/timeline-entries`,
      headers: { ...headers, 'accept-language': 'en' },
      payload: JSON.stringify({ title: `${'[{'.repeat(500)} "quoted \\" [`, kind: 'NOTE' }),
    });
    // Not a depth problem: the body reaches validation (and the string is a valid title, or a field issue).
    expect(response.json().code).not.toBe('json_too_deep');
    expect(response.statusCode).toBeLessThan(500);
  });

  it('issue 8.5: nesting just above the limit is refused; at the limit it reaches validation', async () => {
    const at = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${householdId}/timeline-entries`,
      headers,
      // The outer object is level 1; 31 more arrays make 32.
      payload: nested('array', 31),
    });
    expect(at.statusCode).toBe(400);
    expect(at.json().code).toBe('validation_failed');
    const above = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${householdId}/timeline-entries`,
      headers,
      payload: nested('array', 32),
    });
    expect(above.statusCode).toBe(400);
    expect(above.json().code).toBe('json_too_deep');
  });
});

describe('issue 8.5: no recursion over client input', () => {
  it('issue 8.5: the NUL scan walks a structure 100,000 deep without running out of stack', () => {
    let value: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) {
      value = i % 2 === 0 ? [value] : { k: value };
    }
    const path = findNul({ body: value });
    expect(path?.startsWith('body.k.0.k.0')).toBe(true);
    expect(path?.split('.')).toHaveLength(100_001);
    expect(findNul({ a: ['ok', { b: 'fine' }], c: 'x\u0000' })).toBe('c');
    expect(findNul({ a: ['ok', 'n\u0000'] })).toBe('a.1');
  });

  it('issue 8.5: depth is counted in one pass over the text, strings and escapes excluded', () => {
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('"[[[[" ')).toBe(0);
    expect(jsonDepth('{"a":"\\"}')).toBe(1);
    expect(jsonDepth('["\\"]]]')).toBe(1);
    expect(jsonDepth('['.repeat(1_000_000), 32)).toBe(33);
  });
});
