import { ACCESS_PURPOSES, type AccessAction, type AccessPurpose, type Actor } from '@gezinsdossier/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { RequestContext } from '../context';
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

export async function writeAccessLog(
  tx: Transaction<DB> | Kysely<DB>,
  base: {
    actor: Pick<Actor, 'kind' | 'memberships'> & { id: string | null };
    requestId: string;
    onBehalfOf: string | null;
    now: Date;
  },
  entries: AccessLogEntry[],
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await tx
    .insertInto('accessLog')
    .values(
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
    )
    .execute();
}

export interface ChainVerification {
  ok: boolean;
  rowsChecked: number;
  /** The first broken link: the row whose stored values no longer match the chain. */
  firstBroken: { seq: number; problem: 'hash_mismatch' | 'link_mismatch' | 'head_mismatch' } | null;
}

/**
 * Recomputes the hash chain from the first row. Editing any row breaks its own hash; deleting a row breaks
 * the next row's link; deleting the last rows is caught by the head record kept by the insert trigger.
 * Runs as the owner (not the application role), in batches so memory stays flat.
 */
export async function verifyAccessLog(db: Kysely<DB>, batchSize = 5000): Promise<ChainVerification> {
  let previousHash = 'genesis';
  let lastSeq = 0;
  let rowsChecked = 0;
  for (;;) {
    const result = await sql<{ seq: number; prevHash: string; hash: string; expected: string }>`
      select a.seq, a.prev_hash, a.hash,
        access_log_hash(a) as expected
      from access_log a where a.seq > ${lastSeq} order by a.seq limit ${batchSize}`.execute(db);
    for (const row of result.rows) {
      rowsChecked++;
      if (row.prevHash !== previousHash) {
        return { ok: false, rowsChecked, firstBroken: { seq: row.seq, problem: 'link_mismatch' } };
      }
      if (row.expected !== row.hash) {
        return { ok: false, rowsChecked, firstBroken: { seq: row.seq, problem: 'hash_mismatch' } };
      }
      previousHash = row.hash;
      lastSeq = row.seq;
    }
    if (result.rows.length < batchSize) {
      break;
    }
  }
  const head = await sql<{
    seq: number;
    hash: string;
  }>`select seq, hash from access_log_head where id = 1`.execute(db);
  const h = head.rows[0];
  if (!h || h.seq !== lastSeq || h.hash !== previousHash) {
    return { ok: false, rowsChecked, firstBroken: { seq: h?.seq ?? lastSeq, problem: 'head_mismatch' } };
  }
  return { ok: true, rowsChecked, firstBroken: null };
}
