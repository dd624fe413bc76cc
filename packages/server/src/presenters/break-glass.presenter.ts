import {
  ACCESS_ACTIONS,
  type AccessAction,
  DOSSIER_EVENT_TYPES,
  type DossierEventType,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import type { GrantActivityRow } from '../db/repositories/break-glass.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso } from './viewer';

export const BreakGlassGrantSchema = named(
  'BreakGlassGrant',
  z.strictObject({
    id: Id,
    accountId: Id,
    professionalName: z.string(),
    householdId: Id,
    /** The household's name, for the team lead who reviews the grant (null for the holder herself). */
    householdName: z.string().nullable(),
    reasonCode: Code,
    reason: z.string(),
    grantedAt: Timestamp,
    expiresAt: Timestamp,
    reviewedAt: Timestamp.nullable(),
    reviewVerdict: z.enum(['JUSTIFIED', 'UNJUSTIFIED']).nullable(),
    reviewComment: z.string().nullable(),
  }),
);
export type BreakGlassGrantJson = z.infer<typeof BreakGlassGrantSchema>;

/**
 * A break-the-glass grant as its reviewing team lead sees it: who, when, why and which household by name —
 * no household content.
 */
export function presentBreakGlassGrant(g: {
  id: string;
  accountId: string;
  professionalName: string;
  householdId: string;
  householdName: string | null;
  reasonCode: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewVerdict: 'JUSTIFIED' | 'UNJUSTIFIED' | null;
  reviewComment: string | null;
}): BreakGlassGrantJson {
  return {
    id: g.id,
    accountId: g.accountId,
    professionalName: g.professionalName,
    householdId: g.householdId,
    householdName: g.householdName,
    reasonCode: g.reasonCode,
    reason: g.reason,
    grantedAt: iso(g.grantedAt),
    expiresAt: iso(g.expiresAt),
    reviewedAt: iso(g.reviewedAt),
    reviewVerdict: g.reviewVerdict,
    reviewComment: g.reviewComment,
  };
}

/** One thing done under a grant: a read or write from the access log, or a change from the change history. */
export const BreakGlassActivitySchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('ACCESS_LOG'),
    occurredAt: Timestamp,
    action: z.enum(ACCESS_ACTIONS),
    /** The kind of record read or written (a resource type code, e.g. `household`, `timeline_entry`). */
    subject: Code,
    personCount: z.number().int().min(0),
  }),
  z.strictObject({
    source: z.literal('CHANGE_HISTORY'),
    occurredAt: Timestamp,
    eventType: z.enum(DOSSIER_EVENT_TYPES as [DossierEventType, ...DossierEventType[]]),
    /** The kind of record changed (an entity type code). */
    subject: Code,
    personCount: z.number().int().min(0),
  }),
]);
export type BreakGlassActivityJson = z.infer<typeof BreakGlassActivitySchema>;

export const BreakGlassGrantReviewSchema = named(
  'BreakGlassGrantReview',
  z.strictObject({
    grant: BreakGlassGrantSchema,
    /** Everything read or changed under the grant, oldest first: when and what, without content. */
    activity: z.array(BreakGlassActivitySchema),
    /** More happened than is listed (the first ones are listed). */
    activityTruncated: z.boolean(),
  }),
);
export type BreakGlassGrantReviewJson = z.infer<typeof BreakGlassGrantReviewSchema>;

/** The activity under a grant as the reviewing team lead sees it: when, what, how many persons. */
export function presentBreakGlassActivity(row: GrantActivityRow): BreakGlassActivityJson {
  const common = { occurredAt: iso(row.occurredAt), subject: row.subject, personCount: row.personCount };
  return row.source === 'ACCESS_LOG'
    ? { source: 'ACCESS_LOG', action: row.action as AccessAction, ...common }
    : { source: 'CHANGE_HISTORY', eventType: row.action as DossierEventType, ...common };
}
