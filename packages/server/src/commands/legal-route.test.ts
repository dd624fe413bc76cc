import type { Actor } from '@gezinsdossier/domain';
import { ContactMomentSchema, PlacementStartSchema, todayInNetherlands } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { getCasework } from '../queries/get-casework';
import { getDossier } from '../queries/get-dossier';
import { getLegalRoute } from '../queries/get-legal-route';
import { getPetition } from '../queries/get-petition';
import { getWorklist } from '../queries/get-worklist';
import { listReviewAssignments } from '../queries/list-review-assignments';
import { listReviewerCandidates } from '../queries/list-reviewer-candidates';
import {
  draftPetition,
  type LegalRouteFamily,
  type PreparedCase,
  prepareLegalRouteCase,
} from '../seed/demo-legal-route';
import { concernIdsOf } from '../db/repositories/seed.repository';
import { extendedDecision, reasonedRecord } from '../seed/demo-decisions';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { closePetitionNotFiled } from './close-petition-not-filed';
import { filePetition } from './file-petition';
import { endMeasure } from './end-measure';
import { movePathway } from './move-pathway';
import { recordMeasureEvaluation } from './record-measure-evaluation';
import { withdrawPetition } from './withdraw-petition';
import { movePlacement } from './move-placement';
import { progressIntervention } from './progress-intervention';
import { recordContactAgreement } from './record-contact-agreement';
import { recordContactMoment } from './record-contact-moment';
import { recordRuling } from './record-ruling';
import { reopenPetition } from './reopen-petition';
import { requestIntervention } from './request-intervention';
import { requestPetitionReview } from './request-petition-review';
import { savePetitionGround } from './save-petition-ground';
import { startPetition } from './start-petition';
import { startPlacement } from './start-placement';
import { submitPetitionReview } from './submit-petition-review';
import { verifyFact } from './verify-fact';
import { decideExtendedInvestigation } from './decide-extended-investigation';

/**
 * The legal route end to end through the use cases (KT6–KT8, issue 10): a petition built on facts, an
 * organised counter-review by someone independent, the readiness gate, filing, the ruling and the running
 * measure with its deadlines. Bad input gets a specific error naming the safeguard, and changes nothing.
 */
let database: Database;
let lt: Actor;
let rvt: Actor;
/** A reviewer, a jurist and a behavioural scientist of an RVT in another region (VR07). */
let reviewer: Actor;
let jurist: Actor;
let scientist: Actor;
/** A reviewer of the household's own RVT region (VR09): excluded under the default policy. */
let sameRvtReviewer: Actor;
const today = todayInNetherlands(new Date());

const run =
  () =>
  <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2]) =>
    asActor(database.db, actor, fn);

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
  sameRvtReviewer = await buildProfessional(database.db, 'RVT', { roles: ['COUNTER_REVIEWER'] });
});
afterAll(async () => database?.close());

async function family(options: { elderly?: boolean } = {}): Promise<LegalRouteFamily & PreparedCase> {
  const h = await buildHousehold(database.db, lt, {
    team: [{ actor: rvt, role: 'RVT_PARTNER' }],
    ...(options.elderly ? { parentBirthDate: '1940-02-11', childBirthDate: '1968-06-01' } : {}),
  });
  const f: LegalRouteFamily = options.elderly
    ? { householdId: h.householdId, subjectId: h.parentId, otherId: h.childId, lt, rvt }
    : { householdId: h.householdId, subjectId: h.childId, otherId: h.parentId, lt, rvt };
  const prepared = await prepareLegalRouteCase(run(), f, today, {
    report: 'Buren horen vaak harde ruzies (synthetisch).',
    concern: 'Herhaalde onveiligheid thuis',
    facts: [
      'Politie kwam twee keer langs na ruzie.',
      'Kind kwam met blauwe plek op school.',
      'Hulp thuis is gestopt.',
    ],
  });
  return { ...f, ...prepared };
}

const review = (
  outcome: 'PROCEED' | 'DO_NOT_FILE' | 'CORRECT_FIRST',
  extra: Record<string, unknown> = {},
) => ({
  notInvolved: true as const,
  bestSolution: { answer: 'YES' as const, explanation: 'De maatregel past bij wat het gezin nodig heeft.' },
  followsFromInformation: { answer: 'YES' as const, explanation: 'Het besluit volgt uit de feiten.' },
  legalFoundation: { answer: 'YES' as const, explanation: 'De wettelijke grond is onderbouwd.' },
  outcome,
  findings: [],
  ...extra,
});

