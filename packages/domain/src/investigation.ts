import { z } from 'zod';
import { DecisionRecordSchema } from './decisions';
import { AppError } from './errors';
import { LIMITS } from './limits';
import { PastDateSchema } from './date-schemas';

/**
 * Investigations (KT3): the first investigation led by the Lokaal Team (KT3a) and the extended
 * investigation led by the RVT with the Lokaal Team still involved (KT3b). Every judgement is recorded
 * with its rationale and the household's view. The decision tables below PROPOSE an outcome; the
 * professional decides and gives a reason to deviate (KT3-R1, LS-04). The system never decides.
 */
export const JUDGEMENT_VALUES = ['YES', 'NO', 'UNCLEAR'] as const;
export type JudgementValue = (typeof JUDGEMENT_VALUES)[number];

export const JudgementSchema = z.object({
  value: z.enum(JUDGEMENT_VALUES),
  rationale: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
  householdView: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type Judgement = z.infer<typeof JudgementSchema>;

/** E-4, ordered lightest → heaviest (subsidiarity, LS-02). */
export const REDUCIBLE_VIA = [
  'INFORMAL_SUPPORT',
  'INFO_ADVICE',
  'PROFESSIONAL_HELP',
  'COERCED_MEASURE',
] as const;
export type ReducibleVia = (typeof REDUCIBLE_VIA)[number];

/** The five things to establish (E-1..E-5). E-1 (what and whose) is the list of concerns. */
export const EstablishmentSchema = z.object({
  concernIds: z.array(z.uuid()).min(1, { error: 'concern_required' }).max(20),
  willingToReduce: JudgementSchema, // E-2
  expectedToReduceInTime: JudgementSchema, // E-3
  reducibleVia: z.array(z.enum(REDUCIBLE_VIA)).min(1).max(4), // E-4
  urgentSafetyNeeded: JudgementSchema, // E-5
});
export type Establishment = z.infer<typeof EstablishmentSchema>;

export const FIRST_OUTCOMES = ['EO1_CLOSE', 'EO2_VOLUNTARY_HELP', 'EO3_EXTENDED'] as const;
export type FirstOutcome = (typeof FIRST_OUTCOMES)[number];

export const EXTENDED_OUTCOMES = [
  'UO1_VOLUNTARY_HELP',
  'UO1_SAFETY_MONITORING',
  'UO2_INDEPENDENT_EXPERT',
  'UO3_PETITION',
] as const;
export type ExtendedOutcome = (typeof EXTENDED_OUTCOMES)[number];

export const FirstDecisionSchema = z.object({
  establishment: EstablishmentSchema,
  /** Are there facts that lead to worries? */
  factsOfConcern: JudgementSchema,
  /** Does the household seem to manage with informal or professional support? */
  managesWithSupport: JudgementSchema,
  wantsHelp: JudgementSchema,
  helpSeemsNeeded: JudgementSchema,
  outcome: z.enum(FIRST_OUTCOMES),
  rationale: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
  householdView: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  deviationReason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  /** The decision's record: facts, alternatives, the child's interest, who was heard, dissent (LS-04/07/10). */
  decision: DecisionRecordSchema.optional(),
});
export type FirstDecision = z.infer<typeof FirstDecisionSchema>;

export const ExtendedDecisionSchema = z.object({
  establishment: EstablishmentSchema,
  factsRemain: JudgementSchema,
  /** Is there a strong chance the household manages, with or without informal support or voluntary help? */
  householdLikelyManages: JudgementSchema,
  worriesSerious: JudgementSchema,
  /** Do household members and professionals disagree "over of het goed komt en wat er moet gebeuren"? */
  disagreement: JudgementSchema,
  unclarityRemains: JudgementSchema,
  worriesUndiminished: JudgementSchema,
  outcome: z.enum(EXTENDED_OUTCOMES),
  rationale: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
  householdView: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  deviationReason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  /** The decision's record: facts, alternatives, the child's interest, who was heard, dissent (LS-04/07/10). */
  decision: DecisionRecordSchema.optional(),
});
export type ExtendedDecision = z.infer<typeof ExtendedDecisionSchema>;

export interface Proposal<O extends string> {
  /** The rule of the decision table that matches, or GAP when the table does not cover the case (AMB-09). */
  rule: string;
  /** Outcomes consistent with that rule; empty for a gap (a reasoned choice is required). */
  options: O[];
}

type V = Pick<Judgement, 'value'>;

/** KT3a decision table EO-1..EO-3 (spec §5 KT3a). */
export function proposeFirstOutcome(j: {
  factsOfConcern: V;
  managesWithSupport: V;
  wantsHelp: V;
  helpSeemsNeeded: V;
}): Proposal<FirstOutcome> {
  if (j.factsOfConcern.value === 'NO') {
    return { rule: 'EO-1', options: ['EO1_CLOSE'] };
  }
  const unclear = j.factsOfConcern.value === 'UNCLEAR' || j.managesWithSupport.value === 'UNCLEAR';
  if (j.managesWithSupport.value === 'YES' && !unclear) {
    return { rule: 'EO-2', options: ['EO2_VOLUNTARY_HELP'] };
  }
  if (
    unclear ||
    (j.managesWithSupport.value === 'NO' && j.wantsHelp.value === 'NO' && j.helpSeemsNeeded.value === 'YES')
  ) {
    return { rule: 'EO-3', options: ['EO3_EXTENDED'] };
  }
  // e.g. facts, the household wants help but it is not available in time: not covered by the table.
  return { rule: 'GAP', options: [] };
}

/** KT3b decision table UO-1..UO-3 (spec §5 KT3b). UO-2 and UO-3 are options ("kan"), never automatic. */
export function proposeExtendedOutcome(j: {
  factsRemain: V;
  householdLikelyManages: V;
  worriesSerious: V;
  disagreement: V;
  unclarityRemains: V;
  worriesUndiminished: V;
}): Proposal<ExtendedOutcome> {
  if (j.factsRemain.value === 'NO' || j.householdLikelyManages.value === 'YES') {
    return { rule: 'UO-1', options: ['UO1_VOLUNTARY_HELP', 'UO1_SAFETY_MONITORING'] };
  }
  if (j.unclarityRemains.value === 'YES' && j.worriesUndiminished.value === 'YES') {
    return { rule: 'UO-3', options: ['UO3_PETITION'] };
  }
  if (j.factsRemain.value === 'YES' && j.worriesSerious.value === 'YES' && j.disagreement.value === 'YES') {
    return { rule: 'UO-2', options: ['UO2_INDEPENDENT_EXPERT'] };
  }
  return { rule: 'GAP', options: [] };
}

/**
 * Checks a chosen outcome against the proposal: a choice outside the matching rule, or any choice where the
 * table has a gap, needs a reason (KT3-R1, AMB-09).
 * @returns whether the choice deviates from the table
 * @throws AppError decision_deviation_reason_required
 */
export function assertDecisionConsistent<O extends string>(
  proposal: Proposal<O>,
  chosen: O,
  deviationReason: string | null | undefined,
): boolean {
  const deviates = !proposal.options.includes(chosen);
  if (deviates && !deviationReason) {
    throw new AppError('decision_deviation_reason_required', {
      issues: [
        {
          path: 'deviationReason',
          code: 'decision_deviation_reason_required',
          message: 'decision_deviation_reason_required',
        },
      ],
      data: { rule: proposal.rule, options: proposal.options },
    });
  }
  return deviates;
}

export const NETWORK_CONFERENCE_ROLES = ['HOUSEHOLD_MEMBER', 'NETWORK', 'PROFESSIONAL', 'OTHER'] as const;

/** A (family) network conference inside an extended investigation; it must yield next steps (KT3-R2). */
export const NetworkConferenceSchema = z.object({
  heldOn: PastDateSchema,
  participants: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(LIMITS.displayNameMax),
        role: z.enum(NETWORK_CONFERENCE_ROLES),
      }),
    )
    .min(1)
    .max(40),
  outcome: z.string().trim().min(1).max(LIMITS.reasonMax),
  nextSteps: z.string().trim().min(1, { error: 'next_steps_required' }).max(LIMITS.reasonMax),
});
export type NetworkConference = z.infer<typeof NetworkConferenceSchema>;

/** UO-2: an independent expert looks along; the household itself may ask for one (KT3-R3). */
export const ExpertConsultSchema = z.object({
  requestedBy: z.enum(['HOUSEHOLD', 'PROFESSIONAL']),
  expertName: z.string().trim().min(1).max(LIMITS.displayNameMax),
  question: z.string().trim().min(1).max(LIMITS.reasonMax),
});
export const ExpertAdviceSchema = z.object({
  advice: z.string().trim().min(1).max(LIMITS.reasonMax),
});
