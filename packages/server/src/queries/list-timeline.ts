import type { PageQuery } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listTimeline as selectTimeline } from '../db/repositories/timeline.repository';
import { requireHousehold } from '../policies/require';
import { presentTimelineEntry } from '../presenters/timeline.presenter';
import { presentEach } from '../presenters/viewer';
import { decodeCursor, encodeCursor, TimelineCursorSchema } from './cursor';
import { pageOf } from './get-dossier';

/** A page of the household timeline, newest first, as this viewer may see it. */
export async function listTimeline(ctx: RequestContext, householdId: string, page: PageQuery) {
  const viewer = await requireHousehold(ctx, householdId, 'timeline.read');
  viewer.resource = { action: 'read', type: 'timeline', id: householdId };
  const before = decodeCursor(page.cursor, TimelineCursorSchema);
  const rows = await selectTimeline(
    ctx.tx,
    householdId,
    page.limit + 1 + viewer.access.shields.length,
    before,
  );
  const { items, last } = pageOf(rows, page.limit, (e) => viewer.sees(e.id) && viewer.sees(e.sourceId));
  viewer.touch();
  return {
    items: presentEach(items, (e) => presentTimelineEntry(viewer, e)),
    nextCursor: last ? encodeCursor({ occurredAt: last.occurredAt.toISOString(), id: last.id }) : null,
  };
}