const assign = (version: number) => ({
  version,
  reviewerId: reviewer.id,
  juristId: jurist.id,
  behaviouralScientistId: scientist.id,
});

async function stateOf(householdId: string) {
  const row = await database.db
    .selectFrom('cases')
    .select('pathwayState')
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return row.pathwayState;
}

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

describe('KT6: the petition builder', () => {
  it('CFG-MEAS / LS-01: a measure not in the catalogue, or aimed at a person it cannot target, is refused and nothing is created', async () => {
    const f = await family();
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        startPetition(ctx, f.householdId, {
          measureTypeId: 'NOT_A_MEASURE',
          addressee: 'KINDERRECHTER',
          targetPersonIds: [f.subjectId],
          actionAimPersonIds: [],
        }),
      ),
      'measure_unknown',
    );
    // Adult protection (bewindvoering) cannot be aimed at a child.
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        startPetition(ctx, f.householdId, {
          measureTypeId: 'ADMINISTRATION_OF_ASSETS',
          addressee: 'KANTONRECHTER',
          targetPersonIds: [f.subjectId],
          actionAimPersonIds: [],
        }),
      ),
      'measure_target_not_allowed',
    );
    // The kantonrechter does not decide on an OTS (INV-07: the addressee must be able to decide).
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        startPetition(ctx, f.householdId, {
          measureTypeId: 'OTS',
          addressee: 'KANTONRECHTER',
          targetPersonIds: [f.subjectId],
          actionAimPersonIds: [],
        }),
      ),
      'measure_addressee_invalid',
    );
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.petitions).toEqual([]);
    expect(route.abilities.startPetition).toBe(true);
  });

  it('LS-11: a ground without a fact is refused, and a fact is linked at the version that was used', async () => {
    const f = await family();
    const p = await asActor(database.db, rvt, (ctx) =>
      startPetition(ctx, f.householdId, {
        measureTypeId: 'OTS',
        addressee: 'KINDERRECHTER',
        targetPersonIds: [f.subjectId],
        actionAimPersonIds: [f.otherId],
      }),
    );
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        savePetitionGround(ctx, f.householdId, p.id, {
          version: p.version,
          claim: 'Zonder feit',
          factIds: [],
        }),
      ),
      'ground_fact_required',
    );
    const saved = await asActor(database.db, rvt, (ctx) =>
      savePetitionGround(ctx, f.householdId, p.id, {
        version: p.version,
        claim: 'Met feit',
        factIds: [f.factIds[1] as string],
      }),
    );
    expect(saved.version).toBe(p.version + 1);
    const fact = saved.grounds[0]?.facts[0];
    expect(fact).toMatchObject({ factVersion: 1, disputed: true, verification: 'DISPUTED' });
    expect(fact?.responses.map((r) => r.personId).sort()).toEqual([f.subjectId, f.otherId].sort());
    // the measure targets the child; its actions aim at the parent too; the child is involved.
    expect(saved.persons.find((x) => x.personId === f.subjectId)).toMatchObject({
      target: true,
      involvedChild: true,
    });
    expect(saved.persons.find((x) => x.personId === f.otherId)).toMatchObject({
      target: false,
      actionAim: true,
    });
  });

  it('VAL-05 / VAL-09 / VAL-10: the gate lists every missing point by safeguard id, and a review cannot be asked before the rest is complete', async () => {
    const f = await family();
    const p = await asActor(database.db, rvt, (ctx) =>
      startPetition(ctx, f.householdId, {
        measureTypeId: 'OTS',
        addressee: 'KINDERRECHTER',
        targetPersonIds: [f.subjectId],
        actionAimPersonIds: [],
      }),
    );
    const safeguards = new Set(p.gate.map((g) => g.safeguard));
    for (const id of ['LS-11', 'LS-02', 'LS-01', 'VAL-10', 'LS-10', 'KT6-R2', 'KT6-R3', 'LS-14', 'LS-13']) {
      expect(safeguards, id).toContain(id);
    }
    const error = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'petition_not_ready' });
    const blockers = (error as { data: { blockers: { safeguard: string }[] } }).data.blockers;
    expect(blockers.some((b) => b.safeguard === 'LS-13')).toBe(false);
    expect(await stateOf(f.householdId)).toBe('PETITION_PREPARATION');
  });
});

