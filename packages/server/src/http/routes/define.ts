import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequestContext } from '../../context';
import { named } from '../../presenters/schemas';
import type { App, Run } from '../app';
import { IdempotencyKeySchema, idempotencyKeyOf, runOnce } from '../idempotency';

/** The public API's base path: the major version in the URI (NL API Design Rules, API-20). */
export const API = '/api/v1';

export const FieldIssueSchema = z.strictObject({ path: z.string(), code: z.string(), message: z.string() });
const GateIssueJson = z.strictObject({
  safeguard: z.string(),
  code: z.string(),
  ref: z.string().nullable().optional(),
});

/**
 * Every error: `application/problem+json` (RFC 9457) with a stable `code`, a message in Dutch or English,
 * field issues, and for a conflict the current version (`current`) as the caller may see it. Some errors
 * carry a few more codes (e.g. the allowed pathway steps).
 */
export const ProblemSchema = named(
  'Problem',
  z.looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    instance: z.string(),
    issues: z.array(FieldIssueSchema).optional(),
    current: z.unknown().optional(),
    /** `petition_not_ready`: every point that blocks, by safeguard id (spec §6.4). */
    blockers: z.array(GateIssueJson).optional(),
    /** `reviewer_not_eligible`: why each chosen person may not take part, by safeguard id (VAL-06, LS-17). */
    refusals: z.array(GateIssueJson).optional(),
  }),
);

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The errors every operation can answer with. */
export const PROBLEMS = {
  400: problem('The request is malformed or fails validation (field issues in `issues`)'),
  401: problem('Not signed in'),
  403: problem('CSRF token missing or wrong, or the action is not allowed for this role'),
  404: problem('Not found — or not accessible to you (need-to-know: the two look the same)'),
  409: problem(
    'Conflict: the item changed (the current version is in `current`) or the step is not possible now',
  ),
  413: problem('The request body is too large'),
  422: problem('The input breaks a rule of the domain (field issues in `issues`)'),
  429: problem('Too many requests'),
  500: problem('Something went wrong on our side; nothing was saved'),
  503: problem('The database is not available; try again shortly'),
} as const;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
> {
  method: Method;
  /** Relative to API, e.g. `/households/:householdId`. */
  path: string;
  operationId: string;
  summary: string;
  /** A longer explanation for the documentation (the summary when absent). */
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** The success response (null: 204 without a body). */
  response: R | null;
  /** 200 by default; 201 for creates. */
  status?: 200 | 201;
  /** Sign-in, health and documentation work without a session. */
  public?: boolean;
  /**
   * A rate limit for this operation; per signed-in professional with `perActor` (one office behind one
   * address is many people), otherwise per client address.
   */
  rateLimit?: { max: number; timeWindow: string; perActor?: boolean };
  /** For a paged list: the `Link` header's next page (NL API Design Rules: pagination with Link). */
  paged?: boolean;
  handler: (
    ctx: RequestContext,
    input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> },
  ) => Promise<z.input<R> | undefined>;
}

/**
 * Registers one operation of the public API, the same way every time: the path under /api/v1, its request
 * schemas, its success response schema and every problem response (so the OpenAPI document describes every
 * answer), and a handler that runs one use case in one transaction as the signed-in actor.
 */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  app: App,
  run: Run,
  spec: RouteSpec<P, Q, B, R>,
): void {
  const status = spec.response === null ? 204 : (spec.status ?? 200);
  app.route({
    method: spec.method,
    url: `${API}${spec.path}`,
    config: {
      public: spec.public ?? false,
      ...(spec.rateLimit
        ? {
            rateLimit: {
              max: spec.rateLimit.max,
              timeWindow: spec.rateLimit.timeWindow,
              ...(spec.rateLimit.perActor
                ? { keyGenerator: (request: FastifyRequest) => request.session?.actor.id ?? request.ip }
                : {}),
            },
          }
        : {}),
    },
    schema: {
      operationId: spec.operationId,
      tags: spec.tags,
      summary: spec.summary,
      description: spec.description ?? `${spec.summary}.`,
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.method === 'POST' && !spec.public
        ? { headers: z.looseObject({ 'idempotency-key': IdempotencyKeySchema.optional() }) }
        : {}),
      response: {
        ...(spec.response === null
          ? { 204: z.null().describe('Done; no content') }
          : { [status]: spec.response }),
        ...PROBLEMS,
      },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const input = {
        params: request.params as z.infer<P>,
        query: request.query as z.infer<Q>,
        body: request.body as z.infer<B>,
      };
      // A create with an Idempotency-Key runs once per key (http/idempotency.ts).
      const key = spec.method === 'POST' && !spec.public ? idempotencyKeyOf(request) : null;
      const result = await run(request, (ctx) =>
        key ? runOnce(ctx, request, key, status, () => spec.handler(ctx, input)) : spec.handler(ctx, input),
      );
      if (spec.paged) {
        linkNext(request, reply, (result as { nextCursor?: string | null } | undefined)?.nextCursor ?? null);
      }
      return reply.code(status).send(status === 204 ? undefined : result);
    },
  });
}

/** Sets `Link: <…?cursor=…>; rel="next"` for the next page of a keyset-paged list. */
function linkNext(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (!nextCursor) {
    return;
  }
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', nextCursor);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
}
