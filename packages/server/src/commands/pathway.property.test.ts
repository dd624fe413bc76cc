import {
  AppError,
  findPathwayTransition,
  type PathwayState,
  situationProblems,
  urgentSafetyReturns,
} from '@gezinsdossier/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context';
import type { Database } from '../db/database';
import { loadSituation } from '../db/repositories/case.repository';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { addGoal } from './add-goal';
import { addTimelineEntry } from './add-timeline-entry';
import { decideExtendedInvestigation } from './decide-extended-investigation';
import { decideFirstInvestigation } from './decide-first-investigation';
import { endSafetyMonitoring } from './end-safety-monitoring';
import { endUrgentSafety } from './end-urgent-safety';
import { moveFromCurrent } from '../test/pathway';
import { recordExpertAdvice } from './record-expert-advice';
import { recordIntake } from './record-intake';
import { requestExpertConsult } from './request-expert-consult';
import { startUrgentSafety } from './start-urgent-safety';
import { triageReport } from './triage-report';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

type Who = 'LT' | 'RVT';
interface Command {
  name: string;
  who: Who;
  run: (ctx: RequestContext, householdId: string, caseId: string) => Promise<unknown>;
}

async function concernIds(ctx: RequestContext, caseId: string): Promise<string[]> {
  return (await ctx.tx.selectFrom('concerns').select('id').where('caseId', '=', caseId).execute()).map(
    (c) => c.id,
  );
}

async function openReport(ctx: RequestContext, caseId: string): Promise<string> {
  const row = await ctx.tx
    .selectFrom('reports')
    .select('id')
    .where('caseId', '=', caseId)
    .where('triagedAt', 'is', null)
    .executeTakeFirst();
  return row?.id ?? '00000000-0000-4000-8000-000000000000';
}

/** Every command a user can send that may move the pathway; sent in any order, in any state. */
const COMMANDS: Command[] = [
  {
    name: 'intake',
    who: 'LT',
    run: (ctx, householdId) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId,
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Buren horen geschreeuw',
      }),
  },
  ...(['INFO_ADVICE', 'FIRST_INVESTIGATION', 'KEEP_CURRENT'] as const).map<Command>((nextStep) => ({
    name: `triage ${nextStep}`,
    who: 'LT',
    run: async (ctx, householdId, caseId) => {
      const child = (
        await ctx.tx
          .selectFrom('memberships')
          .select('personId')
          .where('householdId', '=', householdId)
          .where('role', '=', 'CHILD')
          .executeTakeFirstOrThrow()
      ).personId;
      return triageReport(ctx, householdId, await openReport(ctx, caseId), {
        urgency: 'PRIORITY',
        nextStep,
        rationale: 'Afgewogen',
        concerns: [
          {
            type: 'STRUCTURAL_UNSAFETY',
            description: 'Spanning',
            aboutPersonIds: [child],
            heldBy: [{ kind: 'CITIZEN' }],
          },
        ],
      });
    },
  })),
  ...(['EO1_CLOSE', 'EO2_VOLUNTARY_HELP', 'EO3_EXTENDED'] as const).map<Command>((outcome) => ({
    name: `first ${outcome}`,
    who: 'LT',
    run: async (ctx, householdId, caseId) =>
      decideFirstInvestigation(ctx, householdId, firstDecision(await concernIds(ctx, caseId), outcome)),
  })),
  ...(
    ['UO1_VOLUNTARY_HELP', 'UO1_SAFETY_MONITORING', 'UO2_INDEPENDENT_EXPERT', 'UO3_PETITION'] as const
  ).map<Command>((outcome) => ({
    name: `extended ${outcome}`,
    who: 'RVT',
    run: async (ctx, householdId, caseId) =>
      decideExtendedInvestigation(ctx, householdId, extendedDecision(await concernIds(ctx, caseId), outcome)),
  })),
  {
    name: 'expert consult + advice',
    who: 'RVT',
    run: async (ctx, householdId) => {
      const consult = await requestExpertConsult(ctx, householdId, {
        requestedBy: 'PROFESSIONAL',
        expertName: 'X',
        question: 'Q',
      });
      return recordExpertAdvice(ctx, householdId, consult.id, 'Advies');
    },
  },
  ...(
    [
      'CLOSED',
      'EXTENDED_INVESTIGATION',
      'PETITION_PREPARATION',
      'COERCED_EXECUTION',
      'VOLUNTARY_HELP',
    ] as const
  ).map<Command>((to) => ({
    name: `move ${to}`,
    who: 'LT',
    run: (ctx, householdId) => moveFromCurrent(ctx, householdId, to, 'Reden'),
  })),
  {
    name: 'end monitoring',
    who: 'RVT',
    run: (ctx, householdId) => endSafetyMonitoring(ctx, householdId, 'Klaar'),
  },
  {
    name: 'spoed',
    who: 'LT',
    run: (ctx, householdId) => startUrgentSafety(ctx, householdId, { situation: 'Acuut' }),
  },
  // Spoed ends with every return the state allows (back where it was, or the escalation step), and with
  // one it does not allow (a petition).
  ...(['SAME', 'ESCALATE', 'PETITION'] as const).map<Command>((kind) => ({
    name: `end spoed → ${kind}`,
    who: 'LT',
    run: async (ctx, householdId, caseId) => {
      const state = (
        await ctx.tx
          .selectFrom('cases')
          .select('pathwayState')
          .where('id', '=', caseId)
          .executeTakeFirstOrThrow()
      ).pathwayState as PathwayState;
      const allowed = urgentSafetyReturns(state);
      const returnTo =
        kind === 'SAME'
          ? null
          : kind === 'ESCALATE'
            ? (allowed[1] ?? allowed[0] ?? null)
            : 'PETITION_PREPARATION';
      return endUrgentSafety(ctx, householdId, {
        immediateMeasures: ['Maatregel'],
        safetyReached: 'Veilig',
        returnTo,
      });
    },
  })),
  {
    name: 'contact',
    who: 'LT',
    run: (ctx, householdId) =>
      addTimelineEntry(ctx, householdId, {
        kind: 'CONTACT',
        title: 'Huisbezoek',
        body: '',
        aboutPersonIds: [],
      }),
  },
  {
    name: 'goal',
    who: 'LT',
    run: (ctx, householdId) =>
      addGoal(ctx, householdId, {
        personId: null,
        lifeDomain: 'FINANCES',
        description: 'Overzicht over geld',
      }),
  },
];