describe('KT7: organised counter-review', () => {
  it('VAL-06 / LS-17: a reviewer from the same RVT, someone in the case team, or the petitioner is refused by safeguard id', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    expect(p.gate.map((g) => `${g.safeguard} ${g.code}`)).toEqual(['LS-13 review_missing']);
    for (const [reviewerId, code] of [
      [sameRvtReviewer.id, 'reviewer_same_rvt'],
      [lt.id, 'reviewer_not_in_pool'],
      [rvt.id, 'reviewer_not_in_pool'],
    ] as const) {
      const error = await asActor(database.db, rvt, (ctx) =>
        requestPetitionReview(ctx, f.householdId, p.id, { ...assign(p.version), reviewerId }),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'reviewer_not_eligible' });
      expect(
        (error as { data: { refusals: { code: string }[] } }).data.refusals.map((r) => r.code),
      ).toContain(code);
    }
    const candidates = await asActor(database.db, rvt, (ctx) =>
      listReviewerCandidates(ctx, f.householdId, p.id),
    );
    expect(candidates.find((c) => c.accountId === reviewer.id)?.refusals).toEqual([]);
    expect(candidates.find((c) => c.accountId === sameRvtReviewer.id)?.refusals).toEqual([
      { safeguard: 'VAL-06', code: 'reviewer_same_rvt' },
    ]);
    expect(await stateOf(f.householdId)).toBe('PETITION_PREPARATION');
  });

  it('VAL-06: the reviewer reads the petition through a ground limited to the review, and not the dossier; the ground ends with the review', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    const inReview = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    expect(inReview.state).toBe('IN_REVIEW');
    expect(await stateOf(f.householdId)).toBe('REVIEW');
    const assignments = await asActor(database.db, reviewer, (ctx) => listReviewAssignments(ctx));
    expect(assignments.map((x) => [x.petitionId, x.role])).toEqual([[p.id, 'REVIEWER']]);
    const seen = await asActor(database.db, reviewer, (ctx) => getPetition(ctx, f.householdId, p.id));
    expect(seen.grounds.length).toBe(2);
    expect(seen.abilities.review).toBe(true);
    await expectCode(
      asActor(database.db, reviewer, (ctx) => getDossier(ctx, f.householdId)),
      'not_found',
    );
    // The jurist supports the review and reads it, but does not submit it.
    const reviewId = seen.reviews.at(-1)?.id as string;
    await expectCode(
      asActor(database.db, jurist, (ctx) =>
        submitPetitionReview(ctx, f.householdId, p.id, reviewId, review('PROCEED')),
      ),
      'review_reviewer_only',
    );
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(ctx, f.householdId, p.id, reviewId, review('PROCEED')),
    );
    await expectCode(
      asActor(database.db, reviewer, (ctx) => getPetition(ctx, f.householdId, p.id)),
      'not_found',
    );
  });

  it('KT7-R3: DO_NOT_FILE returns the family to voluntary help, with the unmet need recorded', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    const inReview = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    const reviewId = inReview.reviews.at(-1)?.id as string;
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(
        ctx,
        f.householdId,
        p.id,
        reviewId,
        review('DO_NOT_FILE', {
          unmetNeed: 'Intensieve gezinsbehandeling was niet beschikbaar (wachtlijst).',
        }),
      ),
    );
    const reviewed = await asActor(database.db, rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
    expect(reviewed.abilities).toMatchObject({ file: false, correct: false, closeNotFiled: true });
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        filePetition(ctx, f.householdId, p.id, {
          version: reviewed.version,
          filedOn: today,
          court: 'Rechtbank',
        }),
      ),
      'petition_not_ready',
    );
    const closed = await asActor(database.db, rvt, (ctx) =>
      closePetitionNotFiled(ctx, f.householdId, p.id, {
        version: reviewed.version,
        reason: 'De toetser vindt een maatregel te zwaar; verder met vrijwillige hulp.',
      }),
    );
    expect(closed.state).toBe('NOT_FILED');
    expect(await stateOf(f.householdId)).toBe('VOLUNTARY_HELP');
    // INV-04 / LS-12: back in voluntary help, the family is told so, with its rights.
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.frame).toBe('VOLUNTARY');
    const row = await database.db
      .selectFrom('petitions')
      .select('unmetNeed')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.unmetNeed).toBe('Intensieve gezinsbehandeling was niet beschikbaar (wachtlijst).');
  });
});

