import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { type Actor, AppError, LIMITS } from '@gezinsdossier/domain';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type z, z as zod } from 'zod';
import { resolveSession, SESSION_COOKIE } from '../auth/session';
import { type RequestContext, runAsActor } from '../context';
import { ping } from '../db/repositories/reference.repository';
import type { Deps } from '../deps';
import { named } from '../presenters/schemas';
import { depthLimitedJsonParser, findNul } from './json-body';
import { sendProblem } from './problem';
import { registerAdministrationRoutes } from './routes/administration.routes';
import { registerAuthRoutes } from './routes/auth.routes';
import { registerCaseworkRoutes } from './routes/casework.routes';
import { registerLegalRouteRoutes } from './routes/legal-route.routes';
import { registerBreakGlassRoutes } from './routes/break-glass.routes';
import { registerCompositionRoutes } from './routes/composition.routes';
import { registerHouseholdRoutes } from './routes/households.routes';
import { registerReferenceRoutes } from './routes/reference.routes';
import { registerTeamRoutes } from './routes/team.routes';
import { API, PROBLEMS } from './routes/define';
import { registerTimelineRoutes } from './routes/timeline.routes';
// Last, so that the complaints' schemas come after the others in the API document.
import { registerComplaintRoutes } from './routes/complaints.routes';
import { registerDecisionRoutes } from './routes/decisions.routes';
import { registerFamilyViewRoutes } from './routes/family-view.routes';

