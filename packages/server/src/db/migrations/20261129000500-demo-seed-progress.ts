import { type Kysely, sql } from 'kysely';

/**
 * Progress of the synthetic demo seed, so that an interrupted seed (a first start killed while seeding)
 * is finished by the next start or by running the same `seed` command again, and a second seed adds
 * only what is missing.
 *
 * - `demo_seed_runs`: one row per seed number, with the number of households asked for; `completed_at`
 *   is set when every household of the run and the staged families exist.
 * - `demo_stages`: the one family per stage of the path that the demo walks through the real use cases;
 *   `completed_at` is set when its walk has finished. Stages are per database, not per seed.
 *
 * Operator data only: the application role has no rights on either table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table demo_seed_runs (
  seed integer primary key,
  households integer not null check (households >= 0),
  started_at timestamptz not null default now(),
  completed_at timestamptz
);

create table demo_stages (
  stage text primary key,
  household_id uuid not null references households (id),
  started_at timestamptz not null default now(),
  completed_at timestamptz
);
`)
    .execute(db);
}
