import { type Kysely, sql } from 'kysely';

/**
 * Planned things are their own kind (issue 8.7): an appointment on the timeline may lie ahead; a note, a
 * contact or a document records what happened and may not. Entries dated outside 1900–2100 (accepted
 * before) become impossible to page through, so they are refused from now on; existing ones are left as
 * they are (the constraint is NOT VALID for old rows) and can be corrected by their author.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table timeline_entries drop constraint timeline_entries_kind_check;
alter table timeline_entries add constraint timeline_entries_kind_check
  check (kind in ('NOTE', 'CONTACT', 'DOCUMENT', 'APPOINTMENT', 'STEP'));
alter table timeline_entries add constraint timeline_entries_occurred_at_range
  check (occurred_at >= '1900-01-01' and occurred_at < '2101-01-01') not valid;
`)
    .execute(db);
}
