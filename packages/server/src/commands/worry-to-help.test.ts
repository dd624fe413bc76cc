import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { getCasework } from '../queries/get-casework';
import { getWorklist } from '../queries/get-worklist';
import { listCaseload } from '../queries/list-caseload';
import { matchHouseholds } from '../queries/match-households';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { reasonedRecord } from '../seed/demo-decisions';
import { createTestDatabase } from '../test/database';
import {
  asActor,
  type BuiltHousehold,
  buildHousehold,
  buildProfessional,
  randomBsn,
} from '../test/factories';
import { moveFromCurrent } from '../test/pathway';
import { addConcern } from './add-concern';
import { addFact } from './add-fact';
import { addGoal } from './add-goal';
import { addTimelineEntry } from './add-timeline-entry';
import { changeFixedProfessional } from './change-fixed-professional';
import { decideExtendedInvestigation } from './decide-extended-investigation';
import { decideFirstInvestigation } from './decide-first-investigation';
import { endSafetyMonitoring } from './end-safety-monitoring';
import { endUrgentSafety } from './end-urgent-safety';
import { progressIntervention } from './progress-intervention';
import { recordExpertAdvice } from './record-expert-advice';
import { recordIntake } from './record-intake';
import { recordNetworkConference } from './record-network-conference';
import { recordSafetyAssessment } from './record-safety-assessment';
import { recordSafetyPlanEvent } from './record-safety-plan-event';
import { requestExpertConsult } from './request-expert-consult';
import { requestIntervention } from './request-intervention';
import { recordAddress } from './record-address';
import { respondToFact } from './respond-to-fact';
import { saveSafetyPlan } from './save-safety-plan';
import { startUrgentSafety } from './start-urgent-safety';
import { triageReport } from './triage-report';
import { updateConcern } from './update-concern';
import { verifyFact } from './verify-fact';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const today = () => new Date().toISOString().slice(0, 10);

async function report(actor: Actor, householdId: string, now?: Date) {
  return asActor(
    database.db,
    actor,
    (ctx) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId,
        reporter: {
          kind: 'PROFESSIONAL',
          anonymous: false,
          name: 'Mentor Test',
          organisation: 'School Test',
          meldcodeStep: 'STEP_5_DECIDE',
        },
        summary: 'Kind komt zonder lunch op school.',
      }),
    now,
  );
}

async function triageTo(
  actor: Actor,
  h: BuiltHousehold,
  reportId: string,
  nextStep: 'INFO_ADVICE' | 'FIRST_INVESTIGATION',
) {
  return asActor(database.db, actor, (ctx) =>
    triageReport(ctx, h.householdId, reportId, {
      urgency: 'ROUTINE',
      nextStep,
      rationale: 'Samen met het gezin onderzoeken.',
      concerns: [
        {
          type: 'DEVELOPMENTAL_THREAT',
          description: 'Basiszorg onder druk',
          aboutPersonIds: [h.childId],
          heldBy: [{ kind: 'PROFESSIONAL', name: 'Mentor' }],
        },
      ],
    }),
  );
}

async function concernIds(caseId: string): Promise<string[]> {
  return (await database.db.selectFrom('concerns').select('id').where('caseId', '=', caseId).execute()).map(
    (c) => c.id,
  );
}

async function counts(householdId: string) {
  const n = async (
    table: 'facts' | 'pathwayTransitions' | 'safetyPlanVersions' | 'investigations' | 'dossierEvents',
  ) =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('householdId', '=', householdId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const state = await database.db
    .selectFrom('cases')
    .select(['pathwayState', 'version'])
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    state,
    facts: await n('facts'),
    transitions: await n('pathwayTransitions'),
    plans: await n('safetyPlanVersions'),
    investigations: await n('investigations'),
    events: await n('dossierEvents'),
  };
}

