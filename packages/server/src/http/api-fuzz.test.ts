import { type Actor, todayInNetherlands } from '@gezinsdossier/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { requestBreakGlass } from '../commands/request-break-glass';
import { filePetition } from '../commands/file-petition';
import { recordContactAgreement } from '../commands/record-contact-agreement';
import { recordRuling } from '../commands/record-ruling';
import { requestPetitionReview } from '../commands/request-petition-review';
import { startPlacement } from '../commands/start-placement';
import { submitPetitionReview } from '../commands/submit-petition-review';
import { recordComplaint } from '../commands/record-complaint';
import { draftPetition, prepareLegalRouteCase } from '../seed/demo-legal-route';
import { asActor, buildAccount, buildHousehold, buildProfessional, randomBsn } from '../test/factories';
import { buildFullHousehold } from '../test/full-household';
import {
  type FuzzOperation,
  type FuzzRequest,
  fuzzOperations,
  type IdPools,
  type OpenApiDocument,
  type ResolvedRequest,
  requestArbitrary,
  resolveRequest,
} from '../test/fuzz-requests';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8, "done means": a seeded, bounded fuzz test over every route of the OpenAPI document that fails on
 * any 5xx. It signs in as professionals of a real household's case team (real sessions, CSRF tokens), sends
 * requests whose path ids are mostly real (and sometimes random or junk), and whose query strings and bodies
 * follow each operation's schemas closely enough to reach the use cases, mutated with hostile values and
 * framing (see test/fuzz-requests.ts). Requests run in rounds, every operation once per round in a seeded
 * order, so the state the use cases see evolves as in real use.
 *
 * Reproduce a failure with the printed seed: `FUZZ_SEED=<seed> npx vitest run --project integration
 * packages/server/src/http/api-fuzz.test.ts`. `FUZZ_ROUNDS` runs more rounds (more requests) locally.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 60);

