import { randomUUID } from 'node:crypto';
import type { TimelineEntryCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertTimelineEntry } from '../db/repositories/timeline.repository';
import { requireHousehold } from '../policies/require';
import type { TimelineEntryJson } from '../presenters/timeline.presenter';
import { assertPersonsInHousehold, caseOf, meetDeadlines, recordWrite } from './casework';

/**
 * Adds a note, contact or document (metadata) to the household timeline, optionally about specific
 * household members. A break-the-glass holder may add entries too, to record what they did. A contact with
 * the household meets the first-contact deadline.
 */
export async function addTimelineEntry(
  ctx: RequestContext,
  householdId: string,
  input: TimelineEntryCreate,
): Promise<TimelineEntryJson> {
  const viewer = await requireHousehold(ctx, householdId, 'timeline.create');
  await assertPersonsInHousehold(
    ctx,
    viewer,
    input.aboutPersonIds,
    'aboutPersonIds',
    'relation_person_not_in_household',
  );
  const aboutPersonIds = [...new Set(input.aboutPersonIds)];
  const entry = {
    id: randomUUID(),
    householdId,
    caseId: viewer.access.caseId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : ctx.now,
    aboutPersonIds,
    documentFileName: input.document?.fileName ?? null,
    documentMediaType: input.document?.mediaType ?? null,
    documentSizeBytes: input.document?.sizeBytes ?? null,
    authorId: ctx.actor.id,
  };
  await insertTimelineEntry(ctx.tx, { ...entry, now: ctx.now });
  if (entry.kind === 'CONTACT' && viewer.access.caseId) {
    await meetDeadlines(ctx, await caseOf(ctx, viewer), 'CONTACT_RECORDED');
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'timeline_entry.created',
      entityId: entry.id,
      personIds: aboutPersonIds,
      payload: { kind: entry.kind },
    },
    resourceType: 'timeline_entry',
  });
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    body: entry.body,
    occurredAt: entry.occurredAt.toISOString(),
    aboutPersonIds,
    document: entry.documentFileName
      ? {
          fileName: entry.documentFileName,
          mediaType: entry.documentMediaType,
          sizeBytes: entry.documentSizeBytes,
        }
      : null,
    step: null,
    author: { id: ctx.actor.id, name: ctx.actor.displayName },
    createdAt: ctx.now.toISOString(),
  };
}
