import { PageQuerySchema, TimelineEntryCreateSchema } from '@gezinsdossier/domain';
import { addTimelineEntry } from '../../commands/add-timeline-entry';
import { listTimeline } from '../../queries/list-timeline';
import type { App, Run } from '../app';
import { HouseholdParams } from './params';

export async function registerTimelineRoutes(app: App, run: Run): Promise<void> {
  const tags = ['timeline'];
  app.get(
    '/api/households/:householdId/timeline',
    {
      schema: {
        tags,
        summary: 'A page of the household timeline, newest first',
        params: HouseholdParams,
        querystring: PageQuerySchema,
      },
    },
    (request) => run(request, (ctx) => listTimeline(ctx, request.params.householdId, request.query)),
  );
  app.post(
    '/api/households/:householdId/timeline',
    {
      schema: {
        tags,
        summary: 'Add a note, contact or document',
        params: HouseholdParams,
        body: TimelineEntryCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (ctx) => addTimelineEntry(ctx, request.params.householdId, request.body))),
  );
}
