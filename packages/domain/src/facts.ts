import { z } from 'zod';
import { PastDateSchema } from './date-schemas';
import { LIMITS } from './limits';

/**
 * Facts (feiten): a statement, when it was observed, its source, on what ground it was obtained, how far it
 * is verified, and the household's response (hoor en wederhoor, LS-07). Facts are kept apart from
 * interpretations (concerns) and judgements (investigation decisions) (LS-11).
 */
export const FACT_SOURCE_KINDS = ['HOUSEHOLD', 'PROFESSIONAL', 'REGISTER', 'POLICE', 'OTHER'] as const;
export type FactSourceKind = (typeof FACT_SOURCE_KINDS)[number];

export const VERIFICATIONS = ['UNVERIFIED', 'CORROBORATED', 'DISPUTED'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const FactSourceSchema = z
  .object({
    kind: z.enum(FACT_SOURCE_KINDS),
    /** Who or what the source is, e.g. "moeder, huisbezoek" or "school (mentor)". */
    description: z.string().trim().min(1, { error: 'fact_source_required' }).max(LIMITS.displayNameMax),
    obtainedWithConsent: z.boolean(),
    /** The registered legal basis when obtained without consent (KT3-R4, LS-16). */
    legalBasis: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.obtainedWithConsent && s.kind !== 'HOUSEHOLD' && !s.legalBasis) {
      ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'legal_basis_required' });
    }
  });
export type FactSource = z.infer<typeof FactSourceSchema>;

export const FactCreateSchema = z.object({
  statement: z.string().trim().min(1).max(LIMITS.reasonMax),
  observedOn: PastDateSchema.nullable().optional(),
  source: FactSourceSchema,
  verification: z.enum(VERIFICATIONS).default('UNVERIFIED'),
  concernIds: z.array(z.uuid()).max(20).default([]),
  aboutPersonIds: z.array(z.uuid()).max(50).default([]),
});
export type FactCreate = z.infer<typeof FactCreateSchema>;

/** Hoor en wederhoor: the household's response to a fact, by named household members. */
/** Hoor en wederhoor (LS-07): what one household member says about a fact. */
export const FactResponseCreateSchema = z.object({
  personId: z.uuid(),
  text: z.string().trim().min(1).max(LIMITS.reasonMax),
});
export type FactResponseCreate = z.infer<typeof FactResponseCreateSchema>;

export const FactVerificationSchema = z.object({
  verification: z.enum(VERIFICATIONS),
  version: z.number().int().positive(),
});

/**
 * VAL-04: a first investigation uses only sources that are consented or self-reported by the household;
 * without consent is allowed only in an extended investigation, and only with a registered legal basis.
 * @returns the error code, or null when the source is allowed
 */
export function sourceRefusal(
  investigationKind: 'FIRST' | 'EXTENDED' | null,
  source: Pick<FactSource, 'kind' | 'obtainedWithConsent' | 'legalBasis'>,
): 'source_without_consent_in_first_investigation' | 'legal_basis_required' | null {
  if (source.obtainedWithConsent || source.kind === 'HOUSEHOLD') {
    return null;
  }
  if (investigationKind !== 'EXTENDED') {
    return 'source_without_consent_in_first_investigation';
  }
  return source.legalBasis ? null : 'legal_basis_required';
}
