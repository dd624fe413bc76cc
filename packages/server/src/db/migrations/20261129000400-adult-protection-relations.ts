import { type Kysely, sql } from 'kysely';

/**
 * Adult protection is a relation of its own kind (issue 8.8): curatele, beschermingsbewind and mentorschap
 * (MEAS-06..08), never recorded as parental authority. The age rules (authority by an adult over a minor,
 * protection over an adult) depend on birth dates and the day a relation starts, so they live in the domain
 * (household.ts), not in a constraint.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table relations drop constraint relations_kind_check;
alter table relations add constraint relations_kind_check check (kind in ('PARENT_OF', 'STEP_PARENT_OF',
  'FOSTER_PARENT_OF', 'GUARDIAN_OF', 'GRANDPARENT_OF', 'PARTNER_OF', 'EX_PARTNER_OF', 'SIBLING_OF',
  'CURATOR_OF', 'MENTOR_OF', 'ADMINISTRATOR_OF', 'OTHER'));
`)
    .execute(db);
}
