import {
  DEADLINE_KIND_IDS,
  type DeadlineKindId,
  RESPONSIBLE_ROLES,
  type ResponsibleRole,
} from '@gezinsdossier/domain';
import { deadlineStatus, rulePack } from '@gezinsdossier/domain/deadlines';
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
  return {
    deadlineId: row.deadlineId,
    householdId: row.householdId,
    householdName: row.householdName,
    kind: row.kind as DeadlineKindId,
    dueOn: row.dueOn,
    rulePackVersion: row.rulePackVersion,
    responsibleRole: row.responsibleRole,
    status: deadlineStatus({ dueOn: row.dueOn, metAt: null }, today, rulePack(row.rulePackVersion)),
    professionalName,
  };
}