describe('path 1: report → triage → first investigation → voluntary help with a family plan', () => {
  it('walks the path; every step is an audited transition and a timeline step; deadlines are met', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId, triageDue } = await report(lt, h.householdId);
    expect(triageDue > today()).toBe(true);
    const triaged = await triageTo(lt, h, reportId, 'FIRST_INVESTIGATION');
    expect(triaged.pathwayState).toBe('FIRST_INVESTIGATION');
    // "Mijn gezinnen" shows where the family is and the first open deadline.
    const caseload = await asActor(database.db, lt, (ctx) => listCaseload(ctx, { limit: 25 }));
    const open = await database.db
      .selectFrom('deadlines')
      .select((eb) => eb.fn.min('dueOn').as('first'))
      .where('caseId', '=', h.caseId)
      .where('metAt', 'is', null)
      .executeTakeFirstOrThrow();
    expect(caseload.items.find((i) => i.id === h.householdId)).toMatchObject({
      pathwayState: 'FIRST_INVESTIGATION',
      nextDeadline: expect.objectContaining({ dueOn: open.first }),
    });
    await asActor(database.db, lt, (ctx) =>
      addTimelineEntry(ctx, h.householdId, {
        kind: 'CONTACT',
        title: 'Huisbezoek',
        body: '',
        aboutPersonIds: [],
      }),
    );
    await asActor(database.db, lt, (ctx) =>
      addFact(ctx, h.householdId, {
        statement: 'Zes keer zonder lunch in vier weken',
        source: { kind: 'PROFESSIONAL', description: 'Mentor, met toestemming', obtainedWithConsent: true },
        verification: 'CORROBORATED',
        concernIds: [],
        aboutPersonIds: [h.childId],
      }),
    );
    const ids = await concernIds(h.caseId);
    const decided = await asActor(database.db, lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, firstDecision(ids, 'EO2_VOLUNTARY_HELP')),
    );
    expect(decided).toMatchObject({
      proposal: { rule: 'EO-2' },
      deviates: false,
      pathwayState: 'VOLUNTARY_HELP',
    });
    await asActor(database.db, lt, (ctx) =>
      addGoal(ctx, h.householdId, {
        personId: h.parentId,
        lifeDomain: 'FINANCES',
        description: 'Weekbudget',
      }),
    );
    const help = await asActor(database.db, lt, (ctx) =>
      requestIntervention(ctx, h.householdId, {
        title: 'Schuldhulp',
        category: 'DEBT_COUNSELLING',
        provider: 'Schuldhulp Test',
        targetPersonIds: [h.parentId],
        frame: 'VOLUNTARY',
        consent: {
          givenByPersonIds: [h.parentId],
          givenOn: today(),
          reason: 'Rust',
          consequencesOfRefusal: 'Geen',
          decision: 'GIVEN',
          goal: 'Rust en veiligheid thuis',
          rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
        },
        requestedOn: '2026-11-02',
      }),
    );
    await asActor(database.db, lt, (ctx) =>
      progressIntervention(ctx, h.householdId, help.id, { status: 'STARTED', on: '2026-11-23', version: 1 }),
    );

    const casework = await asActor(database.db, lt, (ctx) => getCasework(ctx, h.householdId));
    expect(casework.case?.pathwayState).toBe('VOLUNTARY_HELP');
    expect(casework.transitions?.map((t) => [t.fromState, t.toState])).toEqual([
      ['SIGNAL_RECEIVED', 'FIRST_INVESTIGATION'],
      ['FIRST_INVESTIGATION', 'VOLUNTARY_HELP'],
    ]);
    const met = casework.deadlines
      ?.filter((d) => d.status === 'MET')
      .map((d) => d.kind)
      .sort();
    expect(met).toEqual(['FAMILY_PLAN', 'FIRST_CONTACT', 'FIRST_INVESTIGATION_DECISION', 'TRIAGE']);
    expect(casework.deadlines?.every((d) => d.rulePackVersion === 'nl-2026.1')).toBe(true);
    expect(casework.interventions?.[0]).toMatchObject({
      status: 'STARTED',
      frame: 'VOLUNTARY',
      waitingDays: 21,
    });
    expect(casework.answersQuestions?.id).toBe(lt.id); // INV-08
    const steps = await database.db
      .selectFrom('timelineEntries')
      .select(['stepCode', 'stepParams', 'body'])
      .where('householdId', '=', h.householdId)
      .where('kind', '=', 'STEP')
      .orderBy('occurredAt')
      .execute();
    // A step names what happened in codes; it copies no text from its source.
    expect(steps).toContainEqual({
      stepCode: 'pathway.transitioned',
      stepParams: { from: 'FIRST_INVESTIGATION', to: 'VOLUNTARY_HELP', trigger: 'FIRST_DECISION' },
      body: '',
    });
  });

  it('bad input changes nothing: a petition step from intake, a decision off the table without a reason', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await report(lt, h.householdId);
    const before = await counts(h.householdId);
    await expect(
      asActor(database.db, lt, (ctx) =>
        moveFromCurrent(ctx, h.householdId, 'PETITION_PREPARATION', 'snel naar de rechter'),
      ),
    ).rejects.toMatchObject({ code: 'pathway_transition_not_allowed' });
    expect(await counts(h.householdId)).toEqual(before);

    await triageTo(lt, h, reportId, 'FIRST_INVESTIGATION');
    const afterTriage = await counts(h.householdId);
    const offTable = {
      ...firstDecision(await concernIds(h.caseId), 'EO2_VOLUNTARY_HELP'),
      outcome: 'EO1_CLOSE' as const,
    };
    await expect(
      asActor(database.db, lt, (ctx) => decideFirstInvestigation(ctx, h.householdId, offTable)),
    ).rejects.toMatchObject({ code: 'decision_deviation_reason_required', data: { rule: 'EO-2' } });
    expect(await counts(h.householdId)).toEqual(afterTriage);
    const withReason = await asActor(database.db, lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, {
        ...offTable,
        deviationReason: 'Hulp is al geregeld via school',
      }),
    );
    expect(withReason).toMatchObject({ deviates: true, pathwayState: 'CLOSED' });
  });

  it('VAL-04: a consent-less source in a first investigation is refused and nothing is stored', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await report(lt, h.householdId);
    await triageTo(lt, h, reportId, 'FIRST_INVESTIGATION');
    const before = await counts(h.householdId);
    await expect(
      asActor(database.db, lt, (ctx) =>
        addFact(ctx, h.householdId, {
          statement: 'Politie kent drie meldingen',
          source: {
            kind: 'POLICE',
            description: 'Politie',
            obtainedWithConsent: false,
            legalBasis: 'Wpg art. 16',
          },
          verification: 'UNVERIFIED',
          concernIds: [],
          aboutPersonIds: [],
        }),
      ),
    ).rejects.toMatchObject({ code: 'source_without_consent_in_first_investigation' });
    expect(await counts(h.householdId)).toEqual(before);
  });

  it('hoor en wederhoor (LS-07): each member answers a fact in a row of their own; a stale version is a conflict that changes nothing', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await report(lt, h.householdId);
    await triageTo(lt, h, reportId, 'FIRST_INVESTIGATION');
    const fact = await asActor(database.db, lt, (ctx) =>
      addFact(ctx, h.householdId, {
        statement: 'Kind kwam drie keer te laat',
        source: { kind: 'PROFESSIONAL', description: 'Mentor, met toestemming', obtainedWithConsent: true },
        verification: 'UNVERIFIED',
        concernIds: [],
        aboutPersonIds: [h.childId],
      }),
    );
    // Each member's response is a row of its own (so it can be withheld from another member).
    await asActor(database.db, lt, (ctx) =>
      respondToFact(ctx, h.householdId, fact.id, {
        personId: h.parentId,
        text: 'Dat klopt, de bus reed niet.',
      }),
    );
    await asActor(database.db, lt, (ctx) =>
      respondToFact(ctx, h.householdId, fact.id, { personId: h.childId, text: 'Ik was er op tijd.' }),
    );
    await asActor(database.db, lt, (ctx) =>
      verifyFact(ctx, h.householdId, fact.id, { verification: 'DISPUTED', version: 1 }),
    );
    await expect(
      asActor(database.db, lt, (ctx) =>
        verifyFact(ctx, h.householdId, fact.id, { verification: 'CORROBORATED', version: 1 }),
      ),
    ).rejects.toMatchObject({
      code: 'version_conflict',
      data: { current: expect.objectContaining({ version: 2, verification: 'DISPUTED' }) },
    });
    const stored = await database.db
      .selectFrom('facts')
      .select(['verification', 'version'])
      .where('id', '=', fact.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ verification: 'DISPUTED', version: 2 });
    const responses = await database.db
      .selectFrom('factResponses')
      .select(['personId', 'text'])
      .where('factId', '=', fact.id)
      .orderBy('respondedAt')
      .execute();
    expect(responses).toEqual([
      { personId: h.parentId, text: 'Dat klopt, de bus reed niet.' },
      { personId: h.childId, text: 'Ik was er op tijd.' },
    ]);
  });

  it('concurrent changes at the same version: exactly one wins, the others get a conflict (no lost update)', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const concern = await asActor(database.db, lt, (ctx) =>
      addConcern(ctx, h.householdId, {
        type: 'STRUCTURAL_UNSAFETY',
        description: 'Spanning thuis',
        aboutPersonIds: [h.childId],
        heldBy: [{ kind: 'PROFESSIONAL' }],
      }),
    );
    const statuses = ['REDUCED', 'RESOLVED', 'NOT_SUBSTANTIATED', 'REDUCED', 'RESOLVED'] as const;
    const results = await Promise.allSettled(
      statuses.map((status) =>
        asActor(database.db, lt, (ctx) =>
          updateConcern(ctx, h.householdId, concern.id, { status, version: 1 }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.map((r) => (r.reason as { code: string }).code)).toEqual(
      Array(4).fill('version_conflict'),
    );
    const events = await database.db
      .selectFrom('dossierEvents')
      .select('eventType')
      .where('entityId', '=', concern.id)
      .where('eventType', '=', 'concern.updated')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('two safety-plan saves or two spoed starts at once: one is stored, the other gets a specific error', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    await report(lt, h.householdId);
    const plan = {
      basedOnVersionNo: null,
      conditions: ['Kinderen niet bij ruzie'],
      agreements: [{ text: 'Oma komt', owner: { kind: 'NETWORK' as const, name: 'Oma' } }],
      checkDates: [],
      familyAgreement: { status: 'AGREED' as const },
    };
    const saves = await Promise.allSettled(
      [1, 2, 3].map(() => asActor(database.db, lt, (ctx) => saveSafetyPlan(ctx, h.householdId, plan))),
    );
    const versions = saves.flatMap((r) => (r.status === 'fulfilled' ? [r.value.versionNo] : []));
    const errors = saves.flatMap((r) =>
      r.status === 'rejected'
        ? [r.reason as { code: string; data?: { current?: { versionNo?: number } } }]
        : [],
    );
    // All three were based on "no plan yet": one becomes version 1, the others learn what is there now.
    expect(versions).toEqual([1]);
    expect(errors.map((e) => [e.code, e.data?.current?.versionNo])).toEqual([
      ['safety_plan_changed', 1],
      ['safety_plan_changed', 1],
    ]);
    const spoed = await Promise.allSettled(
      [1, 2].map(() =>
        asActor(database.db, lt, (ctx) => startUrgentSafety(ctx, h.householdId, { situation: 'Acuut' })),
      ),
    );
    expect(spoed.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      spoed.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : [])),
    ).toEqual(['urgent_safety_active']);
  });

  it('an evaluation of the safety plan meets the check dates due by then; later check dates stay open', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    await report(lt, h.householdId);
    await asActor(database.db, lt, (ctx) =>
      saveSafetyPlan(ctx, h.householdId, {
        basedOnVersionNo: null,
        conditions: ['Kinderen niet bij ruzie'],
        agreements: [{ text: 'Oma komt', owner: { kind: 'NETWORK', name: 'Oma' } }],
        checkDates: ['2026-11-02', '2027-01-11'],
        familyAgreement: { status: 'AGREED' },
      }),
    );
    await asActor(database.db, lt, (ctx) =>
      recordSafetyPlanEvent(ctx, h.householdId, {
        kind: 'EVALUATION',
        occurredOn: '2026-11-20',
        conditionsMet: 'PARTLY',
        summary: 'Afspraken lopen grotendeels',
      }),
    );
    const checks = await database.db
      .selectFrom('deadlines')
      .select(['dueOn', 'metAt'])
      .where('caseId', '=', h.caseId)
      .where('kind', '=', 'SAFETY_PLAN_CHECK')
      .orderBy('dueOn')
      .execute();
    expect(checks.map((c) => [c.dueOn, c.metAt !== null])).toEqual([
      ['2026-11-02', true],
      ['2027-01-11', false],
    ]);
  });

  it('only one triage per report; keeping the current state is not a step from intake', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await report(lt, h.householdId);
    await expect(
      asActor(database.db, lt, (ctx) =>
        triageReport(ctx, h.householdId, reportId, {
          urgency: 'ROUTINE',
          nextStep: 'KEEP_CURRENT',
          rationale: 'x',
          concerns: [],
        }),
      ),
    ).rejects.toMatchObject({ code: 'pathway_transition_not_allowed' });
    await triageTo(lt, h, reportId, 'INFO_ADVICE');
    await expect(triageTo(lt, h, reportId, 'INFO_ADVICE')).rejects.toMatchObject({
      code: 'report_already_triaged',
    });
  });
});

