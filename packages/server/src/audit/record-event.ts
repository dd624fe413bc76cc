import { type DossierEventType, primaryOrganisationId } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';

export interface DossierEvent {
  type: DossierEventType;
  entityType: string;
  entityId: string;
  householdId: string | null;
  personIds?: string[];
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one change-history event (who changed what, before → after) in the caller's transaction. Every
 * command calls this next to its write; the events are the input for the learning indicators later on.
 */
export async function recordEvent(ctx: RequestContext, event: DossierEvent): Promise<void> {
  await ctx.tx
    .insertInto('dossierEvents')
    .values({
      occurredAt: ctx.now,
      eventType: event.type,
      actorId: ctx.actor.id,
      onBehalfOf: ctx.onBehalfOf,
      organisationId: primaryOrganisationId(ctx.actor),
      householdId: event.householdId,
      personIds: event.personIds ?? [],
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
      requestId: ctx.requestId,
    })
    .execute();
}
