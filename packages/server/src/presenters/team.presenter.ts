import { z } from 'zod';
import type { TeamRow } from '../db/repositories/team.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const TeamMemberSchema = named(
  'TeamMember',
  z.strictObject({
    id: Id,
    professionalId: Id,
    professionalName: z.string(),
    organisationId: Id,
    organisationName: z.string(),
    organisationKind: Code,
    role: z.enum(['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT']),
    expertise: z.string().nullable(),
    startedAt: Timestamp,
    endedAt: Timestamp.nullable(),
    endReason: z.string().nullable(),
  }),
);
export type TeamMemberJson = z.infer<typeof TeamMemberSchema>;

/** A professional's involvement in the case team (staff data; the family sees who works with them). */
export function presentTeamMember(v: Viewer, t: TeamRow): TeamMemberJson | null {
  if (!v.can('household.read')) {
    return null;
  }
  v.touch();
  return {
    id: t.id,
    professionalId: t.professionalId,
    professionalName: t.professionalName,
    organisationId: t.organisationId,
    organisationName: t.organisationName,
    organisationKind: t.organisationKind,
    role: t.role,
    expertise: t.expertise,
    startedAt: iso(t.startedAt),
    endedAt: iso(t.endedAt),
    endReason: t.endReason,
  };
}
