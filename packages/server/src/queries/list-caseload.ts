import { type PageQuery, todayInNetherlands } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listCaseload as selectCaseload } from '../db/repositories/household.repository';
import { type CaseloadItemJson, presentCaseloadItem } from '../presenters/caseload.presenter';
import { CaseloadCursorSchema, decodeCursor, encodeCursor } from './cursor';

/**
 * "Mijn gezinnen": the actor's caseload, scoped in SQL to the households they are involved in. A search
 * is logged as one `search` row; each listed household as a `read` of its name.
 */
export async function listCaseload(
  ctx: RequestContext,
  query: PageQuery & { q?: string },
): Promise<{ items: CaseloadItemJson[]; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor, CaseloadCursorSchema);
  const rows = await selectCaseload(ctx.tx, ctx.actor.id, { q: query.q, limit: query.limit + 1, after });
  const items = rows.slice(0, query.limit);
  const today = todayInNetherlands(ctx.now);
  if (query.q) {
    logAccess(ctx, {
      action: 'search',
      resourceType: 'household',
      resourceId: null,
      householdId: null,
      personIds: [],
      purpose: 'CASEWORK',
    });
  }
  for (const item of items) {
    logAccess(ctx, {
      action: 'read',
      resourceType: 'household_summary',
      resourceId: item.id,
      householdId: item.id,
      personIds: [],
      purpose: 'CASEWORK',
    });
  }
  const last = items.at(-1);
  return {
    items: items.map((item) => presentCaseloadItem(item, today)),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ name: last.displayName, id: last.id }) : null,
  };
}
