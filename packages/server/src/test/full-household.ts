import { randomUUID } from 'node:crypto';
import type { Actor, ShieldableItemType } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import { addFact } from '../commands/add-fact';
import { addGoal } from '../commands/add-goal';
import { addHouseholdPerson } from '../commands/add-household-person';
import { addPlanAction } from '../commands/add-plan-action';
import { addTimelineEntry } from '../commands/add-timeline-entry';
import { decideExtendedInvestigation } from '../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../commands/decide-first-investigation';
import { endUrgentSafety } from '../commands/end-urgent-safety';
import { evaluatePlan } from '../commands/evaluate-plan';
import { recordAddress } from '../commands/record-address';
import { recordExpertAdvice } from '../commands/record-expert-advice';
import { recordIntake } from '../commands/record-intake';
import { recordNetworkConference } from '../commands/record-network-conference';
import { recordSafetyAssessment } from '../commands/record-safety-assessment';
import { recordSafetyPlanEvent } from '../commands/record-safety-plan-event';
import { recordScore } from '../commands/record-score';
import { requestExpertConsult } from '../commands/request-expert-consult';
import { requestIntervention } from '../commands/request-intervention';
import { respondToFact } from '../commands/respond-to-fact';
import { saveSafetyPlan } from '../commands/save-safety-plan';
import { startUrgentSafety } from '../commands/start-urgent-safety';
import { triageReport } from '../commands/triage-report';
import type { DB } from '../db/schema';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { asActor, type BuiltHousehold, buildHousehold } from './factories';

export interface FullHousehold extends BuiltHousehold {
  /** One item of every shieldable type, with a text that appears nowhere else. */
  items: Record<ShieldableItemType, { id: string; marker: string }>;
}

/**
 * A household with one item of every kind that can be withheld, written through the real use cases by the
 * fixed professional (`lt`) and the RVT partner (`rvt`); every item carries a marker text found nowhere else,
 * so a test can search any response for a trace of it.
 */
