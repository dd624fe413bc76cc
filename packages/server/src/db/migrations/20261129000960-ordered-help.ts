import { type Kysely, sql } from 'kysely';

/**
 * Evaluations of a running measure, and the help a ruling orders with a measure (issue 10, R-008 implication 8), so that what was ordered can be
 * set against what was actually delivered: help records (interventions) in the coerced frame that refer to
 * the measure. A casework table under the usual row-level security.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table measure_ordered_help (
  id uuid primary key,
  household_id uuid not null references households(id),
  measure_id uuid not null references running_measures(id),
  position integer not null,
  category text not null,
  description text not null check (char_length(description) between 1 and 2000)
);
create index measure_ordered_help_measure on measure_ordered_help(measure_id, position);
-- Evaluations of a running measure against its goals for ending it (KT8-R1).
create table measure_evaluations (
  id uuid primary key,
  household_id uuid not null references households(id),
  measure_id uuid not null references running_measures(id),
  evaluated_on date not null,
  summary text not null check (char_length(summary) between 1 and 2000),
  goals_reached boolean not null,
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null
);
create index measure_evaluations_measure on measure_evaluations(measure_id, evaluated_on);
grant select, insert on measure_evaluations to gezinsdossier_app;
alter table measure_evaluations enable row level security;
create policy measure_evaluations_read on measure_evaluations for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy measure_evaluations_insert on measure_evaluations for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));

grant select, insert on measure_ordered_help to gezinsdossier_app;
alter table measure_ordered_help enable row level security;
create policy measure_ordered_help_read on measure_ordered_help for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy measure_ordered_help_insert on measure_ordered_help for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));
`)
    .execute(db);
}
