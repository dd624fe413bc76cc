import { sql } from 'kysely';
import type { Tx } from './tx';

/** Reference data: the configurable life domains of the family plan, and the database's own liveness. */

export async function listLifeDomains(tx: Tx) {
  return tx
    .selectFrom('lifeDomains')
    .select(['code', 'labelNl', 'labelEn', 'position', 'active'])
    .orderBy('position')
    .execute();
}

export async function listActiveLifeDomains(tx: Tx) {
  return tx
    .selectFrom('lifeDomains')
    .select(['code', 'labelNl', 'labelEn'])
    .where('active', '=', true)
    .orderBy('position')
    .execute();
}

export async function isActiveLifeDomain(tx: Tx, code: string): Promise<boolean> {
  const row = await tx
    .selectFrom('lifeDomains')
    .select('code')
    .where('code', '=', code)
    .where('active', '=', true)
    .executeTakeFirst();
  return Boolean(row);
}

export async function nextLifeDomainPosition(tx: Tx): Promise<number> {
  const { max } = await tx
    .selectFrom('lifeDomains')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(0)).as('max'))
    .executeTakeFirstOrThrow();
  return Number(max) + 1;
}

export async function upsertLifeDomain(
  tx: Tx,
  row: { code: string; labelNl: string; labelEn: string; position: number },
): Promise<void> {
  await tx
    .insertInto('lifeDomains')
    .values(row)
    .onConflict((c) =>
      c.column('code').doUpdateSet({ labelNl: row.labelNl, labelEn: row.labelEn, active: true }),
    )
    .execute();
}

export async function deactivateLifeDomain(tx: Tx, code: string): Promise<boolean> {
  const result = await tx
    .updateTable('lifeDomains')
    .set({ active: false })
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether the database answers (readiness). */
export async function ping(tx: Tx): Promise<void> {
  await sql`select 1`.execute(tx);
}

/** Whether the database holds no reference data yet (first start). */
export async function isEmpty(tx: Tx): Promise<boolean> {
  const row = await tx
    .selectFrom('regions')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n === 0;
}