let database: Database;
let app: App;
let document: OpenApiDocument;
let operations: FuzzOperation[];
/** The signed-in professionals; a request names one by index. */
const sessions: { actor: Actor; headers: Record<string, string> }[] = [];
let householdIds: string[];
let professionalIds: string[];
let organisationIds: string[];
/** The last error thrown inside the app, so a failure shows its cause, not just "500". */
const lastError: { error: Error | null } = { error: null };
/** Set when the file's hooks close the app and database (e.g. after a timeout): the fuzzer stops. */
let closing = false;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  app.addHook('onError', async (_request, _reply, error) => {
    lastError.error = error;
  });
  await app.ready();
  document = app.swagger() as unknown as OpenApiDocument;
  operations = fuzzOperations(document);
  const db = database.db;
  const lt = await buildProfessional(db, 'LOCAL_TEAM');
  const rvt = await buildProfessional(db, 'RVT');
  const expert = await buildProfessional(db, 'LOCAL_TEAM');
  const crisis = await buildProfessional(db, 'CRISIS_SERVICE');
  const organisationOf = (actor: Actor) => actor.memberships[0]?.organisationId ?? '';
  const teamLead = await buildProfessional(db, 'LOCAL_TEAM', {
    roles: ['TEAM_LEAD'],
    organisationId: organisationOf(lt),
  });
  const crisisLead = await buildProfessional(db, 'CRISIS_SERVICE', {
    roles: ['TEAM_LEAD'],
    organisationId: organisationOf(crisis),
  });
  const stranger = await buildProfessional(db, 'LOCAL_TEAM');
  const a = await buildFullHousehold(db, { lt, rvt, expert }, 'fuzz-a');
  const b = await buildFullHousehold(db, { lt, rvt, expert }, 'fuzz-b');
  // A household none of the signed-in professionals works with; the crisis service has broken the glass.
  const bsn = randomBsn();
  const c = await buildHousehold(db, stranger, { bsn });
  await asActor(db, crisis, (ctx) =>
    requestBreakGlass(ctx, {
      reasonCode: 'ACUTE_DANGER',
      reason: 'Politie meldt acute onveiligheid',
      hours: 2,
      bsn,
    }),
  );
  // A family in the legal route (issue 10): a petition drafted to its review, with a reviewer of another RVT.
  const reviewer = await buildProfessional(db, 'RVT', { regionCode: 'VR07', roles: ['COUNTER_REVIEWER'] });
  const jurist = await buildProfessional(db, 'RVT', { regionCode: 'VR07', roles: ['JURIST'] });
  const scientist = await buildProfessional(db, 'RVT', {
    regionCode: 'VR07',
    roles: ['BEHAVIOURAL_SCIENTIST'],
  });
  const legal = await buildHousehold(db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
  const runAs = <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2]) => asActor(db, actor, fn);
  const family = {
    householdId: legal.householdId,
    subjectId: legal.childId,
    otherId: legal.parentId,
    lt,
    rvt,
  };
  const today = todayInNetherlands(new Date());
  const prepared = await prepareLegalRouteCase(runAs, family, today, {
    report: 'Fuzz: zorgen (synthetisch).',
    concern: 'Onveiligheid',
    facts: ['Feit een.', 'Feit twee.', 'Feit drie.'],
  });
  const petition = await draftPetition(runAs, family, prepared, today, {
    id: 'OTS',
    addressee: 'KINDERRECHTER',
    subjectIsMinor: true,
  });
  await runAs(rvt, (ctx) =>
    requestPetitionReview(ctx, legal.householdId, petition.id, {
      version: petition.version,
      reviewerId: reviewer.id,
      juristId: jurist.id,
      behaviouralScientistId: scientist.id,
    }),
  );
  // A family whose child is placed out of home under a granted measure, with contact agreed (issue 10).
  const placed = await buildHousehold(db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
  const placedFamily = {
    householdId: placed.householdId,
    subjectId: placed.childId,
    otherId: placed.parentId,
    lt,
    rvt,
  };
  let placement = await draftPetition(
    runAs,
    placedFamily,
    await prepareLegalRouteCase(runAs, placedFamily, today, {
      report: 'Fuzz: ernstige zorgen (synthetisch).',
      concern: 'Onveiligheid',
      facts: ['Feit een.', 'Feit twee.', 'Feit drie.'],
    }),
    today,
    { id: 'OUT_OF_HOME_PLACEMENT', addressee: 'KINDERRECHTER', subjectIsMinor: true },
  );
  placement = await runAs(rvt, (ctx) =>
    requestPetitionReview(ctx, placed.householdId, placement.id, {
      version: placement.version,
      reviewerId: reviewer.id,
      juristId: jurist.id,
      behaviouralScientistId: scientist.id,
    }),
  );
  const yes = { answer: 'YES' as const, explanation: 'Onderbouwd.' };
  await runAs(reviewer, (ctx) =>
    submitPetitionReview(ctx, placed.householdId, placement.id, placement.reviews.at(-1)?.id as string, {
      notInvolved: true,
      bestSolution: yes,
      followsFromInformation: yes,
      legalFoundation: yes,
      outcome: 'PROCEED',
      findings: [],
    }),
  );
  placement = await runAs(rvt, (ctx) =>
    filePetition(ctx, placed.householdId, placement.id, {
      version: placement.version + 1,
      filedOn: today,
      court: 'Rechtbank',
    }),
  );
  await runAs(rvt, (ctx) =>
    recordRuling(ctx, placed.householdId, placement.id, {
      version: placement.version,
      decidedOn: today,
      outcome: 'GRANTED',
      judge: 'Kinderrechter',
      legalGround: 'Art. 1:265b BW',
      targetPersonIds: [],
      startsOn: today,
      hearings: [],
    }),
  );
  const measure = await db
    .selectFrom('runningMeasures')
    .select('id')
    .where('householdId', '=', placed.householdId)
    .executeTakeFirstOrThrow();
  await runAs(rvt, (ctx) =>
    startPlacement(ctx, placed.householdId, {
      measureId: measure.id,
      childId: placed.childId,
      kind: 'FOSTER_FAMILY',
      place: 'Pleeggezin',
      startsOn: today,
      withSiblings: null,
      returnHomePlan: { goal: 'Thuis', conditions: 'Veilig thuis', reviewOn: today },
    }),
  );
  await runAs(rvt, (ctx) =>
    recordContactAgreement(ctx, placed.householdId, {
      childId: placed.childId,
      withPersonId: placed.parentId,
      timesPerMonth: 2,
      supervised: true,
      startsOn: today,
    }),
  );
  // A complaint the team has received (KT9-R3), so the complaint routes have a record to work on.
  await runAs(lt, (ctx) =>
    recordComplaint(ctx, a.householdId, {
      complainant: { kind: 'MEMBER', personId: a.parentId },
      subject: 'OTHER',
      receivedOn: today,
      text: 'Fuzz: klacht (synthetisch).',
      youthCareMatter: false,
    }),
  );
  // A petition still being drafted, so the builder's writes have something to work on.
  const drafting = await buildHousehold(db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
  const draftingFamily = {
    householdId: drafting.householdId,
    subjectId: drafting.childId,
    otherId: drafting.parentId,
    lt,
    rvt,
  };
  await draftPetition(
    runAs,
    draftingFamily,
    await prepareLegalRouteCase(runAs, draftingFamily, today, {
      report: 'Fuzz: zorgen (synthetisch).',
      concern: 'Onveiligheid',
      facts: ['Feit een.', 'Feit twee.', 'Feit drie.'],
    }),
    today,
    { id: 'OTS', addressee: 'KINDERRECHTER', subjectIsMinor: true },
  );
  householdIds = [
    a.householdId,
    b.householdId,
    c.householdId,
    legal.householdId,
    placed.householdId,
    drafting.householdId,
  ];
  const professionals = [lt, rvt, expert, crisis, teamLead, crisisLead, stranger, reviewer];
  professionalIds = professionals.map((p) => p.id);
  organisationIds = [...new Set(professionals.map(organisationOf))];
  // An administrator reaches the administration routes (issue 9.11) and is refused everything else.
  const administrator = await buildAccount(db, 'ADMINISTRATOR');
  // The fixed professional and the RVT partner do most of the work; the others see most routes refused.
  for (const actor of [
    lt,
    lt,
    lt,
    lt,
    rvt,
    rvt,
    rvt,
    expert,
    crisis,
    teamLead,
    crisisLead,
    administrator,
    reviewer,
  ]) {
    sessions.push({ actor, headers: (await sessionFor(database, actor)).headers });
  }
});
afterAll(async () => {
  closing = true;
  await app?.close();
  await database?.close();
});

