import { z } from 'zod';
import { IsoDateSchema, PastDateSchema } from './date-schemas';
import { HELP_CATEGORIES } from './help';
import { REDUCIBLE_VIA } from './investigation';
import { LIMITS } from './limits';
import { AUTHORITY_KINDS } from './measures';

/**
 * The petition (KT6), its counter-review (KT7) and the authority's decision (KT8) as schemas and codes. A
 * petition is built as a document: grounds are claims resting on specific versions of facts, lighter
 * alternatives rest on the help actually given, every involved child has a voice or a reasoned exception.
 * The readiness gate (legal-route.ts `petitionBlockers`) decides whether it may be filed; the platform never
 * decides on the measure itself (INV-07: the judge or the mayor does).
 */

/**
 * Where a petition is: drafted (also again after CORRECT_FIRST), with a reviewer, reviewed (the last
 * review's outcome says what may follow: filing, corrections, or not filing), not filed (DO_NOT_FILE: too
 * heavy a measure), filed with the authority, decided; or withdrawn while drafted (the team no longer asks
 * for a measure).
 */
export const PETITION_STATES = [
  'DRAFT',
  'IN_REVIEW',
  'REVIEWED',
  'NOT_FILED',
  'FILED',
  'DECIDED',
  'WITHDRAWN',
] as const;
export type PetitionState = (typeof PETITION_STATES)[number];

