import { type Kysely, sql } from 'kysely';

/**
 * Access-log rows must be chained in `seq` order, because `audit verify` walks the chain by `seq`.
 *
 * The identity value of a row is drawn before its row trigger runs, so two transactions could draw
 * seq 10 and 11 and then take the head lock in the opposite order (seen on PostgreSQL under 40
 * concurrent requests). A statement-level trigger takes the head lock before any identity value of the
 * statement is drawn; the lock is held until commit, so seqs are drawn and chained in the same order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create function access_log_lock_head() returns trigger
language plpgsql security definer set search_path = public as $fn$
begin
  perform 1 from access_log_head where id = 1 for update;
  return null;
end
$fn$;
create trigger access_log_lock_head before insert on access_log
  for each statement execute function access_log_lock_head();
`)
    .execute(db);
}