declare module 'fastify' {
  interface FastifyRequest {
    session: { sessionId: string; csrfToken: string; actor: Actor } | null;
  }
  interface FastifyContextConfig {
    /** Routes that work without a session (sign-in, health, OpenAPI). */
    public?: boolean;
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Builds the HTTP app. The middleware order lives here, once:
 * request id → security headers → cookie → session → CSRF (unsafe methods) → zod validation → handler
 * (which runs the use case in one transaction as the actor) → presenter → problem+json on any error.
 */
export async function buildApp(deps: Deps, options: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    bodyLimit: LIMITS.bodyLimitBytes,
    // Behind a reverse proxy (TRUST_PROXY), request.ip is the forwarded client address, so the sign-in rate
    // limit counts per person and not per office; otherwise forwarded headers are ignored.
    trustProxy: deps.config.http.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    logger:
      options.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            // Structured logs without personal data: no bodies, no query strings (they may hold names).
            serializers: {
              req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses are serialised as they are: the presenters build exactly the fields of their schema. With
  // RESPONSE_VALIDATION on (the test suites), every response is also checked against its schema.
  app.setSerializerCompiler(({ schema, method, url }) => {
    const zodSchema = schema as z.ZodType | undefined;
    if (!deps.config.responseValidation || !zodSchema || typeof zodSchema.safeParse !== 'function') {
      return (data) => JSON.stringify(data);
    }
    return (data) => {
      const result = zodSchema.safeParse(data);
      if (!result.success) {
        throw new Error(
          `response of ${method} ${url} does not match its schema: ${JSON.stringify(result.error.issues.slice(0, 3))}`,
        );
      }
      return JSON.stringify(data);
    };
  });
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  // JSON bodies: Fastify's parser (prototype-poisoning protection), behind a depth limit on the raw text.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    depthLimitedJsonParser(app.getDefaultJsonParser('error', 'error')),
  );
  app.decorateRequest('session', null);

  // Over https the browser is told to stay on https (HSTS, upgrade-insecure-requests). Served over plain
  // http (a LAN address, a first try-out) those would send the browser to https, where nothing answers,
  // and the page would stay blank (issue 9.10).
  const https = (deps.config.http.publicUrl ?? '').startsWith('https:');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // Compressed answers (brotli or gzip, as the browser accepts) for the web app and the API (issue 9.9).
  await app.register(fastifyCompress, { threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gezinsdossier API',
        version: API_VERSION,
        description:
          'One joint household dossier for the Toekomstscenario kind- en gezinsbescherming. Errors are application/problem+json with a stable `code`. Writes that change an existing resource carry its `version`; a stale version gets 409 with the current version as you may see it. Paged lists return a `nextCursor` and a `Link` header with `rel="next"`. Every response carries the `API-Version` header.',
        contact: { name: 'Gezinsdossier', url: 'https://gezinsdossier.nl', email: 'beheer@gezinsdossier.nl' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: deps.config.http.publicUrl ?? '/', description: 'This installation' }],
      tags: [
        { name: 'auth', description: 'Sign-in and the session' },
        { name: 'households', description: 'The gezinsdossier: caseload, dossier, access log, export' },
        { name: 'composition', description: 'Persons, memberships, addresses, relations and network' },
        { name: 'team', description: 'The case team: vast gezicht, RVT duo partner, experts' },
        { name: 'timeline', description: 'Notes, contacts, documents and the steps of the path' },
        { name: 'casework', description: 'The path of a worry (KT2–KT5)' },
        { name: 'shielding', description: 'Withholding one item from one person, colleague or ground' },
        { name: 'break-glass', description: 'Emergency access and its review' },
        { name: 'reference', description: 'Municipalities and the staff directory' },
        {
          name: 'administration',
          description:
            'Accounts, memberships, OIDC binding, regions, municipalities, organisations and their log',
        },
        { name: 'operations', description: 'Health' },
        {
          name: 'legal route',
          description: 'Petitions, counter-review, rulings, running measures, support (KT6–KT9)',
        },
        {
          name: 'complaints',
          description: 'Complaints, their terms, independent handling and AKJ support (KT9)',
        },
        {
          name: 'decisions',
          description:
            'Weighty decisions with their reasons, and the gates a region configures: a lighter counter-review and four-eyes approval (KT7-R5)',
        },
      ],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) =>
      withoutUnusedSchemas(
        jsonSchemaTransformObject(document) as { components?: { schemas?: Record<string, unknown> } },
      ) as ReturnType<typeof jsonSchemaTransformObject>,
  });
  app.get(`${API}/openapi.json`, { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  // Readiness for load balancers and operators: answers 503 when the database does not respond.
  app.get(
    `${API}/health`,
    {
      config: { public: true },
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'Whether the platform and its database answer',
        description: 'Readiness for load balancers and operators: 503 while the database does not answer.',
        response: {
          200: HealthSchema,
          ...PROBLEMS,
          503: {
            description: 'The database does not answer',
            content: { 'application/json': { schema: HealthSchema } },
          },
        },
      },
    },
    async (_request, reply) => {
      try {
        await ping(deps.database.db);
        return { status: 'ok' as const, database: deps.database.backend };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: deps.database.backend });
      }
    },
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('api-version', API_VERSION);
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('cache-control', 'no-store');
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = await resolveSession(
        deps.database.db,
        token,
        deps.config.auth.sessionIdleMinutes,
        deps.now(),
      );
    }
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public) {
      return;
    }
    if (!request.session) {
      throw new AppError('unauthenticated');
    }
    if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== request.session.csrfToken) {
      throw new AppError('csrf_failed');
    }
  });

  // PostgreSQL cannot store U+0000 in text or JSON; refuse it anywhere in the input with a field issue
  // instead of letting the database fail later.
  app.addHook('preValidation', async (request) => {
    const path = findNul(request.body) ?? findNul(request.query);
    if (path !== null) {
      throw new AppError('validation_failed', {
        issues: [{ path, code: 'text_invalid_character', message: 'text_invalid_character' }],
      });
    }
  });

  const run = <T>(request: FastifyRequest, fn: (ctx: RequestContext) => Promise<T>): Promise<T> => {
    const session = request.session;
    if (!session) {
      throw new AppError('unauthenticated');
    }
    return runAsActor(
      deps.database.db,
      { actor: session.actor, requestId: request.id, onBehalfOf: null, now: deps.now() },
      fn,
    );
  };

  await registerAuthRoutes(app, deps);
  await registerHouseholdRoutes(app, run);
  await registerCompositionRoutes(app, run);
  await registerTeamRoutes(app, run);
  await registerTimelineRoutes(app, run);
  await registerCaseworkRoutes(app, run);
  await registerLegalRouteRoutes(app, run);
  await registerBreakGlassRoutes(app, run);
  await registerReferenceRoutes(app, run);
  await registerAdministrationRoutes(app, run);
  await registerComplaintRoutes(app, run);
  await registerDecisionRoutes(app, run);
  await registerFamilyViewRoutes(app, run);

  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      // Built files under assets/ carry a content hash in their name: cache them for a year. index.html
      // (served below for every page) is checked each time, so a new version is picked up at once.
      setHeaders: (res, filePath) => {
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return sendProblem(new AppError('not_found'), request, reply);
    }
    // Single-page app: every other GET serves index.html; the client router takes over.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}

/**
 * The schema registry holds an input and an output variant of every named schema; only the variants that
 * an operation refers to belong in the document.
 */
function withoutUnusedSchemas<D extends { components?: { schemas?: Record<string, unknown> } }>(doc: D): D {
  const schemas = doc.components?.schemas;
  if (!schemas) {
    return doc;
  }
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
          const name = child.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else {
          visit(child);
        }
      }
    }
  };
  const { components, ...rest } = doc;
  visit(rest);
  return {
    ...doc,
    components: {
      ...components,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))),
    },
  };
}

/** The full version of the public API (NL API Design Rules, API-57: in the `API-Version` header). */
export const API_VERSION = '1.0.0';

const HealthSchema = named(
  'Health',
  zod.strictObject({ status: zod.enum(['ok', 'unavailable']), database: zod.enum(['pglite', 'postgres']) }),
);

export type Run = <T>(request: FastifyRequest, fn: (ctx: RequestContext) => Promise<T>) => Promise<T>;
