import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { renderExportDocument } from '../presenters/export-document';
import { createTestDatabase } from '../test/database';
import { asActor, buildProfessional } from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { exportHousehold, exportHouseholdAsOperator } from './export-household';

/**
 * AVG art. 15: the export holds every item held about the household (or the person), built from the same
 * presenters as the screens, as JSON and as a readable document.
 */
let database: Database;
let h: FullHousehold;
let lt: Awaited<ReturnType<typeof buildProfessional>>;
beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  h = await buildFullHousehold(
    database.db,
    {
      lt,
      rvt: await buildProfessional(database.db, 'RVT'),
      expert: await buildProfessional(database.db, 'OTHER'),
    },
    'export',
  );
});
afterAll(async () => database?.close());

describe('export (AVG art. 15)', () => {
  it('holds every item of every kind: facts and responses, concerns, reporter, assessments, plans, help, spoed, addresses', async () => {
    const data = await asActor(database.db, lt, (ctx) => exportHousehold(ctx, h.householdId));
    const text = JSON.stringify(data);
    for (const [type, { id, marker }] of Object.entries(h.items)) {
      expect(text.includes(id) && text.includes(marker), type).toBe(true);
    }
    const w = data.cases[0]?.casework;
    expect(w?.reports[0]?.reporter).toMatchObject({ kind: 'CITIZEN', anonymous: true });
    expect(w?.facts[0]?.responses).toHaveLength(1);
    expect(data.changeHistory.length).toBeGreaterThan(40);
    expect(data.accessLog.length).toBeGreaterThan(10);
    expect(data.timeline.length).toBeGreaterThan(10);
    // The readable document holds the same items.
    const html = renderExportDocument(data);
    for (const type of [
      'report',
      'concern',
      'fact',
      'fact_response',
      'safety_assessment',
      'goal',
      'intervention',
      'address',
    ] as const) {
      expect(html, type).toContain(h.items[type].marker);
    }
    expect(html).toContain('<html lang="nl">');
  });

  it('a person’s export holds what is about them and about the household, not what is only about someone else', async () => {
    const data = await asActor(database.db, lt, (ctx) =>
      exportHousehold(ctx, h.householdId, { personId: h.parentId }),
    );
    expect(data.scope).toEqual({ kind: 'PERSON', personId: h.parentId });
    expect(data.members.map((m) => m.person.id)).toEqual([h.parentId]);
    expect(data.addresses.map((a) => a.personId)).toEqual([h.parentId]);
    const w = data.cases[0]?.casework;
    // The concern and the fact are about the child only; the parent's response to the fact goes with it.
    expect(w?.concerns).toEqual([]);
    expect(w?.facts).toEqual([]);
    expect(w?.interventions.map((i) => i.id)).toEqual([h.items.intervention.id]);
    // The reporter's identity is not the data subject's to receive.
    expect(w?.reports[0]?.reporter).toEqual({ kind: 'CITIZEN', anonymous: true });
    const logged = await database.db
      .selectFrom('accessLog')
      .select(['action', 'purpose', 'resourceType', 'personIds'])
      .where('householdId', '=', h.householdId)
      .where('action', '=', 'export')
      .execute();
    // The log names whose data the export holds: the reports and decisions are about the whole household.
    const row = logged.find((r) => r.resourceType === 'person');
    expect(row).toMatchObject({ action: 'export', purpose: 'subject_access_request' });
    expect([...(row?.personIds ?? [])].sort()).toEqual([h.parentId, h.childId, h.items.person.id].sort());
  });

  it('the operator’s export (CLI) is the controller’s full view, with what is withheld from whom', async () => {
    const data = await exportHouseholdAsOperator(database.db, h.householdId, {
      name: 'beheer',
      requestReference: 'AVG-1',
    });
    expect(data.exportedBy).toEqual({ name: 'beheer', requestReference: 'AVG-1' });
    expect(data.cases[0]?.casework.reports[0]?.summary).toBe(h.items.report.marker);
  });
});
