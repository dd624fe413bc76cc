import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import {
  asActor,
  buildAccount,
  buildHousehold,
  buildProfessional,
  type BuiltHousehold,
} from '../test/factories';
import { createTestDatabase } from '../test/database';
import { buildTestApp, sessionFor } from '../test/test-app';
import { requestBreakGlass } from '../commands/request-break-glass';
import type { App } from './app';

/**
 * Every role × every household endpoint × involved / not involved / break-glass. The expectation table is
 * written out by hand from the need-to-know rules (it is not derived from the rulebook), and every
 * allowed request must leave an access-log row with its request id, actor and purpose.
 */
type Role =
  | 'fixed_professional'
  | 'rvt_partner'
  | 'expert'
  | 'lt_colleague_not_involved'
  | 'team_lead_not_involved'
  | 'rvt_intake_same_region'
  | 'rvt_intake_other_region'
  | 'crisis_break_glass'
  | 'crisis_no_break_glass'
  | 'administrator'
  | 'family_member';

interface Endpoint {
  name: string;
  request: (
    h: BuiltHousehold,
    ctx: { lt2: Actor },
  ) => { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: unknown };
  action: string;
  /** Purpose when it follows from the endpoint rather than the ground of access. */
  purpose?: string;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'open dossier',
    action: 'read',
    request: (h) => ({ method: 'GET', url: `/api/v1/households/${h.householdId}` }),
  },
  {
    name: 'update household',
    action: 'update',
    request: (h) => ({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}`,
      payload: { displayName: 'Gezin Nieuw', version: 1 },
    }),
  },
  {
    name: 'add person',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/persons`,
      payload: { person: { givenName: 'Lot', familyName: 'Test' }, role: 'CHILD', from: '2024-01-01' },
    }),
  },
  {
    name: 'update person',
    action: 'update',
    request: (h) => ({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}/persons/${h.parentId}`,
      payload: { givenName: 'Anne', version: 1 },
    }),
  },
  {
    name: 'add membership',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/memberships`,
      payload: { personId: h.parentId, role: 'OTHER_ADULT', from: '2005-01-01', to: '2005-12-31' },
    }),
  },
  {
    name: 'update membership',
    action: 'update',
    request: (h) => ({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}/memberships/${h.parentMembershipId}`,
      payload: { role: 'CAREGIVER', version: 1 },
    }),
  },
  {
    name: 'add relation',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/relations`,
      payload: { fromPersonId: h.childId, toPersonId: h.parentId, kind: 'OTHER' },
    }),
  },
  {
    name: 'update relation',
    action: 'update',
    request: (h) => ({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}/relations/${h.relationId}`,
      payload: { hasParentalAuthority: false, version: 1 },
    }),
  },
  {
    name: 'delete relation',
    action: 'delete',
    request: (h) => ({
      method: 'DELETE',
      url: `/api/v1/households/${h.householdId}/relations/${h.relationId}?version=1`,
    }),
  },
  {
    name: 'add network member',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/network-members`,
      payload: { displayName: 'Buurvrouw', relation: 'NEIGHBOUR', involvementAgreedByHousehold: true },
    }),
  },
  {
    name: 'update network member',
    action: 'update',
    request: (h) => ({
      method: 'PATCH',
      url: `/api/v1/households/${h.householdId}/network-members/${h.networkMemberId}`,
      payload: { note: 'Helpt na school', version: 1 },
    }),
  },
  {
    name: 'read timeline',
    action: 'read',
    request: (h) => ({ method: 'GET', url: `/api/v1/households/${h.householdId}/timeline-entries` }),
  },
  {
    name: 'add timeline entry',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/timeline-entries`,
      payload: { title: 'Huisbezoek', body: 'Rustig gesprek.' },
    }),
  },
  {
    name: 'add expert',
    action: 'create',
    request: (h, { lt2 }) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/team-members`,
      payload: { professionalId: lt2.id, organisationId: lt2.memberships[0]?.organisationId, role: 'EXPERT' },
    }),
  },
  {
    name: 'change fixed professional',
    action: 'update',
    request: (h, { lt2 }) => ({
      method: 'PUT',
      url: `/api/v1/households/${h.householdId}/fixed-professional`,
      payload: {
        replacingMemberId: h.fixedMemberId,
        professionalId: lt2.id,
        organisationId: lt2.memberships[0]?.organisationId,
        reason: 'Verlof',
      },
    }),
  },
  {
    name: 'read access log',
    action: 'read',
    request: (h) => ({ method: 'GET', url: `/api/v1/households/${h.householdId}/access-log` }),
  },
  {
    name: 'export household',
    action: 'export',
    purpose: 'subject_access_request',
    request: (h) => ({ method: 'GET', url: `/api/v1/households/${h.householdId}/export` }),
  },
  {
    name: 'read casework',
    action: 'read',
    request: (h) => ({ method: 'GET', url: `/api/v1/households/${h.householdId}/casework` }),
  },
  {
    name: 'add concern',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/concerns`,
      payload: {
        type: 'STRUCTURAL_UNSAFETY',
        description: 'Spanning thuis',
        aboutPersonIds: [h.childId],
        heldBy: [{ kind: 'PROFESSIONAL' }],
      },
    }),
  },
  {
    name: 'record report',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: '/api/v1/intakes',
      payload: {
        kind: 'REPORT',
        householdId: h.householdId,
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Buren horen geschreeuw',
      },
    }),
  },
  {
    name: 'start spoed',
    action: 'create',
    request: (h) => ({
      method: 'POST',
      url: `/api/v1/households/${h.householdId}/urgent-safety-episodes`,
      payload: { situation: 'Politie meldt escalatie' },
    }),
  },
];

const ALL = ENDPOINTS.map((e) => e.name);
const TEAM_WORK = ALL.filter(
  (n) =>
    ![
      'read access log',
      'export household',
      'add expert',
      'change fixed professional',
      'record report',
    ].includes(n),
);

/**
 * Roles that may open the dossier (a ground with household.read): a refused endpoint answers 403 with what
 * they may not do. For everyone else the household does not exist (404).
 */
const KNOWS_HOUSEHOLD: Role[] = [
  'fixed_professional',
  'rvt_partner',
  'expert',
  'rvt_intake_same_region',
  'crisis_break_glass',
];

/** Expected allowed endpoints per role; everything else is a 403 (KNOWS_HOUSEHOLD) or a 404. */
const ALLOWED: Record<Role, string[]> = {
  fixed_professional: ALL,
  rvt_partner: [...TEAM_WORK, 'add expert', 'change fixed professional', 'record report'],
  // An expert from another kind of organisation does not receive reports (KT2: LT, RVT, crisis service).
  expert: TEAM_WORK,
  lt_colleague_not_involved: [],
  team_lead_not_involved: [],
  rvt_intake_same_region: ['open dossier', 'record report'],
  rvt_intake_other_region: [],
  crisis_break_glass: [
    'open dossier',
    'read timeline',
    'add timeline entry',
    'read casework',
    'record report',
    'start spoed',
  ],
  crisis_no_break_glass: [],
  administrator: [],
  family_member: [],
};

const PURPOSE: Partial<Record<Role, string>> = {
  rvt_intake_same_region: 'report_intake',
  crisis_break_glass: 'urgent_safety',
};

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** A fresh household and the acting actor in the given role towards it. */
async function arrange(role: Role) {
  const db = database.db;
  const fixed = await buildProfessional(db, 'LOCAL_TEAM');
  const lt2 = await buildProfessional(db, 'LOCAL_TEAM');
  const rvt = await buildProfessional(db, 'RVT');
  const expert = await buildProfessional(db, 'OTHER');
  const h = await buildHousehold(db, fixed, {
    team: [
      { actor: rvt, role: 'RVT_PARTNER' },
      { actor: expert, role: 'EXPERT' },
    ],
    familyName: `M${randomUUID().slice(0, 8)}`,
  });
  const actors: Record<Role, () => Promise<Actor>> = {
    fixed_professional: async () => fixed,
    rvt_partner: async () => rvt,
    expert: async () => expert,
    lt_colleague_not_involved: async () =>
      buildProfessional(db, 'LOCAL_TEAM', { organisationId: fixed.memberships[0]?.organisationId }),
    team_lead_not_involved: async () =>
      buildProfessional(db, 'LOCAL_TEAM', {
        organisationId: fixed.memberships[0]?.organisationId,
        roles: ['PROFESSIONAL', 'TEAM_LEAD'],
      }),
    rvt_intake_same_region: async () =>
      buildProfessional(db, 'RVT', { roles: ['PROFESSIONAL', 'RVT_INTAKE'] }),
    rvt_intake_other_region: async () =>
      buildProfessional(db, 'RVT', { roles: ['PROFESSIONAL', 'RVT_INTAKE'], regionCode: 'VR07' }),
    crisis_break_glass: async () => {
      const crisis = await buildProfessional(db, 'CRISIS_SERVICE');
      const member = await db
        .selectFrom('persons')
        .select(['familyName', 'birthDate'])
        .where('id', '=', h.parentId)
        .executeTakeFirstOrThrow();
      await asActor(db, crisis, (ctx) =>
        requestBreakGlass(ctx, {
          reasonCode: 'ACUTE_DANGER',
          reason: 'Melding acute onveiligheid via politie',
          hours: 4,
          familyName: member.familyName,
          birthDate: member.birthDate as string,
        }),
      );
      return crisis;
    },
    crisis_no_break_glass: async () => buildProfessional(db, 'CRISIS_SERVICE'),
    administrator: async () => buildAccount(db, 'ADMINISTRATOR'),
    family_member: async () => buildAccount(db, 'FAMILY_MEMBER', h.parentId),
  };
  return { h, lt2, actor: await actors[role]() };
}

describe('authorization matrix (need-to-know): role × endpoint', () => {
  const cases = (Object.keys(ALLOWED) as Role[]).flatMap((role) =>
    ENDPOINTS.map((endpoint) => ({ role, endpoint })),
  );
  it.each(cases)('$role → $endpoint.name', async ({ role, endpoint }) => {
    const { h, lt2, actor } = await arrange(role);
    const session = await sessionFor(database, actor);
    const req = endpoint.request(h, { lt2 });
    const response = await app.inject({
      method: req.method,
      url: req.url,
      headers: session.headers,
      ...(req.payload ? { payload: req.payload as object } : {}),
    });
    const requestId = response.headers['x-request-id'] as string;
    const logRows = await database.db
      .selectFrom('accessLog')
      .selectAll()
      .where('requestId', '=', requestId)
      .execute();
    if (ALLOWED[role].includes(endpoint.name)) {
      expect(response.statusCode, response.body).toBeLessThan(300);
      const row = logRows.find((r) => r.action === endpoint.action && r.householdId === h.householdId);
      expect(row, `access-log row ${endpoint.action}`).toBeDefined();
      expect(row).toMatchObject({
        actorId: actor.id,
        purpose: endpoint.purpose ?? PURPOSE[role] ?? 'casework',
      });
      if (role === 'crisis_break_glass') {
        expect(row?.breakGlassGrantId).not.toBeNull();
      }
    } else if (
      KNOWS_HOUSEHOLD.includes(role) ||
      (endpoint.name === 'record report' && ['administrator', 'family_member'].includes(role))
    ) {
      // A role that may not record reports at all is told so before any household is looked at (the
      // refusal reveals nothing about the household).
      // Issue 8.11: someone who works with the family is told what she may not do, not "not found".
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json()).toMatchObject({ code: 'permission_denied' });
      expect(logRows.filter((r) => r.householdId === h.householdId)).toEqual([]);
    } else {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
      // A refusal reveals nothing and records no read of the household's data.
      expect(logRows.filter((r) => r.householdId === h.householdId)).toEqual([]);
    }
  });
});

/** Endpoints that do not concern one existing household: who may call them at all. */
interface GlobalEndpoint {
  name: string;
  request: (ctx: { h: BuiltHousehold; lt2: Actor; familyName: string; birthDate: string }) => {
    method: 'GET' | 'POST';
    url: string;
    payload?: unknown;
  };
  allowed: Role[];
  /** The access-log action an allowed call must leave, if any. */
  logs?: string;
}

const PROFESSIONALS: Role[] = [
  'fixed_professional',
  'rvt_partner',
  'expert',
  'lt_colleague_not_involved',
  'team_lead_not_involved',
  'rvt_intake_same_region',
  'rvt_intake_other_region',
  'crisis_break_glass',
  'crisis_no_break_glass',
];
const ALL_ROLES = Object.keys(ALLOWED) as Role[];

const GLOBAL_ENDPOINTS: GlobalEndpoint[] = [
  {
    name: 'open a new dossier',
    request: ({ lt2 }) => ({
      method: 'POST',
      url: '/api/v1/households',
      payload: { displayName: 'Gezin Matrix', municipalityCode: 'GM0344', fixedProfessionalId: lt2.id },
    }),
    allowed: [
      'fixed_professional',
      'rvt_partner',
      'lt_colleague_not_involved',
      'team_lead_not_involved',
      'rvt_intake_same_region',
      'rvt_intake_other_region',
    ],
    logs: 'create',
  },
  {
    name: 'list my families',
    request: () => ({ method: 'GET', url: '/api/v1/households' }),
    allowed: ALL_ROLES,
  },
  {
    name: 'break the glass',
    request: ({ familyName, birthDate }) => ({
      method: 'POST',
      url: '/api/v1/break-glass-grants',
      payload: {
        reasonCode: 'ACUTE_DANGER',
        reason: 'Melding acute onveiligheid via politie',
        hours: 1,
        familyName,
        birthDate,
      },
    }),
    allowed: [
      'rvt_partner',
      'rvt_intake_same_region',
      'rvt_intake_other_region',
      'crisis_break_glass',
      'crisis_no_break_glass',
    ],
    logs: 'break_glass',
  },
  {
    name: 'list break-the-glass reviews',
    request: () => ({ method: 'GET', url: '/api/v1/break-glass-grants' }),
    allowed: ['team_lead_not_involved'],
  },
  {
    name: 'staff directory',
    request: () => ({ method: 'GET', url: '/api/v1/professionals' }),
    allowed: PROFESSIONALS,
  },
  {
    name: 'worklist',
    request: () => ({ method: 'GET', url: '/api/v1/worklist' }),
    allowed: PROFESSIONALS,
  },
  {
    name: 'search before create',
    request: ({ familyName, birthDate }) => ({
      method: 'GET',
      url: `/api/v1/household-matches?purpose=RECORD_INTAKE&familyName=${encodeURIComponent(familyName)}&birthDate=${birthDate}`,
    }),
    allowed: [
      'fixed_professional',
      'rvt_partner',
      'lt_colleague_not_involved',
      'team_lead_not_involved',
      'rvt_intake_same_region',
      'rvt_intake_other_region',
      'crisis_break_glass',
      'crisis_no_break_glass',
    ],
    logs: 'search',
  },
  {
    name: 'municipalities',
    request: () => ({ method: 'GET', url: '/api/v1/municipalities' }),
    allowed: ALL_ROLES,
  },
];

describe('authorization matrix: role × global endpoint', () => {
  const cases = ALL_ROLES.flatMap((role) => GLOBAL_ENDPOINTS.map((endpoint) => ({ role, endpoint })));
  it.each(cases)('$role → $endpoint.name', async ({ role, endpoint }) => {
    const { h, lt2, actor } = await arrange(role);
    const parent = await database.db
      .selectFrom('persons')
      .select(['familyName', 'birthDate'])
      .where('id', '=', h.parentId)
      .executeTakeFirstOrThrow();
    const session = await sessionFor(database, actor);
    const req = endpoint.request({
      h,
      lt2,
      familyName: parent.familyName,
      birthDate: parent.birthDate as string,
    });
    const response = await app.inject({
      method: req.method,
      url: req.url,
      headers: session.headers,
      ...(req.payload ? { payload: req.payload as object } : {}),
    });
    if (endpoint.allowed.includes(role)) {
      expect(response.statusCode, response.body).toBeLessThan(300);
      if (endpoint.logs) {
        const rows = await database.db
          .selectFrom('accessLog')
          .select(['action', 'actorId'])
          .where('requestId', '=', response.headers['x-request-id'] as string)
          .execute();
        expect(rows).toContainEqual({ action: endpoint.logs, actorId: actor.id });
      }
    } else {
      // Issue 8.11: these concern no hidden record, so the refusal says what the role may not do.
      expect(response.statusCode, response.body).toBe(403);
      expect(['permission_denied', 'break_glass_not_allowed']).toContain(response.json().code);
    }
  });
});

describe('lists are scoped in SQL', () => {
  it('"Mijn gezinnen" lists only households the professional is involved in', async () => {
    const me = await buildProfessional(database.db, 'LOCAL_TEAM');
    const other = await buildProfessional(database.db, 'LOCAL_TEAM');
    const mine = await buildHousehold(database.db, me);
    await buildHousehold(database.db, other);
    const session = await sessionFor(database, me);
    const response = await app.inject({ method: 'GET', url: '/api/v1/households', headers: session.headers });
    expect(response.json().items.map((i: { id: string }) => i.id)).toEqual([mine.householdId]);
  });
});
