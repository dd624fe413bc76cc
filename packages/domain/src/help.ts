import { DecisionRecordSchema } from './decisions';
import { z } from 'zod';
import { AppError } from './errors';
import { LIMITS } from './limits';
import { PastDateSchema } from './date-schemas';

/**
 * Help (interventions, KT4). The frame is always explicit (INV-04, LS-12): voluntary, drang (help accepted
 * under pressure — named as such so the family knows), or coerced. Voluntary help and drang rest on
 * recorded informed consent (INV-03, LS-08: reason, goal, consequences of refusal); coerced help rests on a
 * measure (VAL-03). Help that was needed but not available is kept as unmet need with a reason.
 */
export const FRAMES = ['VOLUNTARY', 'DRANG', 'COERCED'] as const;
export type Frame = (typeof FRAMES)[number];

export const HELP_CATEGORIES = [
  'INFORMAL_SUPPORT',
  'INFO_ADVICE',
  'YOUTH_CARE',
  'ADULT_MENTAL_HEALTH',
  'ADDICTION_CARE',
  'DEBT_COUNSELLING',
  'DOMESTIC_VIOLENCE',
  'DISABILITY_SUPPORT',
  'OTHER',
] as const;

export const INTERVENTION_STATUSES = ['REQUESTED', 'STARTED', 'ENDED', 'UNAVAILABLE', 'DECLINED'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export const CONSENT_DECISIONS = ['GIVEN', 'REFUSED'] as const;

/**
 * Informed consent (LS-08, spec ConsentRecord): what was explained — why this help, its goal, what refusing
 * would mean, the family's rights — and the answer. A refusal is a legitimate outcome, recorded as such: the
 * help is declined, not failed, and nobody is marked as not cooperating.
 */
export const ConsentSchema = z.object({
  decision: z.enum(CONSENT_DECISIONS).default('GIVEN'),
  /** Who answered (gave or refused consent). */
  givenByPersonIds: z.array(z.uuid()).min(1).max(20),
  givenOn: PastDateSchema,
  reason: z.string().trim().min(1).max(LIMITS.reasonMax),
  goal: z.string().trim().min(1, { error: 'consent_goal_required' }).max(LIMITS.reasonMax),
  consequencesOfRefusal: z.string().trim().min(1).max(LIMITS.reasonMax),
  rightsExplained: z.string().trim().min(1, { error: 'consent_rights_required' }).max(LIMITS.reasonMax),
  /** The family's own words on why they refuse, if they want to give them (never required). */
  refusalReason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const InterventionCreateSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.noteTitleMax),
  category: z.enum(HELP_CATEGORIES),
  provider: z.string().trim().min(1).max(LIMITS.displayNameMax),
  targetPersonIds: z.array(z.uuid()).min(1).max(20),
  frame: z.enum(FRAMES),
  consent: ConsentSchema.nullable().optional(),
  measureReference: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
  requestedOn: PastDateSchema,
  goalId: z.uuid().nullable().optional(),
  /** A help decision's record, when the region has it reviewed or the team records one (KT7-R5). */
  decision: DecisionRecordSchema.optional(),
});
export type InterventionCreate = z.infer<typeof InterventionCreateSchema>;

/** VAL-03 / LS-12. @throws AppError consent_required | measure_reference_required */
export function assertFrameGrounded(
  input: Pick<InterventionCreate, 'frame' | 'consent' | 'measureReference'>,
): void {
  if (input.frame === 'COERCED' && !input.measureReference) {
    throw new AppError('measure_reference_required', {
      issues: [
        {
          path: 'measureReference',
          code: 'measure_reference_required',
          message: 'measure_reference_required',
        },
      ],
    });
  }
  if (input.frame !== 'COERCED' && !input.consent) {
    throw new AppError('consent_required', {
      issues: [{ path: 'consent', code: 'consent_required', message: 'consent_required' }],
    });
  }
}

export const InterventionProgressSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('STARTED'), on: PastDateSchema, version: z.number().int().positive() }),
  z.object({
    status: z.literal('ENDED'),
    on: PastDateSchema,
    reason: z.string().trim().min(1).max(LIMITS.reasonMax),
    version: z.number().int().positive(),
  }),
  z.object({
    status: z.literal('UNAVAILABLE'),
    on: PastDateSchema,
    reason: z.string().trim().min(1, { error: 'unmet_need_reason_required' }).max(LIMITS.reasonMax),
    version: z.number().int().positive(),
  }),
  /** LS-08: the family withdraws its consent; the help stops, as their legitimate choice. */
  z.object({
    status: z.literal('DECLINED'),
    on: PastDateSchema,
    reason: z.string().trim().min(1).max(LIMITS.reasonMax),
    version: z.number().int().positive(),
  }),
]);
export type InterventionProgress = z.infer<typeof InterventionProgressSchema>;

const NEXT: Record<InterventionStatus, InterventionStatus[]> = {
  REQUESTED: ['STARTED', 'UNAVAILABLE', 'DECLINED'],
  STARTED: ['ENDED', 'DECLINED'],
  ENDED: [],
  UNAVAILABLE: [],
  DECLINED: [],
};

/**
 * requested → started → ended, requested → unavailable (unmet need), or requested/started → declined (consent
 * refused or withdrawn, LS-08). Coerced help rests on a measure, not on consent, so it cannot be declined.
 * @throws intervention_transition_not_allowed
 */
export function assertInterventionProgress(
  from: InterventionStatus,
  to: InterventionStatus,
  frame?: string,
): void {
  if (!NEXT[from].includes(to) || (to === 'DECLINED' && frame === 'COERCED')) {
    throw new AppError('intervention_transition_not_allowed', { data: { from, to } });
  }
}

/** Calendar days from request to start: the waiting time (KT4-R3). */
export function waitingDays(requestedOn: string, startedOn: string): number {
  return Math.round((Date.parse(startedOn) - Date.parse(requestedOn)) / 86_400_000);
}