describe('KT8: filing and the ruling', () => {
  it('LS-13 / VAL-05 / INV-07: CORRECT_FIRST, corrections, PROCEED by another RVT, filing with the gate stored, a granted OTS with its deadlines on the RVT partner’s worklist', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    let current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    const firstReview = current.reviews.at(-1)?.id as string;
    const groundId = current.grounds[1]?.id as string;
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(
        ctx,
        f.householdId,
        p.id,
        firstReview,
        review('CORRECT_FIRST', {
          findings: [
            {
              groundId,
              safeguard: 'LS-11',
              text: 'Deze grond noemt geen datum van het stoppen van de hulp.',
            },
          ],
        }),
      ),
    );
    current = await asActor(database.db, rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
    expect(current.gate.map((g) => g.code)).toEqual(['review_not_proceed']);
    current = await asActor(database.db, rvt, (ctx) =>
      reopenPetition(ctx, f.householdId, p.id, current.version),
    );
    expect(current.state).toBe('DRAFT');
    expect(await stateOf(f.householdId)).toBe('PETITION_PREPARATION');
    current = await asActor(database.db, rvt, (ctx) =>
      savePetitionGround(
        ctx,
        f.householdId,
        p.id,
        {
          version: current.version,
          claim: 'Vrijwillige hulp is na acht weken gestopt zonder dat de zorgen minder werden.',
          factIds: [f.factIds[2] as string],
        },
        groundId,
      ),
    );
    current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(current.version)),
    );
    const secondReview = current.reviews.at(-1)?.id as string;
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(ctx, f.householdId, p.id, secondReview, review('PROCEED')),
    );
    current = await asActor(database.db, rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
    expect(current.gate).toEqual([]);
    expect(current.abilities.file).toBe(true);
    current = await asActor(database.db, rvt, (ctx) =>
      filePetition(ctx, f.householdId, p.id, {
        version: current.version,
        filedOn: today,
        court: 'Rechtbank Midden-Nederland',
      }),
    );
    expect(current.state).toBe('FILED');
    expect(current.filing?.gate.map((g) => g.safeguard)).toContain('LS-13');
    expect(await stateOf(f.householdId)).toBe('AWAITING_DECISION');
    // An end before the start is refused by the schema; a measure longer than the law allows by the use case.
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        recordRuling(ctx, f.householdId, p.id, {
          version: current.version,
          decidedOn: today,
          outcome: 'GRANTED',
          judge: 'Kinderrechter mr. Voorbeeld',
          legalGround: 'Art. 1:255 BW',
          targetPersonIds: [],
          startsOn: today,
          endsOn: '2099-01-01',
          hearings: [],
        }),
      ),
      'measure_duration_too_long',
    );
    current = await asActor(database.db, rvt, (ctx) =>
      recordRuling(ctx, f.householdId, p.id, {
        version: current.version,
        decidedOn: today,
        outcome: 'GRANTED',
        judge: 'Kinderrechter mr. Voorbeeld',
        legalGround: 'Art. 1:255 BW',
        conditions: 'Evaluatie na zes maanden.',
        targetPersonIds: [],
        startsOn: today,
        endingGoals: 'Een jaar zonder politie-inzet thuis; hulp loopt volgens plan.',
        hearings: [{ heldOn: today, note: 'Ouder en kind gehoord.' }],
        orderedHelp: [{ category: 'YOUTH_CARE', description: 'Ambulante gezinsbehandeling' }],
      }),
    );
    expect(current.state).toBe('DECIDED');
    expect(await stateOf(f.householdId)).toBe('COERCED_EXECUTION');
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    const measure = route.measures[0];
    expect(measure).toMatchObject({ measureTypeId: 'OTS', status: 'RUNNING', personIds: [f.subjectId] });
    expect(measure?.deadlines.map((d) => d.kind).sort()).toEqual(['MEASURE_EVALUATION', 'MEASURE_EXTENSION']);
    const worklist = await asActor(database.db, rvt, (ctx) => getWorklist(ctx));
    const kinds = worklist.mine.filter((d) => d.householdId === f.householdId).map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['MEASURE_EVALUATION', 'MEASURE_EXTENSION']));
    // what the ruling ordered against what is delivered — a gap until the help under the measure starts.
    expect(measure?.orderedHelp.map((o) => [o.category, o.delivered.length])).toEqual([['YOUTH_CARE', 0]]);
    expect(measure?.helpGap).toBe(1);
    const help = await asActor(database.db, rvt, (ctx) =>
      requestIntervention(ctx, f.householdId, {
        title: 'Ambulante gezinsbehandeling (maatregel)',
        category: 'YOUTH_CARE',
        provider: 'Zorgaanbieder (synthetisch)',
        targetPersonIds: [f.subjectId, f.otherId],
        frame: 'COERCED',
        measureReference: measure?.id as string,
        requestedOn: today,
      }),
    );
    await asActor(database.db, rvt, (ctx) =>
      progressIntervention(ctx, f.householdId, help.id, { status: 'STARTED', on: today, version: 1 }),
    );
    const after = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(after.measures[0]?.helpGap).toBe(0);
    // INV-04 / LS-12: the measure put the family in the coerced frame, and it was told so once.
    expect(after.frame).toBe('COERCED');
    expect(after.rightsNotices.filter((n) => n.frame === 'COERCED')).toHaveLength(1);
  });

  it('AMB-14: adult protection — bewindvoering for an elderly person, to the kantonrechter, without children involved', async () => {
    const f = await family({ elderly: true });
    const p = await draftPetition(run(), f, f, today, {
      id: 'ADMINISTRATION_OF_ASSETS',
      addressee: 'KANTONRECHTER',
      subjectIsMinor: false,
    });
    expect(p.persons.some((x) => x.involvedChild)).toBe(false);
    expect(p.gate.map((g) => g.code)).toEqual(['review_missing']);
    let current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(ctx, f.householdId, p.id, current.reviews.at(-1)?.id as string, review('PROCEED')),
    );
    current = await asActor(database.db, rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
    current = await asActor(database.db, rvt, (ctx) =>
      filePetition(ctx, f.householdId, p.id, {
        version: current.version,
        filedOn: today,
        court: 'Kantonrechter Utrecht',
      }),
    );
    current = await asActor(database.db, rvt, (ctx) =>
      recordRuling(ctx, f.householdId, p.id, {
        version: current.version,
        decidedOn: today,
        outcome: 'GRANTED',
        judge: 'Kantonrechter mr. Voorbeeld',
        legalGround: 'Art. 1:431 BW',
        targetPersonIds: [],
        startsOn: today,
        hearings: [],
      }),
    );
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.measures[0]).toMatchObject({
      measureTypeId: 'ADMINISTRATION_OF_ASSETS',
      personIds: [f.subjectId],
    });
  });
});

