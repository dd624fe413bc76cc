import type { PageQuery } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listTimeline as selectTimeline } from '../db/repositories/timeline.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { presentTimelineEntry } from '../presenters/present-dossier';
import { decodeCursor, encodeCursor, TimelineCursorSchema } from './cursor';

/** A page of the household timeline, newest first. */
export async function listTimeline(ctx: RequestContext, householdId: string, page: PageQuery) {
  const access = await requireHousehold(ctx, householdId, 'timeline.read');
  const before = decodeCursor(page.cursor, TimelineCursorSchema);
  const rows = await selectTimeline(ctx.tx, householdId, page.limit + 1, before);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  logAccess(ctx, {
    action: 'read',
    resourceType: 'timeline',
    resourceId: householdId,
    householdId,
    personIds: [...new Set(items.flatMap((e) => e.aboutPersonIds))],
    purpose: accessPurpose(access),
    breakGlassGrantId: access.teamRoles.length === 0 ? access.breakGlassGrantId : null,
  });
  return {
    items: items.map(presentTimelineEntry),
    nextCursor:
      rows.length > page.limit && last
        ? encodeCursor({ occurredAt: last.occurredAt.toISOString(), id: last.id })
        : null,
  };
}