describe('path 2: extended investigation → network conference → safety plan → safety monitoring', () => {
  it('the RVT leads, the Lokaal Team stays; VAL-08 monitoring exists until explicitly ended; VAL-12 the expert changes no team', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const rvt = await buildProfessional(database.db, 'RVT');
    const h = await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const { reportId } = await report(lt, h.householdId);
    await triageTo(lt, h, reportId, 'FIRST_INVESTIGATION');
    const ids = await concernIds(h.caseId);
    const first = await asActor(database.db, lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, firstDecision(ids, 'EO3_EXTENDED')),
    );
    expect(first).toMatchObject({ pathwayState: 'EXTENDED_INVESTIGATION' });
    // Only the RVT partner decides the extended investigation.
    await expect(
      asActor(database.db, lt, (ctx) =>
        decideExtendedInvestigation(ctx, h.householdId, extendedDecision(ids, 'UO1_VOLUNTARY_HELP')),
      ),
    ).rejects.toMatchObject({
      code: 'permission_denied',
      data: { permission: 'extended_investigation.decide' },
    });
    // Without consent is allowed now, only with a legal basis.
    await expect(
      asActor(database.db, rvt, (ctx) =>
        addFact(ctx, h.householdId, {
          statement: 'Politie kent drie meldingen',
          source: {
            kind: 'POLICE',
            description: 'Politie',
            obtainedWithConsent: false,
            legalBasis: 'Wpg art. 16',
          },
          verification: 'UNVERIFIED',
          concernIds: ids,
          aboutPersonIds: [],
        }),
      ),
    ).resolves.toMatchObject({ id: expect.any(String) });
    await asActor(database.db, rvt, (ctx) =>
      recordNetworkConference(ctx, h.householdId, {
        heldOn: today(),
        participants: [
          { name: 'Ouder', role: 'HOUSEHOLD_MEMBER' },
          { name: 'Oma', role: 'NETWORK' },
        ],
        outcome: 'Oma helpt drie dagen per week',
        nextSteps: 'Veiligheidsplan maken',
      }),
    );
    await asActor(database.db, rvt, (ctx) =>
      recordSafetyAssessment(ctx, h.householdId, {
        instrumentId: 'gd-open-oordeel',
        instrumentVersion: '1.0',
        dangers: ['Ruzie in bijzijn van kinderen'],
        protectiveFactors: ['Oma'],
        safetyConditions: ['Geen ruzie waar de kinderen bij zijn'],
        professionalScore: 4,
        familyScores: [{ personId: h.parentId, score: 7 }],
        disagreement: 'Ouder vindt het veiliger dan de professional',
      }),
    );
    const before = await counts(h.householdId);
    const plan = {
      basedOnVersionNo: null,
      conditions: ['Kinderen niet bij ruzie'],
      agreements: [{ text: 'Oma komt drie keer per week', owner: null }],
      checkDates: ['2026-12-07'],
      familyAgreement: { status: 'PARTLY_AGREED' as const },
    };
    await expect(
      asActor(database.db, rvt, (ctx) => saveSafetyPlan(ctx, h.householdId, plan)),
    ).rejects.toMatchObject({
      code: 'agreement_owner_required',
    });
    expect(await counts(h.householdId)).toEqual(before);
    const owned = {
      ...plan,
      agreements: [{ text: 'Oma komt drie keer per week', owner: { kind: 'NETWORK' as const, name: 'Oma' } }],
    };
    expect(await asActor(database.db, rvt, (ctx) => saveSafetyPlan(ctx, h.householdId, owned))).toMatchObject(
      { versionNo: 1 },
    );
    expect(
      await asActor(database.db, lt, (ctx) =>
        saveSafetyPlan(ctx, h.householdId, { ...owned, basedOnVersionNo: 1 }),
      ),
    ).toMatchObject({ versionNo: 2 });
    // A save based on version 1 while version 2 exists changes nothing and shows version 2.
    await expect(
      asActor(database.db, rvt, (ctx) =>
        saveSafetyPlan(ctx, h.householdId, { ...owned, basedOnVersionNo: 1 }),
      ),
    ).rejects.toMatchObject({ code: 'safety_plan_changed', data: { current: { versionNo: 2 } } });

    // UO-2 with an independent expert: the team stays exactly as it was (VAL-12).
    const team = async () =>
      await database.db
        .selectFrom('caseTeamMembers')
        .select(['professionalId', 'role', 'endedAt'])
        .where('caseId', '=', h.caseId)
        .orderBy('role')
        .execute();
    const teamBefore = await team();
    await asActor(database.db, rvt, (ctx) =>
      decideExtendedInvestigation(ctx, h.householdId, extendedDecision(ids, 'UO2_INDEPENDENT_EXPERT')),
    );
    const consult = await asActor(database.db, rvt, (ctx) =>
      requestExpertConsult(ctx, h.householdId, {
        requestedBy: 'HOUSEHOLD',
        expertName: 'Deskundige',
        question: 'Kijk mee',
      }),
    );
    await asActor(database.db, rvt, (ctx) =>
      recordExpertAdvice(ctx, h.householdId, consult.id, 'Vrijwillig verder met oma'),
    );
    expect(await team()).toEqual(teamBefore);

    const decided = await asActor(database.db, rvt, (ctx) =>
      decideExtendedInvestigation(ctx, h.householdId, extendedDecision(ids, 'UO1_VOLUNTARY_HELP')),
    );
    expect(decided).toMatchObject({ pathwayState: 'VOLUNTARY_HELP' });
    await expect(
      asActor(database.db, lt, (ctx) => moveFromCurrent(ctx, h.householdId, 'CLOSED', 'Doelen bereikt')),
    ).rejects.toMatchObject({ code: 'safety_monitoring_active' });
    await asActor(database.db, rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, {
        reason: 'Plan werkt al drie maanden',
        decision: reasonedRecord(),
      }),
    );
    expect(
      await asActor(database.db, lt, (ctx) =>
        moveFromCurrent(ctx, h.householdId, 'CLOSED', 'Doelen bereikt'),
      ),
    ).toMatchObject({
      pathwayState: 'CLOSED',
    });
    const casework = await asActor(database.db, rvt, (ctx) => getCasework(ctx, h.householdId));
    expect(casework.safetyPlans?.map((p) => p.versionNo)).toEqual([2, 1]);
    expect(casework.safetyMonitoring?.[0]).toMatchObject({ active: false });
    expect(casework.deadlines?.filter((d) => d.status !== 'MET')).toEqual([]);
  });
});

