import { randomUUID } from 'node:crypto';
import { type Actor, todayInNetherlands } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import { addFact } from '../commands/add-fact';
import { addGoal } from '../commands/add-goal';
import { addPlanAction } from '../commands/add-plan-action';
import { decideExtendedInvestigation } from '../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../commands/decide-first-investigation';
import { progressIntervention } from '../commands/progress-intervention';
import { recordIntake } from '../commands/record-intake';
import { recordNetworkConference } from '../commands/record-network-conference';
import { recordSafetyAssessment } from '../commands/record-safety-assessment';
import { recordScore } from '../commands/record-score';
import { requestExpertConsult } from '../commands/request-expert-consult';
import { requestIntervention } from '../commands/request-intervention';
import { saveSafetyPlan } from '../commands/save-safety-plan';
import { startUrgentSafety } from '../commands/start-urgent-safety';
import { triageReport } from '../commands/triage-report';
import { type RequestContext, runAsActor } from '../context';
import { loadActor } from '../db/repositories/account.repository';
import {
  completeDemoStage,
  completedDemoStages,
  concernIdsOf,
  currentMembers,
  demoStageCandidates,
  eldestMember,
  ensureDemoDecisionGate,
  householdRegion,
  restartPathway,
  startDemoStage,
} from '../db/repositories/seed.repository';
import { listReviewPool } from '../db/repositories/review.repository';
import type { DB } from '../db/schema';
import { endSafetyMonitoring } from '../commands/end-safety-monitoring';
import { extendedDecision, firstDecision, reasonedRecord } from './demo-decisions';
import { LEGAL_DEMO_STAGES, type LegalDemoStage, type RunAs, walkLegalRoute } from './demo-legal-route';

export { extendedDecision, firstDecision, judgement } from './demo-decisions';

/** The stages of the path a demo family can be in (spec §4.3), the legal route included (KT6–KT8). */
export const DEMO_STAGES = [
  'SIGNAL_RECEIVED',
  'INFO_ADVICE',
  'FIRST_INVESTIGATION',
  'VOLUNTARY_HELP',
  'EXTENDED_INVESTIGATION',
  'INDEPENDENT_EXPERT',
  'SAFETY_MONITORING',
  'CLOSED',
  'URGENT_SAFETY',
  // Ending safety monitoring, decided by the RVT and waiting for the vast gezicht's approval (four eyes).
  'AWAITING_APPROVAL',
  ...LEGAL_DEMO_STAGES,
] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

/**
 * A demo family through the legal route (demo-legal-route.ts), reviewed by the counter-review pool of an RVT
 * in another region. For adult protection the eldest member is the one the measure is about.
 */
async function walkLegalStage(
  db: Kysely<DB>,
  pick: { householdId: string; fixedProfessionalId: string; rvtPartnerId: string | null },
  members: { personId: string; role: string }[],
  stage: LegalDemoStage,
  now: Date,
): Promise<void> {
  const actor = async (id: string) => (await db.transaction().execute((tx) => loadActor(tx, id))) as Actor;
  const region = await householdRegion(db, pick.householdId);
  const pool = (await listReviewPool(db)).filter((p) => p.regionId !== region);
  const of = async (role: string) =>
    actor((pool.find((p) => p.role === role) as { accountId: string }).accountId);
  const adult = stage === 'ADULT_PROTECTION';
  const eldest = await eldestMember(db, pick.householdId);
  const subject = adult ? eldest : (members.find((m) => m.role === 'CHILD')?.personId as string);
  const other = adult
    ? (members.find((m) => m.personId !== eldest)?.personId ?? eldest)
    : (members.find((m) => m.role === 'PARENT_WITH_AUTHORITY')?.personId as string);
  const runAt =
    (daysAgo: number): RunAs =>
    (who, fn) =>
      as(db, who.id, new Date(now.getTime() - daysAgo * 86_400_000), fn);
  await walkLegalRoute(
    runAt,
    {
      householdId: pick.householdId,
      subjectId: subject,
      otherId: other,
      lt: await actor(pick.fixedProfessionalId),
      rvt: await actor(pick.rvtPartnerId as string),
    },
    stage,
    {
      reviewer: await of('COUNTER_REVIEWER'),
      jurist: await of('JURIST'),
      scientist: await of('BEHAVIOURAL_SCIENTIST'),
    },
    todayInNetherlands(now),
  );
}

interface DemoHousehold {
  householdId: string;
  fixedProfessionalId: string;
  rvtPartnerId: string | null;
  parentId: string;
  childId: string;
}

