import { type Kysely, sql } from 'kysely';

/**
 * Idempotency keys for creates (issue 8.4): a client sends `Idempotency-Key` with a POST; the first request
 * with a key stores its answer in the same transaction as what it created, and a repeat (a double click, a
 * retry after a lost connection) gets that answer back instead of creating a second record. Keys belong to
 * the account that sent them and are kept for a day. The application role sees only its actor's keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table idempotency_keys (
  account_id uuid not null references accounts(id),
  key text not null check (length(key) between 1 and 200),
  request_hash text not null,
  status_code integer,
  response jsonb,
  created_at timestamptz not null,
  primary key (account_id, key)
);
create index idempotency_keys_age on idempotency_keys(account_id, created_at);
grant select, insert, update, delete on idempotency_keys to gezinsdossier_app;
alter table idempotency_keys enable row level security;
create policy idempotency_keys_own on idempotency_keys for all to gezinsdossier_app
  using (account_id = app_actor_id()) with check (account_id = app_actor_id());
`)
    .execute(db);
}
