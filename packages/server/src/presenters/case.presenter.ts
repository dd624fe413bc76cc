import { countFixedProfessionalChanges, PATHWAY_STATES } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { CaseRow } from '../db/repositories/case.repository';
import type { TeamRow } from '../db/repositories/team.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { presentTeamMember, TeamMemberSchema } from './team.presenter';
import { iso, presentEach, type Viewer } from './viewer';

export const CaseSchema = named(
  'Case',
  z.strictObject({
    id: Id,
    openedAt: Timestamp,
    pathwayState: z.enum(PATHWAY_STATES),
    ruleSetVersion: Code,
    version: z.number().int(),
    /** INV-08: who answers questions about this dossier. */
    contactPerson: z
      .strictObject({ professionalId: Id, name: z.string(), organisationName: z.string() })
      .nullable(),
    fixedProfessionalChanges: z.number().int(),
    team: z.array(TeamMemberSchema),
  }),
);
export type CaseJson = z.infer<typeof CaseSchema>;

/** The open case with its team over time, and who answers the family's questions (INV-08). */
export function presentCase(v: Viewer, c: CaseRow, team: TeamRow[]): CaseJson | null {
  if (!v.can('household.read')) {
    return null;
  }
  v.touch();
  const fixed = team.find((t) => t.role === 'FIXED_PROFESSIONAL' && t.endedAt === null) ?? null;
  return {
    id: c.id,
    openedAt: iso(c.openedAt),
    pathwayState: c.pathwayState as CaseJson['pathwayState'],
    ruleSetVersion: c.ruleSetVersion,
    version: c.version,
    contactPerson: fixed
      ? {
          professionalId: fixed.professionalId,
          name: fixed.professionalName,
          organisationName: fixed.organisationName,
        }
      : null,
    fixedProfessionalChanges: countFixedProfessionalChanges(team),
    team: presentEach(team, (t) => presentTeamMember(v, t)),
  };
}
