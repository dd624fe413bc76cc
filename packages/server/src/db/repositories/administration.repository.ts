import type { OrganisationRole } from '@gezinsdossier/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../schema';

type Tx = Transaction<DB> | Kysely<DB>;

/** Every account with all its memberships (ended ones too), for the administrator. Staff data, no clients. */
export function listAccountsForAdministration(tx: Tx) {
  return tx
    .selectFrom('accounts as a')
    .select((eb) => [
      'a.id',
      'a.kind',
      'a.displayName',
      'a.email',
      'a.oidcSubject',
      'a.isDemo',
      'a.disabledAt',
      'a.version',
      jsonArrayFrom(
        eb
          .selectFrom('organisationMemberships as om')
          .innerJoin('organisations as o', 'o.id', 'om.organisationId')
          .select([
            'om.id',
            'om.organisationId',
            'o.name as organisationName',
            'o.kind as organisationKind',
            'om.role',
            'om.createdAt',
            'om.endedAt',
          ])
          .whereRef('om.accountId', '=', 'a.id')
          .orderBy('om.endedAt', (o) => o.desc().nullsFirst())
          .orderBy('om.createdAt')
          .orderBy('om.id'),
      ).as('memberships'),
    ])
    .where('a.kind', 'in', ['PROFESSIONAL', 'ADMINISTRATOR'])
    .orderBy('a.disabledAt', (o) => o.desc().nullsFirst())
    .orderBy('a.displayName')
    .orderBy('a.id')
    .execute();
}

export function findAccountForChange(tx: Tx, id: string) {
  return tx
    .selectFrom('accounts')
    .select(['id', 'kind', 'displayName', 'email', 'oidcSubject', 'disabledAt', 'version'])
    .where('id', '=', id)
    .where('kind', 'in', ['PROFESSIONAL', 'ADMINISTRATOR'])
    .forUpdate()
    .executeTakeFirst();
}

export function findAccountIdByOidcSubject(tx: Tx, subject: string) {
  return tx.selectFrom('accounts').select('id').where('oidcSubject', '=', subject).executeTakeFirst();
}

export function insertAccount(
  tx: Tx,
  row: {
    id: string;
    kind: 'PROFESSIONAL' | 'ADMINISTRATOR';
    displayName: string;
    email: string | null;
    oidcSubject: string | null;
    now: Date;
  },
) {
  return tx
    .insertInto('accounts')
    .values({
      id: row.id,
      kind: row.kind,
      displayName: row.displayName,
      email: row.email,
      oidcSubject: row.oidcSubject,
      personId: null,
      isDemo: false,
      createdAt: row.now,
      disabledAt: null,
    })
    .execute();
}

/** Changes an account if it is still at `version`; undefined when someone else changed it first. */
export function updateAccountAtVersion(
  tx: Tx,
  id: string,
  version: number,
  patch: { displayName?: string; email?: string | null; oidcSubject?: string | null; disabledAt?: Date },
) {
  return tx
    .updateTable('accounts')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('disabledAt', 'is', null)
    .returning(['id', 'version'])
    .executeTakeFirst();
}

export function findActiveMembership(tx: Tx, accountId: string, organisationId: string, role: string) {
  return tx
    .selectFrom('organisationMemberships')
    .select('id')
    .where('accountId', '=', accountId)
    .where('organisationId', '=', organisationId)
    .where('role', '=', role as 'PROFESSIONAL')
    .where('endedAt', 'is', null)
    .executeTakeFirst();
}

export function insertMembership(
  tx: Tx,
  row: {
    id: string;
    accountId: string;
    organisationId: string;
    role: OrganisationRole;
    now: Date;
  },
) {
  return tx
    .insertInto('organisationMemberships')
    .values({
      id: row.id,
      accountId: row.accountId,
      organisationId: row.organisationId,
      role: row.role,
      createdAt: row.now,
      endedAt: null,
      endReason: null,
    })
    .execute();
}

