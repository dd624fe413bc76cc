import { randomUUID } from 'node:crypto';
import type { AccessGround, Actor, HouseholdPermission, TeamRole } from '@gezinsdossier/domain';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShield } from '../commands/add-shield';
import { requestBreakGlass } from '../commands/request-break-glass';
import type { Database } from '../db/database';
import { databaseGrounds, loadHouseholdAccess } from '../db/repositories/access.repository';
import { createTestDatabase } from '../test/database';
import { asActor, buildAccount, buildProfessional, randomBsn } from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { type HouseholdAccess, householdRules } from './household';
import { can } from './rulebook';

/**
 * The database's row-level security and the rulebook must agree: for every access ground, the grounds the
 * loader finds equal the ones `app_access_grounds` derives, and for every table holding personal or case
 * data, the rows are visible to the application role exactly when the rulebook grants the table's read
 * permission on that ground.
 */
let database: Database;
let h: FullHousehold;
const actors: Record<string, Actor> = {};

/**
 * Each table and the read permission(s) of the rulebook that govern it (any of them opens it). The
 * household's envelope and its shielding records are also read with the petition: the counter-reviewer's
 * loader needs them, so that what is withheld from reviewers stays withheld.
 */
const RESOURCES: Record<string, HouseholdPermission | HouseholdPermission[]> = {
  households: ['household.read', 'petition.read', 'complaint.handle'],
  persons: 'household.read',
  memberships: 'household.read',
  person_addresses: 'household.read',
  relations: 'household.read',
  relation_changes: 'household.read',
  network_members: 'household.read',
  cases: 'household.read',
  case_team_members: 'household.read',
  shielding_records: ['household.read', 'petition.read', 'complaint.handle'],
  timeline_entries: 'timeline.read',
  timeline_entry_persons: 'timeline.read',
  reports: 'casework.read',
  reporter_feedback: 'casework.read',
  concerns: 'casework.read',
  concern_persons: 'casework.read',
  investigations: 'casework.read',
  judgements: 'casework.read',
  investigation_concerns: 'casework.read',
  facts: 'casework.read',
  fact_persons: 'casework.read',
  fact_concerns: 'casework.read',
  fact_responses: 'casework.read',
  network_conferences: 'casework.read',
  expert_consults: 'casework.read',
  safety_assessments: 'casework.read',
  safety_plan_versions: 'casework.read',
  safety_plan_events: 'casework.read',
  plan_goals: 'casework.read',
  plan_scores: 'casework.read',
  plan_actions: 'casework.read',
  plan_evaluations: 'casework.read',
  interventions: 'casework.read',
  intervention_persons: 'casework.read',
  urgent_safety_episodes: 'casework.read',
  safety_monitoring: 'casework.read',
  pathway_transitions: 'casework.read',
  deadlines: 'casework.read',
  // The handler of a complaint about a petition reads the petition's own row (and nothing else of it).
  petitions: ['petition.read', 'complaint.handle'],
  petition_persons: 'petition.read',
  petition_grounds: 'petition.read',
  petition_ground_facts: 'petition.read',
  petition_fact_responses: 'petition.read',
  petition_hearing_attempts: 'petition.read',
  petition_alternatives: 'petition.read',
  petition_alternative_interventions: 'petition.read',
  petition_child_voices: 'petition.read',
  petition_consultations: 'petition.read',
  petition_reviews: 'petition.read',
  petition_review_findings: 'petition.read',
  rulings: 'petition.read',
  support_offers: 'petition.read',
  running_measures: 'casework.read',
  running_measure_persons: 'casework.read',
  measure_ordered_help: 'casework.read',
  measure_evaluations: 'casework.read',
  rights_notices: 'casework.read',
  placements: 'casework.read',
  return_home_plans: 'casework.read',
  contact_agreements: 'casework.read',
  contact_moments: 'casework.read',
  family_visibility: 'casework.read',
  complaints: 'complaint.read',
  complaint_akj_offers: 'complaint.read',
  decisions: 'casework.read',
  decision_facts: 'casework.read',
  decision_gates: 'casework.read',
  access_log: 'access_log.read',
  dossier_events: 'household.export',
};

