import { DEADLINE_KIND_IDS, type DeadlineKindId, PATHWAY_STATES } from '@gezinsdossier/domain';
import { deadlineStatus, rulePack, workingDaysLate } from '@gezinsdossier/domain/deadlines';
import { z } from 'zod';
import type { CaseloadItem } from '../db/repositories/household.repository';
import { DeadlineStatusSchema } from './deadline.presenter';
import { Day, Id, named, Timestamp } from './schemas';
import { iso } from './viewer';

export const CaseloadItemSchema = named(
  'CaseloadItem',
  z.strictObject({
    id: Id,
    displayName: z.string(),
    municipalityName: z.string(),
    myRoles: z.array(z.enum(['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'])),
    memberCount: z.number().int(),
    fixedProfessionalName: z.string().nullable(),
    lastActivityAt: Timestamp.nullable(),
    pathwayState: z.enum(PATHWAY_STATES).nullable(),
    /** The case is in spoed (KT5) now, whatever its stage on the path. */
    urgentSafetyActive: z.boolean(),
    /** The first open deadline by due date: when it is overdue, no other one is due earlier. */
    nextDeadline: z
      .strictObject({
        kind: z.enum(DEADLINE_KIND_IDS),
        dueOn: Day,
        status: DeadlineStatusSchema,
        /** Working days past the due date today (0 when not late); 251 means more than 250. */
        workingDaysLate: z.number().int().min(0),
      })
      .nullable(),
  }),
);
export type CaseloadItemJson = z.infer<typeof CaseloadItemSchema>;

/**
 * One family in "Mijn gezinnen": the name, where it is on the path, whether it is in spoed, and what is due
 * first with its status and working days late today (computed here: the web has no holiday tables).
 */
export function presentCaseloadItem(i: CaseloadItem, today: string): CaseloadItemJson {
  const next = i.nextDeadline;
  const pack = next ? rulePack(next.rulePackVersion) : null;
  return {
    id: i.id,
    displayName: i.displayName,
    municipalityName: i.municipalityName,
    myRoles: i.myRoles,
    memberCount: i.memberCount,
    fixedProfessionalName: i.fixedProfessionalName,
    lastActivityAt: iso(i.lastActivityAt),
    pathwayState: i.pathwayState as CaseloadItemJson['pathwayState'],
    urgentSafetyActive: i.urgentSafetyActive,
    nextDeadline:
      next && pack
        ? {
            kind: next.kind as DeadlineKindId,
            dueOn: next.dueOn,
            status: deadlineStatus({ dueOn: next.dueOn, metAt: null }, today, pack),
            workingDaysLate: workingDaysLate(next.dueOn, today, pack),
          }
        : null,
  };
}
