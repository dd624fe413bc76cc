import type { PageQuery } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listHouseholdAccessLog } from '../db/repositories/audit.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { decodeCursor } from './cursor';
import { z } from 'zod';

const SeqCursorSchema = z.object({ seq: z.string().regex(/^\d+$/) });

/** Who looked at or changed this household's data (NEN 7513); for the fixed professional. */
export async function listAccessLog(ctx: RequestContext, householdId: string, page: PageQuery) {
  const access = await requireHousehold(ctx, householdId, 'access_log.read');
  const before = decodeCursor(page.cursor, SeqCursorSchema);
  const rows = await listHouseholdAccessLog(
    ctx.tx,
    householdId,
    page.limit + 1,
    before ? Number(before.seq) : undefined,
  );
  const items = rows.slice(0, page.limit);
  logAccess(ctx, {
    action: 'read',
    resourceType: 'access_log',
    resourceId: householdId,
    householdId,
    personIds: [],
    purpose: accessPurpose(access),
  });
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last
        ? Buffer.from(JSON.stringify({ seq: String(last.seq) })).toString('base64url')
        : null,
  };
}
