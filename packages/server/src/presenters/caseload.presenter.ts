import { PATHWAY_STATES } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { CaseloadItem } from '../db/repositories/household.repository';
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
    nextDueOn: Day.nullable(),
  }),
);
export type CaseloadItemJson = z.infer<typeof CaseloadItemSchema>;

/** One family in "Mijn gezinnen": the name, where it is on the path, and what is due first. */
export function presentCaseloadItem(i: CaseloadItem): CaseloadItemJson {
  return {
    id: i.id,
    displayName: i.displayName,
    municipalityName: i.municipalityName,
    myRoles: i.myRoles,
    memberCount: i.memberCount,
    fixedProfessionalName: i.fixedProfessionalName,
    lastActivityAt: iso(i.lastActivityAt),
    pathwayState: i.pathwayState as CaseloadItemJson['pathwayState'],
    nextDueOn: i.nextDueOn,
  };
}
