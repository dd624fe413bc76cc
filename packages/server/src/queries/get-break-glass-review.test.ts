import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import type { App } from '../http/app';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional, randomBsn } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';

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

/** A crisis worker breaks the glass, reads the dossier and adds a note; her team lead reviews it. */
async function arrange() {
  const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  const bsn = randomBsn();
  const h = await buildHousehold(database.db, lt, { bsn });
  const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
  const organisationId = crisis.memberships[0]?.organisationId as string;
  const lead = await buildProfessional(database.db, 'CRISIS_SERVICE', {
    organisationId,
    roles: ['PROFESSIONAL', 'TEAM_LEAD'],
  });
  const crisisSession = await sessionFor(database, crisis);
  const granted = await app.inject({
    method: 'POST',
    url: '/api/v1/break-glass-grants',
    headers: { ...crisisSession.headers, 'idempotency-key': randomUUID() },
    payload: {
      reasonCode: 'POLICE_REQUEST',
      reason: 'Politie vraagt om gegevens bij acuut gevaar',
      hours: 2,
      bsn,
    },
  });
  expect(granted.statusCode, granted.body).toBe(201);
  const grantId = granted.json().grantId as string;
  const read = await app.inject({
    method: 'GET',
    url: `/api/v1/households/${h.householdId}`,
    headers: crisisSession.headers,
  });
  expect(read.statusCode, read.body).toBe(200);
  const note = await app.inject({
    method: 'POST',
    url: `/api/v1/households/${h.householdId}/timeline-entries`,
    headers: { ...crisisSession.headers, 'idempotency-key': randomUUID() },
    payload: { kind: 'NOTE', title: 'Contact met politie', body: 'Situatie besproken.' },
  });
  expect(note.statusCode, note.body).toBe(201);
  return { h, crisis, lead, organisationId, grantId, leadSession: await sessionFor(database, lead) };
}

