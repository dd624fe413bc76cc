import { randomUUID } from 'node:crypto';
import { AppError, type TimelineEntryCreate } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { listMembers } from '../db/repositories/person.repository';
import { insertTimelineEntry } from '../db/repositories/timeline.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { meetDeadlines } from './casework';

/**
 * Adds a note, contact or document (metadata) to the household timeline, optionally about specific
 * household members. A break-the-glass holder may add entries too, to record what they did.
 */
export async function addTimelineEntry(ctx: RequestContext, householdId: string, input: TimelineEntryCreate) {
  const access = await requireHousehold(ctx, householdId, 'timeline.create');
  if (input.aboutPersonIds.length > 0) {
    const members = new Set((await listMembers(ctx.tx, householdId)).map((m) => m.personId));
    if (!input.aboutPersonIds.every((id) => members.has(id))) {
      throw new AppError('relation_person_not_in_household', {
        issues: [
          {
            path: 'aboutPersonIds',
            code: 'relation_person_not_in_household',
            message: 'relation_person_not_in_household',
          },
        ],
      });
    }
  }
  const entry = {
    id: randomUUID(),
    householdId,
    caseId: access.caseId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : ctx.now,
    aboutPersonIds: [...new Set(input.aboutPersonIds)],
    documentFileName: input.document?.fileName ?? null,
    documentMediaType: input.document?.mediaType ?? null,
    documentSizeBytes: input.document?.sizeBytes ?? null,
    authorId: ctx.actor.id,
  };
  await insertTimelineEntry(ctx.tx, { ...entry, now: ctx.now });
  if (entry.kind === 'CONTACT' && access.caseId) {
    // A recorded contact with the household meets the first-contact deadline of the investigation.
    await meetDeadlines(ctx, access.caseId, ['FIRST_CONTACT']);
  }
  await recordEvent(ctx, {
    type: 'timeline_entry.created',
    entityType: 'timeline_entry',
    entityId: entry.id,
    householdId,
    personIds: entry.aboutPersonIds,
    after: { kind: entry.kind, title: entry.title, occurredAt: entry.occurredAt },
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'timeline_entry',
    resourceId: entry.id,
    householdId,
    personIds: entry.aboutPersonIds,
    purpose: accessPurpose(access),
    breakGlassGrantId: access.teamRoles.length === 0 ? access.breakGlassGrantId : null,
  });
  return { ...entry, authorName: ctx.actor.displayName, createdAt: ctx.now };
}
