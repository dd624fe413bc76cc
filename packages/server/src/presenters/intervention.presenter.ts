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
        decision: z.enum(['GIVEN', 'REFUSED']),
        givenByPersonIds: z.array(Id),
        givenOn: Day,
        reason: z.string(),
        /** Null on consent recorded before the goal and the rights were asked (LS-08). */
        goal: z.string().nullable(),
        consequencesOfRefusal: z.string(),
        rightsExplained: z.string().nullable(),
        refusalReason: z.string().nullable(),
      })
      .nullable(),
    measureReference: z.string().nullable(),
    status: z.enum(['REQUESTED', 'STARTED', 'ENDED', 'UNAVAILABLE', 'DECLINED']),
    requestedOn: Day,
    startedOn: Day.nullable(),
    endedOn: Day.nullable(),
    unavailableOn: Day.nullable(),
    endReason: z.string().nullable(),
    unmetReason: z.string().nullable(),
    declinedOn: Day.nullable(),
    declineReason: z.string().nullable(),
    waitingDays: z.number().int(),
    createdAt: Timestamp,
    version: z.number().int(),
  }),
);
export type InterventionJson = z.infer<typeof InterventionSchema>;

/** Consent as stored: the goal, the rights and the answer were added later (LS-08). */
interface StoredConsent {
  decision?: 'GIVEN' | 'REFUSED';
  givenByPersonIds: string[];
  givenOn: string;
  reason: string;
  goal?: string;
  consequencesOfRefusal: string;
  rightsExplained?: string;
  refusalReason?: string | null;
}

/** Help with its explicit frame (VAL-03), waiting time and, when it was not there, the unmet need. */
export function presentIntervention(v: Viewer, i: InterventionRow, today: string): InterventionJson | null {
  if (!v.shows('casework.read', i.id)) {
    return null;
  }
  const consent = i.consent as StoredConsent | null;
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
          decision: consent.decision ?? 'GIVEN',
          givenByPersonIds: v.persons(consent.givenByPersonIds),
          givenOn: consent.givenOn,
          reason: consent.reason,
          goal: consent.goal ?? null,
          consequencesOfRefusal: consent.consequencesOfRefusal,
          rightsExplained: consent.rightsExplained ?? null,
          refusalReason: consent.refusalReason ?? null,
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
    declinedOn: i.declinedOn,
    declineReason: i.declineReason,
    waitingDays: Math.max(
      0,
      waitingDays(i.requestedOn, i.startedOn ?? i.unavailableOn ?? i.declinedOn ?? today),
    ),
    createdAt: iso(i.createdAt),
    version: i.version,
  };
}
