import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, TimelineEntriesTable } from '../schema';

type Tx = Transaction<DB> | Kysely<DB>;

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
      'e.aboutPersonIds',
      'e.documentFileName',
      'e.documentMediaType',
      'e.documentSizeBytes',
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
  return query.orderBy('e.occurredAt', 'desc').orderBy('e.id', 'desc').limit(limit).execute();
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
    aboutPersonIds: string[];
    documentFileName: string | null;
    documentMediaType: string | null;
    documentSizeBytes: number | null;
    authorId: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('timelineEntries')
    .values({ ...values, createdAt: now })
    .execute();
}
