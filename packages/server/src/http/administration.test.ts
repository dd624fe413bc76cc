import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildAccount, buildProfessional } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 9.11: administration. Nothing created accounts or bound an OIDC subject to one, so production
 * sign-in could not be set up, and municipalities could not be added (a family in any other municipality
 * could not be recorded). An administrator now does this over the API (and the CLI); every change leaves a
 * row in the administration log, and everything that changes an account checks its version.
 */
let database: Database;
let app: App;
let admin: Actor;
let headers: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  admin = await buildAccount(database.db, 'ADMINISTRATOR');
  headers = { ...(await sessionFor(database, admin)).headers, 'accept-language': 'nl' };
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, as = headers) =>
  app.inject({ method, url: `/api/v1${url}`, headers: as, ...(payload === undefined ? {} : { payload }) });
const db = () => database.db;
const changesOf = async (entityId: string) =>
  (await call('GET', '/admin/changes?limit=100'))
    .json()
    .filter((c: { entityId: string }) => c.entityId === entityId);

async function localTeam(): Promise<string> {
  const lt = await buildProfessional(db(), 'LOCAL_TEAM');
  return lt.memberships[0]?.organisationId as string;
}

describe('issue 9.11: administration', () => {
  it('issue 9.11: an administrator creates an account, binds it to an OIDC subject and gives it a role; the log shows each step', async () => {
    const created = await call('POST', '/admin/accounts', {
      kind: 'PROFESSIONAL',
      displayName: 'Sanne Proefbeheer',
      email: 'sanne@proef.example',
    });
    expect(created.statusCode, created.body).toBe(201);
    const accountId = created.json().id;
    const subject = `sub-${randomUUID()}`;
    const bound = await call('PATCH', `/admin/accounts/${accountId}`, { version: 1, oidcSubject: subject });
    expect(bound.statusCode, bound.body).toBe(200);
    expect(bound.json()).toEqual({ id: accountId, version: 2 });
    const organisationId = await localTeam();
    const role = await call('POST', `/admin/accounts/${accountId}/memberships`, {
      organisationId,
      role: 'PROFESSIONAL',
    });
    expect(role.statusCode, role.body).toBe(201);
    const stored = await db()
      .selectFrom('accounts')
      .select(['oidcSubject', 'displayName', 'disabledAt'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ oidcSubject: subject, displayName: 'Sanne Proefbeheer', disabledAt: null });
    const listed = (await call('GET', '/admin/accounts'))
      .json()
      .find((a: { accountId: string }) => a.accountId === accountId);
    expect(listed).toMatchObject({
      oidcBound: true,
      active: true,
      version: 2,
      memberships: [expect.objectContaining({ organisationId, role: 'PROFESSIONAL', endedAt: null })],
    });
    // The subject itself is not shown, only that one is bound.
    expect(JSON.stringify(listed)).not.toContain(subject);
    const log = await changesOf(accountId);
    expect(
      log.map((c: { action: string; by: string; entityName: string }) => [c.action, c.by, c.entityName]),
    ).toEqual([
      ['membership.added', admin.displayName, 'Sanne Proefbeheer'],
      ['account.updated', admin.displayName, 'Sanne Proefbeheer'],
      ['account.created', admin.displayName, 'Sanne Proefbeheer'],
    ]);
  });

  it('issue 9.11: an OIDC subject belongs to one account; a second binding is refused and changes nothing', async () => {
    const subject = `sub-${randomUUID()}`;
    expect(
      (
        await call('POST', '/admin/accounts', {
          kind: 'PROFESSIONAL',
          displayName: 'Eerste',
          oidcSubject: subject,
        })
      ).statusCode,
    ).toBe(201);
    const before = await db().selectFrom('accounts').select('id').execute();
    const second = await call('POST', '/admin/accounts', {
      kind: 'ADMINISTRATOR',
      displayName: 'Tweede',
      oidcSubject: subject,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'oidc_subject_taken',
      title: 'Deze OIDC-inlog hoort al bij een ander account.',
    });
    expect(await db().selectFrom('accounts').select('id').execute()).toHaveLength(before.length);
  });

  it('issue 9.11: two changes of one account from the version they saw: one is stored, the other is told it changed', async () => {
    const accountId = (
      await call('POST', '/admin/accounts', { kind: 'PROFESSIONAL', displayName: 'Versie Proef' })
    ).json().id;
    const first = await call('PATCH', `/admin/accounts/${accountId}`, {
      version: 1,
      displayName: 'Versie Een',
    });
    const second = await call('PATCH', `/admin/accounts/${accountId}`, {
      version: 1,
      displayName: 'Versie Twee',
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'account_changed', current: { version: 2 } });
    const stored = await db()
      .selectFrom('accounts')
      .select('displayName')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(stored.displayName).toBe('Versie Een');
  });

  it('issue 9.11: deactivating needs a reason, ends sessions and memberships, keeps the history, and never one’s own account', async () => {
    const pro = await buildProfessional(db(), 'LOCAL_TEAM');
    const proSession = (await sessionFor(database, pro)).headers;
    expect((await call('GET', '/worklist', undefined, proSession)).statusCode).toBe(200);
    const noReason = await call('POST', `/admin/accounts/${pro.id}/deactivations`, {
      version: 1,
      reason: 'x',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues).toContainEqual(
      expect.objectContaining({ path: 'reason', code: 'admin_reason_required' }),
    );
    const done = await call('POST', `/admin/accounts/${pro.id}/deactivations`, {
      version: 1,
      reason: 'Uit dienst per 1 december',
    });
    expect(done.statusCode, done.body).toBe(204);
    expect((await call('GET', '/worklist', undefined, proSession)).statusCode).toBe(401);
    const memberships = await db()
      .selectFrom('organisationMemberships')
      .select(['endedAt', 'endReason'])
      .where('accountId', '=', pro.id)
      .execute();
    expect(memberships).toEqual([{ endedAt: expect.any(Date), endReason: 'Uit dienst per 1 december' }]);
    expect(await db().selectFrom('accounts').select('id').where('id', '=', pro.id).execute()).toHaveLength(1);
    const again = await call('POST', `/admin/accounts/${pro.id}/deactivations`, {
      version: 2,
      reason: 'Nog een keer',
    });
    expect(again.json().code).toBe('account_deactivated');
    const own = await call('POST', `/admin/accounts/${admin.id}/deactivations`, {
      version: 1,
      reason: 'Per ongeluk',
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('own_account_deactivation');
    const log = await changesOf(pro.id);
    expect(log).toEqual([
      expect.objectContaining({ action: 'account.deactivated', reason: 'Uit dienst per 1 december' }),
    ]);
  });

  it('issue 9.11: a role ends once, with a reason, and can be given again', async () => {
    const pro = await buildProfessional(db(), 'RVT');
    const membership = await db()
      .selectFrom('organisationMemberships')
      .select(['id', 'organisationId'])
      .where('accountId', '=', pro.id)
      .executeTakeFirstOrThrow();
    expect(
      (await call('PATCH', `/admin/memberships/${membership.id}`, { reason: 'Naar ander team' })).statusCode,
    ).toBe(204);
    const twice = await call('PATCH', `/admin/memberships/${membership.id}`, { reason: 'Naar ander team' });
    expect(twice.json().code).toBe('membership_ended');
    const back = await call('POST', `/admin/accounts/${pro.id}/memberships`, {
      organisationId: membership.organisationId,
      role: 'PROFESSIONAL',
    });
    expect(back.statusCode, back.body).toBe(201);
    const dup = await call('POST', `/admin/accounts/${pro.id}/memberships`, {
      organisationId: membership.organisationId,
      role: 'PROFESSIONAL',
    });
    expect(dup.json().code).toBe('membership_exists');
    const admin2 = await buildAccount(db(), 'ADMINISTRATOR');
    const notForAdmins = await call('POST', `/admin/accounts/${admin2.id}/memberships`, {
      organisationId: membership.organisationId,
      role: 'PROFESSIONAL',
    });
    expect(notForAdmins.json().code).toBe('membership_not_for_kind');
  });

  it('issue 9.11: a new region, municipality and Lokaal Team; a family living there can then be recorded', async () => {
    const badRegion = await call('POST', '/admin/regions', { code: 'X1', name: 'Proefregio' });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().issues).toContainEqual(
      expect.objectContaining({ path: 'code', code: 'region_code_invalid' }),
    );
    const code = `VR${String(Math.floor(Math.random() * 70) + 30)}`;
    const region = await call('POST', '/admin/regions', { code, name: `Proefregio ${code}` });
    expect(region.statusCode, region.body).toBe(201);
    expect((await call('POST', '/admin/regions', { code, name: 'Dubbel' })).json().code).toBe(
      'region_exists',
    );
    const gm = `GM9${String(Math.floor(Math.random() * 900) + 100)}`;
    const badGm = await call('POST', '/admin/municipalities', {
      code: 'GM12',
      name: 'Proefdorp',
      regionId: region.json().id,
    });
    expect(badGm.json().issues).toContainEqual(
      expect.objectContaining({ path: 'code', code: 'municipality_code_format' }),
    );
    const municipality = await call('POST', '/admin/municipalities', {
      code: gm,
      name: 'Proefdorp',
      regionId: region.json().id,
    });
    expect(municipality.statusCode, municipality.body).toBe(201);
    const organisation = await call('POST', '/admin/organisations', {
      name: 'Lokaal Team Proefdorp',
      kind: 'LOCAL_TEAM',
      regionId: region.json().id,
      municipalityCode: gm,
    });
    expect(organisation.statusCode, organisation.body).toBe(201);
    const worker = await buildProfessional(db(), 'LOCAL_TEAM', { organisationId: organisation.json().id });
    const household = await call(
      'POST',
      '/households',
      { displayName: 'Gezin Proefdorp', municipalityCode: gm },
      (await sessionFor(database, worker)).headers,
    );
    expect(household.statusCode, household.body).toBe(201);
    const listed = (await call('GET', '/admin/organisations')).json();
    expect(listed.organisations).toContainEqual(
      expect.objectContaining({ name: 'Lokaal Team Proefdorp', municipalityName: 'Proefdorp' }),
    );
  });

  it('issue 9.11: someone who is not an administrator is told administration is not part of her role, and nothing changes', async () => {
    const pro = await buildProfessional(db(), 'LOCAL_TEAM', { roles: ['PROFESSIONAL', 'TEAM_LEAD'] });
    const as = (await sessionFor(database, pro)).headers;
    const before = await db().selectFrom('accounts').select('id').execute();
    for (const [method, url, payload] of [
      ['GET', '/admin/accounts', undefined],
      ['POST', '/admin/accounts', { kind: 'ADMINISTRATOR', displayName: 'Stiekem' }],
      ['POST', '/admin/regions', { code: 'VR98', name: 'Stiekem' }],
      ['GET', '/admin/changes', undefined],
    ] as const) {
      const answer = await call(method, url, payload, as);
      expect(answer.statusCode, `${method} ${url}`).toBe(403);
      expect(answer.json()).toMatchObject({ code: 'permission_denied', permission: 'administration.manage' });
    }
    expect(await db().selectFrom('accounts').select('id').execute()).toHaveLength(before.length);
  });
});
