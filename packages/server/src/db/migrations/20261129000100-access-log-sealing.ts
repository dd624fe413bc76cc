import { type Kysely, sql } from 'kysely';

/**
 * The access log is no longer chained row by row inside the database. The row trigger and the statement
 * trigger locked one global head row until commit, which serialised every request that logged access, and
 * `audit verify` trusted a hash function stored in the database that its owner could replace.
 *
 * From here on, request transactions append rows without any lock or trigger, and one sealer in the server
 * process seals final rows in `seq` order into batches (`access_log_seals`), computing every hash in the
 * application; signed checkpoints (`access_log_checkpoints`) are also written to an anchor outside the
 * database. See `audit/sealer.ts` and docs/ARCHITECTURE.md (Audit).
 *
 * Rows written before this migration lose their old chain columns; the sealer's first batch covers them.
 * Both new tables are append-only (also for the owner, by trigger) and the application role has no rights
 * on them. Written for PostgreSQL 15 and PGlite (PostgreSQL 18) alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
drop trigger access_log_lock_head on access_log;
drop trigger access_log_chain on access_log;
drop function access_log_lock_head();
drop function access_log_chain();
drop function access_log_hash(access_log);
drop table access_log_head;
alter table access_log drop column prev_hash, drop column hash;

-- The sealer's horizon reads the sequence's last value and relies on every value up to it having been
-- handed out already; a sequence cache larger than one would let a session hand out cached values later.
-- 1 is the default; stated here because correctness depends on it.
alter table access_log alter column seq set cache 1;

-- One batch covers every row with first_seq < seq <= last_seq (gaps from rolled-back transactions
-- included). Hashes are computed by the application (audit/access-log-hashing.ts), never in SQL.
create table access_log_seals (
  batch_no bigint primary key,
  first_seq bigint not null,
  last_seq bigint not null,
  row_count integer not null,
  rows_digest text not null,
  prev_hash text not null,
  hash text not null,
  sealed_at timestamptz not null,
  check (batch_no > 0 and first_seq >= 0 and last_seq > first_seq and row_count > 0)
);

-- A signature over batch_no|batch_hash|rows_total|created_at by a key the database does not hold. Every
-- checkpoint is also appended to an anchor outside the database.
create table access_log_checkpoints (
  id bigint generated always as identity primary key,
  batch_no bigint not null unique,
  batch_hash text not null,
  rows_total bigint not null,
  created_at timestamptz not null,
  key_id text not null,
  signature text not null
);

create trigger access_log_seals_append_only before update or delete on access_log_seals
  for each row execute function refuse_change();
create trigger access_log_seals_no_truncate before truncate on access_log_seals
  for each statement execute function refuse_change();
create trigger access_log_checkpoints_append_only before update or delete on access_log_checkpoints
  for each row execute function refuse_change();
create trigger access_log_checkpoints_no_truncate before truncate on access_log_checkpoints
  for each statement execute function refuse_change();
`)
    .execute(db);
}
