import type { AdminAction } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listAdminChanges as selectChanges } from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/** The administration log, newest first (issue 9.11): who changed which account or reference data, when. */
export async function listAdminChanges(ctx: RequestContext, options: { limit: number; before?: string }) {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  const rows = await selectChanges(ctx.tx, { limit: options.limit, beforeSeq: options.before });
  return rows.map((r) => ({
    seq: String(r.seq),
    occurredAt: new Date(r.occurredAt).toISOString(),
    by: r.actorLabel,
    action: r.action as AdminAction,
    entityType: r.entityType,
    entityId: r.entityId,
    entityName: r.entityName,
    reason: typeof r.details.reason === 'string' ? r.details.reason : null,
  }));
}