/** The id pools of records that belong to a household: the tables their ids live in. */
const HOUSEHOLD_TABLES: Record<string, string> = {
  personId: 'memberships',
  membershipId: 'memberships',
  relationId: 'relations',
  networkMemberId: 'network_members',
  memberId: 'case_team_members',
  reportId: 'reports',
  concernId: 'concerns',
  factId: 'facts',
  investigationId: 'investigations',
  consultId: 'expert_consults',
  monitoringId: 'safety_monitoring',
  goalId: 'plan_goals',
  interventionId: 'interventions',
  episodeId: 'urgent_safety_episodes',
  shieldId: 'shielding_records',
  grantId: 'break_glass_grants',
  itemId: 'timeline_entries',
  petitionId: 'petitions',
  groundId: 'petition_grounds',
  alternativeId: 'petition_alternatives',
  reviewId: 'petition_reviews',
  childId: 'memberships',
  offerId: 'support_offers',
  placementId: 'placements',
  planId: 'return_home_plans',
  agreementId: 'contact_agreements',
  measureId: 'running_measures',
  complaintId: 'complaints',
};

/**
 * Every id seen so far, per household and pool, in the order first seen. Ids are random, so the pools keep
 * the order in which records were created (transaction, then position), not the ids' order: the same seed
 * then sends the same requests to the same records in every run.
 */
const seen = new Map<string, Map<string, string[]>>();

