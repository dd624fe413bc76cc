import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import { OPERATOR_ACCOUNT_ID } from '../audit/record-admin-change';
import { type RequestContext, runAsActor } from '../context';
import type { DB } from '../db/schema';

/**
 * Runs an administration use case as the operator at the server's command line (`gezinsdossier users …`,
 * `regions add`, …): the same use cases, rules and administration log as the web app, with the operating
 * system user named as who did it. This is how the first administrator account is made.
 */
export function asOperator<T>(
  db: Kysely<DB>,
  operatorName: string,
  fn: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  const actor: Actor = {
    id: OPERATOR_ACCOUNT_ID,
    kind: 'ADMINISTRATOR',
    displayName: `operator ${operatorName} (CLI)`,
    personId: null,
    memberships: [],
  };
  return runAsActor(db, { actor, requestId: randomUUID(), onBehalfOf: null, now: new Date() }, fn);
}
