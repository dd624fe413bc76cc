import { ACCESS_PURPOSES, type AccessAction, type AccessPurpose, type Actor } from '@gezinsdossier/domain';
import type { Transaction } from 'kysely';
import type { RequestContext } from '../context';
import { assignXid } from '../db/repositories/access-log-seal.repository';
import { insertAccessLogRows } from '../db/repositories/audit.repository';
import type { DB } from '../db/schema';

/** One access-log row as a use case states it; who/when/request come from the context. */
export interface AccessLogEntry {
  action: AccessAction;
  resourceType: string;
  resourceId: string | null;
  householdId: string | null;
  personIds: string[];
  purpose: AccessPurpose;
  breakGlassGrantId?: string | null;
  /** The organisation the actor acted for (the ground's membership); the first membership when absent. */
  organisationId?: string | null;
  /** A lookup that is logged even when the use case then fails (e.g. a search without a match). */
  keepOnFailure?: boolean;
}

/**
 * States that the current use case reads or writes personal or case data. The row is written in the same
 * transaction (see runAsActor). Call it for every household, person or dossier entry returned or changed.
 */
export function logAccess(ctx: Pick<RequestContext, 'accessLog'>, entry: AccessLogEntry): void {
  ctx.accessLog.push(entry);
}

/**
 * Appends access-log rows in one multi-row insert, in the caller's transaction, without any lock: the
 * sealer (audit/sealer.ts) seals them in seq order later.
 *
 * The sealer's horizon relies on one invariant: a transaction that writes access-log rows has its
 * transaction id assigned before it draws any seq. runAsActor assigns it in its first statement and says so
 * with `transactionIdAssigned`; any other caller gets one extra `select pg_current_xact_id()` here.
 */
export async function writeAccessLog(
  tx: Transaction<DB>,
  base: {
    actor: Pick<Actor, 'kind' | 'memberships'> & { id: string | null };
    requestId: string;
    onBehalfOf: string | null;
    now: Date;
  },
  entries: AccessLogEntry[],
  options: { transactionIdAssigned?: boolean } = {},
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  if (!options.transactionIdAssigned) {
    await assignXid(tx);
  }
  await insertAccessLogRows(
    tx,
    entries.map((e) => ({
      occurredAt: base.now,
      actorId: base.actor.id,
      actorKind: base.actor.kind,
      onBehalfOf: base.onBehalfOf,
      organisationId:
        e.organisationId === undefined
          ? (base.actor.memberships[0]?.organisationId ?? null)
          : e.organisationId,
      action: e.action,
      resourceType: e.resourceType,
      resourceId: e.resourceId,
      householdId: e.householdId,
      personIds: e.personIds,
      purpose: ACCESS_PURPOSES[e.purpose].purpose,
      legalBasis: ACCESS_PURPOSES[e.purpose].legalBasis,
      requestId: base.requestId,
      breakGlassGrantId: e.breakGlassGrantId ?? null,
    })),
  );
}