describe('issue 9.5: the break-the-glass review shows the household, the reason and what was done', () => {
  it('issue 9.5: the review list names the household for the team lead and logs that read', async () => {
    const { h, grantId, leadSession } = await arrange();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/break-glass-grants?open=true',
      headers: leadSession.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const household = await database.db
      .selectFrom('households')
      .select('displayName')
      .where('id', '=', h.householdId)
      .executeTakeFirstOrThrow();
    expect(response.json()).toEqual([
      expect.objectContaining({
        id: grantId,
        householdId: h.householdId,
        householdName: household.displayName,
        reasonCode: 'POLICE_REQUEST',
        reason: 'Politie vraagt om gegevens bij acuut gevaar',
      }),
    ]);
    const logged = await database.db
      .selectFrom('accessLog')
      .select(['action', 'resourceType', 'resourceId', 'householdId', 'purpose', 'breakGlassGrantId'])
      .where('requestId', '=', response.headers['x-request-id'] as string)
      .execute();
    expect(logged).toEqual([
      {
        action: 'read',
        resourceType: 'break_glass_grant',
        resourceId: grantId,
        householdId: h.householdId,
        purpose: 'break_glass_review',
        breakGlassGrantId: null,
      },
    ]);
  });

  it('issue 9.5: the review of one grant lists every read and change under it as what and when, and logs the review read', async () => {
    const { h, crisis, grantId, leadSession } = await arrange();
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/break-glass-grants/${grantId}`,
      headers: leadSession.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.grant).toMatchObject({ id: grantId, householdName: expect.stringMatching(/^Gezin /) });
    expect(body.activityTruncated).toBe(false);
    const what = body.activity.map(
      (a: { source: string; action?: string; eventType?: string; subject: string }) =>
        a.source === 'ACCESS_LOG' ? `${a.action} ${a.subject}` : `${a.eventType} ${a.subject}`,
    );
    // The grant itself, the dossier read, the note written; the changes from the change history.
    expect(what).toEqual([
      'break_glass household',
      'break_glass.granted break_glass',
      'read household',
      'create timeline_entry',
      'timeline_entry.created timeline_entry',
    ]);
    // Every access-log row of the grant is there, and nothing of anyone else.
    const underGrant = await database.db
      .selectFrom('accessLog')
      .select(['action', 'actorId'])
      .where('breakGlassGrantId', '=', grantId)
      .execute();
    expect(underGrant.every((r) => r.actorId === crisis.id)).toBe(true);
    expect(body.activity.filter((a: { source: string }) => a.source === 'ACCESS_LOG')).toHaveLength(
      underGrant.length,
    );
    // No ids and no content: when, what, how many persons.
    for (const item of body.activity) {
      expect(Object.keys(item).sort()).toEqual(
        item.source === 'ACCESS_LOG'
          ? ['action', 'occurredAt', 'personCount', 'source', 'subject']
          : ['eventType', 'occurredAt', 'personCount', 'source', 'subject'],
      );
    }
    expect(JSON.stringify(body.activity)).not.toContain(h.householdId);
    const logged = await database.db
      .selectFrom('accessLog')
      .select(['action', 'resourceType', 'purpose', 'breakGlassGrantId'])
      .where('requestId', '=', response.headers['x-request-id'] as string)
      .execute();
    expect(logged).toEqual([
      {
        action: 'read',
        resourceType: 'break_glass_activity',
        purpose: 'break_glass_review',
        breakGlassGrantId: null,
      },
    ]);
  });

  it('issue 9.5: only a team lead of the holder organisation may see it; the holder and other leads get 404, others 403', async () => {
    const { crisis, organisationId, grantId } = await arrange();
    const otherLead = await buildProfessional(database.db, 'CRISIS_SERVICE', {
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const get = async (actor: typeof crisis) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/break-glass-grants/${grantId}`,
        headers: (await sessionFor(database, actor)).headers,
      });
    expect((await get(otherLead)).statusCode).toBe(404);
    expect((await get(crisis)).statusCode).toBe(403);
    // A team lead who broke the glass herself does not review her own access.
    const leadHolder = await buildProfessional(database.db, 'CRISIS_SERVICE', {
      organisationId,
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const bsn = randomBsn();
    await buildHousehold(database.db, await buildProfessional(database.db, 'LOCAL_TEAM'), { bsn });
    const own = await app.inject({
      method: 'POST',
      url: '/api/v1/break-glass-grants',
      headers: { ...(await sessionFor(database, leadHolder)).headers, 'idempotency-key': randomUUID() },
      payload: {
        reasonCode: 'ACUTE_DANGER',
        reason: 'Politie meldt acuut gevaar in de woning',
        hours: 1,
        bsn,
      },
    });
    expect(own.statusCode, own.body).toBe(201);
    const ownReview = await app.inject({
      method: 'GET',
      url: `/api/v1/break-glass-grants/${own.json().grantId}`,
      headers: (await sessionFor(database, leadHolder)).headers,
    });
    expect(ownReview.statusCode).toBe(404);
  });

  it('issue 9.5: a verdict needs a reason (justified or not); with one it is recorded', async () => {
    const { grantId, leadSession } = await arrange();
    const review = (payload: object) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/break-glass-grants/${grantId}/review`,
        headers: leadSession.headers,
        payload,
      });
    for (const payload of [{ verdict: 'UNJUSTIFIED', comment: '   ' }, { verdict: 'JUSTIFIED' }]) {
      const refused = await review(payload);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({
        code: 'validation_failed',
        issues: [{ path: 'comment', code: 'break_glass_review_comment_required' }],
      });
    }
    const stored = await database.db
      .selectFrom('breakGlassGrants')
      .select(['reviewedAt'])
      .where('id', '=', grantId)
      .executeTakeFirstOrThrow();
    expect(stored.reviewedAt).toBeNull();
    const recorded = await review({
      verdict: 'UNJUSTIFIED',
      comment: 'Geen acuut gevaar; politie had de gegevens al.',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const after = await database.db
      .selectFrom('breakGlassGrants')
      .select(['reviewVerdict', 'reviewComment'])
      .where('id', '=', grantId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({
      reviewVerdict: 'UNJUSTIFIED',
      reviewComment: 'Geen acuut gevaar; politie had de gegevens al.',
    });
  });
});
