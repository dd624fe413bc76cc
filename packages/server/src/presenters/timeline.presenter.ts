import { z } from 'zod';
import type { TimelineRow } from '../db/repositories/timeline.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const TimelineEntrySchema = named(
  'TimelineEntry',
  z.strictObject({
    id: Id,
    kind: z.enum(['NOTE', 'CONTACT', 'DOCUMENT', 'APPOINTMENT', 'STEP']),
    /** Notes, contacts and documents: the author's title and text. Steps: empty (rendered from `step`). */
    title: z.string(),
    body: z.string(),
    occurredAt: Timestamp,
    aboutPersonIds: z.array(Id),
    document: z
      .strictObject({
        fileName: z.string(),
        mediaType: z.string().nullable(),
        sizeBytes: z.number().nullable(),
      })
      .nullable(),
    /** A step of the path: its code and parameters (codes), and the item it is about. */
    step: z
      .strictObject({
        code: Code,
        params: z.record(z.string(), z.string()),
        source: z.strictObject({ type: Code, id: Id }).nullable(),
      })
      .nullable(),
    author: z.strictObject({ id: Id, name: z.string() }),
    createdAt: Timestamp,
  }),
);
export type TimelineEntryJson = z.infer<typeof TimelineEntrySchema>;

/**
 * One timeline entry. A step carries no copied text: it names its source item, so withholding that item
 * withholds the step. Steps recorded before that change ('legacy') keep their text and are their own item.
 */
export function presentTimelineEntry(v: Viewer, e: TimelineRow): TimelineEntryJson | null {
  if (!v.shows('timeline.read', e.id) || !v.sees(e.sourceId)) {
    return null;
  }
  const about = v.persons(e.aboutPersonIds);
  if (e.aboutPersonIds.length === 0) {
    v.touch();
  }
  const isStep = e.kind === 'STEP';
  const legacy = isStep && e.stepCode === 'legacy';
  return {
    id: e.id,
    kind: e.kind,
    title: isStep && !legacy ? '' : e.title,
    body: isStep && !legacy ? '' : e.body,
    occurredAt: iso(e.occurredAt),
    aboutPersonIds: about,
    document: e.documentFileName
      ? { fileName: e.documentFileName, mediaType: e.documentMediaType, sizeBytes: e.documentSizeBytes }
      : null,
    step:
      isStep && e.stepCode
        ? {
            code: e.stepCode,
            params: e.stepParams ?? {},
            source: e.sourceType && e.sourceId ? { type: e.sourceType, id: e.sourceId } : null,
          }
        : null,
    author: { id: e.authorId, name: e.authorName },
    createdAt: iso(e.createdAt),
  };
}
