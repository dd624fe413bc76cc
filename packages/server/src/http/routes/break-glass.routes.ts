import { BreakGlassRequestSchema, BreakGlassReviewSchema } from '@gezinsdossier/domain';
import { z } from 'zod';
import { requestBreakGlass } from '../../commands/request-break-glass';
import { reviewBreakGlass } from '../../commands/review-break-glass';
import { BreakGlassGrantReviewSchema, BreakGlassGrantSchema } from '../../presenters/break-glass.presenter';
import { getBreakGlassReview } from '../../queries/get-break-glass-review';
import { listBreakGlassReviews } from '../../queries/list-break-glass-reviews';
import type { App, Run } from '../app';
import { route } from './define';
import { BreakGlassGrantedSchema, BreakGlassReviewedSchema } from './schemas';

export async function registerBreakGlassRoutes(app: App, run: Run): Promise<void> {
  const tags = ['break-glass'];
  route(app, run, {
    method: 'POST',
    path: '/break-glass-grants',
    operationId: 'requestBreakGlass',
    summary: 'Emergency access to one household (exact lookup, typed reason, time-limited)',
    tags,
    body: BreakGlassRequestSchema,
    response: BreakGlassGrantedSchema,
    status: 201,
    handler: (ctx, { body }) => requestBreakGlass(ctx, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/break-glass-grants',
    operationId: 'listBreakGlassGrants',
    summary: 'Break-the-glass accesses for a team lead to review',
    tags,
    query: z.object({ open: z.enum(['true', 'false']).default('true') }),
    response: z.array(BreakGlassGrantSchema),
    handler: (ctx, { query }) => listBreakGlassReviews(ctx, { onlyOpen: query.open === 'true' }),
  });
  route(app, run, {
    method: 'GET',
    path: '/break-glass-grants/:grantId',
    operationId: 'getBreakGlassGrant',
    summary: 'One break-the-glass access with everything read or changed under it, for its review',
    tags,
    params: z.object({ grantId: z.uuid() }),
    response: BreakGlassGrantReviewSchema,
    handler: (ctx, { params }) => getBreakGlassReview(ctx, params.grantId),
  });
  route(app, run, {
    method: 'PUT',
    path: '/break-glass-grants/:grantId/review',
    operationId: 'reviewBreakGlass',
    summary: 'Review a break-the-glass access',
    tags,
    params: z.object({ grantId: z.uuid() }),
    body: BreakGlassReviewSchema,
    response: BreakGlassReviewedSchema,
    handler: (ctx, { params, body }) => reviewBreakGlass(ctx, params.grantId, body),
  });
}