/** KT7's outcomes (a/b/c): proceed, do not file (too heavy a measure), correct first. */
export const REVIEW_OUTCOMES = ['PROCEED', 'DO_NOT_FILE', 'CORRECT_FIRST'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** KT8: the authority's decision. COUNTER_EXPERTISE_ORDERED (MEAS-18) is interim: the decision follows. */
export const RULING_OUTCOMES = [
  'GRANTED',
  'PARTIALLY_GRANTED',
  'REJECTED',
  'COUNTER_EXPERTISE_ORDERED',
] as const;
export type RulingOutcome = (typeof RULING_OUTCOMES)[number];

/** Who is consulted before a petition (KT6-R2, spec §1.3). */
export const CONSULTATION_PARTIES = ['HOUSEHOLD', 'FIXED_PROFESSIONAL', 'OTHER'] as const;
export type ConsultationParty = (typeof CONSULTATION_PARTIES)[number];

/** How a child's voice reached the petition (VAL-10, LS-09). */
export const CHILD_VOICE_KINDS = ['HEARD', 'REPRESENTED', 'EXCEPTION'] as const;
export type ChildVoiceKind = (typeof CHILD_VOICE_KINDS)[number];

/** Support offered per person (KT9-R2, LS-14). */
export const SUPPORT_KINDS = ['LEGAL_AID', 'CLIENT_SUPPORT', 'CONFIDANT'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_RESPONSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type SupportResponse = (typeof SUPPORT_RESPONSES)[number];

/** The answers to the three review questions (KT7 Q1–Q3). */
export const REVIEW_ANSWERS = ['YES', 'PARTLY', 'NO'] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];

/** The steps of E-4 lighter than a measure, in order (LS-02). */
export const LIGHTER_STEPS = REDUCIBLE_VIA.filter((s) => s !== 'COERCED_MEASURE');
export type LighterStep = (typeof LIGHTER_STEPS)[number];

const Text = z.string().trim().min(1).max(LIMITS.reasonMax);
const OptionalText = z.string().trim().max(LIMITS.reasonMax).nullable().optional();
const Persons = z.array(z.uuid()).max(30);
const Version = z.number().int().positive();

export const ProportionalitySchema = z.object({
  intrusiveness: Text,
  duration: Text,
  scope: Text,
  why: Text,
});

export const LegalAdviceSchema = z.object({
  summary: Text,
  adviser: z.string().trim().min(1).max(LIMITS.displayNameMax),
  givenOn: PastDateSchema,
});

/** Starting a petition: the measure asked for, of whom, and on whom it is aimed. */
export const PetitionCreateSchema = z.object({
  measureTypeId: z.string().trim().min(1).max(64),
  addressee: z.enum(AUTHORITY_KINDS),
  targetPersonIds: Persons.min(1, { error: 'petition_target_required' }),
  /** Persons the measure's actions aim at besides the targets (a measure on a child may set goals for the parents). */
  actionAimPersonIds: Persons.default([]),
});
export type PetitionCreate = z.infer<typeof PetitionCreateSchema>;

/** Changing the petition's own fields, at the version the author saw. */
export const PetitionUpdateSchema = z.object({
  version: Version,
  measureTypeId: z.string().trim().min(1).max(64).optional(),
  addressee: z.enum(AUTHORITY_KINDS).optional(),
  targetPersonIds: Persons.min(1, { error: 'petition_target_required' }).optional(),
  actionAimPersonIds: Persons.optional(),
  proportionality: ProportionalitySchema.nullable().optional(),
  childInterest: OptionalText,
  legalAdvice: LegalAdviceSchema.nullable().optional(),
  familySummary: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type PetitionUpdate = z.infer<typeof PetitionUpdateSchema>;

/** A ground: a claim resting on at least one fact, each linked at its current version (LS-11). */
export const PetitionGroundSchema = z.object({
  version: Version,
  claim: Text,
  factIds: z.array(z.uuid()).max(20),
});
export type PetitionGroundInput = z.infer<typeof PetitionGroundSchema>;

/** A documented attempt at hoor en wederhoor for one person on one fact (VAL-09, LS-07). */
export const HearingAttemptSchema = z.object({
  version: Version,
  factId: z.uuid(),
  personId: z.uuid(),
  attemptedOn: PastDateSchema,
  description: Text,
});
export type HearingAttemptInput = z.infer<typeof HearingAttemptSchema>;

/** A lighter alternative, on the help actually given (LS-02). */
export const PetitionAlternativeSchema = z.object({
  version: Version,
  step: z.enum(LIGHTER_STEPS as unknown as [LighterStep, ...LighterStep[]]),
  interventionIds: z.array(z.uuid()).max(20),
  outcome: Text,
  whyInsufficient: Text,
});
export type PetitionAlternativeInput = z.infer<typeof PetitionAlternativeSchema>;

/** The voice of one involved child (VAL-10, LS-09): heard, represented, or a reasoned exception. */
export const ChildVoiceBodySchema = z
  .object({
    version: Version,
    how: z.enum(CHILD_VOICE_KINDS),
    view: OptionalText,
    interests: OptionalText,
    exceptionReason: OptionalText,
  })
  .superRefine((v, ctx) => {
    if (v.how === 'EXCEPTION' && !v.exceptionReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['exceptionReason'],
        message: 'child_voice_exception_reason_required',
      });
    }
    if (v.how !== 'EXCEPTION' && !v.view) {
      ctx.addIssue({ code: 'custom', path: ['view'], message: 'child_voice_view_required' });
    }
  });
export type ChildVoiceInput = z.infer<typeof ChildVoiceBodySchema> & { childId: string };

/** A consultation before the petition (KT6-R2). */
export const ConsultationSchema = z.object({
  version: Version,
  party: z.enum(CONSULTATION_PARTIES),
  personId: z.uuid().nullable().optional(),
  heldOn: PastDateSchema,
  summary: Text,
});
export type ConsultationInput = z.infer<typeof ConsultationSchema>;

/** Support offered to a person (KT9-R2; legal aid when a petition is drafted, LS-14). */
export const SupportOfferSchema = z.object({
  personId: z.uuid(),
  kind: z.enum(SUPPORT_KINDS),
  offeredOn: PastDateSchema,
  response: z.enum(SUPPORT_RESPONSES).default('PENDING'),
  provider: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
});
export type SupportOfferInput = z.infer<typeof SupportOfferSchema>;

/** Sending the petition to counter-review: the reviewer and the support roles, chosen from the eligible. */
export const ReviewRequestSchema = z.object({
  version: Version,
  reviewerId: z.uuid(),
  juristId: z.uuid(),
  behaviouralScientistId: z.uuid(),
});
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

const Answer = z.object({ answer: z.enum(REVIEW_ANSWERS), explanation: Text });

/** A finding points at a ground or a safeguard (or both). */
export const ReviewFindingSchema = z
  .object({
    safeguard: z
      .string()
      .regex(/^(LS|VAL|INV|KT\d)-?[0-9R-]{1,6}$/)
      .nullable()
      .optional(),
    groundId: z.uuid().nullable().optional(),
    text: Text,
  })
  .refine((f) => f.safeguard || f.groundId, {
    message: 'review_finding_target_required',
    path: ['safeguard'],
  });

/** The counter-review (KT7-R2): attestation, Q1–Q3, the outcome and its findings. */
export const ReviewSubmissionSchema = z
  .object({
    notInvolved: z.literal(true, { error: 'reviewer_attestation_missing' }),
    bestSolution: Answer, // Q1
    followsFromInformation: Answer, // Q2
    legalFoundation: Answer, // Q3
    outcome: z.enum(REVIEW_OUTCOMES),
    findings: z.array(ReviewFindingSchema).max(30).default([]),
    /** DO_NOT_FILE where the measure was proposed because help was unavailable: the need that went unmet. */
    unmetNeed: OptionalText,
  })
  .superRefine((r, ctx) => {
    if (r.outcome === 'CORRECT_FIRST' && r.findings.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['findings'], message: 'review_findings_required' });
    }
  });
