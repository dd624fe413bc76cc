import { waitingDays } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { InterventionRow } from '../db/repositories/intervention.repository';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const InterventionSchema = named(
  'Intervention',
  z.strictObject({
    id: Id,
    goalId: Id.nullable(),
    title: z.string(),
    category: Code,
    provider: z.string(),
    targetPersonIds: z.array(Id),
    frame: z.enum(['VOLUNTARY', 'DRANG', 'COERCED']),
    consent: z
      .strictObject({
        givenByPersonIds: z.array(Id),
        givenOn: Day,
        reason: z.string(),
        consequencesOfRefusal: z.string(),
      })
      .nullable(),
    measureReference: z.string().nullable(),
    status: z.enum(['REQUESTED', 'STARTED', 'ENDED', 'UNAVAILABLE']),
    requestedOn: Day,
    startedOn: Day.nullable(),
    endedOn: Day.nullable(),
    unavailableOn: Day.nullable(),
    endReason: z.string().nullable(),
    unmetReason: z.string().nullable(),
    waitingDays: z.number().int(),
    createdAt: Timestamp,
    version: z.number().int(),
  }),
);
export type InterventionJson = z.infer<typeof InterventionSchema>;

type Consent = NonNullable<InterventionJson['consent']>;

/** Help with its explicit frame (VAL-03), waiting time and, when it was not there, the unmet need. */
export function presentIntervention(v: Viewer, i: InterventionRow, today: string): InterventionJson | null {
  if (!v.shows('casework.read', i.id)) {
    return null;
  }
  const consent = i.consent as Consent | null;
  return {
    id: i.id,
    goalId: i.goalId && v.sees(i.goalId) ? i.goalId : null,
    title: i.title,
    category: i.category,
    provider: i.provider,
    targetPersonIds: v.persons(i.targetPersonIds),
    frame: i.frame as InterventionJson['frame'],
    consent: consent
      ? {
          givenByPersonIds: v.persons(consent.givenByPersonIds),
          givenOn: consent.givenOn,
          reason: consent.reason,
          consequencesOfRefusal: consent.consequencesOfRefusal,
        }
      : null,
    measureReference: i.measureReference,
    status: i.status as InterventionJson['status'],
    requestedOn: i.requestedOn,
    startedOn: i.startedOn,
    endedOn: i.endedOn,
    unavailableOn: i.unavailableOn,
    endReason: i.endReason,
    unmetReason: i.unmetReason,
    waitingDays: Math.max(0, waitingDays(i.requestedOn, i.startedOn ?? i.unavailableOn ?? today)),
    createdAt: iso(i.createdAt),
    version: i.version,
  };
}
