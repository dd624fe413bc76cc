import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { buildApp } from './app';

/**
 * The OpenAPI document of the public API as the server describes it, without serving anything: the web's
 * types are generated from it (`npm run api:generate`) and CI lints it with Spectral. Building the document
 * runs no query, so the app is built without a database connection.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_ON_EMPTY: 'false' });
  const noDatabase = {
    backend: 'pglite',
    close: async () => {},
    get db(): never {
      throw new Error('the OpenAPI document is built without a database');
    },
  } as unknown as Database;
  const app = await buildApp({ config, database: noDatabase, now: () => new Date() }, { logger: false });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}
