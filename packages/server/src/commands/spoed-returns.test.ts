import {
  type Actor,
  isStateAvailable,
  PATHWAY_STATES,
  type PathwayState,
  situationProblems,
  urgentSafetyReturns,
} from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { loadSituation } from '../db/repositories/case.repository';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { decideExtendedInvestigation } from './decide-extended-investigation';
import { decideFirstInvestigation } from './decide-first-investigation';
import { endUrgentSafety } from './end-urgent-safety';
import { recordIntake } from './record-intake';
import { startUrgentSafety } from './start-urgent-safety';
import { triageReport } from './triage-report';

/**
 * Issue 8.9: spoed can start at any moment and must end somewhere the case can go on from. For every state
 * a case can be in and every return the rules allow from it, the case afterwards holds what its state needs
 * (an open investigation of the right kind with its decision deadline, monitoring while monitored) and no
 * deadline of a state it left. The regression: "spoed ended with a return to the extended investigation"
 * used to leave EXTENDED_INVESTIGATION without an open investigation and with stale first-investigation
 * deadlines.
 */
let database: Database;
let lt: Actor;
let rvt: Actor;
/** The child of each household, whom the concerns are about. */
const childOf: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
});
afterAll(async () => database?.close());

/** How a case gets into each state through the real use cases. */
const ROUTES: Partial<Record<PathwayState, (householdId: string) => Promise<void>>> = {
  SIGNAL_RECEIVED: async () => {},
  INFO_ADVICE: (h) => triage(h, 'INFO_ADVICE'),
  FIRST_INVESTIGATION: (h) => triage(h, 'FIRST_INVESTIGATION'),
  VOLUNTARY_HELP: async (h) => {
    await triage(h, 'FIRST_INVESTIGATION');
    const ids = await concerns(h);
    await asActor(database.db, lt, (ctx) =>
      decideFirstInvestigation(ctx, h, firstDecision(ids, 'EO2_VOLUNTARY_HELP')),
    );
  },
  EXTENDED_INVESTIGATION: (h) => toExtended(h),
  INDEPENDENT_EXPERT: async (h) => {
    await toExtended(h);
    const ids = await concerns(h);
    await asActor(database.db, rvt, (ctx) =>
      decideExtendedInvestigation(ctx, h, extendedDecision(ids, 'UO2_INDEPENDENT_EXPERT')),
    );
  },
  SAFETY_MONITORING: async (h) => {
    await toExtended(h);
    const ids = await concerns(h);
    await asActor(database.db, rvt, (ctx) =>
      decideExtendedInvestigation(ctx, h, extendedDecision(ids, 'UO1_SAFETY_MONITORING')),
    );
  },
};

async function concerns(householdId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('concerns')
    .select('id')
    .where('householdId', '=', householdId)
    .execute();
  return rows.map((r) => r.id);
}

async function triage(householdId: string, nextStep: 'INFO_ADVICE' | 'FIRST_INVESTIGATION') {
  const report = await database.db
    .selectFrom('reports')
    .select('id')
    .where('householdId', '=', householdId)
    .executeTakeFirstOrThrow();
  await asActor(database.db, lt, (ctx) =>
    triageReport(ctx, householdId, report.id, {
      urgency: 'PRIORITY',
      nextStep,
      rationale: 'Samen verder kijken.',
      concerns: [
        {
          type: 'DEVELOPMENTAL_THREAT',
          description: 'Zorg',
          aboutPersonIds: [childOf[householdId] as string],
          heldBy: [],
        },
      ],
    }),
  );
}

async function toExtended(householdId: string) {
  await triage(householdId, 'FIRST_INVESTIGATION');
  const ids = await concerns(householdId);
  await asActor(database.db, lt, (ctx) =>
    decideFirstInvestigation(ctx, householdId, firstDecision(ids, 'EO3_EXTENDED')),
  );
}

async function caseOf(householdId: string) {
  return database.db
    .selectFrom('cases')
    .select(['id', 'pathwayState'])
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .executeTakeFirstOrThrow();
}

const cells = Object.keys(ROUTES).flatMap((from) =>
  urgentSafetyReturns(from as PathwayState).map((returnTo) => ({ from: from as PathwayState, returnTo })),
);

describe('issue 8.9: spoed ended with every allowed return from every state leaves a case that can go on', () => {
  it('every state a case can be in on this platform has a route here', () => {
    const reachable = PATHWAY_STATES.filter(
      (s) => isStateAvailable(s) && s !== 'CLOSED' && s !== 'SIGNAL_RECEIVED',
    );
    expect(Object.keys(ROUTES).sort()).toEqual(['SIGNAL_RECEIVED', ...reachable].sort());
  });

  it.each(cells)('from $from, spoed ends with a return to $returnTo', async ({ from, returnTo }) => {
    const h = await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    childOf[h.householdId] = h.childId;
    await asActor(database.db, lt, (ctx) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId: h.householdId,
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Zorgen',
      }),
    );
    await (ROUTES[from] as (h: string) => Promise<void>)(h.householdId);
    expect((await caseOf(h.householdId)).pathwayState).toBe(from);
    await asActor(database.db, lt, (ctx) => startUrgentSafety(ctx, h.householdId, { situation: 'Acuut' }));
    await asActor(database.db, lt, (ctx) =>
      endUrgentSafety(ctx, h.householdId, {
        immediateMeasures: ['Oma past op'],
        safetyReached: 'Rust',
        returnTo: returnTo === from ? null : returnTo,
      }),
    );
    const after = await caseOf(h.householdId);
    expect(after.pathwayState).toBe(returnTo);
    const situation = { state: returnTo, ...(await loadSituation(database.db, after.id)) };
    expect(situationProblems(situation)).toEqual([]);
  });
});
