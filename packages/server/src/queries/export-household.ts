import { AppError, todayInNetherlands } from '@gezinsdossier/domain';
import type { Kysely, Transaction } from 'kysely';
import { logAccess, writeAccessLog } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listHouseholdAccessLog, listHouseholdEvents } from '../db/repositories/audit.repository';
import { listNetwork, listRelations } from '../db/repositories/composition.repository';
import { findHousehold } from '../db/repositories/household.repository';
import { listMembers } from '../db/repositories/person.repository';
import { findOpenCase, listTeam } from '../db/repositories/team.repository';
import { listTimeline } from '../db/repositories/timeline.repository';
import type { DB } from '../db/schema';
import { requireHousehold } from '../policies/require';
import {
  presentCase,
  presentHousehold,
  presentMember,
  presentNetworkMember,
  presentRelation,
  presentTimelineEntry,
} from '../presenters/present-dossier';

const ALL = 1_000_000;

/** Everything held about a household as one JSON document (format gezinsdossier.household-export.v1). */
async function buildExport(tx: Transaction<DB> | Kysely<DB>, householdId: string, now: Date) {
  const household = await findHousehold(tx, householdId);
  if (!household) {
    throw new AppError('not_found');
  }
  const today = todayInNetherlands(now);
  const members = await listMembers(tx, householdId);
  const kase = await findOpenCase(tx, householdId);
  return {
    format: 'gezinsdossier.household-export.v1',
    exportedAt: now,
    household: presentHousehold(household),
    members: members.map((m) => presentMember(m, today)),
    relations: (await listRelations(tx, householdId)).map(presentRelation),
    network: (await listNetwork(tx, householdId)).map(presentNetworkMember),
    case: kase ? presentCase(kase, await listTeam(tx, kase.id)) : null,
    timeline: (await listTimeline(tx, householdId, ALL)).map(presentTimelineEntry),
    changeHistory: await listHouseholdEvents(tx, householdId),
    accessLog: await listHouseholdAccessLog(tx, householdId, ALL),
  };
}

/**
 * The basis of an AVG art. 15 (inzage) request, by the fixed professional through the API. Logged as
 * `export` naming every member.
 */
export async function exportHousehold(ctx: RequestContext, householdId: string) {
  await requireHousehold(ctx, householdId, 'household.export');
  const data = await buildExport(ctx.tx, householdId, ctx.now);
  logAccess(ctx, {
    action: 'export',
    resourceType: 'household',
    resourceId: householdId,
    householdId,
    personIds: data.members.map((m) => m.person.id),
    purpose: 'SUBJECT_ACCESS',
  });
  return { ...data, exportedBy: { id: ctx.actor.id, name: ctx.actor.displayName } };
}

/**
 * The same export by an operator on the server (`gezinsdossier export household`), for a registered AVG
 * request. The operator works outside the web roles, so the request reference is mandatory and the
 * access-log row records the operator's name and that reference in the same transaction.
 */
export async function exportHouseholdAsOperator(
  db: Kysely<DB>,
  householdId: string,
  operator: { name: string; requestReference: string },
  now = new Date(),
) {
  return db.transaction().execute(async (tx) => {
    const data = await buildExport(tx, householdId, now);
    await writeAccessLog(
      tx,
      {
        actor: { id: null, kind: 'ADMINISTRATOR', memberships: [] },
        requestId: `cli:${operator.name}:${operator.requestReference}`,
        onBehalfOf: null,
        now,
      },
      [
        {
          action: 'export',
          resourceType: 'household',
          resourceId: householdId,
          householdId,
          personIds: data.members.map((m) => m.person.id),
          purpose: 'SUBJECT_ACCESS',
        },
      ],
    );
    return { ...data, exportedBy: { operator: operator.name, requestReference: operator.requestReference } };
  });
}