/** Runs one step as a professional, at a moment in the past so that deadlines fall where they would. */
async function as<T>(
  db: Kysely<DB>,
  accountId: string,
  at: Date,
  fn: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  const actor = await db.transaction().execute((tx) => loadActor(tx, accountId));
  return runAsActor(db, { actor: actor as Actor, requestId: randomUUID(), onBehalfOf: null, now: at }, fn);
}

/**
 * Walks one household to `stage` through the real use cases (so every step is audited, timed against the
 * rule pack, and on the timeline as it would be in practice). Steps are dated `daysAgo` back from now.
 */
export async function walkToStage(
  db: Kysely<DB>,
  h: DemoHousehold,
  stage: DemoStage,
  now = new Date(),
): Promise<void> {
  const day = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const lt = h.fixedProfessionalId;
  const rvt = h.rvtPartnerId ?? lt;
  const [parent, child] = [h.parentId, h.childId];
  const { reportId } = await as(db, lt, day(40), (ctx) =>
    recordIntake(ctx, {
      kind: 'REPORT',
      householdId: h.householdId,
      reporter: {
        kind: 'PROFESSIONAL',
        anonymous: false,
        name: 'Mentor (synthetisch)',
        organisation: 'Basisschool De Demo',
        meldcodeStep: 'STEP_5_DECIDE',
      },
      summary: 'Kind komt de laatste weken vaak moe en zonder ontbijt op school; ouder lijkt overbelast.',
    }),
  );
  if (stage === 'SIGNAL_RECEIVED') {
    return;
  }
  if (stage === 'URGENT_SAFETY') {
    await as(db, lt, day(1), (ctx) =>
      startUrgentSafety(ctx, h.householdId, {
        situation: 'Melding politie: escalatie thuis, kinderen aanwezig.',
      }),
    );
    return;
  }
  await as(db, lt, day(38), (ctx) =>
    triageReport(ctx, h.householdId, reportId, {
      urgency: 'ROUTINE',
      nextStep: stage === 'INFO_ADVICE' ? 'INFO_ADVICE' : 'FIRST_INVESTIGATION',
      rationale: 'Zorgen over basiszorg; eerst samen met het gezin onderzoeken.',
      concerns: [
        {
          type: 'DEVELOPMENTAL_THREAT',
          description: 'Basiszorg voor het kind staat onder druk.',
          aboutPersonIds: [child],
          heldBy: [{ kind: 'PROFESSIONAL', name: 'Mentor' }],
        },
      ],
    }),
  );
  if (stage === 'INFO_ADVICE') {
    return;
  }
  const concernIds = await concernIdsOf(db, h.householdId);
  await as(db, lt, day(35), (ctx) =>
    addFact(ctx, h.householdId, {
      statement: 'Kind heeft in vier weken zes keer zonder lunch op school gezeten.',
      observedOn: day(36).toISOString().slice(0, 10),
      source: {
        kind: 'PROFESSIONAL',
        description: 'Mentor, met toestemming van ouder',
        obtainedWithConsent: true,
      },
      verification: 'CORROBORATED',
      concernIds,
      aboutPersonIds: [child],
    }),
  );
  if (stage === 'FIRST_INVESTIGATION') {
    return;
  }
  const outcome =
    stage === 'CLOSED' ? 'EO1_CLOSE' : stage === 'VOLUNTARY_HELP' ? 'EO2_VOLUNTARY_HELP' : 'EO3_EXTENDED';
  await as(db, lt, day(30), (ctx) =>
    decideFirstInvestigation(ctx, h.householdId, firstDecision(concernIds, outcome)),
  );
  if (stage === 'CLOSED') {
    return;
  }
  if (stage === 'VOLUNTARY_HELP') {
    const goal = await as(db, lt, day(25), (ctx) =>
      addGoal(ctx, h.householdId, {
        personId: parent,
        lifeDomain: 'FINANCES',
        description: 'Overzicht over de schulden en een vast weekbudget voor boodschappen.',
      }),
    );
    await as(db, lt, day(25), (ctx) =>
      addGoal(ctx, h.householdId, {
        personId: child,
        lifeDomain: 'CHILD_DEVELOPMENT',
        description: 'Elke dag met ontbijt en lunch naar school.',
      }),
    );
    for (const [domain, scores] of [
      ['FINANCES', [1, 2, 3]],
      ['PARENTING', [2, 3, 3]],
      ['SOCIAL_NETWORK', [2, 2, 4]],
    ] as const) {
      for (const [i, score] of scores.entries()) {
        await as(db, lt, day(25 - i * 10), (ctx) =>
          recordScore(ctx, h.householdId, {
            personId: null,
            lifeDomain: domain,
            score,
            scoredBy: 'PROFESSIONAL',
          }),
        );
      }
    }
    await as(db, lt, day(24), (ctx) =>
      addPlanAction(ctx, h.householdId, {
        goalId: goal.id,
        description: 'Samen met de buurvrouw de post doorlopen, elke maandag.',
        owner: { kind: 'NETWORK', name: 'Buurvrouw' },
      }),
    );
    const help = await as(db, lt, day(24), (ctx) =>
      requestIntervention(ctx, h.householdId, {
        title: 'Schuldhulpverlening',
        category: 'DEBT_COUNSELLING',
        provider: 'Schuldhulp Demo',
        targetPersonIds: [parent],
        frame: 'VOLUNTARY',
        consent: {
          givenByPersonIds: [parent],
          givenOn: day(24).toISOString().slice(0, 10),
          reason: 'Rust in de financiën geeft ruimte voor de zorg voor het kind.',
          consequencesOfRefusal: 'Geen; het gezin kan op elk moment stoppen.',
          decision: 'GIVEN',
          goal: 'Rust en veiligheid thuis',
          rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
        },
        requestedOn: day(24).toISOString().slice(0, 10),
        goalId: goal.id,
      }),
    );
    await as(db, lt, day(10), (ctx) =>
      progressIntervention(ctx, h.householdId, help.id, {
        status: 'STARTED',
        on: day(10).toISOString().slice(0, 10),
        version: 1,
      }),
    );
    return;
  }
  // Extended investigation, led by the RVT partner; the Lokaal Team stays involved.
  await as(db, rvt, day(25), (ctx) =>
    recordNetworkConference(ctx, h.householdId, {
      heldOn: day(25).toISOString().slice(0, 10),
      participants: [
        { name: 'Ouder', role: 'HOUSEHOLD_MEMBER' },
        { name: 'Oma', role: 'NETWORK' },
        { name: 'Vast gezicht', role: 'PROFESSIONAL' },
      ],
      outcome: 'Oma haalt de kinderen drie dagen per week uit school.',
      nextSteps: 'Veiligheidsplan opstellen en over vier weken samen evalueren.',
    }),
  );
  for (const [i, score] of [3, 5, 6].entries()) {
    await as(db, rvt, day(24 - i * 8), (ctx) =>
      recordSafetyAssessment(ctx, h.householdId, {
        instrumentId: 'gd-open-oordeel',
        instrumentVersion: '1.0',
        dangers: ['Spanningen tussen ouders lopen op in het bijzijn van de kinderen'],
        protectiveFactors: ['Oma is betrokken en dichtbij'],
        safetyConditions: ['Geen ruzie waar de kinderen bij zijn'],
        professionalScore: score,
        familyScores: [{ personId: parent, score: Math.min(10, score + 2) }],
        uncertainty: 'Nog weinig zicht op de avonden.',
      }),
    );
  }
  await as(db, rvt, day(20), (ctx) =>
    saveSafetyPlan(ctx, h.householdId, {
      basedOnVersionNo: null,
      conditions: [
        'De kinderen zijn niet bij ruzie aanwezig',
        'Er is elke dag een volwassene die de kinderen ziet',
      ],
      agreements: [
        {
          text: 'Bij oplopende spanning gaat ouder naar buiten en belt oma',
          owner: { kind: 'FAMILY', name: 'Ouder' },
        },
        { text: 'Oma komt op maandag, woensdag en vrijdag', owner: { kind: 'NETWORK', name: 'Oma' } },
      ],
      checkDates: [day(-14).toISOString().slice(0, 10)],
      familyAgreement: { status: 'AGREED', note: 'Ouders hebben het plan samen opgesteld.' },
    }),
  );
  if (stage === 'EXTENDED_INVESTIGATION') {
    return;
  }
  if (stage === 'INDEPENDENT_EXPERT') {
    await as(db, rvt, day(15), (ctx) =>
      decideExtendedInvestigation(ctx, h.householdId, extendedDecision(concernIds, 'UO2_INDEPENDENT_EXPERT')),
    );
    await as(db, rvt, day(14), (ctx) =>
      requestExpertConsult(ctx, h.householdId, {
        requestedBy: 'HOUSEHOLD',
        expertName: 'Onafhankelijk deskundige (synthetisch)',
        question: 'Ouders en professionals verschillen van mening over de ernst; kijk mee.',
      }),
    );
    return;
  }
  await as(db, rvt, day(12), (ctx) =>
    decideExtendedInvestigation(ctx, h.householdId, extendedDecision(concernIds, 'UO1_SAFETY_MONITORING')),
  );
  if (stage !== 'AWAITING_APPROVAL') {
    return;
  }
  // The region asks four eyes for ending monitoring: the RVT partner decides, the vast gezicht approves.
  await ensureDemoDecisionGate(
    db,
    await householdRegion(db, h.householdId),
    'END_MONITORING',
    ['FIXED_PROFESSIONAL'],
    now,
  );
  await as(db, rvt, day(1), (ctx) =>
    endSafetyMonitoring(ctx, h.householdId, {
      reason: 'Drie maanden zonder nieuwe zorgen; het netwerk en de school houden zicht.',
      decision: reasonedRecord({
        heard: [
          { personId: parent, mode: 'HEARD', view: 'Moeder wil graag verder zonder het RVT.' },
          { personId: child, mode: 'REPRESENTED', view: 'Via de mentor op school: het gaat goed.' },
        ],
        familyView: 'Het gezin is blij dat het monitoren stopt.',
      }),
    }),
  );
}