describe('intake (KT2)', () => {
  it('search before create finds the household by BSN and logs the search; an RVT report starts the link deadline (VAL-01)', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const rvt = await buildProfessional(database.db, 'RVT');
    const bsn = randomBsn();
    const h = await buildHousehold(database.db, lt, { bsn, team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const other = await buildProfessional(database.db, 'RVT');
    const matches = await asActor(database.db, other, (ctx) =>
      matchHouseholds(ctx, { purpose: 'RECORD_INTAKE', bsn }),
    );
    // Issue 8.6: a professional who may not open it learns only that a dossier exists.
    expect(matches).toEqual([{ matchedOn: 'BSN', canOpen: false, householdId: null, householdName: null }]);
    const logged = await database.db
      .selectFrom('accessLog')
      .select('action')
      .where('actorId', '=', other.id)
      .where('householdId', '=', h.householdId)
      .execute();
    expect(logged.map((l) => l.action)).toEqual(['search']);
    // Someone not involved cannot add to the dossier they found: the report goes through regional intake.
    await expect(report(other, h.householdId)).rejects.toMatchObject({ code: 'not_found' });
    await report(rvt, h.householdId);
    const deadlines = await database.db
      .selectFrom('deadlines')
      .select('kind')
      .where('caseId', '=', h.caseId)
      .orderBy('kind')
      .execute();
    expect(deadlines.map((d) => d.kind)).toEqual(['LINK_LOCAL_TEAM', 'TRIAGE']);
  });

  it('search before create also matches on postcode and house number (normalised), logging each match', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const postcode = `${1000 + Math.floor(Math.random() * 8999)}SD`;
    await asActor(database.db, lt, (ctx) =>
      recordAddress(ctx, h.householdId, {
        personIds: [h.parentId],
        postcode,
        houseNumber: '17b',
        street: 'Lindelaan',
        from: '2024-01-01',
      }),
    );
    const spaced = `${postcode.slice(0, 4)} ${postcode.slice(4).toLowerCase()}`;
    const found = await asActor(database.db, lt, (ctx) =>
      matchHouseholds(ctx, { purpose: 'RECORD_INTAKE', postcode: spaced, houseNumber: '17B' }),
    );
    expect(found).toEqual([
      expect.objectContaining({ householdId: h.householdId, matchedOn: 'ADDRESS', canOpen: true }),
    ]);
    const other = await asActor(database.db, lt, (ctx) =>
      matchHouseholds(ctx, { purpose: 'RECORD_INTAKE', postcode: spaced, houseNumber: '18' }),
    );
    expect(other).toEqual([]);
  });

  it('the RVT records a report about a new family: the Lokaal Team is linked from the start, the RVT stays as duo partner', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const rvt = await buildProfessional(database.db, 'RVT');
    const created = await asActor(database.db, rvt, (ctx) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        newHousehold: {
          displayName: 'Gezin Proefkamp',
          municipalityCode: 'GM0344',
          fixedProfessionalId: lt.id,
        },
        reporter: {
          kind: 'POLICE',
          anonymous: false,
          name: 'Wijkagent Proef',
          organisation: 'Politie (synthetisch)',
        },
        summary: 'Politie meldt spanningen thuis.',
      }),
    );
    const casework = await asActor(database.db, rvt, (ctx) => getCasework(ctx, created.householdId));
    expect(casework.answersQuestions?.id).toBe(lt.id);
    expect(casework.rvtPartner?.id).toBe(rvt.id);
    expect(casework.reports?.[0]).toMatchObject({
      channel: 'RVT',
      reporter: { kind: 'POLICE', name: 'Wijkagent Proef' },
    });
    expect(casework.deadlines?.map((d) => d.kind).sort()).toEqual(['LINK_LOCAL_TEAM', 'TRIAGE']);
    // A question (not a report) without a Lokaal Team professional does not open a dossier, and nothing is
    // stored; only a report may wait for the Lokaal Team (VAL-01's exception, issue 8.10).
    const before = await database.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      asActor(database.db, rvt, (ctx) =>
        recordIntake(ctx, {
          kind: 'QUESTION',
          newHousehold: { displayName: 'Gezin Proefloos', municipalityCode: 'GM0344' },
          reporter: { kind: 'CITIZEN', anonymous: true },
          summary: 'Zorgen',
        }),
      ),
    ).rejects.toMatchObject({ code: 'local_team_required' });
    const after = await database.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it('a new worry after a closed pathway opens a new case with the same vast gezicht', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await report(lt, h.householdId);
    await triageTo(lt, h, reportId, 'INFO_ADVICE');
    await asActor(database.db, lt, (ctx) => moveFromCurrent(ctx, h.householdId, 'CLOSED', 'Advies gegeven'));
    const second = await report(lt, h.householdId);
    expect(second.caseId).not.toBe(h.caseId);
    const casework = await asActor(database.db, lt, (ctx) => getCasework(ctx, h.householdId));
    expect(casework.case).toMatchObject({ id: second.caseId, pathwayState: 'SIGNAL_RECEIVED' });
    expect(casework.answersQuestions?.id).toBe(lt.id);
  });

  it('KT2-R3: the reporter’s identity is for the duo only; an added expert sees the kind of reporter', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const expert = await buildProfessional(database.db, 'OTHER');
    const h = await buildHousehold(database.db, lt, { team: [{ actor: expert, role: 'EXPERT' }] });
    await report(lt, h.householdId);
    const mine = await asActor(database.db, lt, (ctx) => getCasework(ctx, h.householdId));
    const theirs = await asActor(database.db, expert, (ctx) => getCasework(ctx, h.householdId));
    expect(mine.reports?.[0]?.reporter).toMatchObject({ name: 'Mentor Test', organisation: 'School Test' });
    expect(theirs.reports?.[0]?.reporter).toEqual({ kind: 'PROFESSIONAL', anonymous: false });
  });
});

