import { PageQuerySchema, TimelineEntryCreateSchema } from '@gezinsdossier/domain';
import { addTimelineEntry } from '../../commands/add-timeline-entry';
import { TimelinePageSchema } from '../../presenters/dossier.presenter';
import { TimelineEntrySchema } from '../../presenters/timeline.presenter';
import { listTimeline } from '../../queries/list-timeline';
import type { App, Run } from '../app';
import { route } from './define';
import { HouseholdParams } from './params';

export async function registerTimelineRoutes(app: App, run: Run): Promise<void> {
  const tags = ['timeline'];
  route(app, run, {
    method: 'GET',
    path: '/households/:householdId/timeline-entries',
    operationId: 'listTimeline',
    summary: 'A page of the household timeline, newest first',
    tags,
    params: HouseholdParams,
    query: PageQuerySchema,
    response: TimelinePageSchema,
    paged: true,
    handler: (ctx, { params, query }) => listTimeline(ctx, params.householdId, query),
  });
  route(app, run, {
    method: 'POST',
    path: '/households/:householdId/timeline-entries',
    operationId: 'addTimelineEntry',
    summary: 'Add a note, contact or document',
    tags,
    params: HouseholdParams,
    body: TimelineEntryCreateSchema,
    response: TimelineEntrySchema,
    status: 201,
    handler: (ctx, { params, body }) => addTimelineEntry(ctx, params.householdId, body),
  });
}
