import { type Kysely, sql } from 'kysely';

/**
 * Out-of-home placements under a running measure (issue 10, KT8; implication 12): every place a child lives
 * with its dates and the reason for each move, the return-home plan from the first day, and the contact
 * agreed with parents and family against the contact that happened. Casework tables: read and written by the
 * case team under the usual row-level security.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table placements (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid not null references cases(id),
  measure_id uuid not null references running_measures(id),
  child_id uuid not null references persons(id),
  kind text not null check (kind in ('FAMILY_NETWORK', 'FOSTER_FAMILY', 'FAMILY_HOME', 'RESIDENTIAL',
    'CRISIS_PLACEMENT', 'SECURE_YOUTH_CARE')),
  place text not null check (char_length(place) between 1 and 120),
  with_siblings boolean,
  starts_on date not null,
  ends_on date,
  end_reason text check (char_length(end_reason) <= 2000),
  returned_home boolean,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  version integer not null default 1,
  check (ends_on is null or ends_on >= starts_on),
  check ((ends_on is null) = (end_reason is null))
);
-- One current place per child.
create unique index placements_one_current on placements(child_id) where ends_on is null;
create index placements_measure on placements(measure_id, starts_on);

create table return_home_plans (
  id uuid primary key,
  household_id uuid not null references households(id),
  measure_id uuid not null references running_measures(id),
  child_id uuid not null references persons(id),
  goal text not null check (char_length(goal) between 1 and 2000),
  conditions text not null check (char_length(conditions) between 1 and 2000),
  review_on date not null,
  updated_at timestamptz not null,
  updated_by uuid not null references accounts(id),
  version integer not null default 1,
  unique (measure_id, child_id)
);

create table contact_agreements (
  id uuid primary key,
  household_id uuid not null references households(id),
  measure_id uuid not null references running_measures(id),
  child_id uuid not null references persons(id),
  with_person_id uuid references persons(id),
  with_name text check (char_length(with_name) <= 120),
  times_per_month integer not null check (times_per_month between 1 and 31),
  supervised boolean not null,
  starts_on date not null,
  ends_on date,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  version integer not null default 1,
  check (with_person_id is not null or with_name is not null)
);
create index contact_agreements_measure on contact_agreements(measure_id, child_id);

create table contact_moments (
  id uuid primary key,
  household_id uuid not null references households(id),
  agreement_id uuid not null references contact_agreements(id),
  on_date date not null,
  happened boolean not null,
  reason text check (char_length(reason) <= 2000),
  recorded_at timestamptz not null,
  recorded_by uuid not null references accounts(id),
  check (happened or reason is not null)
);
create index contact_moments_agreement on contact_moments(agreement_id, on_date);
`)
    .execute(db);
  for (const table of ['placements', 'return_home_plans', 'contact_agreements', 'contact_moments']) {
    await sql
      .raw(`
grant select, insert, update on ${table} to gezinsdossier_app;
alter table ${table} enable row level security;
create policy ${table}_read on ${table} for select to gezinsdossier_app using (app_may(household_id, 'casework.read'));
create policy ${table}_insert on ${table} for insert to gezinsdossier_app with check (app_may(household_id, 'write'));
create policy ${table}_update on ${table} for update to gezinsdossier_app using (app_may(household_id, 'write'));
`)
      .execute(db);
  }
}