export async function buildFullHousehold(
  db: Kysely<DB>,
  team: { lt: Actor; rvt: Actor; expert: Actor },
  tag: string,
): Promise<FullHousehold> {
  const { lt, rvt } = team;
  const h = await buildHousehold(db, lt, {
    team: [
      { actor: rvt, role: 'RVT_PARTNER' },
      { actor: team.expert, role: 'EXPERT' },
    ],
  });
  const m = (what: string) => `GEHEIM-${what}-${tag}`;
  const hid = h.householdId;
  const as = <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2]) => asActor(db, actor, fn);
  const person = await as(lt, (ctx) =>
    addHouseholdPerson(ctx, hid, {
      person: { givenName: m('person'), familyName: 'Verborgen', birthDate: '1990-02-03', gender: 'OTHER' },
      role: 'OTHER_ADULT',
      from: '2024-01-01',
    }),
  );
  const address = await as(lt, (ctx) =>
    recordAddress(ctx, hid, {
      personIds: [h.parentId],
      postcode: `${1000 + Math.floor(Math.random() * 8999)}SS`,
      houseNumber: '3',
      street: m('address'),
      from: '2024-02-01',
    }),
  );
  const { reportId } = await as(lt, (ctx) =>
    recordIntake(ctx, {
      kind: 'REPORT',
      householdId: hid,
      reporter: { kind: 'CITIZEN', anonymous: true },
      summary: m('report'),
    }),
  );
  await as(lt, (ctx) =>
    triageReport(ctx, hid, reportId, {
      urgency: 'PRIORITY',
      nextStep: 'FIRST_INVESTIGATION',
      rationale: 'Eerst samen onderzoeken.',
      concerns: [
        {
          type: 'STRUCTURAL_UNSAFETY',
          description: m('concern'),
          aboutPersonIds: [h.childId],
          heldBy: [{ kind: 'CITIZEN' }],
        },
      ],
    }),
  );
  const concern = await db
    .selectFrom('concerns')
    .select('id')
    .where('householdId', '=', hid)
    .executeTakeFirstOrThrow();
  const fact = await as(lt, (ctx) =>
    addFact(ctx, hid, {
      statement: m('fact'),
      source: { kind: 'HOUSEHOLD', description: 'Ouder zelf', obtainedWithConsent: true },
      verification: 'UNVERIFIED',
      concernIds: [concern.id],
      aboutPersonIds: [h.childId],
    }),
  );
  const response = await as(lt, (ctx) =>
    respondToFact(ctx, hid, fact.id, { personId: h.parentId, text: m('fact_response') }),
  );
  const note = await as(lt, (ctx) =>
    addTimelineEntry(ctx, hid, {
      kind: 'NOTE',
      title: m('timeline_entry'),
      body: '',
      aboutPersonIds: [h.childId],
    }),
  );
  const first = await db
    .selectFrom('investigations')
    .select('id')
    .where('householdId', '=', hid)
    .where('kind', '=', 'FIRST')
    .executeTakeFirstOrThrow();
  await as(lt, (ctx) =>
    decideFirstInvestigation(ctx, hid, {
      ...firstDecision([concern.id], 'EO3_EXTENDED'),
      rationale: m('investigation'),
    }),
  );
  const conference = await as(rvt, (ctx) =>
    recordNetworkConference(ctx, hid, {
      heldOn: '2026-01-10',
      participants: [{ name: 'Oma', role: 'NETWORK' }],
      outcome: m('network_conference'),
      nextSteps: 'Plan maken',
    }),
  );
  const assessment = await as(rvt, (ctx) =>
    recordSafetyAssessment(ctx, hid, {
      instrumentId: 'gd-open-oordeel',
      instrumentVersion: '1.0',
      dangers: [m('safety_assessment')],
      protectiveFactors: ['Oma'],
      safetyConditions: ['Rust'],
      professionalScore: 4,
      familyScores: [],
    }),
  );
  const plan = await as(rvt, (ctx) =>
    saveSafetyPlan(ctx, hid, {
      basedOnVersionNo: null,
      conditions: ['Rust thuis'],
      agreements: [{ text: m('safety_plan'), owner: { kind: 'FAMILY', name: 'Ouder' } }],
      checkDates: ['2030-01-01'],
      familyAgreement: { status: 'AGREED' },
    }),
  );
  const breach = await as(rvt, (ctx) =>
    recordSafetyPlanEvent(ctx, hid, {
      kind: 'BREACH',
      occurredOn: '2026-01-15',
      description: m('safety_plan_event'),
      followUp: 'Gesprek',
    }),
  );
  const concerns = [concern.id];
  await as(rvt, (ctx) =>
    decideExtendedInvestigation(ctx, hid, extendedDecision(concerns, 'UO2_INDEPENDENT_EXPERT')),
  );
  const consult = await as(rvt, (ctx) =>
    requestExpertConsult(ctx, hid, {
      requestedBy: 'HOUSEHOLD',
      expertName: 'Deskundige',
      question: m('expert_consult'),
    }),
  );
  await as(rvt, (ctx) => recordExpertAdvice(ctx, hid, consult.id, 'Samen verder'));
  await as(rvt, (ctx) =>
    decideExtendedInvestigation(ctx, hid, extendedDecision(concerns, 'UO1_VOLUNTARY_HELP')),
  );
  const goal = await as(lt, (ctx) =>
    addGoal(ctx, hid, { personId: h.childId, lifeDomain: 'CHILD_DEVELOPMENT', description: m('goal') }),
  );
  const score = await as(lt, (ctx) =>
    recordScore(ctx, hid, {
      personId: h.childId,
      lifeDomain: 'FINANCES',
      score: 3,
      scoredBy: 'FAMILY',
      note: m('score'),
    }),
  );
  const action = await as(lt, (ctx) =>
    addPlanAction(ctx, hid, {
      goalId: goal.id,
      description: m('plan_action'),
      owner: { kind: 'FAMILY', name: 'Ouder' },
    }),
  );
  const evaluation = await as(lt, (ctx) => evaluatePlan(ctx, hid, { summary: m('plan_evaluation') }));
  const help = await as(lt, (ctx) =>
    requestIntervention(ctx, hid, {
      title: m('intervention'),
      category: 'YOUTH_CARE',
      provider: 'Hulp Test',
      targetPersonIds: [h.parentId],
      frame: 'VOLUNTARY',
      consent: {
        givenByPersonIds: [h.parentId],
        givenOn: '2026-01-20',
        reason: 'Steun bij opvoeding',
        consequencesOfRefusal: 'Geen',
        decision: 'GIVEN',
        goal: 'Rust en veiligheid thuis',
        rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
      },
      requestedOn: '2026-01-20',
    }),
  );
  const spoed = await as(lt, (ctx) => startUrgentSafety(ctx, hid, { situation: m('urgent_safety') }));
  await as(lt, (ctx) =>
    endUrgentSafety(ctx, hid, { immediateMeasures: ['Oma past op'], safetyReached: 'Rust', returnTo: null }),
  );
  const membership = await db
    .selectFrom('memberships')
    .select('id')
    .where('personId', '=', person.personId)
    .executeTakeFirstOrThrow();
  await db.updateTable('relations').set({ kind: 'PARENT_OF' }).where('id', '=', h.relationId).execute();
  // A history row of the relation (issue 9.1): it must go wherever the relation goes, and be withheld with it.
  await db
    .insertInto('relationChanges')
    .values({
      id: randomUUID(),
      householdId: hid,
      relationId: h.relationId,
      fromPersonId: h.parentId,
      toPersonId: h.childId,
      kind: 'PARENT_OF',
      change: 'AUTHORITY_ENDED',
      hasParentalAuthority: false,
      reason: m('relation_change'),
      recordedBy: lt.id,
      recordedAt: new Date(),
    })
    .execute();
  await db
    .updateTable('networkMembers')
    .set({ displayName: m('network_member') })
    .where('id', '=', h.networkMemberId)
    .execute();
  return {
    ...h,
    items: {
      person: { id: person.personId, marker: m('person') },
      address: { id: address.ids[0] as string, marker: m('address') },
      membership: { id: membership.id, marker: membership.id },
      relation: { id: h.relationId, marker: h.relationId },
      network_member: { id: h.networkMemberId, marker: m('network_member') },
      timeline_entry: { id: note.id, marker: m('timeline_entry') },
      report: { id: reportId, marker: m('report') },
      concern: { id: concern.id, marker: m('concern') },
      fact: { id: fact.id, marker: m('fact') },
      fact_response: { id: response.id, marker: m('fact_response') },
      investigation: { id: first.id, marker: m('investigation') },
      network_conference: { id: conference.id, marker: m('network_conference') },
      expert_consult: { id: consult.id, marker: m('expert_consult') },
      safety_assessment: { id: assessment.id, marker: m('safety_assessment') },
      safety_plan: { id: plan.id, marker: m('safety_plan') },
      safety_plan_event: { id: breach.id, marker: m('safety_plan_event') },
      goal: { id: goal.id, marker: m('goal') },
      score: { id: score.id, marker: m('score') },
      plan_action: { id: action.id, marker: m('plan_action') },
      plan_evaluation: { id: evaluation.id, marker: m('plan_evaluation') },
      intervention: { id: help.id, marker: m('intervention') },
      urgent_safety: { id: spoed.id, marker: m('urgent_safety') },
    },
  };
}
