import { sql } from 'kysely';
import type { TimelineEntriesTable } from '../schema';
import { parsePgArray } from './access.repository';
import type { Tx } from './tx';

export interface TimelineCursor {
  occurredAt: string;
  id: string;
}

/** Newest first, keyset-paginated on (occurred_at, id) so deep pages stay as fast as the first. */
export async function listTimeline(tx: Tx, householdId: string, limit: number, before?: TimelineCursor) {
  let query = tx
    .selectFrom('timelineEntries as e')
    .innerJoin('accounts as a', 'a.id', 'e.authorId')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.body',
      'e.occurredAt',
      sql<string[]>`array(select p.person_id from timeline_entry_persons p where p.entry_id = e.id)`.as(
        'aboutPersonIds',
      ),
      'e.documentFileName',
      'e.documentMediaType',
      'e.documentSizeBytes',
      'e.stepCode',
      'e.stepParams',
      'e.sourceType',
      'e.sourceId',
      'e.authorId',
      'a.displayName as authorName',
      'e.createdAt',
    ])
    .where('e.householdId', '=', householdId);
  if (before) {
    query = query.where(
      sql<boolean>`(e.occurred_at, e.id) < (${before.occurredAt}::timestamptz, ${before.id}::uuid)`,
    );
  }
  const rows = await query.orderBy('e.occurredAt', 'desc').orderBy('e.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, aboutPersonIds: parsePgArray(r.aboutPersonIds) }));
}
export type TimelineRow = Awaited<ReturnType<typeof listTimeline>>[number];

export async function insertTimelineEntry(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    caseId: string | null;
    kind: TimelineEntriesTable['kind'];
    title: string;
    body: string;
    occurredAt: Date;
    aboutPersonIds: readonly string[];
    documentFileName?: string | null;
    documentMediaType?: string | null;
    documentSizeBytes?: number | null;
    stepCode?: string | null;
    stepParams?: Record<string, string> | null;
    sourceType?: string | null;
    sourceId?: string | null;
    authorId: string;
    now: Date;
  },
): Promise<void> {
  await tx
    .insertInto('timelineEntries')
    .values({
      id: row.id,
      householdId: row.householdId,
      caseId: row.caseId,
      kind: row.kind,
      title: row.title,
      body: row.body,
      occurredAt: row.occurredAt,
      documentFileName: row.documentFileName ?? null,
      documentMediaType: row.documentMediaType ?? null,
      documentSizeBytes: row.documentSizeBytes ?? null,
      stepCode: row.stepCode ?? null,
      stepParams: row.stepParams ? JSON.stringify(row.stepParams) : null,
      sourceType: row.sourceType ?? null,
      sourceId: row.sourceId ?? null,
      authorId: row.authorId,
      createdAt: row.now,
    })
    .execute();
  const persons = [...new Set(row.aboutPersonIds)];
  if (persons.length > 0) {
    await tx
      .insertInto('timelineEntryPersons')
      .values(persons.map((personId) => ({ entryId: row.id, personId, householdId: row.householdId })))
      .execute();
  }
}
