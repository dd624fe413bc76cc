import { z } from 'zod';
import type { ConferenceRow } from '../db/repositories/conference.repository';
import { Day, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const ConferenceSchema = named(
  'NetworkConference',
  z.strictObject({
    id: Id,
    investigationId: Id,
    heldOn: Day,
    participants: z.array(z.strictObject({ name: z.string(), role: z.string() })),
    outcome: z.string(),
    nextSteps: z.string(),
    createdAt: Timestamp,
  }),
);
export type ConferenceJson = z.infer<typeof ConferenceSchema>;

export function presentConference(v: Viewer, c: ConferenceRow): ConferenceJson | null {
  if (!v.shows('casework.read', c.id) || !v.sees(c.investigationId)) {
    return null;
  }
  v.household();
  return {
    id: c.id,
    investigationId: c.investigationId,
    heldOn: c.heldOn,
    participants: c.participants.map((p) => ({ name: p.name, role: p.role })),
    outcome: c.outcome,
    nextSteps: c.nextSteps,
    createdAt: iso(c.createdAt),
  };
}
