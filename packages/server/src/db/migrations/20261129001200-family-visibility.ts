import { type Kysely, sql } from 'kysely';

/**
 * Family-readable by design (issue 10, point 8): per household member, an override of the default
 * visibility of one legal-route object (domain `defaultFamilyVisibility`). No row means the default holds.
 *
 * - `subject_kind` is checked by its form, not by a list: the domain's `FAMILY_VIEW_SUBJECT_KINDS` is the
 *   gate, so a new kind (decision records) needs no migration.
 * - Withholding from a member limits the family's right to information, so it carries a reason (also
 *   checked by the use case, with its own error).
 * - One row per member and object; a change is checked against `version`.
 * - Read with the casework (`casework.read`), written by any professional ground (`write`); the rulebook
 *   decides who may set it (the duo).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table family_visibility (
  id uuid primary key,
  household_id uuid not null references households(id),
  subject_kind text not null check (subject_kind ~ '^[A-Z_]{1,40}$'),
  subject_id uuid not null,
  person_id uuid not null references persons(id),
  visible boolean not null,
  reason text check (char_length(reason) between 1 and 2000),
  set_by uuid not null references accounts(id),
  set_at timestamptz not null,
  version integer not null default 1,
  check (visible or reason is not null),
  unique (household_id, subject_kind, subject_id, person_id)
);
grant select, insert, update on family_visibility to gezinsdossier_app;
alter table family_visibility enable row level security;
create policy family_visibility_read on family_visibility for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy family_visibility_insert on family_visibility for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));
create policy family_visibility_update on family_visibility for update to gezinsdossier_app
  using (app_may(household_id, 'write'));
`)
    .execute(db);
}
