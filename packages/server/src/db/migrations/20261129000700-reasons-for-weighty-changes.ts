import { type Kysely, sql } from 'kysely';

/**
 * Issue 9.1: weighty changes keep their reason. A goal keeps why it was marked achieved or stopped (on the
 * goal itself). A relation keeps a history row for every change of parental authority and for its removal
 * (the relation row itself is deleted, so the history is the only place its reason can live): append-only,
 * readable and writable by the same rule as relations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table plan_goals add column status_reason text check (char_length(status_reason) <= 2000);

create table relation_changes (
  id uuid primary key,
  household_id uuid not null references households(id),
  relation_id uuid not null,
  from_person_id uuid not null references persons(id),
  to_person_id uuid not null references persons(id),
  kind text not null,
  change text not null check (change in ('AUTHORITY_GRANTED', 'AUTHORITY_ENDED', 'REMOVED')),
  has_parental_authority boolean not null,
  reason text check (char_length(reason) <= 2000),
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null
);
create index relation_changes_household on relation_changes(household_id, recorded_at);

grant select, insert on relation_changes to gezinsdossier_app;
alter table relation_changes enable row level security;
create policy relation_changes_read on relation_changes for select to gezinsdossier_app
  using (app_may(household_id, 'household.read'));
create policy relation_changes_insert on relation_changes for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));
create trigger relation_changes_append_only before update or delete on relation_changes
  for each row execute function refuse_change();
`)
    .execute(db);
}
