import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createTestDatabase } from '../../test/database';
import { buildHousehold, buildProfessional, randomBsn } from '../../test/factories';
import { buildTestApp, sessionFor } from '../../test/test-app';
import type { App } from '../app';

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

describe('issue 8.12e: break the glass over HTTP', () => {
  it('issue 8.12e: a reason of ten "a" characters is refused with a field issue in Dutch, and no grant is made', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const bsn = randomBsn();
    const { householdId } = await buildHousehold(database.db, lt, { bsn });
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const { headers } = await sessionFor(database, crisis);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/break-glass-grants',
      headers,
      payload: { reasonCode: 'ACUTE_DANGER', reason: 'aaaaaaaaaa', hours: 2, bsn },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      issues: [
        {
          path: 'reason',
          code: 'break_glass_reason_too_vague',
          message:
            'Beschrijf in een paar woorden wat er aan de hand is, bijvoorbeeld: Politie meldt geweld in het gezin.',
        },
      ],
    });
    const grants = await database.db
      .selectFrom('breakGlassGrants')
      .select('id')
      .where('householdId', '=', householdId)
      .execute();
    expect(grants).toEqual([]);

    const granted = await app.inject({
      method: 'POST',
      url: '/api/v1/break-glass-grants',
      headers,
      payload: {
        reasonCode: 'ACUTE_DANGER',
        reason: 'Politie meldt acuut gevaar in de woning',
        hours: 2,
        bsn,
      },
    });
    expect(granted.statusCode, granted.body).toBe(201);
  });
});
