import { DEADLINE_KIND_IDS, type DeadlineKindId, RESPONSIBLE_ROLES } from '@gezinsdossier/domain';
import { deadlineStatus, rulePack } from '@gezinsdossier/domain/deadlines';
import { z } from 'zod';
import type { DeadlineRow } from '../db/repositories/deadline.repository';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const DeadlineStatusSchema = z.enum(['OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'MET']);

export const DeadlineSchema = named(
  'Deadline',
  z.strictObject({
    id: Id,
    kind: z.enum(DEADLINE_KIND_IDS),
    subjectId: Id.nullable(),
    responsibleRole: z.enum(RESPONSIBLE_ROLES),
    dueOn: Day,
    rulePackVersion: Code,
    metAt: Timestamp.nullable(),
    status: DeadlineStatusSchema,
  }),
);
export type DeadlineJson = z.infer<typeof DeadlineSchema>;

/** A deadline with its status today; a deadline of a withheld item is withheld with it. */
export function presentDeadline(v: Viewer, d: DeadlineRow, today: string): DeadlineJson | null {
  if (!v.shows('casework.read', d.subjectId)) {
    return null;
  }
  v.touch();
  return {
    id: d.id,
    kind: d.kind as DeadlineKindId,
    subjectId: d.subjectId,
    responsibleRole: d.responsibleRole,
    dueOn: d.dueOn,
    rulePackVersion: d.rulePackVersion,
    metAt: iso(d.metAt),
    status: deadlineStatus(
      { dueOn: d.dueOn, metAt: d.metAt ? d.metAt.toISOString() : null },
      today,
      rulePack(d.rulePackVersion),
    ),
  };
}
