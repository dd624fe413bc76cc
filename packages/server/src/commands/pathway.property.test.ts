import {
  type Actor,
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
import { reasonedRecord } from '../seed/demo-decisions';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { addGoal } from './add-goal';
import { addTimelineEntry } from './add-timeline-entry';
import { decideExtendedInvestigation } from './decide-extended-investigation';
import { decideFirstInvestigation } from './decide-first-investigation';
import { endSafetyMonitoring } from './end-safety-monitoring';
import { endUrgentSafety } from './end-urgent-safety';
import { linkLocalTeam } from './link-local-team';
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
/**
 * What the user's screen showed when sending a command: read as the owner before the command runs, so a
 * command by someone not (yet) in the team is refused by the use case, not by the harness.
 */
interface Screen {
  caseId: string;
  state: PathwayState;
  childId: string;
  openReportId: string;
  concernIds: string[];
  lt: Actor;
}
interface Command {
  name: string;
  who: Who;
  run: (ctx: RequestContext, householdId: string, screen: Screen) => Promise<unknown>;
}

async function screenOf(householdId: string, lt: Actor): Promise<Screen> {
  const db = database.db;
  const kase = await db
    .selectFrom('cases')
    .select(['id', 'pathwayState'])
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .executeTakeFirstOrThrow();
  const child = await db
    .selectFrom('memberships')
    .select('personId')
    .where('householdId', '=', householdId)
    .where('role', '=', 'CHILD')
    .executeTakeFirstOrThrow();
  const report = await db
    .selectFrom('reports')
    .select('id')
    .where('caseId', '=', kase.id)
    .where('triagedAt', 'is', null)
    .executeTakeFirst();
  const concerns = await db.selectFrom('concerns').select('id').where('caseId', '=', kase.id).execute();
  return {
    caseId: kase.id,
    state: kase.pathwayState as PathwayState,
    childId: child.personId,
    openReportId: report?.id ?? '00000000-0000-4000-8000-000000000000',
    concernIds: concerns.map((c) => c.id),
    lt,
  };
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
  // A report the RVT receives may go straight to an extended investigation (§5.10 flow 2, issue 8.10).
  {
    name: 'intake by the RVT',
    who: 'RVT',
    run: (ctx, householdId) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId,
        reporter: { kind: 'POLICE', anonymous: false, name: 'Agent', organisation: 'Politie' },
        summary: 'Politie meldt ruzie',
      }),
  },
  // VAL-01: the RVT links the Lokaal Team to a case its report opened without it (refused once linked).
  {
    name: 'link the Lokaal Team',
    who: 'RVT',
    run: (ctx, householdId, { lt }) =>
      linkLocalTeam(ctx, householdId, {
        professionalId: lt.id,
        organisationId: lt.memberships[0]?.organisationId ?? '',
      }),
  },
  ...(['INFO_ADVICE', 'FIRST_INVESTIGATION', 'EXTENDED_INVESTIGATION', 'KEEP_CURRENT'] as const).map<Command>(
    (nextStep) => ({
      name: `triage ${nextStep}`,
      who: 'LT',
      run: async (ctx, householdId, { childId: child, openReportId }) => {
        return triageReport(ctx, householdId, openReportId, {
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
    }),
  ),
  ...(['EO1_CLOSE', 'EO2_VOLUNTARY_HELP', 'EO3_EXTENDED'] as const).map<Command>((outcome) => ({
    name: `first ${outcome}`,
    who: 'LT',
    run: (ctx, householdId, { concernIds }) =>
      decideFirstInvestigation(ctx, householdId, firstDecision(concernIds, outcome)),
  })),
  ...(
    ['UO1_VOLUNTARY_HELP', 'UO1_SAFETY_MONITORING', 'UO2_INDEPENDENT_EXPERT', 'UO3_PETITION'] as const
  ).map<Command>((outcome) => ({
    name: `extended ${outcome}`,
    who: 'RVT',
    run: (ctx, householdId, { concernIds }) =>
      decideExtendedInvestigation(ctx, householdId, extendedDecision(concernIds, outcome)),
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
    run: (ctx, householdId) =>
      endSafetyMonitoring(ctx, householdId, { reason: 'Klaar', decision: reasonedRecord() }),
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
    run: (ctx, householdId, { state }) => {
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
  it('random command sequences (spoed started and ended with every allowed return among them; some cases opened by an RVT report before the Lokaal Team was linked) keep every case on the diagram, with what its state needs and no deadline of a state it left', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const rvt = await buildProfessional(database.db, 'RVT');
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.constantFrom(...COMMANDS), { minLength: 1, maxLength: 10 }),
        async (waitsForLocalTeam, commands) => {
          const h = waitsForLocalTeam
            ? await openByRvtReport(rvt)
            : await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
          for (const command of commands) {
            const before = await snapshot(h.householdId);
            const screen = await screenOf(h.householdId, lt);
            try {
              await asActor(database.db, command.who === 'LT' ? lt : rvt, (ctx) =>
                command.run(ctx, h.householdId, screen),
              );
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

/** VAL-01's exception: the RVT records a report about a new family (a parent and a child) without a vast gezicht. */
async function openByRvtReport(rvt: Actor): Promise<{ householdId: string }> {
  return asActor(database.db, rvt, (ctx) =>
    recordIntake(ctx, {
      kind: 'REPORT',
      newHousehold: {
        displayName: 'Gezin Wachtend',
        municipalityCode: 'GM0344',
        persons: [
          {
            person: { givenName: 'Ans', familyName: 'Wachtend', birthDate: '1988-02-03', gender: 'FEMALE' },
            role: 'PARENT_WITH_AUTHORITY',
            from: '2015-01-01',
          },
          {
            person: { givenName: 'Kim', familyName: 'Wachtend', birthDate: '2016-05-06', gender: 'UNKNOWN' },
            role: 'CHILD',
            from: '2016-05-06',
          },
        ],
      },
      reporter: { kind: 'POLICE', anonymous: false, name: 'Agent', organisation: 'Politie' },
      summary: 'Politie meldt huiselijk geweld',
    }),
  );
}

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
