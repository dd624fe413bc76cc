import type { Actor, ShieldableItemType, ShieldCreate } from '@gezinsdossier/domain';
import { SHIELDABLE_ITEM_TYPES } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShield } from '../commands/add-shield';
import { recordIntake } from '../commands/record-intake';
import { requestBreakGlass } from '../commands/request-break-glass';
import type { Database } from '../db/database';
import { exportHousehold } from '../queries/export-household';
import { getWorklist } from '../queries/get-worklist';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional, randomBsn } from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * An item withheld from a person or a ground leaves no trace for that viewer: not in any endpoint (every GET
 * of the OpenAPI document, driven from the route list), not in lists or counts, search results, exports (JSON
 * and the readable document), the timeline, conflict answers, or the access-log view. Every item of every
 * shieldable type carries a marker text; a response must contain neither its id nor its marker.
 */
let database: Database;
let app: App;
let getRoutes: string[];
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  getRoutes = Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .map(([path]) => path)
    .filter((path) => !/\/(auth|session|health|docs|openapi)/.test(path));
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function team() {
  const db = database.db;
  const lt = await buildProfessional(db, 'LOCAL_TEAM');
  const rvt = await buildProfessional(db, 'RVT');
  // A Lokaal Team colleague added as expert: she may also search before create, so search results count.
  const expert = await buildProfessional(db, 'LOCAL_TEAM');
  return { lt, rvt, expert };
}

async function shieldEverything(lt: Actor, h: FullHousehold, target: ShieldCreate['target']) {
  for (const itemType of SHIELDABLE_ITEM_TYPES) {
    await asActor(database.db, lt, (ctx) =>
      addShield(ctx, h.householdId, {
        itemType,
        itemId: h.items[itemType].id,
        target,
        reasonCode: 'SAFETY_OF_PERSON',
        reason: 'Veiligheid van een gezinslid gaat voor.',
      }),
    );
  }
}

/** Every trace of a withheld item that a body could hold. */
function traces(body: string, h: FullHousehold, except: ShieldableItemType[] = []): string[] {
  return SHIELDABLE_ITEM_TYPES.filter((t) => !except.includes(t)).flatMap((t) => {
    const { id, marker } = h.items[t];
    return [id, marker].filter((needle) => body.includes(needle)).map((needle) => `${t}: ${needle}`);
  });
}

/** GETs every route of the OpenAPI document as this viewer; returns the bodies of what answered 200. */
async function sweep(actor: Actor, h: FullHousehold, query: Record<string, string> = {}) {
  const session = await sessionFor(database, actor);
  const bodies: { url: string; body: string }[] = [];
  for (const path of getRoutes) {
    const base = path.replace('{householdId}', h.householdId);
    if (/\{[a-zA-Z]+\}/.test(base)) {
      continue;
    }
    const urls = [base];
    if (base.endsWith('/export')) {
      urls.push(`${base}?format=html`);
    }
    if (base.endsWith('/household-matches')) {
      urls.splice(0, 1, ...Object.values(query).map((q) => `${base}?purpose=RECORD_INTAKE&${q}`));
    }
    for (const url of urls) {
      const response = await app.inject({ method: 'GET', url, headers: session.headers });
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
      if (response.statusCode === 200) {
        bodies.push({ url, body: response.body });
      }
    }
  }
  return bodies;
}

