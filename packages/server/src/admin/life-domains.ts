import { AppError } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * The life domains of the family plan are an open, configurable list (operator task, CLI): add one, or
 * retire one. A retired domain stays on existing goals and scores but is no longer offered.
 */
export async function listLifeDomains(db: Kysely<DB>) {
  return db.selectFrom('lifeDomains').selectAll().orderBy('position').execute();
}

/** @throws AppError validation_failed when the code is not UPPER_SNAKE_CASE or a label is empty */
export async function addLifeDomain(
  db: Kysely<DB>,
  input: { code: string; labelNl: string; labelEn: string },
) {
  if (!/^[A-Z][A-Z_]{1,39}$/.test(input.code) || !input.labelNl.trim() || !input.labelEn.trim()) {
    throw new AppError('validation_failed', {
      detail: 'the code must be UPPER_SNAKE_CASE (2–40 characters) and both labels are needed',
    });
  }
  const { max } = await db
    .selectFrom('lifeDomains')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(0)).as('max'))
    .executeTakeFirstOrThrow();
  await db
    .insertInto('lifeDomains')
    .values({
      code: input.code,
      labelNl: input.labelNl.trim(),
      labelEn: input.labelEn.trim(),
      position: Number(max) + 1,
    })
    .onConflict((c) =>
      c
        .column('code')
        .doUpdateSet({ labelNl: input.labelNl.trim(), labelEn: input.labelEn.trim(), active: true }),
    )
    .execute();
}

/** @returns false when there is no such domain */
export async function retireLifeDomain(db: Kysely<DB>, code: string): Promise<boolean> {
  const result = await db
    .updateTable('lifeDomains')
    .set({ active: false })
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
