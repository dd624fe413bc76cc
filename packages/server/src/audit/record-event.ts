import { type DossierEventInput, eventEntityType, parseEventPayload } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertEvent } from '../db/repositories/event.repository';
import { actingOrganisationId, type HouseholdAccess } from '../policies/household';

/**
 * Appends one typed change-history event in the caller's transaction. The envelope says where it happened
 * (case, the household's region at this moment), who acted and for which organisation (the membership of
 * the ground the actor acted on), and whom it concerns; the payload holds ids and codes only, checked
 * against the event's type. Every command calls this next to its write; the learning indicators are
 * computed from these events.
 */
export async function recordEvent(
  ctx: RequestContext,
  access: Pick<HouseholdAccess, 'householdId' | 'regionId' | 'caseId' | 'grounds'> & {
    /** The organisation acted for when it does not follow from a household ground (e.g. a team lead's review). */
    actingOrganisationId?: string | null;
  },
  event: DossierEventInput,
): Promise<void> {
  await insertEvent(ctx.tx, {
    occurredAt: ctx.now,
    eventType: event.type,
    actorId: ctx.actor.id,
    onBehalfOf: ctx.onBehalfOf,
    organisationId:
      access.actingOrganisationId ??
      actingOrganisationId(access) ??
      ctx.actor.memberships[0]?.organisationId ??
      null,
    householdId: access.householdId,
    caseId: access.caseId,
    regionId: access.regionId,
    personIds: [...new Set(event.personIds ?? [])],
    entityType: eventEntityType(event.type),
    entityId: event.entityId,
    payload: parseEventPayload(event.type, event.payload),
    requestId: ctx.requestId,
  });
}
