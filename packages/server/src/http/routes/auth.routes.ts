import { AppError, ORGANISATION_ROLES } from '@gezinsdossier/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { createOidcClient, type OidcClient } from '../../auth/oidc';
import { createSession, deleteSession, SESSION_COOKIE } from '../../auth/session';
import {
  DEMO_SUGGESTIONS,
  listAccounts,
  listDemoSuggestions,
  loadActor,
} from '../../db/repositories/account.repository';
import type { Deps } from '../../deps';
import { globalRules } from '../../policies/global';
import { abilities } from '../../policies/rulebook';
import { GlobalAbilitiesSchema } from '../../presenters/abilities';
import { named } from '../../presenters/schemas';
import type { App } from '../app';
import { API, PROBLEMS } from './define';

const ActorSchema = named(
  'Actor',
  z.strictObject({
    id: z.uuid(),
    kind: z.enum(['PROFESSIONAL', 'FAMILY_MEMBER', 'ADMINISTRATOR']),
    displayName: z.string(),
    personId: z.uuid().nullable(),
    memberships: z.array(
      z.strictObject({
        organisationId: z.uuid(),
        organisationKind: z.enum(['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE', 'OTHER']),
        regionId: z.uuid(),
        role: z.enum(ORGANISATION_ROLES),
      }),
    ),
  }),
);
const SessionSchema = named(
  'Session',
  z.strictObject({
    actor: ActorSchema,
    csrfToken: z.string(),
    abilities: GlobalAbilitiesSchema,
    demoMode: z.boolean(),
  }),
);
const DemoUserSchema = named(
  'DemoUser',
  z.strictObject({
    id: z.uuid(),
    kind: z.enum(['PROFESSIONAL', 'FAMILY_MEMBER', 'ADMINISTRATOR']),
    displayName: z.string(),
    isDemo: z.boolean(),
    organisationName: z.string().nullable(),
    organisationKind: z.enum(['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE', 'OTHER']).nullable(),
    role: z.enum(ORGANISATION_ROLES).nullable(),
  }),
);
const DemoSuggestionSchema = named(
  'DemoSuggestion',
  z.strictObject({
    suggestion: z.enum(DEMO_SUGGESTIONS),
    id: z.uuid(),
    displayName: z.string(),
    /** Open cases this user works on, and in how many different stages of the path they are. */
    families: z.number().int(),
    stages: z.number().int(),
  }),
);
const redirect = { 302: z.null().describe('Redirect to the identity provider or back to the app') };

const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/**
 * Sign-in. Demo mode: a page lists synthetic demo users per role, clearly marked as demo. Production: OIDC
 * (authorization code + PKCE). We store no passwords. Sessions live in an httpOnly, SameSite=Lax cookie.
 */