describe('KT8 / implication 12: an authorised out-of-home placement', () => {
  /** A family with a granted measure of `measureTypeId`, walked through review, filing and the ruling. */
  async function granted(measureTypeId: string) {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: measureTypeId,
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    let current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(ctx, f.householdId, p.id, current.reviews.at(-1)?.id as string, review('PROCEED')),
    );
    current = await asActor(database.db, rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
    current = await asActor(database.db, rvt, (ctx) =>
      filePetition(ctx, f.householdId, p.id, {
        version: current.version,
        filedOn: today,
        court: 'Rechtbank',
      }),
    );
    await asActor(database.db, rvt, (ctx) =>
      recordRuling(ctx, f.householdId, p.id, {
        version: current.version,
        decidedOn: today,
        outcome: 'GRANTED',
        judge: 'Kinderrechter mr. Voorbeeld',
        legalGround: 'Art. 1:265b BW',
        targetPersonIds: [],
        startsOn: today,
        hearings: [],
      }),
    );
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    return { f, measureId: route.measures[0]?.id as string };
  }
  const plan = {
    goal: 'Weer thuis wonen',
    conditions: 'Geen geweld thuis; ouder volgt behandeling.',
    reviewOn: '2099-01-01',
  };

  it('the return-home plan is made on the first day, every move is counted and the second move raises the alert', async () => {
    expect(
      PlacementStartSchema.safeParse({
        measureId: crypto.randomUUID(),
        childId: crypto.randomUUID(),
        kind: 'FOSTER_FAMILY',
        place: 'Pleeggezin',
        startsOn: today,
      }).success,
    ).toBe(false);
    const { f, measureId } = await granted('OUT_OF_HOME_PLACEMENT');
    const start = {
      measureId,
      childId: f.subjectId,
      kind: 'CRISIS_PLACEMENT' as const,
      place: 'Crisisopvang De Haven',
      startsOn: today,
      withSiblings: null,
      returnHomePlan: plan,
    };
    const first = await asActor(database.db, rvt, (ctx) => startPlacement(ctx, f.householdId, start));
    await expectCode(
      asActor(database.db, rvt, (ctx) => startPlacement(ctx, f.householdId, start)),
      'placement_already_current',
    );
    const dayBefore = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        movePlacement(ctx, f.householdId, first.id, {
          version: 1,
          kind: 'FOSTER_FAMILY',
          place: 'Pleeggezin',
          movedOn: dayBefore,
          reason: 'Te vroeg',
        }),
      ),
      'placement_date_before_start',
    );
    const moved = await asActor(database.db, rvt, (ctx) =>
      movePlacement(ctx, f.householdId, first.id, {
        version: 1,
        kind: 'FOSTER_FAMILY',
        place: 'Pleeggezin Noord',
        movedOn: today,
        reason: 'Crisisplek is tijdelijk.',
      }),
    );
    expect(moved).toMatchObject({ moves: 1, alert: false });
    // A second attempt on the same version changes nothing (409).
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        movePlacement(ctx, f.householdId, first.id, {
          version: 1,
          kind: 'RESIDENTIAL',
          place: 'Groep',
          movedOn: today,
          reason: 'Dubbel',
        }),
      ),
      'version_conflict',
    );
    const again = await asActor(database.db, rvt, (ctx) =>
      movePlacement(ctx, f.householdId, moved.id, {
        version: 1,
        kind: 'FAMILY_HOME',
        place: 'Gezinshuis De Linde',
        movedOn: today,
        reason: 'Pleeggezin stopt.',
      }),
    );
    expect(again).toMatchObject({ moves: 2, alert: true });
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    const child = route.placedChildren[0];
    expect(child).toMatchObject({
      childId: f.subjectId,
      moves: 2,
      alert: true,
      returnHomePlan: { goal: plan.goal },
    });
    expect(child?.places.map((p) => p.place)).toEqual([
      'Crisisopvang De Haven',
      'Pleeggezin Noord',
      'Gezinshuis De Linde',
    ]);
  });

  it('contact agreed against contact that happened: a missed moment needs a reason and counts as shortfall', async () => {
    const { f, measureId } = await granted('OUT_OF_HOME_PLACEMENT');
    await asActor(database.db, rvt, (ctx) =>
      startPlacement(ctx, f.householdId, {
        measureId,
        childId: f.subjectId,
        kind: 'FAMILY_NETWORK',
        place: 'Bij oma',
        startsOn: today,
        withSiblings: null,
        returnHomePlan: plan,
      }),
    );
    const agreement = await asActor(database.db, rvt, (ctx) =>
      recordContactAgreement(ctx, f.householdId, {
        childId: f.subjectId,
        withPersonId: f.otherId,
        timesPerMonth: 4,
        supervised: true,
        startsOn: today,
      }),
    );
    expect(ContactMomentSchema.safeParse({ on: today, happened: false }).success).toBe(false);
    await asActor(database.db, rvt, (ctx) =>
      recordContactMoment(ctx, f.householdId, agreement.id, { on: today, happened: true }),
    );
    await asActor(database.db, rvt, (ctx) =>
      recordContactMoment(ctx, f.householdId, agreement.id, {
        on: today,
        happened: false,
        reason: 'Ouder kwam niet opdagen.',
      }),
    );
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.placedChildren[0]?.contact[0]).toMatchObject({
      agreed: 4,
      happened: 1,
      missed: 1,
      shortfall: 3,
    });
  });

  it('a placement rests on a measure that authorises it: not under an OTS alone', async () => {
    const { f, measureId } = await granted('OTS');
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        startPlacement(ctx, f.householdId, {
          measureId,
          childId: f.subjectId,
          kind: 'FOSTER_FAMILY',
          place: 'Pleeggezin',
          startsOn: today,
          withSiblings: null,
          returnHomePlan: plan,
        }),
      ),
      'placement_measure_invalid',
    );
  });
});

