import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { type Actor, AppError, LIMITS } from '@gezinsdossier/domain';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { resolveSession, SESSION_COOKIE } from '../auth/session';
import { type RequestContext, runAsActor } from '../context';
import type { Deps } from '../deps';
import { sendProblem } from './problem';
import { registerAuthRoutes } from './routes/auth.routes';
import { registerCaseworkRoutes } from './routes/casework.routes';
import { registerBreakGlassRoutes } from './routes/break-glass.routes';
import { registerCompositionRoutes } from './routes/composition.routes';
import { registerHouseholdRoutes } from './routes/households.routes';
import { registerReferenceRoutes } from './routes/reference.routes';
import { registerTeamRoutes } from './routes/team.routes';
import { registerTimelineRoutes } from './routes/timeline.routes';

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
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.decorateRequest('session', null);

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
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gezinsdossier API',
        version: '0.1.0',
        description:
          'One joint household dossier for the Toekomstscenario kind- en gezinsbescherming. Errors are application/problem+json with a stable `code`. Writes that change an existing resource carry its `version`; a stale version gets 409 with the current version.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  // Readiness for load balancers and operators: answers 503 when the database does not respond.
  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.database.db);
      return { status: 'ok', database: deps.database.backend };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: deps.database.backend });
    }
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
    // The API documentation (swagger-ui's own routes) is public like /api/openapi.json: it holds no personal data.
    const isDocs = request.url === '/api/docs' || request.url.startsWith('/api/docs/');
    if (!request.url.startsWith('/api/') || isDocs || request.routeOptions.config?.public) {
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
  await registerBreakGlassRoutes(app, run);
  await registerReferenceRoutes(app, run);

  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
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

/** The dotted path of the first string containing U+0000, or null. */
function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findNul(child, path ? `${path}.${key}` : key);
      if (found !== null) {
        return found;
      }
    }
  }
  return null;
}

export type Run = <T>(request: FastifyRequest, fn: (ctx: RequestContext) => Promise<T>) => Promise<T>;