export async function registerAuthRoutes(app: App, deps: Deps): Promise<void> {
  const tags = ['auth'];
  let oidc: OidcClient | null = null;

  const startSession = async (reply: FastifyReply, accountId: string) => {
    const { token, csrfToken } = await createSession(
      deps.database.db,
      accountId,
      deps.config.auth.sessionIdleMinutes,
      deps.now(),
    );
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.config.http.cookieSecure,
      path: '/',
    });
    return csrfToken;
  };

  app.get(
    `${API}/auth/methods`,
    {
      config: { public: true },
      schema: {
        operationId: 'getSignInMethods',
        tags,
        summary: 'Which sign-in methods are available',
        description: 'Which sign-in methods are available.',
        response: {
          200: named('SignInMethods', z.strictObject({ demo: z.boolean(), oidc: z.boolean() })),
          ...PROBLEMS,
        },
      },
    },
    async () => ({ demo: deps.config.auth.demoMode, oidc: deps.config.auth.oidc !== null }),
  );

  app.get(
    `${API}/auth/demo-users`,
    {
      config: { public: true },
      schema: {
        operationId: 'listDemoUsers',
        tags,
        summary: 'Synthetic demo users (demo mode only)',
        description: 'Synthetic demo users (demo mode only).',
        response: { 200: z.array(DemoUserSchema), ...PROBLEMS },
      },
    },
    async () => {
      if (!deps.config.auth.demoMode) {
        throw new AppError('demo_mode_disabled');
      }
      return listAccounts(deps.database.db, { demoOnly: true });
    },
  );

  app.get(
    `${API}/auth/demo-suggestions`,
    {
      config: { public: true },
      schema: {
        operationId: 'listDemoSuggestions',
        tags,
        summary: 'The demo users to try first (demo mode only)',
        description:
          'The demo users to try first, in order: a Lokaal Team vast gezicht with families in several stages, an RVT duo partner, a team lead and a crisis-service professional (demo mode only).',
        response: { 200: z.array(DemoSuggestionSchema), ...PROBLEMS },
      },
    },
    async () => {
      if (!deps.config.auth.demoMode) {
        throw new AppError('demo_mode_disabled');
      }
      return listDemoSuggestions(deps.database.db);
    },
  );

  app.post(
    `${API}/auth/demo-sessions`,
    {
      config: { public: true, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        operationId: 'signInAsDemoUser',
        tags,
        summary: 'Sign in as a demo user (demo mode only)',
        description: 'Sign in as a demo user (demo mode only).',
        body: z.object({ accountId: z.uuid() }),
        response: { 201: named('SignedIn', z.strictObject({ csrfToken: z.string() })), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      if (!deps.config.auth.demoMode) {
        throw new AppError('demo_mode_disabled');
      }
      const demo = (await listAccounts(deps.database.db, { demoOnly: true })).find(
        (a) => a.id === request.body.accountId,
      );
      if (!demo) {
        throw new AppError('not_found');
      }
      const csrfToken = await startSession(reply, demo.id);
      return reply.code(201).send({ csrfToken });
    },
  );

  app.get(
    `${API}/auth/oidc/start`,
    {
      config: { public: true, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        operationId: 'startOidcSignIn',
        tags,
        summary: 'Start OIDC sign-in (redirect)',
        description: 'Start OIDC sign-in (redirect).',
        response: { ...redirect, ...PROBLEMS },
      },
    },
    async (_request, reply) => {
      oidc ??= await createOidcClient(deps);
      return reply.redirect((await oidc.start()).toString());
    },
  );

  app.get(
    `${API}/auth/oidc/callback`,
    {
      config: { public: true, rateLimit: LOGIN_RATE_LIMIT },
      schema: { tags, summary: 'OIDC redirect target', hide: true },
    },
    async (request, reply) => {
      oidc ??= await createOidcClient(deps);
      const base = deps.config.http.publicUrl ?? `http://${request.headers.host}`;
      try {
        const accountId = await oidc.finish(new URL(request.url, base));
        await startSession(reply, accountId);
      } catch (error) {
        // A person arrives here from the identity provider in a browser: send them back to the sign-in
        // page with the reason, not to a JSON document.
        const code = error instanceof AppError ? error.code : 'oidc_failed';
        request.log.warn({ code }, 'oidc sign-in failed');
        return reply.redirect(`/inloggen?fout=${code}`);
      }
      return reply.redirect('/');
    },
  );

  app.get(
    `${API}/session`,
    {
      config: { public: true },
      schema: {
        operationId: 'getSession',
        tags,
        summary: 'The signed-in actor, CSRF token and global abilities',
        description: 'The signed-in actor, CSRF token and global abilities.',
        response: { 200: SessionSchema, ...PROBLEMS },
      },
    },
    async (request) => {
      if (!request.session) {
        throw new AppError('unauthenticated');
      }
      const actor = await loadActor(deps.database.db, request.session.actor.id);
      if (!actor) {
        throw new AppError('unauthenticated');
      }
      return {
        actor,
        csrfToken: request.session.csrfToken,
        abilities: abilities(globalRules, actor, null),
        demoMode: deps.config.auth.demoMode,
      };
    },
  );

  app.delete(
    `${API}/session`,
    {
      schema: {
        operationId: 'signOut',
        tags,
        summary: 'Sign out',
        description: 'Sign out.',
        response: { 204: z.null().describe('Signed out'), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      if (request.session) {
        await deleteSession(deps.database.db, request.session.sessionId);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
}
