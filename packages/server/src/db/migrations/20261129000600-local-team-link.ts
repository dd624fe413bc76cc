import { type Kysely, sql } from 'kysely';

/**
 * VAL-01's transitional exception (issue 8.10, AMB-06): a report received by the RVT or the crisis service
 * opens a case before the Lokaal Team is linked. Nothing in the schema demands a vast gezicht (the one-fixed
 * constraint says "at most one"); what changes is who owns the deadline to link the Lokaal Team when the
 * crisis service recorded the report at night: its professional, who is in the team as an added expert.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table deadlines drop constraint deadlines_responsible_role_check;
alter table deadlines add constraint deadlines_responsible_role_check
  check (responsible_role in ('FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'));
`)
    .execute(db);
}