describe('KT9: rights at every change of frame and the appeal route with every written decision', () => {
  it('INV-04 / LS-12: drang gives a rights notice once; KT9-R4: a decision carries the appeal route of the organisation that took it', async () => {
    const f = await family();
    const drang = {
      title: 'Opvoedondersteuning (dringend advies)',
      category: 'YOUTH_CARE' as const,
      provider: 'Zorgaanbieder (synthetisch)',
      targetPersonIds: [f.otherId],
      frame: 'DRANG' as const,
      consent: {
        givenByPersonIds: [f.otherId],
        givenOn: today,
        reason: 'Steun bij de opvoeding.',
        consequencesOfRefusal: 'Het RVT kan de rechter om hulp vragen.',
        decision: 'GIVEN' as const,
        goal: 'Rust en veiligheid thuis',
        rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
      },
      requestedOn: today,
    };
    await asActor(database.db, rvt, (ctx) => requestIntervention(ctx, f.householdId, drang));
    await asActor(database.db, rvt, (ctx) => requestIntervention(ctx, f.householdId, drang));
    const route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.rightsNotices.map((n) => n.frame)).toEqual(['DRANG']);
    const casework = await asActor(database.db, rvt, (ctx) => getCasework(ctx, f.householdId));
    const routes = casework.investigations.map((i) => [i.kind, i.decision?.appealRoute]);
    // The first decision by the Lokaal Team (an administrative body), the extended one by the RVT (not settled).
    expect(routes).toEqual([
      ['FIRST', 'ADMINISTRATIVE_BODY'],
      ['EXTENDED', 'UNSETTLED'],
    ]);
  });
});

