import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { buildFullHousehold } from '../test/full-household';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 9.1: weighty changes keep the reason the professional gave, where the record can hold it, and never
 * in the typed event (events carry codes only). A relation removed by mistake can be recorded again.
 */
let database: Database;
let app: App;
let lt: Actor;
let headers: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  headers = (await sessionFor(database, lt)).headers;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const eventsOf = (entityId: string) =>
  database.db
    .selectFrom('dossierEvents')
    .select(['eventType', 'payload'])
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();

describe('issue 9.1: reasons for weighty changes', () => {
  it('issue 9.1: ending parental authority keeps its reason in the relation history, not in the event', async () => {
    const h = await buildHousehold(database.db, lt);
    const base = `/api/v1/households/${h.householdId}`;
    const reason = 'Uitspraak rechtbank: gezag beëindigd';
    const changed = await app.inject({
      method: 'PATCH',
      url: `${base}/relations/${h.relationId}`,
      headers,
      payload: { hasParentalAuthority: false, reason, version: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().hasParentalAuthority).toBe(false);

    const dossier = (await app.inject({ method: 'GET', url: base, headers })).json();
    expect(dossier.relationChanges).toEqual([
      expect.objectContaining({
        relationId: h.relationId,
        fromPersonId: h.parentId,
        toPersonId: h.childId,
        change: 'AUTHORITY_ENDED',
        hasParentalAuthority: false,
        reason,
      }),
    ]);
    const events = await eventsOf(h.relationId);
    expect(events.map((e) => e.eventType)).toEqual(['relation.updated']);
    expect(JSON.stringify(events)).not.toContain('rechtbank');
    expect(events[0]?.payload).toMatchObject({ fields: ['hasParentalAuthority'] });
  });

  it('issue 9.1: a change that leaves authority as it was writes no history row', async () => {
    const h = await buildHousehold(database.db, lt);
    const base = `/api/v1/households/${h.householdId}`;
    const changed = await app.inject({
      method: 'PATCH',
      url: `${base}/relations/${h.relationId}`,
      headers,
      payload: { from: '2020-01-01', version: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const dossier = (await app.inject({ method: 'GET', url: base, headers })).json();
    expect(dossier.relationChanges).toEqual([]);
  });

  it('issue 9.1: removing a relation keeps what it was and why; it can be recorded again', async () => {
    const h = await buildHousehold(database.db, lt);
    const base = `/api/v1/households/${h.householdId}`;
    const reason = 'Verkeerd vastgelegd: dit is de stiefouder';
    const removed = await app.inject({
      method: 'DELETE',
      url: `${base}/relations/${h.relationId}?version=1`,
      headers,
      payload: { reason },
    });
    expect(removed.statusCode, removed.body).toBe(204);
    let dossier = (await app.inject({ method: 'GET', url: base, headers })).json();
    expect(dossier.relations).toEqual([]);
    expect(dossier.relationChanges).toEqual([
      expect.objectContaining({
        relationId: h.relationId,
        kind: 'PARENT_OF',
        change: 'REMOVED',
        hasParentalAuthority: true,
        reason,
      }),
    ]);
    expect(JSON.stringify(await eventsOf(h.relationId))).not.toContain('stiefouder');

    // Removed by mistake: recorded again, the history stays.
    const again = await app.inject({
      method: 'POST',
      url: `${base}/relations`,
      headers,
      payload: {
        fromPersonId: h.parentId,
        toPersonId: h.childId,
        kind: 'PARENT_OF',
        hasParentalAuthority: true,
      },
    });
    expect(again.statusCode, again.body).toBe(201);
    dossier = (await app.inject({ method: 'GET', url: base, headers })).json();
    expect(dossier.relations).toHaveLength(1);
    expect(dossier.relationChanges).toHaveLength(1);
  });

  it('issue 9.1: a removal without a body still works (older clients), with no reason kept', async () => {
    const h = await buildHousehold(database.db, lt);
    const base = `/api/v1/households/${h.householdId}`;
    const removed = await app.inject({
      method: 'DELETE',
      url: `${base}/relations/${h.relationId}?version=1`,
      headers,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const dossier = (await app.inject({ method: 'GET', url: base, headers })).json();
    expect(dossier.relationChanges).toEqual([expect.objectContaining({ change: 'REMOVED', reason: null })]);
  });

  it('issue 9.1: marking a goal achieved keeps the reason on the goal, not in the event', async () => {
    const rvt = await buildProfessional(database.db, 'RVT');
    const expert = await buildProfessional(database.db, 'OTHER');
    const h = await buildFullHousehold(database.db, { lt, rvt, expert }, 'explicit');
    const base = `/api/v1/households/${h.householdId}`;
    const goalId = h.items.goal.id;
    const before = (await app.inject({ method: 'GET', url: `${base}/casework`, headers })).json();
    const goal = before.familyPlan.goals.find((g: { id: string }) => g.id === goalId);
    expect(goal).toMatchObject({ status: 'ACTIVE', statusReason: null });
    const reason = 'Jip ontbijt nu elke dag thuis';
    const marked = await app.inject({
      method: 'PATCH',
      url: `${base}/goals/${goalId}`,
      headers,
      payload: { status: 'ACHIEVED', reason, version: goal.version },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const after = (await app.inject({ method: 'GET', url: `${base}/casework`, headers })).json();
    expect(after.familyPlan.goals.find((g: { id: string }) => g.id === goalId)).toMatchObject({
      status: 'ACHIEVED',
      statusReason: reason,
    });
    const events = await eventsOf(goalId);
    expect(events.at(-1)).toMatchObject({
      eventType: 'goal.updated',
      payload: { status: 'ACHIEVED', previousStatus: 'ACTIVE' },
    });
    expect(JSON.stringify(events)).not.toContain('ontbijt nu');
  });
});