/** The ids of the records that exist now (read as the owner, outside the API). */
async function loadPools(): Promise<IdPools> {
  for (const [name, table] of Object.entries(HOUSEHOLD_TABLES)) {
    const column = name === 'personId' || name === 'childId' ? 'person_id' : 'id';
    const { rows } = await sql<{ householdId: string; id: string }>`
      select household_id::text as "householdId", ${sql.ref(column)}::text as id from ${sql.table(table)}
      where household_id = any(${householdIds}::uuid[]) order by xmin::text::bigint, ctid`.execute(
      database.db,
    );
    for (const row of rows) {
      const pools = seen.get(row.householdId) ?? new Map<string, string[]>();
      seen.set(row.householdId, pools);
      const ids = pools.get(name) ?? [];
      pools.set(name, ids);
      if (!ids.includes(row.id)) {
        ids.push(row.id);
      }
    }
  }
  const byHousehold: IdPools['byHousehold'] = seen;
  const codes = async (table: 'lifeDomains' | 'municipalities') =>
    (await database.db.selectFrom(table).select('code').orderBy('code').execute()).map((r) => r.code);
  const global = new Map<string, string[]>([
    ['professionalId', professionalIds],
    ['accountId', professionalIds],
    ['organisationId', organisationIds],
    ['lifeDomain', await codes('lifeDomains')],
    ['municipalityCode', (await codes('municipalities')).slice(0, 20)],
  ]);
  const every = [...byHousehold.values()].flatMap((pools) => [...pools.values()].flat());
  global.set('any', [...new Set([...householdIds, ...professionalIds, ...every])]);
  // Requests are mostly about the households the team works with (the last three in the legal route), now
  // and then about the third.
  const [a, b, c, d, e, f] = householdIds as [string, string, string, string, string, string];
  return { households: [a, a, a, b, b, c, d, d, e, e, f, f], byHousehold, global };
}

/** The request as text, short enough to print, complete enough to replay. */
function describeRequest(request: ResolvedRequest, seed: number, round: number): string {
  const payload =
    request.payload === undefined
      ? '(no body)'
      : typeof request.payload === 'string'
        ? request.payload
        : `bytes ${request.payload.toString('hex')}`;
  const shown =
    payload.length > 2_000 ? `${payload.slice(0, 2_000)}… (${payload.length} characters)` : payload;
  return [
    `FUZZ_SEED=${SEED} (operation seed ${seed}), round ${round}; reproduce with FUZZ_SEED=${SEED} npx vitest run --project integration packages/server/src/http/api-fuzz.test.ts`,
    `${request.method} ${request.url.length > 500 ? `${request.url.slice(0, 500)}…` : request.url}`,
    `content-type: ${request.contentType ?? '(none)'}`,
    `body: ${shown}`,
  ].join('\n');
}

interface FuzzRun {
  requests: number;
  /** The slowest request (reported, not asserted: a request that takes seconds points at a DoS). */
  slowest: { ms: number; operation: string };
  statuses: Map<number, number>;
  /** Operations (`METHOD path`) that answered 2xx at least once. */
  succeeded: Set<string>;
  /**
   * Operations that got past validation to an answer of their use case at least once: carried out (2xx), or
   * refused by the use case for a reason of the domain (a 409, a 422 other than a validation failure, a 403
   * naming the permission).
   */
  reached: Set<string>;
  failure: string | null;
}

/** Whether an error answer came from a use case (a domain refusal), not from validation or the framing. */
function reachedUseCase(status: number, body: string): boolean {
  if (status !== 409 && status !== 422 && status !== 403) {
    return false;
  }
  try {
    const code = (JSON.parse(body) as { code?: string }).code;
    return status === 403 ? code === 'permission_denied' : code !== 'validation_failed';
  } catch {
    return false;
  }
}

