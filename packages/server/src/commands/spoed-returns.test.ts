import {
  type Actor,
  PATHWAY_STATES,
  type PathwayState,
  situationProblems,
  todayInNetherlands,
  urgentSafetyReturns,
} from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { loadSituation } from '../db/repositories/case.repository';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { draftPetition, type LegalRouteFamily, prepareLegalRouteCase } from '../seed/demo-legal-route';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { decideExtendedInvestigation } from './decide-extended-investigation';
import { decideFirstInvestigation } from './decide-first-investigation';
import { endUrgentSafety } from './end-urgent-safety';
import { filePetition } from './file-petition';
import { recordRuling } from './record-ruling';
import { requestPetitionReview } from './request-petition-review';
import { submitPetitionReview } from './submit-petition-review';
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
let reviewer: Actor;
let jurist: Actor;
let scientist: Actor;
/** The child and the parent of each household; the concerns are about the child. */
const childOf: Record<string, string> = {};
const parentOf: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  reviewer = await buildProfessional(database.db, 'RVT', { regionCode: 'VR07', roles: ['COUNTER_REVIEWER'] });
  jurist = await buildProfessional(database.db, 'RVT', { regionCode: 'VR07', roles: ['JURIST'] });
  scientist = await buildProfessional(database.db, 'RVT', {
    regionCode: 'VR07',
    roles: ['BEHAVIOURAL_SCIENTIST'],
  });
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
  PETITION_PREPARATION: async (h) => {
    await toPetition(h, 'PETITION_PREPARATION');
  },
  REVIEW: async (h) => {
    await toPetition(h, 'REVIEW');
  },
  AWAITING_DECISION: async (h) => {
    await toPetition(h, 'AWAITING_DECISION');
  },
  COERCED_EXECUTION: async (h) => {
    await toPetition(h, 'COERCED_EXECUTION');
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

/** Through the legal route (KT6–KT8) with the real use cases, as far as `until`. */
async function toPetition(householdId: string, until: PathwayState) {
  const today = todayInNetherlands(new Date());
  const run = <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2]) => asActor(database.db, actor, fn);
  const f: LegalRouteFamily = {
    householdId,
    subjectId: childOf[householdId] as string,
    otherId: parentOf[householdId] as string,
    lt,
    rvt,
  };
  const prepared = await prepareLegalRouteCase(run, f, today, {
    report: 'Zorgen over veiligheid (synthetisch).',
    concern: 'Onveiligheid thuis',
    facts: ['Feit een.', 'Feit twee.', 'Feit drie.'],
  });
  if (until === 'PETITION_PREPARATION') {
    return;
  }
  let p = await draftPetition(run, f, prepared, today, {
    id: 'OTS',
    addressee: 'KINDERRECHTER',
    subjectIsMinor: true,
  });
  p = await run(rvt, (ctx) =>
    requestPetitionReview(ctx, householdId, p.id, {
      version: p.version,
      reviewerId: reviewer.id,
      juristId: jurist.id,
      behaviouralScientistId: scientist.id,
    }),
  );
  if (until === 'REVIEW') {
    return;
  }
  const answer = { answer: 'YES' as const, explanation: 'Onderbouwd.' };
  await run(reviewer, (ctx) =>
    submitPetitionReview(ctx, householdId, p.id, p.reviews.at(-1)?.id as string, {
      notInvolved: true,
      bestSolution: answer,
      followsFromInformation: answer,
      legalFoundation: answer,
      outcome: 'PROCEED',
      findings: [],
    }),
  );
  p = await run(rvt, (ctx) =>
    filePetition(ctx, householdId, p.id, { version: p.version + 1, filedOn: today, court: 'Rechtbank' }),
  );
  if (until === 'AWAITING_DECISION') {
    return;
  }
  await run(rvt, (ctx) =>
    recordRuling(ctx, householdId, p.id, {
      version: p.version,
      decidedOn: today,
      outcome: 'GRANTED',
      judge: 'Kinderrechter',
      legalGround: 'Art. 1:255 BW',
      targetPersonIds: [],
      startsOn: today,
      hearings: [],
    }),
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
    const reachable = PATHWAY_STATES.filter((s) => s !== 'CLOSED' && s !== 'SIGNAL_RECEIVED');
    expect(Object.keys(ROUTES).sort()).toEqual(['SIGNAL_RECEIVED', ...reachable].sort());
  });

  it.each(cells)('from $from, spoed ends with a return to $returnTo', async ({ from, returnTo }) => {
    const h = await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    childOf[h.householdId] = h.childId;
    parentOf[h.householdId] = h.parentId;
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