describe('review findings: the edges of counter-review and filing', () => {
  it('VAL-06: a reviewer reads only the petition under review, and cannot write the petition itself', async () => {
    const f = await family();
    // A first petition, not filed, then a new extended investigation and a second petition.
    const first = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    let current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, first.id, assign(first.version)),
    );
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(
        ctx,
        f.householdId,
        first.id,
        current.reviews.at(-1)?.id as string,
        review('DO_NOT_FILE'),
      ),
    );
    await asActor(database.db, rvt, (ctx) =>
      closePetitionNotFiled(ctx, f.householdId, first.id, {
        version: current.version + 1,
        reason: 'Te zwaar.',
      }),
    );
    await asActor(database.db, lt, (ctx) =>
      movePathway(ctx, f.householdId, {
        from: 'VOLUNTARY_HELP',
        to: 'EXTENDED_INVESTIGATION',
        reason: 'Zorgen blijven.',
        decision: reasonedRecord(),
      }),
    );
    const concerns = await asActor(database.db, rvt, (ctx) => concernIdsOf(ctx.tx, f.householdId));
    await asActor(database.db, rvt, (ctx) =>
      decideExtendedInvestigation(ctx, f.householdId, extendedDecision(concerns, 'UO3_PETITION')),
    );
    const second = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, second.id, assign(second.version)),
    );
    expect(
      (await asActor(database.db, reviewer, (ctx) => getPetition(ctx, f.householdId, second.id))).id,
    ).toBe(second.id);
    await expectCode(
      asActor(database.db, reviewer, (ctx) => getPetition(ctx, f.householdId, first.id)),
      'not_found',
    );
    // The second line: the database refuses the reviewer a ground of the petition.
    await expect(
      asActor(database.db, reviewer, (ctx) =>
        ctx.tx
          .insertInto('petitionGrounds')
          .values({
            id: crypto.randomUUID(),
            petitionId: second.id,
            householdId: f.householdId,
            position: 9,
            claim: 'Ingevoegd door de toetser',
            createdAt: new Date(),
            updatedAt: new Date(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('KT7: a review whose term passed without an answer can be given to someone else; VAL-06: a jurist of the same RVT is refused', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    const sameRvtJurist = await buildProfessional(database.db, 'RVT', { roles: ['JURIST'] });
    const refused = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, { ...assign(p.version), juristId: sameRvtJurist.id }),
    ).catch((e: unknown) => e);
    expect((refused as { data: { refusals: { code: string }[] } }).data.refusals.map((r) => r.code)).toEqual([
      'supporter_same_rvt',
    ]);
    const inReview = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    const later = new Date(Date.now() + 15 * 86_400_000);
    const again = await asActor(
      database.db,
      rvt,
      (ctx) => requestPetitionReview(ctx, f.householdId, p.id, assign(inReview.version)),
      later,
    );
    expect(again.reviews.map((r) => r.lapsedAt !== null)).toEqual([true, false]);
  });

  it('LS-11: a fact changed after it was linked shows as changed until the ground is saved again', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    const ground = p.grounds[0];
    const factId = ground?.facts[0]?.factId as string;
    await asActor(database.db, rvt, (ctx) =>
      verifyFact(ctx, f.householdId, factId, { verification: 'DISPUTED', version: 1 }),
    );
    const changed = await asActor(database.db, rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
    expect(changed.grounds[0]?.facts[0]).toMatchObject({
      factVersion: 1,
      currentVersion: 2,
      verification: 'CORROBORATED',
    });
    const saved = await asActor(database.db, rvt, (ctx) =>
      savePetitionGround(
        ctx,
        f.householdId,
        p.id,
        {
          version: changed.version,
          claim: ground?.claim as string,
          factIds: ground?.facts.map((x) => x.factId) ?? [],
        },
        ground?.id,
      ),
    );
    expect(saved.grounds[0]?.facts[0]).toMatchObject({
      factVersion: 2,
      currentVersion: 2,
      verification: 'DISPUTED',
    });
  });

  it('LS-13: a filing cannot be dated before the review that cleared it, nor a ruling before the filing', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    const inReview = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(
        ctx,
        f.householdId,
        p.id,
        inReview.reviews.at(-1)?.id as string,
        review('PROCEED'),
      ),
    );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        filePetition(ctx, f.householdId, p.id, {
          version: inReview.version + 1,
          filedOn: yesterday,
          court: 'Rechtbank',
        }),
      ),
      'filing_before_review',
    );
    const filed = await asActor(database.db, rvt, (ctx) =>
      filePetition(ctx, f.householdId, p.id, {
        version: inReview.version + 1,
        filedOn: today,
        court: 'Rechtbank',
      }),
    );
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        recordRuling(ctx, f.householdId, p.id, {
          version: filed.version,
          decidedOn: yesterday,
          outcome: 'REJECTED',
          judge: 'Kinderrechter',
          targetPersonIds: [],
          hearings: [],
        }),
      ),
      'ruling_before_filing',
    );
  });
});

