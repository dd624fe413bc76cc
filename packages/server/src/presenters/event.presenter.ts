import { z } from 'zod';
import type { EventRow } from '../db/repositories/event.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const ChangeEventSchema = named(
  'ChangeEvent',
  z.strictObject({
    id: z.number().int(),
    occurredAt: Timestamp,
    type: Code,
    entityType: Code,
    entityId: Id,
    actorId: Id.nullable(),
    organisationId: Id.nullable(),
    caseId: Id.nullable(),
    personIds: z.array(Id),
    /** Ids and codes only (typed per event type); `legacy` events keep what was left of an older format. */
    payload: z.record(z.string(), z.unknown()),
    legacy: z.boolean(),
  }),
);
export type ChangeEventJson = z.infer<typeof ChangeEventSchema>;

/** One change-history event; an event about a withheld item (or naming a withheld person) is withheld. */
export function presentChangeEvent(v: Viewer, e: EventRow): ChangeEventJson | null {
  if (!v.can('household.export') || !v.sees(e.entityId) || !e.personIds.every((p) => v.sees(p))) {
    return null;
  }
  if (e.entityType === 'shielding' && !v.can('shielding.manage')) {
    return null;
  }
  const payloadIds = Object.values(e.payload).filter((x): x is string => typeof x === 'string');
  if (!payloadIds.every((id) => v.sees(id))) {
    return null;
  }
  return {
    id: e.id,
    occurredAt: iso(e.occurredAt),
    type: e.eventType,
    entityType: e.entityType,
    entityId: e.entityId,
    actorId: e.actorId,
    organisationId: e.organisationId,
    caseId: e.caseId,
    personIds: v.persons(e.personIds),
    payload: e.payload,
    legacy: e.legacy,
  };
}