export type ReviewSubmission = z.infer<typeof ReviewSubmissionSchema>;

/** Taking a reviewed petition back to correct it (CORRECT_FIRST), at the version the author saw. */
export const PetitionReopenSchema = z.object({ version: Version });

/** Closing a petition without filing after DO_NOT_FILE: the reason, and the unmet need if help was missing. */
export const PetitionNotFiledSchema = z.object({
  version: Version,
  reason: Text,
  unmetNeed: OptionalText,
});
export type PetitionNotFiled = z.infer<typeof PetitionNotFiledSchema>;

/** Withdrawing a drafted petition: the reason is required (the family returns to voluntary help). */
export const PetitionWithdrawalSchema = z.object({ version: Version, reason: Text });

/** A running measure evaluated against its goals for ending it (KT8-R1). */
export const MeasureEvaluationSchema = z.object({
  evaluatedOn: PastDateSchema,
  summary: Text,
  /** The goals for ending the measure are reached. */
  goalsReached: z.boolean(),
});
export type MeasureEvaluationInput = z.infer<typeof MeasureEvaluationSchema>;

/** A running measure ends (its term ran out, the judge ended it, or its goals were reached). */
export const MeasureEndSchema = z.object({
  version: Version,
  endedOn: PastDateSchema,
  reason: Text,
});
export type MeasureEndInput = z.infer<typeof MeasureEndSchema>;

/** Filing with the authority (KT8), at the version the author saw; the gate is checked and stored. */
export const FilingSchema = z.object({
  version: Version,
  filedOn: PastDateSchema,
  court: z.string().trim().min(1).max(LIMITS.displayNameMax),
});
export type FilingInput = z.infer<typeof FilingSchema>;

/** A hearing before the authority. */
export const HearingSchema = z.object({
  heldOn: PastDateSchema,
  note: OptionalText,
});

/** The authority's decision (KT8-R1, KT8-R3). */
export const RulingSchema = z
  .object({
    version: Version,
    decidedOn: PastDateSchema,
    outcome: z.enum(RULING_OUTCOMES),
    judge: z.string().trim().min(1).max(LIMITS.displayNameMax),
    legalGround: OptionalText,
    conditions: OptionalText,
    /** Granted: the persons the measure applies to (a partial grant may name fewer than the petition). */
    targetPersonIds: Persons.default([]),
    startsOn: IsoDateSchema.nullable().optional(),
    endsOn: IsoDateSchema.nullable().optional(),
    /** What must be true for the measure to end (goals for ending it). */
    endingGoals: OptionalText,
    counterExpertise: OptionalText,
    hearings: z.array(HearingSchema).max(10).default([]),
    /** The help the ruling orders with the measure (R-008: set against what is delivered). */
    orderedHelp: z
      .array(z.object({ category: z.enum(HELP_CATEGORIES), description: Text }))
      .max(10)
      .optional(),
  })
  .superRefine((r, ctx) => {
    const granted = r.outcome === 'GRANTED' || r.outcome === 'PARTIALLY_GRANTED';
    if (granted && !r.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['startsOn'], message: 'measure_start_required' });
    }
    if (granted && !r.legalGround) {
      ctx.addIssue({ code: 'custom', path: ['legalGround'], message: 'legal_ground_required' });
    }
    if (r.startsOn && r.endsOn && r.endsOn <= r.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'end_before_start' });
    }
    if (r.outcome === 'COUNTER_EXPERTISE_ORDERED' && !r.counterExpertise) {
      ctx.addIssue({ code: 'custom', path: ['counterExpertise'], message: 'counter_expertise_required' });
    }
  });
export type RulingInput = z.infer<typeof RulingSchema>;
