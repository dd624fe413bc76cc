import type { PageQuery } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { RequestContext } from '../context';
import { listHouseholdAccessLog } from '../db/repositories/audit.repository';
import { requireHousehold } from '../policies/require';
import { presentAccessLogEntry } from '../presenters/access-log.presenter';
import { presentEach } from '../presenters/viewer';
import { decodeCursor, encodeCursor } from './cursor';
import { pageOf } from './get-dossier';

const SeqCursorSchema = z.object({ seq: z.string().regex(/^\d+$/) });

/** Who looked at or changed this household's data (NEN 7513); for the fixed professional. */
export async function listAccessLog(ctx: RequestContext, householdId: string, page: PageQuery) {
  const viewer = await requireHousehold(ctx, householdId, 'access_log.read');
  viewer.resource = { action: 'read', type: 'access_log', id: householdId };
  const before = decodeCursor(page.cursor, SeqCursorSchema);
  const rows = await listHouseholdAccessLog(
    ctx.tx,
    householdId,
    // Rows about withheld items are skipped; read on until the page is full (or the log ends).
    page.limit + 1 + (viewer.access.shields.length > 0 ? page.limit * 4 : 0),
    before ? Number(before.seq) : undefined,
  );
  const { items, last } = pageOf(rows, page.limit, (r) => viewer.sees(r.resourceId));
  viewer.touch();
  return {
    items: presentEach(items, (r) => presentAccessLogEntry(viewer, r)),
    nextCursor: last ? encodeCursor({ seq: String(last.seq) }) : null,
  };
}
