import { type Actor, todayInNetherlands } from '@gezinsdossier/domain';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShield } from '../commands/add-shield';
import { decideExtendedInvestigation } from '../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../commands/decide-first-investigation';
import { filePetition } from '../commands/file-petition';
import { recordIntake } from '../commands/record-intake';
import { requestExpertConsult } from '../commands/request-expert-consult';
import { requestPetitionReview } from '../commands/request-petition-review';
import { startUrgentSafety } from '../commands/start-urgent-safety';
import { submitPetitionReview } from '../commands/submit-petition-review';
import { triageReport } from '../commands/triage-report';
import type { Database } from '../db/database';
import { extendedDecision, firstDecision } from '../seed/demo-casework';
import { reasonedRecord } from '../seed/demo-decisions';
import { endSafetyMonitoring } from '../commands/end-safety-monitoring';
import { draftPetition, prepareLegalRouteCase } from '../seed/demo-legal-route';
import { createTestDatabase } from '../test/database';
import {
  asActor,
  type BuiltHousehold,
  buildBreakGlassGrant,
  buildHousehold,
  buildProfessional,
} from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8.3: every command that changes an existing record checks a version in the update itself or is
 * idempotent by design. Each case below sends the same change (or competing changes) several times at
 * once, as three browser tabs or a double click would: exactly one is acknowledged, every other attempt
 * gets 409 with a specific code, and what is stored is what was acknowledged. On PostgreSQL (test:pg) the
 * requests really run at the same time, each in its own transaction; on PGlite they are serialised, which
 * must give the same answers.
 */
let database: Database;
let app: App;
let lt: Actor;
let rvt: Actor;
let expert: Actor;
const headersOf = new Map<string, Record<string, string>>();

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  expert = await buildProfessional(database.db, 'OTHER');
  for (const actor of [lt, rvt, expert]) {
    headersOf.set(actor.id, (await sessionFor(database, actor)).headers);
  }
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

interface Race {
  /** One request per attempt; they are sent at the same moment. */
  requests: InjectOptions[];
  /** The 409 codes a losing attempt may get. */
  loserCodes: string[];
  /** What is stored afterwards, to compare with the acknowledged attempt. */
  stored: () => Promise<unknown>;
  /** What attempt `i` would have stored. */
  expected: (i: number) => unknown;
}

async function race(as: Actor, build: () => Promise<Race>) {
  const r = await build();
  const headers = headersOf.get(as.id) ?? (await sessionFor(database, as)).headers;
  const answers = await Promise.all(r.requests.map((request) => app.inject({ ...request, headers })));
  const acknowledged = answers.flatMap((a, i) => (a.statusCode < 300 ? [i] : []));
  expect(
    answers.map((a) => a.statusCode),
    answers.map((a) => a.body.slice(0, 200)).join('\n'),
  ).toHaveLength(r.requests.length);
  expect(acknowledged, answers.map((a) => `${a.statusCode} ${a.body.slice(0, 300)}`).join('\n')).toHaveLength(
    1,
  );
  for (const answer of answers.filter((a) => a.statusCode >= 300)) {
    expect(answer.statusCode, answer.body).toBe(409);
    expect(r.loserCodes).toContain(answer.json().code);
  }
  expect(await r.stored()).toEqual(r.expected(acknowledged[0] as number));
}

const base = (h: { householdId: string }) => `/api/v1/households/${h.householdId}`;
const db = () => database.db;

async function reportOn(h: BuiltHousehold) {
  return asActor(db(), lt, (ctx) =>
    recordIntake(ctx, {
      kind: 'REPORT',
      householdId: h.householdId,
      reporter: { kind: 'CITIZEN', anonymous: true },
      summary: 'Buren horen geschreeuw',
    }),
  );
}

