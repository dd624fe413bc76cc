import { randomUUID } from 'node:crypto';
import { DOSSIER_EVENT_TYPES, parseEventPayload } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addConcern } from '../commands/add-concern';
import { endSafetyMonitoring } from '../commands/end-safety-monitoring';
import { movePathway } from '../commands/move-pathway';
import { recordIntake } from '../commands/record-intake';
import { triageReport } from '../commands/triage-report';
import type { Database } from '../db/database';
import { loadActor } from '../db/repositories/account.repository';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildOrganisation, buildProfessional } from '../test/factories';
import { buildFullHousehold } from '../test/full-household';
import { reasonedRecord } from '../seed/demo-decisions';

/**
 * The change history is typed: every event carries the case, the region at the time, the organisation the
 * actor acted for (the membership of the ground, not the first one), the persons concerned, and a payload of
 * ids and codes that matches its type — never a name, BSN, address or free text.
 */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

async function events(householdId: string) {
  return database.db
    .selectFrom('dossierEvents')
    .select(['eventType', 'organisationId', 'caseId', 'regionId', 'personIds', 'payload', 'entityId'])
    .where('householdId', '=', householdId)
    .orderBy('id')
    .execute();
}

describe('typed events', () => {
  it('name the organisation the actor acted in (the team membership), the case and the region at the time', async () => {
    const db = database.db;
    // A professional whose first membership is elsewhere and who is the vast gezicht through a Lokaal Team.
    const elsewhere = await buildOrganisation(db, 'OTHER');
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    await db
      .insertInto('organisationMemberships')
      .values({
        id: randomUUID(),
        accountId: lt.id,
        organisationId: elsewhere,
        role: 'PROFESSIONAL',
        createdAt: new Date('2000-01-01'),
      })
      .execute();
    const actor = await loadActor(db, lt.id);
    expect(actor?.memberships[0]?.organisationId).toBe(elsewhere);
    const h = await buildHousehold(db, lt);
    const region = await db
      .selectFrom('households')
      .select('regionId')
      .where('id', '=', h.householdId)
      .executeTakeFirstOrThrow();
    await asActor(db, actor as typeof lt, (ctx) =>
      addConcern(ctx, h.householdId, {
        type: 'STRUCTURAL_UNSAFETY',
        description: 'Spanning thuis',
        aboutPersonIds: [h.childId],
        heldBy: [{ kind: 'PROFESSIONAL' }],
      }),
    );
    const [concern] = (await events(h.householdId)).filter((e) => e.eventType === 'concern.created');
    expect(concern).toMatchObject({
      organisationId: lt.memberships[0]?.organisationId,
      caseId: h.caseId,
      regionId: region.regionId,
      personIds: [h.childId],
      payload: { type: 'STRUCTURAL_UNSAFETY', reportId: null },
    });
  });

  it('deadlines started, met and cancelled, a case reopened, monitoring started and ended each leave an event', async () => {
    const db = database.db;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const h = await buildHousehold(db, lt);
    const intake = (summary: string) =>
      asActor(db, lt, (ctx) =>
        recordIntake(ctx, {
          kind: 'QUESTION',
          householdId: h.householdId,
          reporter: { kind: 'CITIZEN', anonymous: true },
          summary,
        }),
      );
    const { reportId } = await intake('Vraag over opvoeding');
    await asActor(db, lt, (ctx) =>
      triageReport(ctx, h.householdId, reportId, {
        urgency: 'ROUTINE',
        nextStep: 'INFO_ADVICE',
        rationale: 'Advies volstaat',
        concerns: [],
      }),
    );
    await asActor(db, lt, (ctx) =>
      movePathway(ctx, h.householdId, {
        from: 'INFO_ADVICE',
        to: 'CLOSED',
        reason: 'Advies gegeven',
        decision: reasonedRecord(),
      }),
    );
    await intake('Nieuwe vraag');
    const types = (await events(h.householdId)).map((e) => e.eventType);
    expect(types).toEqual(expect.arrayContaining(['deadline.started', 'deadline.met', 'case.reopened']));
    const met = (await events(h.householdId)).find((e) => e.eventType === 'deadline.met');
    expect(met?.payload).toMatchObject({ kind: 'TRIAGE', late: false });

    const rvt = await buildProfessional(db, 'RVT');
    const full = await buildFullHousehold(
      db,
      { lt, rvt, expert: await buildProfessional(db, 'OTHER') },
      'events',
    );
    await asActor(db, rvt, (ctx) =>
      endSafetyMonitoring(ctx, full.householdId, { reason: 'Veilig genoeg', decision: reasonedRecord() }),
    );
    const fullTypes = (await events(full.householdId)).map((e) => e.eventType);
    expect(fullTypes).toEqual(
      expect.arrayContaining([
        'safety_monitoring.started',
        'safety_monitoring.ended',
        'deadline.cancelled',
        'investigation.decided',
        'fact.responded',
        'address.recorded',
      ]),
    );
  });

  it('every payload matches its type and holds no name, BSN, address or free text', async () => {
    const db = database.db;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const full = await buildFullHousehold(
      db,
      { lt, rvt: await buildProfessional(db, 'RVT'), expert: await buildProfessional(db, 'OTHER') },
      'payloads',
    );
    const all = await events(full.householdId);
    expect(all.length).toBeGreaterThan(40);
    for (const e of all) {
      expect(DOSSIER_EVENT_TYPES).toContain(e.eventType);
      expect(() =>
        parseEventPayload(e.eventType as (typeof DOSSIER_EVENT_TYPES)[number], e.payload),
      ).not.toThrow();
      const text = JSON.stringify(e.payload);
      for (const { marker } of Object.values(full.items)) {
        expect(text, e.eventType).not.toContain(marker);
      }
    }
  });
});
