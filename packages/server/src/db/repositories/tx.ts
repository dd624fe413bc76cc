import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema';

/** A repository runs in the request's transaction, or on the owner connection for operator tasks. */
export type Tx = Transaction<DB> | Kysely<DB>;