/**
 * Puts one family in every stage of the path that has none yet in this database, so a new user can follow
 * the whole path. The families come from `householdIds` (the first households of a seed run) that are still
 * as the bulk seed left them; the stages after an extended investigation need an RVT duo partner. Each walk
 * is recorded in `demo_stages` before it starts and marked complete after its last step: a walk that was
 * interrupted is done again with another family (the first one stays where its walk stopped, in a valid
 * state), and a stage that is complete is never walked twice (a second seed adds no second set).
 * @returns the number of families walked now
 */
export async function seedDemoCasework(
  db: Kysely<DB>,
  householdIds: string[],
  now = new Date(),
): Promise<number> {
  const done = await completedDemoStages(db);
  const todo = DEMO_STAGES.filter((stage) => !done.has(stage));
  if (todo.length === 0) {
    return 0;
  }
  const candidates = await demoStageCandidates(db, householdIds);
  const withRvt = candidates.filter((t) => t.rvtPartnerId !== null);
  const withoutRvt = candidates.filter((t) => t.rvtPartnerId === null);
  const needsRvt = new Set<DemoStage>([
    'EXTENDED_INVESTIGATION',
    'INDEPENDENT_EXPERT',
    'SAFETY_MONITORING',
    'AWAITING_APPROVAL',
    ...LEGAL_DEMO_STAGES,
  ]);
  let walked = 0;
  for (const stage of todo) {
    const pool = needsRvt.has(stage) ? withRvt : withoutRvt;
    // The legal route needs a child in the family, adult protection a household without children (AMB-14).
    let pick: (typeof pool)[number] | undefined;
    let members: Awaited<ReturnType<typeof currentMembers>> = [];
    for (const [index, candidate] of pool.entries()) {
      members = await currentMembers(db, candidate.householdId);
      const hasChild = members.some((m) => m.role === 'CHILD');
      const fits =
        stage === 'ADULT_PROTECTION'
          ? !hasChild
          : (LEGAL_DEMO_STAGES as readonly string[]).includes(stage)
            ? hasChild && members.some((m) => m.role === 'PARENT_WITH_AUTHORITY')
            : true;
      if (fits) {
        pick = candidate;
        pool.splice(index, 1);
        break;
      }
    }
    if (!pick) {
      continue;
    }
    const child = members.find((m) => m.role === 'CHILD') ?? members[0];
    const parent =
      members.find((m) => m.role === 'PARENT_WITH_AUTHORITY') ??
      members.find((m) => m.role !== 'CHILD') ??
      members[0];
    if (!child || !parent) {
      continue;
    }
    await startDemoStage(db, stage, pick.householdId, now);
    // The bulk families receive voluntary help; this one starts again at the beginning of the path.
    await restartPathway(db, pick.householdId);
    if ((LEGAL_DEMO_STAGES as readonly string[]).includes(stage)) {
      await walkLegalStage(db, pick, members, stage as LegalDemoStage, now);
      await completeDemoStage(db, stage, new Date());
      walked++;
      continue;
    }
    await walkToStage(db, { ...pick, parentId: parent.personId, childId: child.personId }, stage, now);
    await completeDemoStage(db, stage, new Date());
    walked++;
  }
  return walked;
}
