import { z } from 'zod';
import { AppError } from './errors';
import { LIMITS } from './limits';
import { IsoDateSchema, PastDateSchema } from './date-schemas';

/**
 * Safety assessment: instrument-neutral structured professional judgement (spec AMB-16). Instruments are
 * pluggable, versioned definitions; their result is advisory. We ship only open content: the
 * "open gestructureerd oordeel", written for this project.
 */
export interface AssessmentInstrument {
  id: string;
  version: string;
  title: { nl: string; en: string };
  /** The safety judgement scale (0 = acute danger, 10 = safe enough). */
  scale: { min: number; max: number };
  /** Whether the instrument asks for at least one safety condition. */
  requiresConditions: boolean;
}

export const ASSESSMENT_INSTRUMENTS: readonly AssessmentInstrument[] = [
  {
    id: 'gd-open-oordeel',
    version: '1.0',
    title: { nl: 'Open gestructureerd professioneel oordeel', en: 'Open structured professional judgement' },
    scale: { min: 0, max: 10 },
    requiresConditions: true,
  },
];

export function findInstrument(id: string, version: string): AssessmentInstrument {
  const instrument = ASSESSMENT_INSTRUMENTS.find((i) => i.id === id && i.version === version);
  if (!instrument) {
    throw new AppError('instrument_unknown', {
      issues: [{ path: 'instrumentId', code: 'instrument_unknown', message: 'instrument_unknown' }],
    });
  }
  return instrument;
}

const Line = z.string().trim().min(1).max(LIMITS.reasonMax);
const Score = z.number().int().min(0).max(10);

export const SafetyAssessmentCreateSchema = z.object({
  instrumentId: z.string().trim().min(1).max(60),
  instrumentVersion: z.string().trim().min(1).max(20),
  dangers: z.array(Line).min(1, { error: 'danger_required' }).max(30),
  protectiveFactors: z.array(Line).max(30).default([]),
  safetyConditions: z.array(Line).max(30).default([]),
  professionalScore: Score,
  /** Each family member who wants to give one; nobody has to. */
  familyScores: z
    .array(
      z.object({
        personId: z.uuid(),
        score: Score,
        note: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
      }),
    )
    .max(20)
    .default([]),
  uncertainty: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  disagreement: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type SafetyAssessmentCreate = z.infer<typeof SafetyAssessmentCreateSchema>;

/** Instrument-specific checks of an assessment. @throws AppError instrument_unknown | safety_condition_required */
export function assertAssessmentFitsInstrument(input: SafetyAssessmentCreate): void {
  const instrument = findInstrument(input.instrumentId, input.instrumentVersion);
  if (instrument.requiresConditions && input.safetyConditions.length === 0) {
    throw new AppError('safety_condition_required', {
      issues: [
        { path: 'safetyConditions', code: 'safety_condition_required', message: 'safety_condition_required' },
      ],
    });
  }
  const ids = input.familyScores.map((s) => s.personId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('validation_failed', {
      issues: [{ path: 'familyScores', code: 'invalid', message: 'invalid' }],
    });
  }
}

/** Who carries out an agreement in the safety plan or an action in the family plan. */
export const OWNER_KINDS = ['FAMILY', 'NETWORK', 'PROFESSIONAL'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const OwnerSchema = z.object({
  kind: z.enum(OWNER_KINDS),
  name: z.string().trim().min(1, { error: 'owner_required' }).max(LIMITS.displayNameMax),
});

/**
 * Safety plan (veiligheidsplan): conditions (what must be true) and agreements (how, by whom), check dates
 * and the family's agreement. Every save is a new version; old versions are kept.
 */
export const SafetyPlanVersionSchema = z.object({
  /**
   * The version this one replaces, as the author saw it (null for the first plan): a save based on an older
   * version is refused with the current one, so two people editing at once cannot overwrite each other.
   */
  basedOnVersionNo: z.number().int().min(1).max(100_000).nullable(),
  conditions: z.array(Line).min(1, { error: 'safety_condition_required' }).max(30),
  agreements: z
    .array(
      z.object({
        text: Line,
        owner: OwnerSchema.nullable().optional(),
      }),
    )
    .min(1)
    .max(60),
  checkDates: z.array(IsoDateSchema).min(1, { error: 'check_date_required' }).max(20),
  familyAgreement: z.object({
    status: z.enum(['AGREED', 'PARTLY_AGREED', 'NOT_AGREED']),
    note: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  }),
});
export type SafetyPlanVersion = z.infer<typeof SafetyPlanVersionSchema>;

/** Every agreement needs an owner: the family, a network member or a professional, by name. */
export function assertAgreementsOwned(plan: SafetyPlanVersion): void {
  const issues = plan.agreements.flatMap((a, i) =>
    a.owner
      ? []
      : [
          {
            path: `agreements.${i}.owner`,
            code: 'agreement_owner_required',
            message: 'agreement_owner_required',
          },
        ],
  );
  if (issues.length > 0) {
    throw new AppError('agreement_owner_required', { issues });
  }
}

export const SafetyPlanBreachSchema = z.object({
  occurredOn: PastDateSchema,
  description: Line,
  followUp: z.string().trim().min(1, { error: 'follow_up_required' }).max(LIMITS.reasonMax),
});

export const SafetyPlanEvaluationSchema = z.object({
  conditionsMet: z.enum(['YES', 'PARTLY', 'NO']),
  summary: Line,
  householdView: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
