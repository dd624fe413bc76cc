import { PATHWAY_STATES } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { EpisodeRow } from '../db/repositories/spoed.repository';
import { Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const UrgentSafetySchema = named(
  'UrgentSafetyEpisode',
  z.strictObject({
    id: Id,
    situation: z.string(),
    stateAtStart: z.enum(PATHWAY_STATES),
    startedAt: Timestamp,
    immediateMeasures: z.array(z.string()).nullable(),
    safetyReached: z.string().nullable(),
    returnedTo: z.enum(PATHWAY_STATES).nullable(),
    endedAt: Timestamp.nullable(),
    active: z.boolean(),
  }),
);
export type UrgentSafetyJson = z.infer<typeof UrgentSafetySchema>;

/** A spoed episode (KT5) with its measures and the explicit return to the pathway. */
export function presentUrgentSafety(v: Viewer, e: EpisodeRow): UrgentSafetyJson | null {
  if (!v.shows('casework.read', e.id)) {
    return null;
  }
  v.household();
  return {
    id: e.id,
    situation: e.situation,
    stateAtStart: e.stateAtStart as UrgentSafetyJson['stateAtStart'],
    startedAt: iso(e.startedAt),
    immediateMeasures: e.immediateMeasures,
    safetyReached: e.safetyReached,
    returnedTo: e.returnedTo as UrgentSafetyJson['returnedTo'],
    endedAt: iso(e.endedAt),
    active: e.endedAt === null,
  };
}
