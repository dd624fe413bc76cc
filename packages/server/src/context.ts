import { type Actor, AppError } from '@gezinsdossier/domain';
import type { Kysely, Transaction } from 'kysely';
import { type AccessLogEntry, writeAccessLog } from './audit/access-log';
import { translateDbError } from './db/db-errors';
import { enterActorRole } from './db/repositories/session.repository';
import type { DB } from './db/schema';
import { accessPurpose, actingOrganisationId, breakGlassGrantOf } from './policies/household';
import type { Viewer } from './presenters/viewer';

/**
 * What every use case gets first: who acts, for which request, at what time, and the transaction it runs
 * in. Commands and queries never open transactions themselves; `runAsActor` does, once per request.
 */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  /** Set when a professional acts for someone else (e.g. a team lead for a colleague); null otherwise. */
  onBehalfOf: string | null;
  now: Date;
  tx: Transaction<DB>;
  /** Access-log rows of this transaction's writes; written just before commit (see runAsActor). */
  accessLog: AccessLogEntry[];
  /** The household views opened in this request; each that presented data leaves one access-log row. */
  views: Viewer[];
}

export type ActorContext = Omit<RequestContext, 'tx' | 'accessLog' | 'views'>;

/** The access-log rows of a request: its writes, and one read row per view that presented something. */
function collectAccessLog(accessLog: AccessLogEntry[], views: Viewer[]): AccessLogEntry[] {
  const rows = accessLog.splice(0);
  for (const view of views.splice(0)) {
    if (!view.presented) {
      continue;
    }
    rows.push({
      action: view.resource.action,
      resourceType: view.resource.type,
      resourceId: view.resource.id,
      householdId: view.householdId,
      personIds: view.shownPersonIds,
      purpose: view.resource.purpose ?? accessPurpose(view.access),
      breakGlassGrantId: breakGlassGrantOf(view.access),
      organisationId: actingOrganisationId(view.access),
    });
  }
  return rows;
}

/**
 * Runs `fn` in one transaction as the application database role, with the actor set for row-level
 * security (`app.actor_id`). Access-log rows collected by the use case are appended last, in the same
 * transaction, without any lock (the sealer seals them afterwards). When the use case fails after having
 * read personal data (e.g. a version conflict that returns the current version), the collected rows are
 * still written, in a transaction of their own, before the error is passed on: no read goes unlogged.
 */
export async function runAsActor<T>(
  db: Kysely<DB>,
  base: ActorContext,
  fn: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  const accessLog: AccessLogEntry[] = [];
  const views: Viewer[] = [];
  try {
    return await db.transaction().execute(async (tx) => {
      await enterActorRole(tx, base.actor.id, base.requestId);
      const ctx: RequestContext = { ...base, tx, accessLog, views };
      const result = await fn(ctx);
      await writeAccessLog(tx, base, collectAccessLog(accessLog, views), {
        transactionIdAssigned: true,
      });
      return result;
    });
  } catch (caught) {
    const error = translateDbError(caught);
    // Only what happened is logged: a failed write's own rows are gone with its transaction, but a lookup and a
    // view that presented data (e.g. the current version in a conflict answer) are logged on their own.
    const kept = accessLog.filter((e) => e.keepOnFailure);
    accessLog.splice(0, accessLog.length, ...kept);
    const shown = collectAccessLog(accessLog, views);
    if (shown.length > 0 && error instanceof AppError) {
      await db.transaction().execute(async (tx) => {
        await enterActorRole(tx, base.actor.id, base.requestId);
        await writeAccessLog(tx, base, shown, { transactionIdAssigned: true });
      });
    }
    throw error;
  }
}