async function fuzz(): Promise<FuzzRun> {
  const run: FuzzRun = {
    requests: 0,
    slowest: { ms: 0, operation: '' },
    statuses: new Map(),
    succeeded: new Set(),
    reached: new Set(),
    failure: null,
  };
  // Every operation's requests, drawn up front from its own seed (stable when operations are added).
  const planned = operations.map((op) => {
    const seed = SEED + hash(`${op.method} ${op.path}`);
    return {
      op,
      seed,
      requests: fc.sample(requestArbitrary(op, document, sessions.length), { seed, numRuns: ROUNDS }),
    };
  });
  const orders = fc.sample(
    fc.shuffledSubarray(
      planned.map((_, i) => i),
      { minLength: planned.length },
    ),
    {
      seed: SEED,
      numRuns: ROUNDS,
    },
  );
  for (let round = 0; round < ROUNDS && !closing; round++) {
    const pools = await loadPools();
    for (const index of orders[round] ?? []) {
      const plan = planned[index];
      const generated: FuzzRequest | undefined = plan?.requests[round];
      if (!plan || !generated) {
        continue;
      }
      const request = resolveRequest(generated, pools);
      const session = sessions[generated.session] ?? sessions[0];
      if (!session) {
        throw new Error('no session');
      }
      lastError.error = null;
      const t0 = performance.now();
      const response = await app.inject({
        method: request.method,
        url: request.url,
        headers: {
          ...session.headers,
          ...(request.contentType ? { 'content-type': request.contentType } : {}),
          ...(generated.acceptLanguage ? { 'accept-language': generated.acceptLanguage } : {}),
        },
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
      run.requests++;
      const ms = performance.now() - t0;
      if (ms > run.slowest.ms) {
        run.slowest = { ms, operation: `${plan.op.method} ${plan.op.path}` };
      }
      run.statuses.set(response.statusCode, (run.statuses.get(response.statusCode) ?? 0) + 1);
      const operation = `${plan.op.method} ${plan.op.path}`;
      if (response.statusCode >= 200 && response.statusCode < 300) {
        run.succeeded.add(operation);
        run.reached.add(operation);
      } else if (reachedUseCase(response.statusCode, response.body)) {
        run.reached.add(operation);
      }
      if (response.statusCode >= 500) {
        run.failure = [
          `${response.statusCode} for`,
          describeRequest(request, plan.seed, round),
          `response: ${response.body.slice(0, 500)}`,
          `cause: ${causeOf(lastError.error)}`,
        ].join('\n');
        // Printed at once as well, so it is seen even if the run is cut short by a timeout.
        console.error(`API fuzz: ${run.failure}`);
        return run;
      }
      // Signing out is one of the operations: sign in again, as a user would.
      if (request.method === 'DELETE' && plan.op.path === '/api/v1/session' && response.statusCode < 300) {
        session.headers = (await sessionFor(database, session.actor)).headers;
      }
    }
  }
  return run;
}

/** The stack of the error thrown inside the app for the failing request. */
function causeOf(error: Error | null): string {
  return error?.stack ?? '(none recorded)';
}

/** A small stable hash of a string (FNV-1a), to give every operation its own seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h % 1_000_000;
}

describe('API fuzz (issue 8): every route of the OpenAPI document, hostile input, no 5xx', () => {
  let run: FuzzRun;
  beforeAll(async () => {
    run = await fuzz();
    const statuses = [...run.statuses.entries()].sort(([x], [y]) => x - y).map(([s, n]) => `${s}: ${n}`);
    console.log(
      `API fuzz: ${run.requests} requests over ${operations.length} operations, seed ${SEED}, ${ROUNDS} rounds; statuses ${statuses.join(', ')}; ${run.succeeded.size} operations answered 2xx, ${run.reached.size} reached their use case; slowest ${Math.round(run.slowest.ms)} ms (${run.slowest.operation})`,
    );
  });

  it('fuzzes every operation of the document, sign-in and sign-out included', () => {
    const inDocument = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(operations.length).toBe(inDocument);
    expect(operations.length).toBeGreaterThan(60);
  });

  it('no fuzzed request gets a 5xx answer', () => {
    expect(run.failure, run.failure ?? '').toBeNull();
    expect(run.requests).toBe(operations.length * ROUNDS);
  });

  it('the fuzzed requests reach the use cases: most operations answer from their use case, many were carried out', () => {
    // Requests that all fail validation would test only the validator. Some operations rarely succeed by
    // chance (sign-in by OIDC is not configured; decisions need a case in the right state, the version the
    // record has and cross-field rules met — the legal route's steps most of all), so the measure is that
    // nearly every operation got past validation to its use case, and that many were carried out.
    const reached = operations.filter((o) => !run.reached.has(`${o.method} ${o.path}`));
    expect(
      run.reached.size,
      `not reached: ${reached.map((o) => `${o.method} ${o.path}`).join(', ')}`,
    ).toBeGreaterThanOrEqual(Math.ceil(operations.length * 0.8));
    expect(run.succeeded.size).toBeGreaterThanOrEqual(Math.ceil(operations.length * 0.4));
  });

  it('the server still answers normally afterwards', async () => {
    // The caseload, not one dossier: the fuzz may legitimately have ended this professional's involvement.
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/households?limit=5',
      headers: sessions[0]?.headers ?? {},
    });
    expect(response.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toMatchObject({
      status: 'ok',
    });
  });
});
