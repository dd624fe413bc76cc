import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { DEMO_STAGES } from './demo-casework';
import { seedDemo } from './seed';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('demo region casework', () => {
  it('shows families in every stage of the path, walked through by the real use cases', async () => {
    const summary = await seedDemo(database.db, { households: 60, seed: 7 });
    expect(summary.stagedHouseholds).toBe(DEMO_STAGES.length);
    const states = await database.db
      .selectFrom('cases')
      .select('pathwayState')
      .where('closedAt', 'is', null)
      .distinct()
      .execute();
    expect(new Set(states.map((s) => s.pathwayState))).toEqual(
      new Set([
        'SIGNAL_RECEIVED',
        'INFO_ADVICE',
        'FIRST_INVESTIGATION',
        'VOLUNTARY_HELP',
        'EXTENDED_INVESTIGATION',
        'INDEPENDENT_EXPERT',
        'SAFETY_MONITORING',
        'CLOSED',
        'PETITION_PREPARATION',
        'REVIEW',
        'AWAITING_DECISION',
        'COERCED_EXECUTION',
      ]),
    );
    // Issue 10: the whole legal route, an OTS and a bewindvoering running, a petition not filed.
    const petitions = await database.db.selectFrom('petitions').select(['state', 'measureTypeId']).execute();
    expect(new Set(petitions.map((p) => p.state))).toEqual(
      new Set(['DRAFT', 'IN_REVIEW', 'FILED', 'DECIDED', 'NOT_FILED']),
    );
    const measures = await database.db.selectFrom('runningMeasures').select('measureTypeId').execute();
    expect(measures.map((m) => m.measureTypeId).sort()).toEqual(['ADMINISTRATION_OF_ASSETS', 'OTS']);
    const spoed = await database.db
      .selectFrom('urgentSafetyEpisodes')
      .select('id')
      .where('endedAt', 'is', null)
      .execute();
    expect(spoed).toHaveLength(1);
    // Issue 10 point 1: ending monitoring waits for the vast gezicht's approval (four eyes), with its record.
    const waiting = await database.db
      .selectFrom('decisions')
      .select(['type', 'status', 'childInterest'])
      .where('status', '=', 'AWAITING_APPROVAL')
      .execute();
    expect(waiting).toEqual([
      { type: 'END_MONITORING', status: 'AWAITING_APPROVAL', childInterest: expect.any(String) },
    ]);
    // Every step is an audited transition and a step on the timeline.
    const transitions = await database.db.selectFrom('pathwayTransitions').select('id').execute();
    const steps = await database.db
      .selectFrom('timelineEntries')
      .select('id')
      .where('kind', '=', 'STEP')
      .execute();
    expect(transitions.length).toBeGreaterThanOrEqual(12);
    expect(steps.length).toBeGreaterThan(transitions.length);
    // Synthetic addresses use postcode letters PostNL never issues, so none can be a real address.
    const postcodes = await database.db.selectFrom('personAddresses').select('postcode').execute();
    expect(postcodes.every((p) => /^[1-9]\d{3}(SA|SD|SS)$/.test(p.postcode))).toBe(true);
    expect(postcodes.length).toBeGreaterThan(50);
  });
});
