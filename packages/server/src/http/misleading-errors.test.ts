import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideExtendedInvestigation } from '../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../commands/decide-first-investigation';
import { recordIntake } from '../commands/record-intake';
import { triageReport } from '../commands/triage-report';
import type { Database } from '../db/database';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { createTestDatabase } from '../test/database';
import {
  asActor,
  type BuiltHousehold,
  buildBreakGlassGrant,
  buildHousehold,
  buildProfessional,
} from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8.11: errors that mislead. Each refusal below used to say something untrue — "not found" to a
 * colleague who works with the family, "no investigation is open" while one was, "someone else changed
 * this" for a grant that had simply been reviewed already, "no household found" when two matched. Each now
 * names what really stands in the way, in Dutch for people and with a stable code for the API.
 */
let database: Database;
let app: App;
let lt: Actor;
let rvt: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const db = () => database.db;
const base = (h: { householdId: string }) => `/api/v1/households/${h.householdId}`;
const as = async (actor: Actor) => (await sessionFor(database, actor)).headers;

async function inFirstInvestigation(h: BuiltHousehold) {
  const { reportId } = await asActor(db(), lt, (ctx) =>
    recordIntake(ctx, {
      kind: 'REPORT',
      householdId: h.householdId,
      reporter: { kind: 'CITIZEN', anonymous: true },
      summary: 'Buren horen geschreeuw',
    }),
  );
  await asActor(db(), lt, (ctx) =>
    triageReport(ctx, h.householdId, reportId, {
      urgency: 'ROUTINE',
      nextStep: 'FIRST_INVESTIGATION',
      rationale: 'Samen onderzoeken.',
      concerns: [
        { type: 'DEVELOPMENTAL_THREAT', description: 'Zorg', aboutPersonIds: [h.childId], heldBy: [] },
      ],
    }),
  );
  const concern = await db()
    .selectFrom('concerns')
    .select('id')
    .where('householdId', '=', h.householdId)
    .executeTakeFirstOrThrow();
  const investigation = await db()
    .selectFrom('investigations')
    .select('id')
    .where('householdId', '=', h.householdId)
    .where('decidedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return { concernId: concern.id, investigationId: investigation.id };
}

describe('issue 8.11: errors that mislead', () => {
  it('issue 8.11: a team member who lacks one permission is told what she may not do (403), an outsider still gets "not found"', async () => {
    const expert = await buildProfessional(db(), 'OTHER');
    const outsider = await buildProfessional(db(), 'LOCAL_TEAM');
    const h = await buildHousehold(db(), lt, { team: [{ actor: expert, role: 'EXPERT' }] });
    // The access log of a household is for the vast gezicht; the expert works with the family.
    const refused = await app.inject({
      method: 'GET',
      url: `${base(h)}/access-log`,
      headers: { ...(await as(expert)), 'accept-language': 'nl' },
    });
    expect(refused.statusCode, refused.body).toBe(403);
    const problem = refused.json();
    expect(problem.code).toBe('permission_denied');
    expect(problem.permission).toBe('access_log.read');
    expect(problem.title).toMatch(/^Dit hoort niet bij uw rol: .+\.$/);
    expect(problem.title).not.toMatch(/niet gevonden/i);

    const hidden = await app.inject({
      method: 'GET',
      url: `${base(h)}/access-log`,
      headers: await as(outsider),
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('not_found');
  });

  it('issue 8.11: a decision for the wrong kind of investigation says the open one is of the other kind, not that none is open', async () => {
    const h = await buildHousehold(db(), lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const { concernId, investigationId } = await inFirstInvestigation(h);
    const answer = await app.inject({
      method: 'PUT',
      url: `${base(h)}/investigations/${investigationId}/extended-decision`,
      headers: { ...(await as(rvt)), 'accept-language': 'nl' },
      payload: extendedDecision([concernId], 'UO1_VOLUNTARY_HELP'),
    });
    expect(answer.statusCode, answer.body).toBe(409);
    expect(answer.json().code).toBe('investigation_other_kind');
    expect(answer.json().title).not.toMatch(/geen onderzoek/i);
    expect(answer.json().title).toMatch(/andere soort/);
    const stored = await db()
      .selectFrom('investigations')
      .select(['decidedAt', 'outcome'])
      .where('id', '=', investigationId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ decidedAt: null, outcome: null });
  });

  it('issue 8.11: a decision while the independent expert is consulted says the investigation is open but on hold, not that none is open', async () => {
    const h = await buildHousehold(db(), lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const { concernId } = await inFirstInvestigation(h);
    await asActor(db(), lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, firstDecision([concernId], 'EO3_EXTENDED')),
    );
    await asActor(db(), rvt, (ctx) =>
      decideExtendedInvestigation(
        ctx,
        h.householdId,
        extendedDecision([concernId], 'UO2_INDEPENDENT_EXPERT'),
      ),
    );
    const open = await db()
      .selectFrom('investigations')
      .select('id')
      .where('householdId', '=', h.householdId)
      .where('decidedAt', 'is', null)
      .where('cancelledAt', 'is', null)
      .executeTakeFirstOrThrow();
    const answer = await app.inject({
      method: 'PUT',
      url: `${base(h)}/investigations/${open.id}/extended-decision`,
      headers: { ...(await as(rvt)), 'accept-language': 'nl' },
      payload: extendedDecision([concernId], 'UO1_VOLUNTARY_HELP'),
    });
    expect(answer.statusCode, answer.body).toBe(409);
    expect(answer.json().code).toBe('investigation_on_hold');
    expect(answer.json().title).toMatch(/^Het onderzoek loopt/);
    expect(answer.json().pathwayState).toBe('INDEPENDENT_EXPERT');
  });

  it('issue 8.11: reviewing a grant that was reviewed already says so, not that someone else changed it', async () => {
    const h = await buildHousehold(db(), lt);
    const { grantId, lead } = await buildBreakGlassGrant(db(), h.householdId);
    const review = async (verdict: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/break-glass-grants/${grantId}/review`,
        headers: { ...(await as(lead)), 'accept-language': 'nl' },
        payload: { verdict, comment: 'Terecht: politie meldde acuut gevaar.' },
      });
    expect((await review('JUSTIFIED')).statusCode).toBeLessThan(300);
    const again = await review('UNJUSTIFIED');
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().code).toBe('break_glass_already_reviewed');
    expect(again.json().code).not.toBe('version_conflict');
    expect(again.json().title).toBe('Deze noodtoegang is al beoordeeld.');
  });

  it('issue 8.11: a name and birth date that fit two households say so, instead of "no household found"', async () => {
    const crisis = await buildProfessional(db(), 'CRISIS_SERVICE');
    const familyName = `Tweeling${randomUUID().slice(0, 6)}`;
    const first = await buildHousehold(db(), lt, { familyName });
    await buildHousehold(db(), lt, { familyName });
    const parent = await db()
      .selectFrom('persons')
      .select('birthDate')
      .where('id', '=', first.parentId)
      .executeTakeFirstOrThrow();
    const answer = await app.inject({
      method: 'POST',
      url: '/api/v1/break-glass-grants',
      headers: { ...(await as(crisis)), 'accept-language': 'nl' },
      payload: {
        familyName,
        birthDate: parent.birthDate,
        reasonCode: 'ACUTE_DANGER',
        reason: 'Politie meldt acute onveiligheid in dit gezin.',
        hours: 2,
      },
    });
    expect(answer.statusCode, answer.body).toBe(409);
    expect(answer.json().code).toBe('break_glass_ambiguous');
    expect(answer.json().title).toMatch(/meer dan één huishouden/);
    const grants = await db()
      .selectFrom('breakGlassGrants')
      .select('id')
      .where('accountId', '=', crisis.id)
      .execute();
    expect(grants).toEqual([]);
  });
});
