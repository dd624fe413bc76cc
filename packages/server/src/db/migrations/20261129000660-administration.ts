import { type Kysely, sql } from 'kysely';

/**
 * Administration (issue 9.11): administrators create, change and deactivate accounts and their
 * organisation memberships, bind an account to an OIDC subject, and add regions, municipalities and
 * organisations — in the web app and the CLI. Every such change leaves a row in `admin_changes`
 * (append-only, like the change history).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
-- A change of an account checks the version the administrator saw.
alter table accounts add column version integer not null default 1;
alter table accounts add constraint accounts_email_length check (email is null or length(email) between 3 and 254);
alter table accounts add constraint accounts_oidc_subject_length check (oidc_subject is null or length(oidc_subject) between 1 and 255);

-- A membership that ended can be given again: one active membership per account, organisation and role.
alter table organisation_memberships drop constraint organisation_memberships_account_id_organisation_id_role_key;
create unique index organisation_memberships_one_active on organisation_memberships(account_id, organisation_id, role)
  where ended_at is null;
alter table organisation_memberships add column end_reason text;

alter table regions add constraint regions_code_format check (code ~ '^VR[0-9]{2}$');
alter table regions add constraint regions_name_length check (length(name) between 1 and 120);
alter table municipalities add constraint municipalities_name_length check (length(name) between 1 and 120);
alter table organisations add constraint organisations_name_length check (length(name) between 1 and 120);

create table admin_changes (
  seq bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  -- The administrator's account, or null for the operator's CLI (actor_label says who ran it).
  actor_id uuid references accounts(id),
  actor_label text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  -- Codes and ids only, plus the reason an administrator gave for ending or deactivating.
  details jsonb not null default '{}'::jsonb,
  request_id text not null
);
create index admin_changes_entity on admin_changes(entity_type, entity_id);
create trigger admin_changes_append_only before update or delete on admin_changes
  for each row execute function refuse_change();
create trigger admin_changes_no_truncate before truncate on admin_changes
  for each statement execute function refuse_change();

grant insert, update on accounts, organisation_memberships to gezinsdossier_app;
grant insert on regions, municipalities, organisations to gezinsdossier_app;
grant select, insert on admin_changes to gezinsdossier_app;
`)
    .execute(db);
}