describe('property: no sequence of commands reaches a state the §4.3 state machine forbids', () => {
  it('random command sequences (spoed started and ended with every allowed return among them) keep every case on the diagram, with what its state needs and no deadline of a state it left', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const rvt = await buildProfessional(database.db, 'RVT');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...COMMANDS), { minLength: 1, maxLength: 10 }),
        async (commands) => {
          const h = await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
          for (const command of commands) {
            const before = await snapshot(h.householdId);
            try {
              await asActor(database.db, command.who === 'LT' ? lt : rvt, async (ctx) => {
                const kase = await ctx.tx
                  .selectFrom('cases')
                  .select('id')
                  .where('householdId', '=', h.householdId)
                  .where('closedAt', 'is', null)
                  .executeTakeFirstOrThrow();
                return command.run(ctx, h.householdId, kase.id);
              });
            } catch (error) {
              // A refused command is a specific AppError and changes nothing.
              expect(error).toBeInstanceOf(AppError);
              expect((error as AppError).isReportable, (error as AppError).code).toBe(false);
              expect(await snapshot(h.householdId)).toEqual(before);
            }
            const after = await snapshot(h.householdId);
            for (const t of after.transitions) {
              expect(
                findPathwayTransition(t.fromState as PathwayState, t.toState as PathwayState),
                `${t.fromState}→${t.toState}`,
              ).toBeDefined();
            }
            // Per case, the transitions chain from SIGNAL_RECEIVED to the current state.
            const current = after.transitions.filter((t) => t.caseId === after.caseId);
            expect(current.at(-1)?.toState ?? 'SIGNAL_RECEIVED').toBe(after.state);
            expect(current.map((t) => t.fromState)).toEqual(
              ['SIGNAL_RECEIVED', ...current.slice(0, -1).map((t) => t.toState)].slice(0, current.length),
            );
            // The case holds what its state needs: an open investigation of the right kind with its decision
            // deadline, monitoring in safety monitoring, nothing open when closed, no deadline of a state left.
            const situation = {
              state: after.state as PathwayState,
              ...(await loadSituation(database.db, after.caseId)),
            };
            expect(situationProblems(situation), `${command.name} → ${after.state}`).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

async function snapshot(householdId: string) {
  const kase = await database.db
    .selectFrom('cases')
    .select(['id', 'pathwayState'])
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .executeTakeFirstOrThrow();
  const transitions = await database.db
    .selectFrom('pathwayTransitions')
    .select(['caseId', 'fromState', 'toState'])
    .where('householdId', '=', householdId)
    .orderBy('occurredAt')
    .orderBy('id')
    .execute();
  const events = await database.db
    .selectFrom('dossierEvents')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('householdId', '=', householdId)
    .executeTakeFirstOrThrow();
  return { caseId: kase.id, state: kase.pathwayState, transitions, events: Number(events.n) };
}
