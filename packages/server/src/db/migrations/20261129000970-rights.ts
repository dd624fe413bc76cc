import { type Kysely, sql } from 'kysely';

/**
 * Rights (issue 10, KT9): an organisation's legal nature (configured, else its kind's default) decides the appeal route of its written decisions
 * (KT9-R4; the RVT's is not settled in law: UNSETTLED), and every change of frame gives the family a rights
 * notice (INV-04, LS-12), recorded per case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
-- Configuration: null means the default of the organisation's kind (domain DEFAULT_LEGAL_NATURE).
alter table organisations add column legal_nature text
  check (legal_nature in ('ADMINISTRATIVE_BODY', 'PRIVATE', 'UNSETTLED'));

create table rights_notices (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid not null references cases(id),
  frame text not null check (frame in ('VOLUNTARY', 'DRANG', 'COERCED')),
  trigger text not null,
  issued_at timestamptz not null,
  issued_by uuid not null references accounts(id)
);
create index rights_notices_case on rights_notices(case_id, issued_at);
grant select, insert on rights_notices to gezinsdossier_app;
alter table rights_notices enable row level security;
create policy rights_notices_read on rights_notices for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy rights_notices_insert on rights_notices for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));
`)
    .execute(db);
}
