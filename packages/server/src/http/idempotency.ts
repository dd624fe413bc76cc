import { createHash } from 'node:crypto';
import { AppError } from '@gezinsdossier/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { claimIdempotencyKey, storeIdempotentAnswer } from '../db/repositories/idempotency.repository';

/** The `Idempotency-Key` request header of a create: any printable ASCII, 1–200 characters (a UUID will do). */
export const IdempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/)
  .describe(
    'A key you choose per submission (e.g. a UUID). Sending the same request again with the same key returns the first answer instead of creating a second record; keys are kept for 24 hours.',
  );

/** The key of a request, or null when none was sent. @throws AppError idempotency_key_invalid */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    return null;
  }
  const parsed = IdempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw new AppError('idempotency_key_invalid');
  }
  return parsed.data;
}

/** What makes two requests "the same": method, path and body. */
function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/**
 * Runs a create once per key: the first request with a key runs `create` and stores its answer in the same
 * transaction; a repeat of the same request gets that answer (and leaves an access-log row, since it shows
 * the same data again); the same key with another request is refused. When the first request failed,
 * nothing was stored and a repeat runs again.
 * @throws AppError idempotency_key_reused
 */
export async function runOnce<T>(
  ctx: RequestContext,
  request: FastifyRequest,
  key: string,
  statusCode: number,
  create: () => Promise<T>,
): Promise<T> {
  const requestHash = fingerprint(request);
  const earlier = await claimIdempotencyKey(ctx.tx, {
    accountId: ctx.actor.id,
    key,
    requestHash,
    now: ctx.now,
  });
  if (earlier) {
    if (earlier.requestHash !== requestHash || earlier.statusCode !== statusCode) {
      throw new AppError('idempotency_key_reused');
    }
    const householdId = (request.params as { householdId?: string }).householdId ?? null;
    logAccess(ctx, {
      action: 'read',
      resourceType: 'idempotent_replay',
      resourceId: null,
      householdId,
      personIds: [],
      purpose: 'CASEWORK',
    });
    return earlier.response as T;
  }
  const result = await create();
  await storeIdempotentAnswer(ctx.tx, { accountId: ctx.actor.id, key, statusCode, response: result });
  return result;
}
