import { BreakGlassRequestSchema, BreakGlassReviewSchema } from '@gezinsdossier/domain';
import { z } from 'zod';
import { requestBreakGlass } from '../../commands/request-break-glass';
import { reviewBreakGlass } from '../../commands/review-break-glass';
import { listBreakGlassReviews } from '../../queries/list-break-glass-reviews';
import type { App, Run } from '../app';

export async function registerBreakGlassRoutes(app: App, run: Run): Promise<void> {
  const tags = ['break-glass'];
  app.post(
    '/api/break-glass',
    {
      schema: {
        tags,
        summary: 'Emergency access to one household (exact lookup, typed reason, time-limited)',
        body: BreakGlassRequestSchema,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await run(request, (ctx) => requestBreakGlass(ctx, request.body))),
  );
  app.get(
    '/api/break-glass/reviews',
    {
      schema: {
        tags,
        summary: 'Break-the-glass accesses for a team lead to review',
        querystring: z.object({ open: z.enum(['true', 'false']).default('true') }),
      },
    },
    (request) =>
      run(request, (ctx) => listBreakGlassReviews(ctx, { onlyOpen: request.query.open === 'true' })),
  );
  app.post(
    '/api/break-glass/:grantId/review',
    {
      schema: {
        tags,
        summary: 'Review a break-the-glass access',
        params: z.object({ grantId: z.uuid() }),
        body: BreakGlassReviewSchema,
      },
    },
    (request) => run(request, (ctx) => reviewBreakGlass(ctx, request.params.grantId, request.body)),
  );
}