describe('spoed (KT5)', () => {
  it('starts in any state, one at a time, and ends with an explicit, allowed return to the pathway', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const { reportId } = await report(lt, h.householdId);
    await triageTo(lt, h, reportId, 'FIRST_INVESTIGATION');
    const started = await asActor(database.db, lt, (ctx) =>
      startUrgentSafety(ctx, h.householdId, { situation: 'Escalatie' }),
    );
    expect(started.stateAtStart).toBe('FIRST_INVESTIGATION');
    await expect(
      asActor(database.db, lt, (ctx) => startUrgentSafety(ctx, h.householdId, { situation: 'Nog een' })),
    ).rejects.toMatchObject({ code: 'urgent_safety_active' });
    await expect(
      asActor(database.db, lt, (ctx) =>
        endUrgentSafety(ctx, h.householdId, {
          immediateMeasures: ['Tijdelijk huisverbod'],
          safetyReached: 'Veilig',
          returnTo: 'COERCED_EXECUTION',
        }),
      ),
    ).rejects.toMatchObject({ code: 'pathway_transition_not_allowed' });
    const active = await database.db
      .selectFrom('urgentSafetyEpisodes')
      .select('endedAt')
      .where('caseId', '=', h.caseId)
      .execute();
    expect(active).toEqual([{ endedAt: null }]);
    const ended = await asActor(database.db, lt, (ctx) =>
      endUrgentSafety(ctx, h.householdId, {
        immediateMeasures: ['Tijdelijk huisverbod', 'Kinderen bij oma'],
        safetyReached: 'Direct gevaar geweken',
        returnTo: 'EXTENDED_INVESTIGATION',
      }),
    );
    expect(ended.pathwayState).toBe('EXTENDED_INVESTIGATION');
  });
});

