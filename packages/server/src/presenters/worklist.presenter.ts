import {
  DEADLINE_KIND_IDS,
  type DeadlineKindId,
  RESPONSIBLE_ROLES,
  type ResponsibleRole,
} from '@gezinsdossier/domain';
import { deadlineStatus, rulePack, workingDaysLate } from '@gezinsdossier/domain/deadlines';
import { z } from 'zod';
import { DeadlineStatusSchema } from './deadline.presenter';
import { Code, Day, Id, named } from './schemas';

export const WorklistItemSchema = named(
  'WorklistItem',
  z.strictObject({
    deadlineId: Id,
    householdId: Id,
    householdName: z.string(),
    kind: z.enum(DEADLINE_KIND_IDS),
    dueOn: Day,
    rulePackVersion: Code,
    responsibleRole: z.enum(RESPONSIBLE_ROLES),
    status: DeadlineStatusSchema,
    /** Working days past the due date today (0 when not late); 251 means more than 250. */
    workingDaysLate: z.number().int().min(0),
    professionalName: z.string(),
  }),
);
export type WorklistItemJson = z.infer<typeof WorklistItemSchema>;

/**
 * One open deadline on a worklist: which household, what is due and when, and its status today. No case
 * content — a team lead sees only what they need to act on overdue work.
 */
export function presentWorklistItem(
  row: {
    deadlineId: string;
    householdId: string;
    householdName: string;
    kind: string;
    dueOn: string;
    rulePackVersion: string;
    responsibleRole: ResponsibleRole;
  },
  professionalName: string,
  today: string,
): WorklistItemJson {
  const pack = rulePack(row.rulePackVersion);
  return {
    deadlineId: row.deadlineId,
    householdId: row.householdId,
    householdName: row.householdName,
    kind: row.kind as DeadlineKindId,
    dueOn: row.dueOn,
    rulePackVersion: row.rulePackVersion,
    responsibleRole: row.responsibleRole,
    status: deadlineStatus({ dueOn: row.dueOn, metAt: null }, today, pack),
    workingDaysLate: workingDaysLate(row.dueOn, today, pack),
    professionalName,
  };
}