describe('KT6 / KT8: no dead ends on the legal route', () => {
  it('a drafted petition can be withdrawn with a reason: the family returns to voluntary help', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    expect(p.abilities.withdraw).toBe(true);
    const withdrawn = await asActor(database.db, rvt, (ctx) =>
      withdrawPetition(ctx, f.householdId, p.id, {
        version: p.version,
        reason: 'Het gezin werkt nu wel mee.',
      }),
    );
    expect(withdrawn).toMatchObject({ state: 'WITHDRAWN', abilities: { withdraw: false } });
    expect(await stateOf(f.householdId)).toBe('VOLUNTARY_HELP');
  });

  it('KT8-R1: an evaluation meets the evaluation deadline; ending the last measure moves the case to safety monitoring', async () => {
    const f = await family();
    const p = await draftPetition(run(), f, f, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    let current = await asActor(database.db, rvt, (ctx) =>
      requestPetitionReview(ctx, f.householdId, p.id, assign(p.version)),
    );
    await asActor(database.db, reviewer, (ctx) =>
      submitPetitionReview(ctx, f.householdId, p.id, current.reviews.at(-1)?.id as string, review('PROCEED')),
    );
    current = await asActor(database.db, rvt, (ctx) =>
      filePetition(ctx, f.householdId, p.id, {
        version: current.version + 1,
        filedOn: today,
        court: 'Rechtbank',
      }),
    );
    await asActor(database.db, rvt, (ctx) =>
      recordRuling(ctx, f.householdId, p.id, {
        version: current.version,
        decidedOn: today,
        outcome: 'GRANTED',
        judge: 'Kinderrechter',
        legalGround: 'Art. 1:255 BW',
        targetPersonIds: [],
        startsOn: today,
        hearings: [],
      }),
    );
    let route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    const measure = route.measures[0] as (typeof route.measures)[number];
    await asActor(database.db, rvt, (ctx) =>
      recordMeasureEvaluation(ctx, f.householdId, measure.id, {
        evaluatedOn: today,
        summary: 'Het gaat beter thuis; de hulp loopt.',
        goalsReached: false,
      }),
    );
    route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.measures[0]?.deadlines.find((d) => d.kind === 'MEASURE_EVALUATION')?.status).toBe('MET');
    expect(route.measures[0]?.evaluations).toHaveLength(1);
    await asActor(database.db, rvt, (ctx) =>
      endMeasure(ctx, f.householdId, measure.id, {
        version: measure.version,
        endedOn: today,
        reason: 'Doelen bereikt.',
      }),
    );
    await expectCode(
      asActor(database.db, rvt, (ctx) =>
        endMeasure(ctx, f.householdId, measure.id, {
          version: measure.version,
          endedOn: today,
          reason: 'Nog eens.',
        }),
      ),
      'measure_not_running',
    );
    expect(await stateOf(f.householdId)).toBe('SAFETY_MONITORING');
    route = await asActor(database.db, rvt, (ctx) => getLegalRoute(ctx, f.householdId));
    expect(route.measures[0]).toMatchObject({
      status: 'ENDED',
      endedOn: today,
      endReason: 'Doelen bereikt.',
    });
  });
});
