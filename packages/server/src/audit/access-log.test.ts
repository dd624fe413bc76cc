import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { getDossier } from '../queries/get-dossier';
import type { Actor } from '@gezinsdossier/domain';
import { asActor, type BuiltHousehold, buildHousehold, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { verifyAccessLog } from './access-log';

let database: Database;
let seqs: number[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  const h = await buildHousehold(database.db, lt);
  for (let i = 0; i < 6; i++) {
    await asActor(database.db, lt, (ctx) => getDossier(ctx, h.householdId));
  }
  seqs = (await database.db.selectFrom('accessLog').select('seq').orderBy('seq').execute()).map((r) => r.seq);
});
afterAll(async () => database?.close());

/** Tampers inside a transaction as the owner (triggers off), verifies, and rolls back. */
async function verifyAfter(tamper: string) {
  let result: Awaited<ReturnType<typeof verifyAccessLog>> | undefined;
  await database.db
    .transaction()
    .execute(async (tx) => {
      await sql.raw('alter table access_log disable trigger user').execute(tx);
      await sql.raw(tamper).execute(tx);
      result = await verifyAccessLog(tx);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') {
        throw error;
      }
    });
  return result as Awaited<ReturnType<typeof verifyAccessLog>>;
}

describe('access log hash chain (NEN 7513, tamper-evident)', () => {
  it('verifies an untouched chain', async () => {
    expect(seqs.length).toBeGreaterThanOrEqual(6);
    expect(await verifyAccessLog(database.db)).toEqual({
      ok: true,
      rowsChecked: seqs.length,
      firstBroken: null,
    });
  });

  it('detects an edit of any one row, reporting that row', async () => {
    for (const seq of seqs) {
      const result = await verifyAfter(`update access_log set action = 'export' where seq = ${seq}`);
      expect(result).toMatchObject({ ok: false, firstBroken: { seq, problem: 'hash_mismatch' } });
    }
  });

  it('detects a changed timestamp or actor even when the stored hash is recomputed for that row alone', async () => {
    const seq = seqs[2] as number;
    const result = await verifyAfter(
      `update access_log set occurred_at = occurred_at - interval '1 day' where seq = ${seq};
       update access_log set hash = access_log_hash(access_log) where seq = ${seq}`,
    );
    // The row itself is consistent again, but its successor still links to the old hash.
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: seqs[3], problem: 'link_mismatch' } });
  });

  it('detects deletion of any one row: a middle row breaks the next link, the last row breaks the head', async () => {
    for (const [i, seq] of seqs.entries()) {
      const result = await verifyAfter(`delete from access_log where seq = ${seq}`);
      const isLast = i === seqs.length - 1;
      expect(result.ok).toBe(false);
      expect(result.firstBroken).toEqual(
        isLast
          ? { seq: seqs.at(-1), problem: 'head_mismatch' }
          : { seq: seqs[i + 1], problem: 'link_mismatch' },
      );
    }
  });

  it('the application role cannot update or delete log rows, and even the owner is stopped by the trigger', async () => {
    const attempt = (statement: string, asApp: boolean) =>
      database.db.transaction().execute(async (tx) => {
        if (asApp) {
          await sql.raw('set local role gezinsdossier_app').execute(tx);
        }
        await sql.raw(statement).execute(tx);
      });
    await expect(
      attempt(`update access_log set action = 'read' where seq = ${seqs[0]}`, true),
    ).rejects.toThrow(/permission denied/);
    await expect(attempt(`delete from access_log where seq = ${seqs[0]}`, true)).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      attempt(`update access_log set action = 'read' where seq = ${seqs[0]}`, false),
    ).rejects.toThrow(/append-only/);
    await expect(attempt('truncate access_log', false)).rejects.toThrow(/append-only/);
    expect((await verifyAccessLog(database.db)).ok).toBe(true);
  });

  it('stays one unbroken chain when many transactions append at once', async () => {
    const professionals = await Promise.all(
      Array.from({ length: 4 }, () => buildProfessional(database.db, 'LOCAL_TEAM')),
    );
    const households: { p: Actor; h: BuiltHousehold }[] = [];
    for (const p of professionals) {
      households.push({ p, h: await buildHousehold(database.db, p) });
    }
    const before = (await verifyAccessLog(database.db)).rowsChecked;
    await Promise.all(
      Array.from({ length: 120 }, (_, i) => {
        const { p, h } = households[i % households.length] as { p: Actor; h: BuiltHousehold };
        return asActor(database.db, p, (ctx) => getDossier(ctx, h.householdId));
      }),
    );
    expect(await verifyAccessLog(database.db)).toEqual({
      ok: true,
      rowsChecked: before + 120,
      firstBroken: null,
    });
  });
});