async function inFirstInvestigation() {
  const h = await buildHousehold(db(), lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
  const { reportId } = await reportOn(h);
  await asActor(db(), lt, (ctx) =>
    triageReport(ctx, h.householdId, reportId, {
      urgency: 'ROUTINE',
      nextStep: 'FIRST_INVESTIGATION',
      rationale: 'Samen onderzoeken.',
      concerns: [
        { type: 'DEVELOPMENTAL_THREAT', description: 'Zorg', aboutPersonIds: [h.childId], heldBy: [] },
      ],
    }),
  );
  const concern = await db()
    .selectFrom('concerns')
    .select('id')
    .where('householdId', '=', h.householdId)
    .executeTakeFirstOrThrow();
  const investigation = await db()
    .selectFrom('investigations')
    .select('id')
    .where('householdId', '=', h.householdId)
    .where('decidedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return { h, concernId: concern.id, investigationId: investigation.id };
}

describe('issue 8.3: concurrent changes of one record — one is acknowledged, the others get 409', () => {
  let full: FullHousehold;
  beforeAll(async () => {
    full = await buildFullHousehold(db(), { lt, rvt, expert }, 'race');
  });

  it('three triages of one report (ROUTINE, PRIORITY, ACUTE): the stored urgency is the acknowledged one', async () => {
    const h = await buildHousehold(db(), lt);
    const { reportId } = await reportOn(h);
    const urgencies = ['ROUTINE', 'PRIORITY', 'ACUTE'] as const;
    await race(lt, async () => ({
      requests: urgencies.map((urgency) => ({
        method: 'PUT',
        url: `${base(h)}/reports/${reportId}/triage`,
        payload: { urgency, nextStep: 'INFO_ADVICE', rationale: 'Advies volstaat.' },
      })),
      loserCodes: ['report_already_triaged'],
      stored: () =>
        db().selectFrom('reports').select('urgency').where('id', '=', reportId).executeTakeFirstOrThrow(),
      expected: (i) => ({ urgency: urgencies[i] }),
    }));
  });

  it('three ends of one spoed episode, each with its own measures: the acknowledged measures are stored', async () => {
    const h = await buildHousehold(db(), lt);
    await reportOn(h);
    const episode = await asActor(db(), lt, (ctx) =>
      startUrgentSafety(ctx, h.householdId, { situation: 'Acuut' }),
    );
    await race(lt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'PATCH',
        url: `${base(h)}/urgent-safety-episodes/${episode.id}`,
        payload: { immediateMeasures: [`Maatregel ${i}`], safetyReached: 'Rust', returnTo: null },
      })),
      loserCodes: ['urgent_safety_not_active'],
      stored: () =>
        db()
          .selectFrom('urgentSafetyEpisodes')
          .select('immediateMeasures')
          .where('id', '=', episode.id)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ immediateMeasures: [`Maatregel ${i}`] }),
    }));
  });

  it('three spoed starts: one episode is active, the others are told one is active already', async () => {
    const h = await buildHousehold(db(), lt);
    await reportOn(h);
    await race(lt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'POST',
        url: `${base(h)}/urgent-safety-episodes`,
        payload: { situation: `Acuut ${i}` },
      })),
      loserCodes: ['urgent_safety_active'],
      stored: () =>
        db()
          .selectFrom('urgentSafetyEpisodes')
          .select('situation')
          .where('householdId', '=', h.householdId)
          .execute(),
      expected: (i) => [{ situation: `Acuut ${i}` }],
    }));
  });

  it('three decisions on one first investigation with different outcomes: the acknowledged outcome holds', async () => {
    const { h, concernId, investigationId } = await inFirstInvestigation();
    const outcomes = ['EO1_CLOSE', 'EO2_VOLUNTARY_HELP', 'EO3_EXTENDED'] as const;
    await race(lt, async () => ({
      requests: outcomes.map((outcome) => ({
        method: 'PUT',
        url: `${base(h)}/investigations/${investigationId}/first-decision`,
        payload: firstDecision([concernId], outcome),
      })),
      loserCodes: ['investigation_already_decided'],
      stored: () =>
        db()
          .selectFrom('investigations')
          .select('outcome')
          .where('id', '=', investigationId)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ outcome: outcomes[i] }),
    }));
  });

  it('three manual moves from the same state to different states: the case is where the acknowledged one put it', async () => {
    const { h, concernId } = await inFirstInvestigation();
    await asActor(db(), lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, firstDecision([concernId], 'EO2_VOLUNTARY_HELP')),
    );
    // From VOLUNTARY_HELP a professional may close or escalate; two tabs pick different ways.
    const targets = ['CLOSED', 'EXTENDED_INVESTIGATION', 'CLOSED'] as const;
    await race(lt, async () => ({
      requests: targets.map((to) => ({
        method: 'POST',
        url: `${base(h)}/pathway-transitions`,
        payload: { from: 'VOLUNTARY_HELP', to, reason: 'Besproken in het team', decision: reasonedRecord() },
      })),
      loserCodes: ['pathway_state_changed'],
      stored: () =>
        db().selectFrom('cases').select('pathwayState').where('id', '=', h.caseId).executeTakeFirstOrThrow(),
      expected: (i) => ({ pathwayState: targets[i] }),
    }));
  });

  it('three saves of a new safety plan on the same version: one version is added', async () => {
    const h = await buildHousehold(db(), lt);
    await reportOn(h);
    await race(lt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'POST',
        url: `${base(h)}/safety-plans`,
        payload: {
          basedOnVersionNo: null,
          conditions: [`Voorwaarde ${i}`],
          agreements: [{ text: 'Oma komt', owner: { kind: 'NETWORK', name: 'Oma' } }],
          checkDates: ['2030-01-01'],
          familyAgreement: { status: 'AGREED' },
        },
      })),
      loserCodes: ['safety_plan_changed'],
      stored: () =>
        db()
          .selectFrom('safetyPlanVersions')
          .select(['versionNo', 'conditions'])
          .where('caseId', '=', h.caseId)
          .execute(),
      expected: (i) => [{ versionNo: 1, conditions: [`Voorwaarde ${i}`] }],
    }));
  });

  it('three replacements of the fixed professional by different colleagues: the acknowledged one is the vast gezicht', async () => {
    // The RVT partner changes it (the duo may): the fixed professional who is replaced loses access at once.
    const h = await buildHousehold(db(), lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const successors = await Promise.all([0, 1, 2].map(() => buildProfessional(db(), 'LOCAL_TEAM')));
    await race(rvt, async () => ({
      requests: successors.map((s) => ({
        method: 'PUT',
        url: `${base(h)}/fixed-professional`,
        payload: {
          replacingMemberId: h.fixedMemberId,
          professionalId: s.id,
          organisationId: s.memberships[0]?.organisationId,
          reason: 'Langdurig verlof',
        },
      })),
      loserCodes: ['fixed_professional_changed'],
      stored: () =>
        db()
          .selectFrom('caseTeamMembers')
          .select('professionalId')
          .where('householdId', '=', h.householdId)
          .where('role', '=', 'FIXED_PROFESSIONAL')
          .where('endedAt', 'is', null)
          .execute(),
      expected: (i) => [{ professionalId: successors[i]?.id }],
    }));
  });

  it('three advices on one expert consult: the acknowledged advice is stored', async () => {
    const { h, concernId } = await inFirstInvestigation();
    await asActor(db(), lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, firstDecision([concernId], 'EO3_EXTENDED')),
    );
    await asActor(db(), rvt, (ctx) =>
      decideExtendedInvestigation(
        ctx,
        h.householdId,
        extendedDecision([concernId], 'UO2_INDEPENDENT_EXPERT'),
      ),
    );
    const consult = await asActor(db(), rvt, (ctx) =>
      requestExpertConsult(ctx, h.householdId, {
        requestedBy: 'HOUSEHOLD',
        expertName: 'Deskundige',
        question: 'Wat is nodig?',
      }),
    );
    await race(rvt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'PUT',
        url: `${base(h)}/expert-consults/${consult.id}/advice`,
        payload: { advice: `Advies ${i}` },
      })),
      loserCodes: ['expert_advice_recorded'],
      stored: () =>
        db()
          .selectFrom('expertConsults')
          .select('advice')
          .where('id', '=', consult.id)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ advice: `Advies ${i}` }),
    }));
  });

  it('three ends of RVT safety monitoring: one ends it, with its reason', async () => {
    const { h, concernId } = await inFirstInvestigation();
    await asActor(db(), lt, (ctx) =>
      decideFirstInvestigation(ctx, h.householdId, firstDecision([concernId], 'EO3_EXTENDED')),
    );
    await asActor(db(), rvt, (ctx) =>
      import('../commands/decide-extended-investigation').then((m) =>
        m.decideExtendedInvestigation(
          ctx,
          h.householdId,
          extendedDecision([concernId], 'UO1_SAFETY_MONITORING'),
        ),
      ),
    );
    const monitoring = await db()
      .selectFrom('safetyMonitoring')
      .select('id')
      .where('householdId', '=', h.householdId)
      .executeTakeFirstOrThrow();
    await race(rvt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'PATCH',
        url: `${base(h)}/safety-monitorings/${monitoring.id}`,
        payload: { reason: `Veilig genoeg ${i}`, decision: reasonedRecord() },
      })),
      loserCodes: ['safety_monitoring_not_active'],
      stored: () =>
        db()
          .selectFrom('safetyMonitoring')
          .select('endReason')
          .where('id', '=', monitoring.id)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ endReason: `Veilig genoeg ${i}` }),
    }));
  });

  it('issue 10 point 1: three approvals of one held decision: it is carried out once, with the acknowledged approval', async () => {
    const h = await buildFullHousehold(db(), { lt, rvt, expert }, 'approval-race');
    const regionId = (
      await db()
        .selectFrom('households')
        .select('regionId')
        .where('id', '=', h.householdId)
        .executeTakeFirstOrThrow()
    ).regionId;
    await db()
      .insertInto('decisionPolicies')
      .values({
        regionId,
        decisionType: 'END_MONITORING',
        reviewRoles: null,
        fourEyesRoles: ['FIXED_PROFESSIONAL'],
        reason: 'Vier ogen (test)',
        version: 1,
        updatedBy: null,
        updatedAt: new Date(),
      })
      .execute();
    try {
      const held = await asActor(db(), rvt, (ctx) =>
        endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig', decision: reasonedRecord() }),
      );
      const decisionId = held.decision?.id as string;
      await race(lt, async () => ({
        requests: [0, 1, 2].map((i) => ({
          method: 'POST',
          url: `${base(h)}/decisions/${decisionId}/gate-answers`,
          payload: { gate: 'FOUR_EYES', outcome: 'APPROVE', rationale: `Eens ${i}`, version: 1 },
        })),
        loserCodes: ['version_conflict', 'decision_not_awaiting'],
        stored: async () => ({
          gates: (
            await db()
              .selectFrom('decisionGates')
              .select('rationale')
              .where('decisionId', '=', decisionId)
              .execute()
          ).map((g) => g.rationale),
          monitoring: (
            await db()
              .selectFrom('safetyMonitoring')
              .select('endReason')
              .where('householdId', '=', h.householdId)
              .executeTakeFirstOrThrow()
          ).endReason,
        }),
        expected: (i) => ({ gates: [`Eens ${i}`], monitoring: 'Veilig' }),
      }));
    } finally {
      await db().deleteFrom('decisionPolicies').where('regionId', '=', regionId).execute();
    }
  });

  it('three reviews of one break-the-glass grant (justified, unjustified, justified): the acknowledged verdict holds', async () => {
    const h = await buildHousehold(db(), lt);
    const { grantId, lead } = await buildBreakGlassGrant(db(), h.householdId);
    const verdicts = ['JUSTIFIED', 'UNJUSTIFIED', 'JUSTIFIED'] as const;
    await race(lead, async () => ({
      requests: verdicts.map((verdict, i) => ({
        method: 'PUT',
        url: `/api/v1/break-glass-grants/${grantId}/review`,
        payload: { verdict, comment: `Beoordeling ${i}` },
      })),
      loserCodes: ['break_glass_already_reviewed'],
      stored: () =>
        db()
          .selectFrom('breakGlassGrants')
          .select(['reviewVerdict', 'reviewComment'])
          .where('id', '=', grantId)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ reviewVerdict: verdicts[i], reviewComment: `Beoordeling ${i}` }),
    }));
  });

  it('three ends of one team involvement: one ends it, with its reason', async () => {
    const h = await buildHousehold(db(), lt, { team: [{ actor: expert, role: 'EXPERT' }] });
    const member = await db()
      .selectFrom('caseTeamMembers')
      .select('id')
      .where('householdId', '=', h.householdId)
      .where('role', '=', 'EXPERT')
      .executeTakeFirstOrThrow();
    await race(lt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'PATCH',
        url: `${base(h)}/team-members/${member.id}`,
        payload: { reason: `Advies gegeven ${i}` },
      })),
      loserCodes: ['team_member_not_active'],
      stored: () =>
        db()
          .selectFrom('caseTeamMembers')
          .select('endReason')
          .where('id', '=', member.id)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ endReason: `Advies gegeven ${i}` }),
    }));
  });

  // Versioned records: three changes on the same version.
  const versioned: {
    name: string;
    url: (f: FullHousehold) => string;
    table:
      | 'households'
      | 'persons'
      | 'memberships'
      | 'relations'
      | 'networkMembers'
      | 'concerns'
      | 'facts'
      | 'goals';
    id: (f: FullHousehold) => string;
    column: string;
    values: unknown[];
    payload: (value: unknown) => Record<string, unknown>;
  }[] = [
    {
      name: 'household name',
      url: (f) => base(f),
      table: 'households',
      id: (f) => f.householdId,
      column: 'displayName',
      values: ['Gezin Een', 'Gezin Twee', 'Gezin Drie'],
      payload: (displayName) => ({ displayName }),
    },
    {
      name: 'person name',
      url: (f) => `${base(f)}/persons/${f.parentId}`,
      table: 'persons',
      id: (f) => f.parentId,
      column: 'givenName',
      values: ['Anna', 'Bo', 'Chris'],
      payload: (givenName) => ({ givenName }),
    },
    {
      name: 'network member',
      url: (f) => `${base(f)}/network-members/${f.networkMemberId}`,
      table: 'networkMembers',
      id: (f) => f.networkMemberId,
      column: 'note',
      values: ['Komt op maandag', 'Komt op dinsdag', 'Komt op woensdag'],
      payload: (note) => ({ note }),
    },
    {
      name: 'relation',
      url: (f) => `${base(f)}/relations/${f.relationId}`,
      table: 'relations',
      id: (f) => f.relationId,
      column: 'hasParentalAuthority',
      values: [false, true, false],
      payload: (hasParentalAuthority) => ({ hasParentalAuthority }),
    },
    {
      name: 'concern status',
      url: (f) => `${base(f)}/concerns/${f.items.concern.id}`,
      table: 'concerns',
      id: (f) => f.items.concern.id,
      column: 'status',
      values: ['REDUCED', 'RESOLVED', 'NOT_SUBSTANTIATED'],
      payload: (status) => ({ status }),
    },
    {
      name: 'fact verification',
      url: (f) => `${base(f)}/facts/${f.items.fact.id}`,
      table: 'facts',
      id: (f) => f.items.fact.id,
      column: 'verification',
      values: ['CORROBORATED', 'DISPUTED', 'CORROBORATED'],
      payload: (verification) => ({ verification }),
    },
    {
      name: 'goal status',
      url: (f) => `${base(f)}/goals/${f.items.goal.id}`,
      table: 'goals',
      id: (f) => f.items.goal.id,
      column: 'status',
      values: ['ACHIEVED', 'STOPPED', 'ACHIEVED'],
      payload: (status) => ({ status }),
    },
  ];

  it.each(versioned)(
    'three changes of one $name on the same version: the acknowledged one is stored',
    async (v) => {
      const table = v.table === 'goals' ? 'planGoals' : v.table;
      const read = () =>
        db()
          .selectFrom(table)
          // biome-ignore lint/suspicious/noExplicitAny: the column is chosen per case; each table has id and version
          .select([v.column as any, 'version'])
          .where('id', '=', v.id(full))
          .executeTakeFirstOrThrow() as Promise<Record<string, unknown>>;
      const before = await read();
      await race(lt, async () => ({
        requests: v.values.map((value) => ({
          method: 'PATCH',
          url: v.url(full),
          payload: { ...v.payload(value), version: before.version },
        })),
        loserCodes: ['version_conflict'],
        stored: () => read().then((r) => r[v.column]),
        expected: (i) => v.values[i],
      }));
    },
  );

  it('three ends of one shielding record on the same version: one ends it', async () => {
    const shield = await asActor(db(), lt, (ctx) =>
      addShield(ctx, full.householdId, {
        itemType: 'concern',
        itemId: full.items.concern.id,
        target: { kind: 'ACCOUNT', accountId: expert.id },
        reasonCode: 'SAFETY_OF_PERSON',
        reason: 'Niet voor de deskundige bedoeld.',
      }),
    );
    await race(lt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'PATCH',
        url: `${base(full)}/shielding-records/${shield.id}`,
        payload: { reason: `Niet meer nodig ${i}`, version: shield.version },
      })),
      loserCodes: ['version_conflict'],
      stored: () =>
        db()
          .selectFrom('shieldingRecords')
          .select('endReason')
          .where('id', '=', shield.id)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ endReason: `Niet meer nodig ${i}` }),
    }));
  });
});

