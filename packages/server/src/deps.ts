import type { Config } from './config';
import type { Database } from './db/database';

/** Everything the HTTP app and the CLI need, passed explicitly (no container, no globals). */
export interface Deps {
  config: Readonly<Config>;
  database: Database;
  /** The clock; tests can fix it. */
  now: () => Date;
}
