import type { Actor, ActorMembership } from '@gezinsdossier/domain';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../schema';

type Tx = Transaction<DB> | Kysely<DB>;

/** An account's active organisation memberships, oldest first, as a JSON array column of a select. */
export function activeMemberships(eb: ExpressionBuilder<DB, 'accounts'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('organisationMemberships as om')
      .innerJoin('organisations as o', 'o.id', 'om.organisationId')
      .select(['om.organisationId', 'o.kind as organisationKind', 'o.regionId', 'om.role'])
      .whereRef('om.accountId', '=', 'accounts.id')
      .where('om.endedAt', 'is', null)
      .orderBy('om.createdAt')
      .orderBy('om.id'),
  ).as('memberships');
}

/** An actor from an account row with its memberships (see activeMemberships). */
export function toActor(row: {
  id: string;
  kind: Actor['kind'];
  displayName: string;
  personId: string | null;
  memberships: unknown[];
}): Actor {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.displayName,
    personId: row.personId,
    memberships: row.memberships as ActorMembership[],
  };
}

/** Loads an actor with its active organisation memberships; null when unknown or disabled. */
export async function loadActor(tx: Tx, accountId: string): Promise<Actor | null> {
  const account = await tx
    .selectFrom('accounts')
    .select((eb) => [
      'accounts.id',
      'accounts.kind',
      'accounts.displayName',
      'accounts.personId',
      activeMemberships(eb),
    ])
    .where('accounts.id', '=', accountId)
    .where('accounts.disabledAt', 'is', null)
    .executeTakeFirst();
  return account ? toActor(account) : null;
}

/** Accounts with their organisations, for the demo sign-in page and `gezinsdossier users list`. */
export async function listAccounts(tx: Tx, options: { demoOnly?: boolean } = {}) {
  let query = tx
    .selectFrom('accounts as a')
    .leftJoin('organisationMemberships as om', (j) =>
      j.onRef('om.accountId', '=', 'a.id').on('om.endedAt', 'is', null),
    )
    .leftJoin('organisations as o', 'o.id', 'om.organisationId')
    .select([
      'a.id',
      'a.kind',
      'a.displayName',
      'a.isDemo',
      'o.name as organisationName',
      'o.kind as organisationKind',
      'om.role',
    ])
    .where('a.disabledAt', 'is', null);
  if (options.demoOnly) {
    query = query.where('a.isDemo', '=', true);
  }
  return query.orderBy('a.kind').orderBy('o.kind').orderBy('a.displayName').orderBy('om.role').execute();
}

export async function findAccountByOidcSubject(tx: Tx, subject: string) {
  return tx
    .selectFrom('accounts')
    .select(['id'])
    .where('oidcSubject', '=', subject)
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
}

/** Professionals (staff directory) for choosing team members; staff data, not client data. */
export async function searchProfessionals(tx: Tx, options: { q?: string; limit: number }) {
  let query = tx
    .selectFrom('organisationMemberships as om')
    .innerJoin('accounts as a', 'a.id', 'om.accountId')
    .innerJoin('organisations as o', 'o.id', 'om.organisationId')
    .select([
      'a.id as professionalId',
      'a.displayName',
      'o.id as organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
    ])
    .distinct()
    .where('a.kind', '=', 'PROFESSIONAL')
    .where('a.disabledAt', 'is', null)
    .where('om.endedAt', 'is', null);
  if (options.q) {
    query = query.where('a.displayName', 'ilike', `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  return query.orderBy('a.displayName').orderBy('o.name').limit(options.limit).execute();
}

export async function listMunicipalities(tx: Tx) {
  return tx
    .selectFrom('municipalities as m')
    .innerJoin('regions as r', 'r.id', 'm.regionId')
    .select(['m.code', 'm.name', 'r.name as regionName'])
    .orderBy('m.name')
    .execute();
}

export const DEMO_SUGGESTIONS = [
  'LOCAL_TEAM_PROFESSIONAL',
  'RVT_PARTNER',
  'TEAM_LEAD',
  'CRISIS_SERVICE',
] as const;
export type DemoSuggestion = (typeof DEMO_SUGGESTIONS)[number];

/**
 * The demo users to suggest first, in this order (demo mode only; synthetic data): the Lokaal Team vast
 * gezicht whose open cases are in the most different stages, the RVT duo partner with the most cases, a team
 * lead, and a crisis-service professional. Each with how many open cases in how many stages they have.
 */
export async function listDemoSuggestions(db: Tx) {
  const byTeamRole = (role: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER', kind: 'LOCAL_TEAM' | 'RVT') =>
    db
      .selectFrom('accounts as a')
      .innerJoin('caseTeamMembers as m', (j) =>
        j.onRef('m.professionalId', '=', 'a.id').on('m.role', '=', role).on('m.endedAt', 'is', null),
      )
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .innerJoin('cases as c', (j) => j.onRef('c.id', '=', 'm.caseId').on('c.closedAt', 'is', null))
      .select((eb) => [
        'a.id',
        'a.displayName',
        eb.fn.count<number>('c.id').distinct().as('families'),
        eb.fn.count<number>('c.pathwayState').distinct().as('stages'),
      ])
      .where('a.isDemo', '=', true)
      .where('a.disabledAt', 'is', null)
      .where('o.kind', '=', kind)
      .groupBy(['a.id', 'a.displayName'])
      .orderBy('stages', 'desc')
      .orderBy('families', 'desc')
      .orderBy('a.displayName')
      .limit(1)
      .executeTakeFirst();
  const byMembership = (where: { role?: 'TEAM_LEAD'; kind?: 'CRISIS_SERVICE' }) => {
    let query = db
      .selectFrom('accounts as a')
      .innerJoin('organisationMemberships as om', (j) =>
        j.onRef('om.accountId', '=', 'a.id').on('om.endedAt', 'is', null),
      )
      .innerJoin('organisations as o', 'o.id', 'om.organisationId')
      .select(['a.id', 'a.displayName'])
      .where('a.isDemo', '=', true)
      .where('a.disabledAt', 'is', null);
    if (where.role) {
      query = query.where('om.role', '=', where.role);
    }
    if (where.kind) {
      query = query.where('o.kind', '=', where.kind);
    }
    return query.orderBy('a.displayName').limit(1).executeTakeFirst();
  };
  const found: {
    suggestion: DemoSuggestion;
    id: string;
    displayName: string;
    families: number;
    stages: number;
  }[] = [];
  const lt = await byTeamRole('FIXED_PROFESSIONAL', 'LOCAL_TEAM');
  if (lt) {
    found.push({
      suggestion: 'LOCAL_TEAM_PROFESSIONAL',
      ...lt,
      families: Number(lt.families),
      stages: Number(lt.stages),
    });
  }
  const rvt = await byTeamRole('RVT_PARTNER', 'RVT');
  if (rvt) {
    found.push({
      suggestion: 'RVT_PARTNER',
      ...rvt,
      families: Number(rvt.families),
      stages: Number(rvt.stages),
    });
  }
  const lead = await byMembership({ role: 'TEAM_LEAD' });
  if (lead) {
    found.push({ suggestion: 'TEAM_LEAD', ...lead, families: 0, stages: 0 });
  }
  const crisis = await byMembership({ kind: 'CRISIS_SERVICE' });
  if (crisis) {
    found.push({ suggestion: 'CRISIS_SERVICE', ...crisis, families: 0, stages: 0 });
  }
  return found;
}
