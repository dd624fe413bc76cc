import { AppError } from '@gezinsdossier/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { createOidcClient, type OidcClient } from '../../auth/oidc';
import { createSession, deleteSession, SESSION_COOKIE } from '../../auth/session';
import { listAccounts, loadActor } from '../../db/repositories/account.repository';
import type { Deps } from '../../deps';
import { globalRules } from '../../policies/global';
import { abilities } from '../../policies/rulebook';
import type { App } from '../app';

const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/**
 * Sign-in. Demo mode: a page lists synthetic demo users per role, clearly marked as demo. Production: OIDC
 * (authorization code + PKCE). We store no passwords. Sessions live in an httpOnly, SameSite=Lax cookie.
 */
export async function registerAuthRoutes(app: App, deps: Deps): Promise<void> {
  const tags = ['auth'];
  const db = deps.database.db;
  let oidc: OidcClient | null = null;

  const startSession = async (reply: FastifyReply, accountId: string) => {
    const { token, csrfToken } = await createSession(
      db,
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
    '/api/auth/methods',
    { config: { public: true }, schema: { tags, summary: 'Which sign-in methods are available' } },
    async () => ({ demo: deps.config.auth.demoMode, oidc: deps.config.auth.oidc !== null }),
  );

  app.get(
    '/api/auth/demo-users',
    { config: { public: true }, schema: { tags, summary: 'Synthetic demo users (demo mode only)' } },
    async () => {
      if (!deps.config.auth.demoMode) {
        throw new AppError('demo_mode_disabled');
      }
      return listAccounts(db, { demoOnly: true });
    },
  );

  app.post(
    '/api/auth/demo',
    {
      config: { public: true, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Sign in as a demo user (demo mode only)',
        body: z.object({ accountId: z.uuid() }),
      },
    },
    async (request, reply) => {
      if (!deps.config.auth.demoMode) {
        throw new AppError('demo_mode_disabled');
      }
      const demo = (await listAccounts(db, { demoOnly: true })).find((a) => a.id === request.body.accountId);
      if (!demo) {
        throw new AppError('not_found');
      }
      const csrfToken = await startSession(reply, demo.id);
      return reply.code(201).send({ csrfToken });
    },
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { public: true, rateLimit: LOGIN_RATE_LIMIT },
      schema: { tags, summary: 'Start OIDC sign-in (redirect)' },
    },
    async (_request, reply) => {
      oidc ??= await createOidcClient(deps);
      return reply.redirect((await oidc.start()).toString());
    },
  );

  app.get(
    '/api/auth/oidc/callback',
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
    '/api/session',
    {
      config: { public: true },
      schema: { tags, summary: 'The signed-in actor, CSRF token and global abilities' },
    },
    async (request) => {
      if (!request.session) {
        throw new AppError('unauthenticated');
      }
      const actor = await loadActor(db, request.session.actor.id);
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

  app.delete('/api/session', { schema: { tags, summary: 'Sign out' } }, async (request, reply) => {
    if (request.session) {
      await deleteSession(db, request.session.sessionId);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
}
