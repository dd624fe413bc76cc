import { type Kysely, sql } from 'kysely';

/**
 * One decision of a type waits for its gates per case at a time (issue 10 point 1): a resubmitted or
 * concurrent decision form cannot hold the same decision twice, one of which could never be carried out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create unique index decisions_one_waiting on decisions(case_id, type)
  where status in ('AWAITING_REVIEW', 'AWAITING_APPROVAL');
`)
    .execute(db);
}