describe('an item withheld from a viewer leaves no trace (every GET of the route list)', () => {
  it('withheld from a named colleague (an expert in the team): every endpoint, search and count', async () => {
    const t = await team();
    const h = await buildFullHousehold(database.db, t, 'account');
    const bsn = randomBsn();
    await database.db.updateTable('persons').set({ bsn }).where('id', '=', h.items.person.id).execute();
    const before = await sweep(t.expert, h);
    // Without a shield the colleague sees every item (so the sweep can see what it must not see).
    expect(
      traces(before.map((b) => b.body).join('\n'), h, ['fact_response', 'relation', 'membership']).length,
    ).toBeGreaterThan(15);

    await shieldEverything(t.lt, h, { kind: 'ACCOUNT', accountId: t.expert.id });
    const person = await database.db
      .selectFrom('persons')
      .select(['givenName', 'familyName', 'birthDate'])
      .where('id', '=', h.items.person.id)
      .executeTakeFirstOrThrow();
    const address = await database.db
      .selectFrom('personAddresses')
      .select(['postcode', 'houseNumber'])
      .where('id', '=', h.items.address.id)
      .executeTakeFirstOrThrow();
    const bodies = await sweep(t.expert, h, {
      bsn: `bsn=${bsn}`,
      name: `familyName=${person.familyName}&birthDate=${person.birthDate}`,
      address: `postcode=${address.postcode}&houseNumber=${address.houseNumber}`,
    });
    expect(bodies.map((b) => b.url)).toEqual(
      expect.arrayContaining([
        `/api/v1/households/${h.householdId}`,
        `/api/v1/households/${h.householdId}/casework`,
        `/api/v1/households/${h.householdId}/timeline-entries`,
        '/api/v1/households',
        '/api/v1/worklist',
      ]),
    );
    for (const { url, body } of bodies) {
      expect(traces(body, h), url).toEqual([]);
    }
    // Search before create finds nothing through the withheld person or address.
    const matches = bodies.filter((b) => b.url.includes('household-matches'));
    expect(matches).toHaveLength(3);
    for (const m of matches) {
      expect(JSON.parse(m.body), m.url).toEqual([]);
    }
    // Counts leave the withheld member out, and searching "Mijn gezinnen" by their name finds nothing.
    const session = await sessionFor(database, t.expert);
    const caseload = (
      await app.inject({ method: 'GET', url: '/api/v1/households?limit=100', headers: session.headers })
    ).json();
    expect(caseload.items.find((i: { id: string }) => i.id === h.householdId)?.memberCount).toBe(2);
    const byName = await app.inject({
      method: 'GET',
      url: `/api/v1/households?q=${encodeURIComponent(h.items.person.marker)}`,
      headers: session.headers,
    });
    expect(byName.json().items).toEqual([]);
  });

  it('withheld from a ground (break the glass): the crisis worker sees the dossier without any withheld item', async () => {
    const t = await team();
    const h = await buildFullHousehold(database.db, t, 'ground');
    const bsn = randomBsn();
    await database.db.updateTable('persons').set({ bsn }).where('id', '=', h.parentId).execute();
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    await asActor(database.db, crisis, (ctx) =>
      requestBreakGlass(ctx, {
        reasonCode: 'ACUTE_DANGER',
        reason: 'Politie meldt acute onveiligheid',
        hours: 2,
        bsn,
      }),
    );
    await shieldEverything(t.lt, h, { kind: 'GROUND', ground: 'BREAK_GLASS' });
    const bodies = await sweep(crisis, h);
    expect(bodies.map((b) => b.url)).toEqual(
      expect.arrayContaining([
        `/api/v1/households/${h.householdId}`,
        `/api/v1/households/${h.householdId}/casework`,
        `/api/v1/households/${h.householdId}/timeline-entries`,
      ]),
    );
    for (const { url, body } of bodies) {
      expect(traces(body, h), url).toEqual([]);
    }
    // The case team itself still sees everything: a ground shield does not touch other grounds.
    const own = await sweep(t.rvt, h);
    expect(traces(own.map((b) => b.body).join('\n'), h).length).toBeGreaterThan(15);
  });

  it('withheld from a household member: not in their own export (JSON and readable), nor in its access log', async () => {
    const t = await team();
    const h = await buildFullHousehold(database.db, t, 'person');
    // Shield everything except the parent's own person (the subject) from the parent.
    for (const itemType of SHIELDABLE_ITEM_TYPES) {
      await asActor(database.db, t.lt, (ctx) =>
        addShield(ctx, h.householdId, {
          itemType,
          itemId: h.items[itemType].id,
          target: { kind: 'PERSON', personId: h.parentId },
          reasonCode: 'SAFETY_OF_PERSON',
          reason: 'Opvangadres blijft geheim voor deze ouder.',
        }),
      );
    }
    const exported = await asActor(database.db, t.lt, (ctx) =>
      exportHousehold(ctx, h.householdId, { personId: h.parentId }),
    );
    const body = JSON.stringify(exported);
    expect(traces(body, h)).toEqual([]);
    expect(exported.accessLog.length).toBeGreaterThan(0);
    // No trace of the shielding itself either: no record, no event, no log row about it.
    expect(exported.shielding).toEqual([]);
    expect(exported.changeHistory.filter((e) => e.type.startsWith('shielding.'))).toEqual([]);
    expect(exported.accessLog.filter((r) => r.resourceType === 'shielding_record')).toEqual([]);
    const session = await sessionFor(database, t.lt);
    const html = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${h.householdId}/export?format=html&personId=${h.parentId}`,
      headers: session.headers,
    });
    expect(html.statusCode).toBe(200);
    expect(traces(html.body, h)).toEqual([]);
    // The fixed professional's own export still holds every item.
    const full = await asActor(database.db, t.lt, (ctx) => exportHousehold(ctx, h.householdId));
    expect(traces(JSON.stringify(full), h)).toHaveLength(SHIELDABLE_ITEM_TYPES.length * 2);
  });

  it('a conflict answer about a withheld item is "not found", never the current version', async () => {
    const t = await team();
    const h = await buildFullHousehold(database.db, t, 'conflict');
    await shieldEverything(t.lt, h, { kind: 'ACCOUNT', accountId: t.expert.id });
    const session = await sessionFor(database, t.expert);
    const attempts = [
      {
        url: `/api/v1/households/${h.householdId}/concerns/${h.items.concern.id}`,
        payload: { status: 'REDUCED', version: 99 },
      },
      {
        url: `/api/v1/households/${h.householdId}/facts/${h.items.fact.id}`,
        payload: { verification: 'DISPUTED', version: 99 },
      },
      {
        url: `/api/v1/households/${h.householdId}/goals/${h.items.goal.id}`,
        payload: { status: 'ACHIEVED', version: 99 },
      },
      {
        url: `/api/v1/households/${h.householdId}/network-members/${h.items.network_member.id}`,
        payload: { note: 'x', version: 99 },
      },
      {
        url: `/api/v1/households/${h.householdId}/persons/${h.items.person.id}`,
        payload: { givenName: 'Iemand', version: 99 },
      },
    ];
    for (const attempt of attempts) {
      const response = await app.inject({ method: 'PATCH', headers: session.headers, ...attempt });
      expect(response.statusCode, attempt.url).toBe(404);
      expect(traces(response.body, h)).toEqual([]);
    }
    const respond = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/facts/${h.items.fact.id}/responses`,
      headers: session.headers,
      payload: { personId: h.parentId, text: 'Klopt niet' },
    });
    expect(respond.statusCode).toBe(404);
  });

  it('a team lead does not see overdue work about an item withheld from her', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const lead = await buildProfessional(database.db, 'LOCAL_TEAM', {
      organisationId: lt.memberships[0]?.organisationId,
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await asActor(database.db, lt, (ctx) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId: h.householdId,
        receivedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Zorgen van buren',
      }),
    );
    const overdue = async () =>
      (await asActor(database.db, lead, (ctx) => getWorklist(ctx))).team?.filter(
        (i) => i.householdId === h.householdId,
      ) ?? [];
    expect((await overdue()).map((i) => i.kind)).toEqual(['TRIAGE']);
    await asActor(database.db, lt, (ctx) =>
      addShield(ctx, h.householdId, {
        itemType: 'report',
        itemId: reportId,
        target: { kind: 'ACCOUNT', accountId: lead.id },
        reasonCode: 'CONFLICT_OF_INTEREST',
        reason: 'De teamleider kent de melder persoonlijk.',
      }),
    );
    expect(await overdue()).toEqual([]);
  });
});
