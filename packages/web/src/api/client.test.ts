import { describe, expect, it } from 'vitest';
import { client, newIdempotencyKey, withIdempotencyKey } from './client';

/** Issue 8.4: the web app sends one Idempotency-Key per form submission on every create. */
describe('Idempotency-Key on creates', () => {
  const captured: (string | null)[] = [];
  const fetch = async (request: Request) => {
    captured.push(request.headers.get('idempotency-key'));
    return new Response(JSON.stringify({ householdId: 'x', caseId: 'y', personIds: [] }), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  };
  const create = () =>
    client.POST('/api/v1/households', {
      baseUrl: 'http://localhost',
      body: { displayName: 'Gezin Test', municipalityCode: 'GM0344' },
      fetch,
    });

  it('a submission sends its key; a repeat of the submission sends the same key; a request outside none', async () => {
    captured.length = 0;
    const key = newIdempotencyKey();
    await withIdempotencyKey(key, create);
    await withIdempotencyKey(key, create);
    await create();
    expect(captured).toEqual([key, key, null]);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('two submissions get two different keys', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