const GROUNDS = [
  'TEAM_MEMBER:FIXED_PROFESSIONAL',
  'TEAM_MEMBER:RVT_PARTNER',
  'TEAM_MEMBER:EXPERT',
  'BREAK_GLASS',
  'REGIONAL_INTAKE',
  'COUNTER_REVIEWER',
  'COMPLAINT_HANDLER',
  'HOUSEHOLD_MEMBER',
  'NONE',
] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const lt = await buildProfessional(db, 'LOCAL_TEAM');
  const rvt = await buildProfessional(db, 'RVT');
  const expert = await buildProfessional(db, 'OTHER');
  h = await buildFullHousehold(db, { lt, rvt, expert }, 'matrix');
  const bsn = randomBsn();
  await db.updateTable('persons').set({ bsn }).where('id', '=', h.parentId).execute();
  const report = await db
    .selectFrom('reports')
    .select('id')
    .where('householdId', '=', h.householdId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('reporterFeedback')
    .values({
      id: randomUUID(),
      reportId: report.id,
      caseId: h.caseId,
      householdId: h.householdId,
      kind: 'RECEIVED',
      sentAt: new Date(),
      sentBy: lt.id,
    })
    .execute();
  await asActor(db, lt, (ctx) =>
    addShield(ctx, h.householdId, {
      itemType: 'address',
      itemId: h.items.address.id,
      target: { kind: 'PERSON', personId: h.childId },
      reasonCode: 'SAFETY_OF_PERSON',
      reason: 'Het adres blijft voor dit gezinslid geheim.',
    }),
  );
  const crisis = await buildProfessional(db, 'CRISIS_SERVICE');
  await asActor(db, crisis, (ctx) =>
    requestBreakGlass(ctx, {
      reasonCode: 'ACUTE_DANGER',
      reason: 'Politie meldt acute onveiligheid',
      hours: 2,
      bsn,
    }),
  );
  const reviewer = await buildProfessional(db, 'RVT', { regionCode: 'VR07', roles: ['COUNTER_REVIEWER'] });
  const jurist = await buildProfessional(db, 'RVT', { regionCode: 'VR07', roles: ['JURIST'] });
  await legalRouteRows(db, { lt, rvt, reviewer, jurist });
  const handler = await buildProfessional(db, 'OTHER');
  await complaintRows(db, { rvt, handler });
  // The full household's first decision (EO-3) is a decision record with its facts; add a gate's answer.
  const decision = await db
    .selectFrom('decisions')
    .select('id')
    .where('householdId', '=', h.householdId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('decisionGates')
    .values({
      id: randomUUID(),
      decisionId: decision.id,
      householdId: h.householdId,
      gate: 'FOUR_EYES',
      outcome: 'APPROVE',
      bestForHousehold: null,
      followsFromInformation: null,
      rationale: 'Gezien (synthetisch).',
      answeredBy: rvt.id,
      answeredAt: new Date(),
    })
    .execute();
  Object.assign(actors, {
    COMPLAINT_HANDLER: handler,
    COUNTER_REVIEWER: reviewer,
    'TEAM_MEMBER:FIXED_PROFESSIONAL': lt,
    'TEAM_MEMBER:RVT_PARTNER': rvt,
    'TEAM_MEMBER:EXPERT': expert,
    BREAK_GLASS: crisis,
    REGIONAL_INTAKE: await buildProfessional(db, 'RVT', { roles: ['PROFESSIONAL', 'RVT_INTAKE'] }),
    HOUSEHOLD_MEMBER: await buildAccount(db, 'FAMILY_MEMBER', h.parentId),
    NONE: await buildProfessional(db, 'LOCAL_TEAM'),
  });
});
afterAll(async () => database?.close());

/**
 * One row in every legal-route table for the household (written as the owner: this test checks who may read
 * them, the use cases are tested elsewhere), with an open review assigned to `reviewer`.
 */
