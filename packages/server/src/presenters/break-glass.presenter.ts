import { z } from 'zod';
import { Code, Id, named, Timestamp } from './schemas';
import { iso } from './viewer';

export const BreakGlassGrantSchema = named(
  'BreakGlassGrant',
  z.strictObject({
    id: Id,
    accountId: Id,
    professionalName: z.string(),
    householdId: Id,
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

/** A break-the-glass grant as its reviewing team lead sees it: who, when, why — no household content. */
export function presentBreakGlassGrant(g: {
  id: string;
  accountId: string;
  professionalName: string;
  householdId: string;
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
    reasonCode: g.reasonCode,
    reason: g.reason,
    grantedAt: iso(g.grantedAt),
    expiresAt: iso(g.expiresAt),
    reviewedAt: iso(g.reviewedAt),
    reviewVerdict: g.reviewVerdict,
    reviewComment: g.reviewComment,
  };
}