describe('issue 8.3 / issue 10: concurrent steps of the legal route — one is acknowledged, the others get 409', () => {
  let reviewer: Actor;
  let jurist: Actor;
  let scientist: Actor;
  const today = todayInNetherlands(new Date());
  const runAs = <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2]) => asActor(db(), actor, fn);
  const answer = { answer: 'YES' as const, explanation: 'Onderbouwd.' };
  beforeAll(async () => {
    reviewer = await buildProfessional(db(), 'RVT', { regionCode: 'VR07', roles: ['COUNTER_REVIEWER'] });
    jurist = await buildProfessional(db(), 'RVT', { regionCode: 'VR07', roles: ['JURIST'] });
    scientist = await buildProfessional(db(), 'RVT', {
      regionCode: 'VR07',
      roles: ['BEHAVIOURAL_SCIENTIST'],
    });
  });

  /** A petition in counter-review (and, with `proceed`, reviewed PROCEED; with `filed`, filed too). */
  async function petitionIn(stage: 'review' | 'proceed' | 'filed') {
    const h = await buildHousehold(db(), lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const family = { householdId: h.householdId, subjectId: h.childId, otherId: h.parentId, lt, rvt };
    const prepared = await prepareLegalRouteCase(runAs, family, today, {
      report: 'Zorgen (synthetisch).',
      concern: 'Onveiligheid thuis',
      facts: ['Feit een.', 'Feit twee.', 'Feit drie.'],
    });
    let p = await draftPetition(runAs, family, prepared, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    p = await runAs(rvt, (ctx) =>
      requestPetitionReview(ctx, h.householdId, p.id, {
        version: p.version,
        reviewerId: reviewer.id,
        juristId: jurist.id,
        behaviouralScientistId: scientist.id,
      }),
    );
    const reviewId = p.reviews.at(-1)?.id as string;
    if (stage !== 'review') {
      await runAs(reviewer, (ctx) =>
        submitPetitionReview(ctx, h.householdId, p.id, reviewId, {
          notInvolved: true,
          bestSolution: answer,
          followsFromInformation: answer,
          legalFoundation: answer,
          outcome: 'PROCEED',
          findings: [],
        }),
      );
    }
    let version = p.version + (stage === 'review' ? 0 : 1);
    if (stage === 'filed') {
      version = (
        await runAs(rvt, (ctx) =>
          filePetition(ctx, h.householdId, p.id, { version, filedOn: today, court: 'Rechtbank' }),
        )
      ).version;
    }
    return { h, petitionId: p.id, reviewId, version };
  }

  it('three submissions of one counter-review with different outcomes: the acknowledged outcome is stored', async () => {
    const { h, petitionId, reviewId } = await petitionIn('review');
    const outcomes = ['PROCEED', 'CORRECT_FIRST', 'DO_NOT_FILE'] as const;
    await race(reviewer, async () => ({
      requests: outcomes.map((outcome) => ({
        method: 'PUT',
        url: `${base(h)}/petitions/${petitionId}/reviews/${reviewId}`,
        payload: {
          notInvolved: true,
          bestSolution: answer,
          followsFromInformation: answer,
          legalFoundation: answer,
          outcome,
          findings: outcome === 'CORRECT_FIRST' ? [{ safeguard: 'LS-11', text: 'Verbeter dit.' }] : [],
        },
      })),
      loserCodes: ['review_not_open'],
      stored: () =>
        db()
          .selectFrom('petitionReviews')
          .select('outcome')
          .where('id', '=', reviewId)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ outcome: outcomes[i] }),
    }));
  });

  it('three filings of one petition with different courts: it is filed once, with the acknowledged court', async () => {
    const { h, petitionId, version } = await petitionIn('proceed');
    await race(rvt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'POST',
        url: `${base(h)}/petitions/${petitionId}/filings`,
        payload: { version, filedOn: today, court: `Rechtbank ${i}` },
      })),
      loserCodes: ['version_conflict', 'petition_state_invalid'],
      stored: () =>
        db()
          .selectFrom('petitions')
          .select(['state', 'court'])
          .where('id', '=', petitionId)
          .executeTakeFirstOrThrow(),
      expected: (i) => ({ state: 'FILED', court: `Rechtbank ${i}` }),
    }));
  });

  it('three rulings on one filed petition by different judges: one ruling and one running measure', async () => {
    const { h, petitionId, version } = await petitionIn('filed');
    await race(rvt, async () => ({
      requests: [0, 1, 2].map((i) => ({
        method: 'POST',
        url: `${base(h)}/petitions/${petitionId}/rulings`,
        payload: {
          version,
          decidedOn: today,
          outcome: 'GRANTED',
          judge: `Kinderrechter ${i}`,
          legalGround: 'Art. 1:255 BW',
          targetPersonIds: [],
          startsOn: today,
          hearings: [],
        },
      })),
      loserCodes: ['version_conflict', 'petition_state_invalid'],
      stored: async () => ({
        rulings: (
          await db().selectFrom('rulings').select('judge').where('petitionId', '=', petitionId).execute()
        ).map((r) => r.judge),
        measures: (
          await db()
            .selectFrom('runningMeasures')
            .select('judge')
            .where('petitionId', '=', petitionId)
            .execute()
        ).map((m) => m.judge),
      }),
      expected: (i) => ({ rulings: [`Kinderrechter ${i}`], measures: [`Kinderrechter ${i}`] }),
    }));
  });
});