async function legalRouteRows(
  db: Database['db'],
  who: { lt: Actor; rvt: Actor; reviewer: Actor; jurist: Actor },
): Promise<void> {
  const now = new Date();
  const ids = {
    petition: randomUUID(),
    ground: randomUUID(),
    alternative: randomUUID(),
    review: randomUUID(),
    ruling: randomUUID(),
    measure: randomUUID(),
  };
  const hid = h.householdId;
  const petitionId = ids.petition;
  const rvtOrganisation = who.rvt.memberships[0]?.organisationId as string;
  await db
    .insertInto('petitions')
    .values({
      id: petitionId,
      caseId: h.caseId,
      householdId: hid,
      measureTypeId: 'OTS',
      catalogueVersion: 'measures-2026.1',
      addressee: 'KINDERRECHTER',
      state: 'IN_REVIEW',
      petitionerId: who.rvt.id,
      organisationId: rvtOrganisation,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('petitionPersons')
    .values({
      petitionId,
      householdId: hid,
      personId: h.childId,
      name: 'Kind',
      birthDate: null,
      holdsParentalAuthority: false,
      target: true,
      actionAim: false,
      involvedChild: true,
    })
    .execute();
  await db
    .insertInto('petitionGrounds')
    .values({
      id: ids.ground,
      petitionId,
      householdId: hid,
      position: 1,
      claim: 'Grond',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('petitionGroundFacts')
    .values({
      groundId: ids.ground,
      petitionId,
      householdId: hid,
      factId: h.items.fact.id,
      position: 1,
      factVersion: 1,
      statement: 'Feit',
      observedOn: null,
      sourceKind: 'HOUSEHOLD',
      sourceDescription: 'Gezin',
      obtainedWithConsent: true,
      legalBasis: null,
      verification: 'CORROBORATED',
      factRecordedAt: now,
    })
    .execute();
  await db
    .insertInto('petitionFactResponses')
    .values({
      groundId: ids.ground,
      factId: h.items.fact.id,
      petitionId,
      householdId: hid,
      responseId: h.items.fact_response.id,
      personId: h.parentId,
      text: 'Reactie',
      respondedAt: now,
    })
    .execute();
  await db
    .insertInto('petitionHearingAttempts')
    .values({
      id: randomUUID(),
      petitionId,
      householdId: hid,
      factId: h.items.fact.id,
      personId: h.childId,
      attemptedOn: todayInNetherlands(now),
      description: 'Gebeld',
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
  await db
    .insertInto('petitionAlternatives')
    .values({
      id: ids.alternative,
      petitionId,
      householdId: hid,
      step: 'PROFESSIONAL_HELP',
      outcome: 'Gestopt',
      whyInsufficient: 'Onvoldoende',
      createdAt: now,
    })
    .execute();
  await db
    .insertInto('petitionAlternativeInterventions')
    .values({
      alternativeId: ids.alternative,
      petitionId,
      householdId: hid,
      interventionId: h.items.intervention.id,
      type: 'YOUTH_CARE',
      frame: 'VOLUNTARY',
      status: 'STARTED',
      startedOn: null,
      provider: null,
    })
    .execute();
  await db
    .insertInto('petitionChildVoices')
    .values({
      petitionId,
      householdId: hid,
      childId: h.childId,
      how: 'HEARD',
      view: 'Wil thuis blijven',
      interests: null,
      exceptionReason: null,
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
  await db
    .insertInto('petitionConsultations')
    .values({
      id: randomUUID(),
      petitionId,
      householdId: hid,
      party: 'HOUSEHOLD',
      personId: h.parentId,
      heldOn: todayInNetherlands(now),
      summary: 'Besproken',
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
  await db
    .insertInto('supportOffers')
    .values({
      id: randomUUID(),
      householdId: hid,
      caseId: h.caseId,
      personId: h.parentId,
      kind: 'LEGAL_AID',
      offeredOn: todayInNetherlands(now),
      response: 'ACCEPTED',
      provider: null,
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
  const reviewerOrganisation = who.reviewer.memberships[0]?.organisationId as string;
  // A submitted review (with a finding), and the open one that gives the reviewer the ground.
  await db
    .insertInto('petitionReviews')
    .values([
      {
        id: randomUUID(),
        petitionId,
        householdId: hid,
        reviewerId: who.reviewer.id,
        reviewerOrganisationId: reviewerOrganisation,
        juristId: who.jurist.id,
        behaviouralScientistId: who.jurist.id,
        assignedBy: who.rvt.id,
        assignedAt: now,
        until: new Date(now.getTime() + 86_400_000),
        submittedAt: now,
        attestedAt: now,
        answers: JSON.stringify({}),
        outcome: 'CORRECT_FIRST',
        unmetNeed: null,
      },
      {
        id: ids.review,
        petitionId,
        householdId: hid,
        reviewerId: who.reviewer.id,
        reviewerOrganisationId: reviewerOrganisation,
        juristId: who.jurist.id,
        behaviouralScientistId: who.jurist.id,
        assignedBy: who.rvt.id,
        assignedAt: now,
        until: new Date(now.getTime() + 86_400_000),
        submittedAt: null,
        answers: null,
        outcome: null,
        unmetNeed: null,
      },
    ])
    .execute();
  await db
    .insertInto('petitionReviewFindings')
    .values({
      id: randomUUID(),
      reviewId: ids.review,
      householdId: hid,
      position: 1,
      safeguard: 'LS-11',
      groundId: ids.ground,
      text: 'Bevinding',
    })
    .execute();
  await db
    .insertInto('rulings')
    .values({
      id: ids.ruling,
      petitionId,
      householdId: hid,
      decidedOn: todayInNetherlands(now),
      outcome: 'COUNTER_EXPERTISE_ORDERED',
      judge: 'Kinderrechter',
      legalGround: null,
      conditions: null,
      counterExpertise: 'Onderzoek',
      hearings: JSON.stringify([]),
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
  await db
    .insertInto('runningMeasures')
    .values({
      id: ids.measure,
      householdId: hid,
      caseId: h.caseId,
      petitionId,
      rulingId: ids.ruling,
      measureTypeId: 'OTS',
      executorOrganisationId: rvtOrganisation,
      judge: 'Kinderrechter',
      startsOn: todayInNetherlands(now),
      endsOn: null,
      endingGoals: null,
      createdAt: now,
    })
    .execute();
  await db
    .insertInto('runningMeasurePersons')
    .values({ measureId: ids.measure, householdId: hid, personId: h.childId })
    .execute();
  const day = todayInNetherlands(now);
  await db
    .insertInto('rightsNotices')
    .values({
      id: randomUUID(),
      householdId: hid,
      caseId: h.caseId,
      frame: 'COERCED',
      trigger: 'pathway:COERCED_EXECUTION',
      issuedAt: now,
      issuedBy: who.rvt.id,
    })
    .execute();
  await db
    .insertInto('measureEvaluations')
    .values({
      id: randomUUID(),
      householdId: hid,
      measureId: ids.measure,
      evaluatedOn: day,
      summary: 'Evaluatie',
      goalsReached: false,
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
  await db
    .insertInto('measureOrderedHelp')
    .values({
      id: randomUUID(),
      householdId: hid,
      measureId: ids.measure,
      position: 1,
      category: 'YOUTH_CARE',
      description: 'Gezinsbehandeling',
    })
    .execute();
  await db
    .insertInto('placements')
    .values({
      id: randomUUID(),
      householdId: hid,
      caseId: h.caseId,
      measureId: ids.measure,
      childId: h.childId,
      kind: 'FOSTER_FAMILY',
      place: 'Pleeggezin',
      withSiblings: null,
      startsOn: day,
      createdAt: now,
      createdBy: who.rvt.id,
    })
    .execute();
  await db
    .insertInto('returnHomePlans')
    .values({
      id: randomUUID(),
      householdId: hid,
      measureId: ids.measure,
      childId: h.childId,
      goal: 'Thuis',
      conditions: 'Veilig',
      reviewOn: day,
      updatedAt: now,
      updatedBy: who.rvt.id,
    })
    .execute();
  await db
    .insertInto('familyVisibility')
    .values({
      id: randomUUID(),
      householdId: hid,
      subjectKind: 'RULING',
      subjectId: ids.ruling,
      personId: h.parentId,
      visible: false,
      reason: 'Eerst in een gesprek uitleggen',
      setBy: who.rvt.id,
      setAt: now,
    })
    .execute();
  const agreementId = randomUUID();
  await db
    .insertInto('contactAgreements')
    .values({
      id: agreementId,
      householdId: hid,
      measureId: ids.measure,
      childId: h.childId,
      withPersonId: h.parentId,
      withName: null,
      timesPerMonth: 2,
      supervised: true,
      startsOn: day,
      createdAt: now,
      createdBy: who.rvt.id,
    })
    .execute();
  await db
    .insertInto('contactMoments')
    .values({
      id: randomUUID(),
      householdId: hid,
      agreementId,
      onDate: day,
      happened: true,
      reason: null,
      recordedAt: now,
      recordedBy: who.rvt.id,
    })
    .execute();
}

/**
 * An open complaint about the household's petition, handled by `handler` and about a professional outside
 * the matrix (so every team ground may read it), with the AKJ's support offered (written as the owner).
 */
async function complaintRows(db: Database['db'], who: { rvt: Actor; handler: Actor }): Promise<void> {
  const now = new Date();
  const today = todayInNetherlands(now);
  const petition = await db
    .selectFrom('petitions')
    .select('id')
    .where('householdId', '=', h.householdId)
    .executeTakeFirstOrThrow();
  const about = await buildProfessional(db, 'LOCAL_TEAM');
  const complaintId = randomUUID();
  await db
    .insertInto('complaints')
    .values({
      id: complaintId,
      householdId: h.householdId,
      caseId: h.caseId,
      personId: h.parentId,
      personName: 'Anna',
      representativeName: null,
      subject: 'PETITION',
      referenceId: petition.id,
      aboutProfessionalId: about.id,
      receivedOn: today,
      text: 'Klacht over het verzoekschrift (synthetisch).',
      youthCareMatter: true,
      akjApplicable: true,
      rulePackVersion: 'nl-2026.1',
      acknowledgeDueOn: today,
      decideDueOn: today,
      recordedBy: who.rvt.id,
      recordedAt: now,
      acknowledgedOn: today,
      acknowledgedBy: who.rvt.id,
      handlerId: who.handler.id,
      handlerOrganisationId: who.handler.memberships[0]?.organisationId as string,
      handlerAssignedBy: who.rvt.id,
      handlerAssignedAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('complaintAkjOffers')
    .values({
      id: randomUUID(),
      complaintId,
      householdId: h.householdId,
      moment: 'ACKNOWLEDGEMENT',
      offeredOn: today,
      personId: h.parentId,
      representative: false,
      recordedBy: who.rvt.id,
      recordedAt: now,
    })
    .execute();
}

function codeOf(g: AccessGround): string {
  return g.kind === 'TEAM_MEMBER' ? `TEAM_MEMBER:${g.role}` : g.kind;
}

/** The rulebook's view of a ground (as the loader would build it). */
function accessOn(code: string): HouseholdAccess {
  const grounds: AccessGround[] =
    code === 'NONE'
      ? []
      : code.startsWith('TEAM_MEMBER:')
        ? [
            {
              kind: 'TEAM_MEMBER',
              role: code.slice('TEAM_MEMBER:'.length) as TeamRole,
              organisationId: randomUUID(),
            },
          ]
        : code === 'BREAK_GLASS'
          ? [
              {
                kind: 'BREAK_GLASS',
                grantId: randomUUID(),
                organisationId: null,
                expiresAt: new Date(Date.now() + 3_600_000),
              },
            ]
          : code === 'REGIONAL_INTAKE'
            ? [{ kind: 'REGIONAL_INTAKE', organisationId: randomUUID() }]
            : code === 'COUNTER_REVIEWER'
              ? [
                  {
                    kind: 'COUNTER_REVIEWER',
                    reviewId: randomUUID(),
                    organisationId: randomUUID(),
                    until: new Date(Date.now() + 3_600_000),
                  },
                ]
              : code === 'COMPLAINT_HANDLER'
                ? [{ kind: 'COMPLAINT_HANDLER', complaintId: randomUUID(), organisationId: randomUUID() }]
                : [{ kind: 'HOUSEHOLD_MEMBER', personId: h.parentId }];
  return {
    householdId: h.householdId,
    regionId: randomUUID(),
    caseId: h.caseId,
    grounds,
    shields: [],
    memberPersonIds: [],
  };
}

describe('grounds × resources: row-level security and the rulebook agree', () => {
  it.each(GROUNDS)('%s: the loader and app_access_grounds find the same grounds', async (ground) => {
    const actor = actors[ground] as Actor;
    const { loaded, fromDatabase } = await asActor(database.db, actor, async (ctx) => ({
      loaded: await loadHouseholdAccess(ctx.tx, actor.id, h.householdId, todayInNetherlands(ctx.now)),
      fromDatabase: await databaseGrounds(ctx.tx, h.householdId),
    }));
    expect(fromDatabase.sort()).toEqual(ground === 'NONE' ? [] : [ground]);
    // A ground without read access to the household (a household member, until the family portal) loads
    // nothing, exactly like no ground at all; a counter-reviewer loads the grounds for the petition, and a
    // complaint handler for the complaint.
    const access = accessOn(ground);
    if (
      can(householdRules, actor, 'household.read', access) ||
      can(householdRules, actor, 'petition.read', access) ||
      can(householdRules, actor, 'complaint.handle', access)
    ) {
      expect(loaded?.grounds.map(codeOf).sort()).toEqual(fromDatabase.sort());
    } else {
      expect(loaded).toBeNull();
    }
  });

  const cells = GROUNDS.flatMap((ground) => Object.keys(RESOURCES).map((table) => ({ ground, table })));
  it.each(cells)('$ground × $table', async ({ ground, table }) => {
    const actor = actors[ground] as Actor;
    const column = table === 'households' ? 'id' : 'household_id';
    const ownerRows = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
      where ${table === 'persons' ? sql`id in (select person_id from memberships where household_id = ${h.householdId})` : sql`${sql.ref(column)} = ${h.householdId}`}`.execute(
      database.db,
    );
    expect(ownerRows.rows[0]?.n, `${table} has rows to see`).toBeGreaterThan(0);
    const visible = await asActor(database.db, actor, async (ctx) =>
      sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
        where ${table === 'persons' ? sql`id in (select person_id from memberships where household_id = ${h.householdId})` : sql`${sql.ref(column)} = ${h.householdId}`}`.execute(
        ctx.tx,
      ),
    );
    const permissions = [RESOURCES[table] ?? []].flat();
    const allowed = permissions.some((p) => can(householdRules, actor, p, accessOn(ground)));
    expect((visible.rows[0]?.n ?? 0) > 0, `RLS ${allowed ? 'hides' : 'shows'} ${table} on ${ground}`).toBe(
      allowed,
    );
  });
});

describe('the grounds function remembers its answer only while nothing it reads changes', () => {
  const visibleHouseholds = (tx: Parameters<Parameters<typeof asActor>[2]>[0]['tx']) =>
    sql<{ n: number }>`select count(*)::int as n from households where id = ${h.householdId}`
      .execute(tx)
      .then((r) => r.rows[0]?.n ?? 0);
  const rollback = new Error('roll back');

  it('a ground gained within one transaction is seen by the next check (break-the-glass grant)', async () => {
    const outsider = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const seen: number[] = [];
    await expect(
      asActor(database.db, outsider, async (ctx) => {
        seen.push(await visibleHouseholds(ctx.tx));
        await ctx.tx
          .insertInto('breakGlassGrants')
          .values({
            id: randomUUID(),
            accountId: outsider.id,
            organisationId: outsider.memberships[0]?.organisationId ?? null,
            householdId: h.householdId,
            reasonCode: 'ACUTE_DANGER',
            reason: 'Politie meldt acute onveiligheid',
            grantedAt: ctx.now,
            expiresAt: new Date(ctx.now.getTime() + 3_600_000),
          })
          .execute();
        seen.push(await visibleHouseholds(ctx.tx));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen).toEqual([0, 1]);
  });

  it('a ground lost within one transaction is gone at the next check (team membership ended)', async () => {
    const lt = actors['TEAM_MEMBER:FIXED_PROFESSIONAL'] as Actor;
    const seen: number[] = [];
    await expect(
      asActor(database.db, lt, async (ctx) => {
        seen.push(await visibleHouseholds(ctx.tx));
        await ctx.tx
          .updateTable('caseTeamMembers')
          .set({ endedAt: ctx.now })
          .where('householdId', '=', h.householdId)
          .where('professionalId', '=', lt.id)
          .execute();
        seen.push(await visibleHouseholds(ctx.tx));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen).toEqual([1, 0]);
  });
});
