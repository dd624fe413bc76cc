import { countFixedProfessionalChanges, isLocalTeamLinked, PATHWAY_STATES } from '@gezinsdossier/domain';
import { deadlineStatus, rulePack } from '@gezinsdossier/domain/deadlines';
import { z } from 'zod';
import type { CaseRow } from '../db/repositories/case.repository';
import type { DeadlineRow } from '../db/repositories/deadline.repository';
import type { TeamRow } from '../db/repositories/team.repository';
import { DeadlineStatusSchema } from './deadline.presenter';
import { Code, Day, Id, named, Timestamp } from './schemas';
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
    /** INV-08: who answers questions about this dossier (null while the Lokaal Team is not linked yet). */
    contactPerson: z
      .strictObject({ professionalId: Id, name: z.string(), organisationName: z.string() })
      .nullable(),
    /**
     * VAL-01's exception: the case was opened on a report before the Lokaal Team was linked, and waits for
     * its vast gezicht — by `dueOn` (null when the deadline is withheld from the viewer). Null once linked.
     */
    localTeamLink: z
      .strictObject({ dueOn: Day.nullable(), status: DeadlineStatusSchema.nullable() })
      .nullable(),
    fixedProfessionalChanges: z.number().int(),
    team: z.array(TeamMemberSchema),
  }),
);
export type CaseJson = z.infer<typeof CaseSchema>;

/**
 * The open case with its team over time, and who answers the family's questions (INV-08) — or, while the
 * Lokaal Team is not linked yet, by when it must be.
 * @param link the case's deadlines (only LINK_LOCAL_TEAM is read) and today, for the link's status
 */
export function presentCase(
  v: Viewer,
  c: CaseRow,
  team: TeamRow[],
  link: { deadlines: readonly DeadlineRow[]; today: string },
): CaseJson | null {
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
    localTeamLink: isLocalTeamLinked(team) ? null : presentLinkDeadline(v, link.deadlines, link.today),
    fixedProfessionalChanges: countFixedProfessionalChanges(team),
    team: presentEach(team, (t) => presentTeamMember(v, t)),
  };
}

/** The earliest open deadline to link the Lokaal Team that the viewer may see, with its status today. */
function presentLinkDeadline(v: Viewer, deadlines: readonly DeadlineRow[], today: string) {
  const open = deadlines
    .filter((d) => d.kind === 'LINK_LOCAL_TEAM' && d.metAt === null && v.sees(d.subjectId))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  if (!open) {
    return { dueOn: null, status: null };
  }
  return {
    dueOn: open.dueOn,
    status: deadlineStatus({ dueOn: open.dueOn, metAt: null }, today, rulePack(open.rulePackVersion)),
  };
}