export function findMembership(tx: Tx, id: string) {
  return tx
    .selectFrom('organisationMemberships')
    .select(['id', 'accountId', 'organisationId', 'role', 'endedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Ends a membership that is still active; undefined when it had ended already. */
export function endMembership(tx: Tx, id: string, now: Date, reason: string) {
  return tx
    .updateTable('organisationMemberships')
    .set({ endedAt: now, endReason: reason })
    .where('id', '=', id)
    .where('endedAt', 'is', null)
    .returning(['id'])
    .executeTakeFirst();
}

/** Ends every active membership of an account (when it is deactivated). */
export function endMembershipsOfAccount(tx: Tx, accountId: string, now: Date, reason: string) {
  return tx
    .updateTable('organisationMemberships')
    .set({ endedAt: now, endReason: reason })
    .where('accountId', '=', accountId)
    .where('endedAt', 'is', null)
    .returning(['id'])
    .execute();
}

export function listRegions(tx: Tx) {
  return tx.selectFrom('regions').select(['id', 'code', 'name']).orderBy('code').execute();
}

export function findRegion(tx: Tx, id: string) {
  return tx.selectFrom('regions').select(['id', 'code']).where('id', '=', id).executeTakeFirst();
}

/** Adds a region; undefined when its code exists already. */
export function insertRegion(tx: Tx, row: { id: string; code: string; name: string }) {
  return tx
    .insertInto('regions')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(['id'])
    .executeTakeFirst();
}

/** Adds a municipality; undefined when its code exists already. */
export function insertMunicipality(tx: Tx, row: { code: string; name: string; regionId: string }) {
  return tx
    .insertInto('municipalities')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(['code'])
    .executeTakeFirst();
}

export function findMunicipality(tx: Tx, code: string) {
  return tx
    .selectFrom('municipalities')
    .select(['code', 'regionId'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export function findOrganisation(tx: Tx, id: string) {
  return tx.selectFrom('organisations').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
}

export function listOrganisations(tx: Tx) {
  return tx
    .selectFrom('organisations as o')
    .innerJoin('regions as r', 'r.id', 'o.regionId')
    .leftJoin('municipalities as m', 'm.code', 'o.municipalityCode')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.regionId',
      'r.name as regionName',
      'o.municipalityCode',
      'm.name as municipalityName',
    ])
    .orderBy('r.code')
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

export function insertOrganisation(
  tx: Tx,
  row: {
    id: string;
    name: string;
    kind: 'LOCAL_TEAM' | 'RVT' | 'CRISIS_SERVICE' | 'OTHER';
    regionId: string;
    municipalityCode: string | null;
  },
) {
  return tx.insertInto('organisations').values(row).execute();
}

export function insertAdminChange(
  tx: Tx,
  row: {
    occurredAt: Date;
    actorId: string | null;
    actorLabel: string;
    action: string;
    entityType: string;
    entityId: string;
    details: Record<string, unknown>;
    requestId: string;
  },
) {
  return tx
    .insertInto('adminChanges')
    .values({ ...row, details: JSON.stringify(row.details) })
    .execute();
}

/** The administration log, newest first, paged by `seq`. */
export function listAdminChanges(tx: Tx, options: { limit: number; beforeSeq?: string }) {
  let query = tx
    .selectFrom('adminChanges as c')
    .select([
      'c.seq',
      'c.occurredAt',
      'c.actorLabel',
      'c.action',
      'c.entityType',
      'c.entityId',
      'c.details',
      // The name of what was changed, as it is now (staff and reference data; never a client).
      sql<string | null>`coalesce(
        (select a.display_name from accounts a where c.entity_type = 'account' and a.id::text = c.entity_id),
        (select o.name from organisations o where c.entity_type = 'organisation' and o.id::text = c.entity_id),
        (select r.name from regions r where c.entity_type = 'region' and r.id::text = c.entity_id),
        (select m.name from municipalities m where c.entity_type = 'municipality' and m.code = c.entity_id))`.as(
        'entityName',
      ),
    ])
    .orderBy('c.seq', 'desc')
    .limit(options.limit);
  if (options.beforeSeq) {
    query = query.where('c.seq', '<', options.beforeSeq);
  }
  return query.execute();
}