describe('worklist', () => {
  it('shows my open deadlines with their status, and only overdue team work to the team lead', async () => {
    const organisationId = (await buildProfessional(database.db, 'LOCAL_TEAM')).memberships[0]
      ?.organisationId as string;
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM', { organisationId });
    const lead = await buildProfessional(database.db, 'LOCAL_TEAM', {
      organisationId,
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const colleague = await buildProfessional(database.db, 'LOCAL_TEAM', { organisationId });
    const h = await buildHousehold(database.db, lt);
    // Received on Mon 2 Nov 2026: triage due Mon 9 Nov (5 working days) under nl-2026.1.
    const received = new Date('2026-11-02T09:00:00+01:00');
    await report(lt, h.householdId, received);
    const on = (date: string) => new Date(`${date}T09:00:00+01:00`);
    const mineEarly = await asActor(database.db, lt, (ctx) => getWorklist(ctx), on('2026-11-05'));
    expect(mineEarly.mine.filter((i) => i.householdId === h.householdId)).toEqual([
      expect.objectContaining({
        kind: 'TRIAGE',
        dueOn: '2026-11-09',
        status: 'DUE_SOON',
        rulePackVersion: 'nl-2026.1',
      }),
    ]);
    expect(mineEarly.team).toBeNull();
    // Not yet late: the team lead does not see it (need-to-know).
    const leadEarly = await asActor(database.db, lead, (ctx) => getWorklist(ctx), on('2026-11-05'));
    expect(leadEarly.team?.filter((i) => i.householdId === h.householdId)).toEqual([]);
    const late = await asActor(database.db, lead, (ctx) => getWorklist(ctx), on('2026-11-12'));
    expect(late.team?.filter((i) => i.householdId === h.householdId)).toEqual([
      expect.objectContaining({ kind: 'TRIAGE', status: 'ESCALATED', professionalName: lt.displayName }),
    ]);
    const notLead = await asActor(database.db, colleague, (ctx) => getWorklist(ctx), on('2026-11-12'));
    expect(notLead.team).toBeNull();
    expect(notLead.mine.filter((i) => i.householdId === h.householdId)).toEqual([]);
    const supervision = await database.db
      .selectFrom('accessLog')
      .select('purpose')
      .where('actorId', '=', lead.id)
      .where('householdId', '=', h.householdId)
      .execute();
    expect(supervision.map((s) => s.purpose)).toEqual(['team_supervision']);
  });

  it('an overdue deadline follows its holder: when the vast gezicht moves to another Lokaal Team, that team lead sees it and the former one no longer does', async () => {
    const teamOf = async () => {
      const organisationId = (await buildProfessional(database.db, 'LOCAL_TEAM')).memberships[0]
        ?.organisationId as string;
      const member = await buildProfessional(database.db, 'LOCAL_TEAM', { organisationId });
      const lead = await buildProfessional(database.db, 'LOCAL_TEAM', {
        organisationId,
        roles: ['PROFESSIONAL', 'TEAM_LEAD'],
      });
      return { organisationId, member, lead };
    };
    const north = await teamOf();
    const south = await teamOf();
    const h = await buildHousehold(database.db, north.member);
    await report(north.member, h.householdId, new Date('2026-11-02T09:00:00+01:00'));
    const late = new Date('2026-11-12T09:00:00+01:00');
    const seenBy = async (lead: Actor) =>
      (await asActor(database.db, lead, (ctx) => getWorklist(ctx), late)).team
        ?.filter((i) => i.householdId === h.householdId)
        .map((i) => ({ kind: i.kind, professionalName: i.professionalName }));
    expect(await seenBy(north.lead)).toEqual([
      { kind: 'TRIAGE', professionalName: north.member.displayName },
    ]);
    expect(await seenBy(south.lead)).toEqual([]);
    await asActor(database.db, north.member, (ctx) =>
      changeFixedProfessional(ctx, h.householdId, {
        replacingMemberId: h.fixedMemberId,
        professionalId: south.member.id,
        organisationId: south.organisationId,
        reason: 'Het gezin verhuist naar het zuiden',
      }),
    );
    expect(await seenBy(north.lead)).toEqual([]);
    expect(await seenBy(south.lead)).toEqual([
      { kind: 'TRIAGE', professionalName: south.member.displayName },
    ]);
  });
});
