import { z } from 'zod';
import { LIMITS } from './limits';
import { IsoDateSchema } from './date-schemas';
import { OwnerSchema } from './safety';

/**
 * One family plan ("één gezin, één plan", INV-09; KT4-R1): goals per person and per life domain with a
 * 1–5 self-sufficiency score over time, actions by family, network and professionals, evaluations.
 * The life domains are an open, configurable list (table `life_domains`); these are the defaults.
 */
export const DEFAULT_LIFE_DOMAINS = [
  { code: 'FINANCES', nl: 'Financiën en schulden', en: 'Finances and debts' },
  { code: 'HOUSING', nl: 'Wonen', en: 'Housing' },
  { code: 'WORK_INCOME', nl: 'Werk en inkomen', en: 'Work and income' },
  { code: 'MENTAL_HEALTH', nl: 'Psychische gezondheid', en: 'Mental health' },
  { code: 'ADDICTION', nl: 'Verslaving', en: 'Addiction' },
  { code: 'RELATIONSHIPS', nl: 'Relaties en scheiding', en: 'Relationships and divorce' },
  { code: 'PARENTING', nl: 'Opvoeding', en: 'Parenting' },
  {
    code: 'CHILD_DEVELOPMENT',
    nl: 'Ontwikkeling van het kind en school',
    en: 'Child development and school',
  },
  { code: 'PHYSICAL_HEALTH', nl: 'Lichamelijke gezondheid', en: 'Physical health' },
  { code: 'SOCIAL_NETWORK', nl: 'Sociaal netwerk', en: 'Social network' },
  { code: 'JUSTICE', nl: 'Justitie', en: 'Justice' },
  { code: 'DAILY_ACTIVITIES', nl: 'Dagbesteding', en: 'Daily activities' },
  { code: 'SAFETY', nl: 'Veiligheid', en: 'Safety' },
] as const;

const LifeDomainCode = z.string().regex(/^[A-Z][A-Z_]{1,39}$/, { error: 'life_domain_unknown' });

/** Self-sufficiency from 1 (acute problems) to 5 (fully self-reliant). */
export const SELF_SUFFICIENCY_MIN = 1;
export const SELF_SUFFICIENCY_MAX = 5;

export const GoalCreateSchema = z.object({
  /** null: a goal for the household as a whole. */
  personId: z.uuid().nullable().optional(),
  lifeDomain: LifeDomainCode,
  description: z.string().trim().min(1).max(LIMITS.reasonMax),
});
export type GoalCreate = z.infer<typeof GoalCreateSchema>;

export const GoalUpdateSchema = z.object({
  status: z.enum(['ACTIVE', 'ACHIEVED', 'STOPPED']),
  /** Why (e.g. what was achieved); kept on the goal, never in the event (issue 9.1). */
  reason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  version: z.number().int().positive(),
});
export type GoalUpdate = z.infer<typeof GoalUpdateSchema>;

export const ScoreCreateSchema = z.object({
  personId: z.uuid().nullable().optional(),
  lifeDomain: LifeDomainCode,
  score: z.number().int().min(SELF_SUFFICIENCY_MIN).max(SELF_SUFFICIENCY_MAX),
  /** Whose view the score is: the professional's or the family's own. */
  scoredBy: z.enum(['PROFESSIONAL', 'FAMILY']).default('PROFESSIONAL'),
  note: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type ScoreCreate = z.infer<typeof ScoreCreateSchema>;

export const PlanActionCreateSchema = z.object({
  goalId: z.uuid(),
  description: z.string().trim().min(1).max(LIMITS.reasonMax),
  owner: OwnerSchema,
  dueOn: IsoDateSchema.nullable().optional(),
});
export type PlanActionCreate = z.infer<typeof PlanActionCreateSchema>;

export const PlanEvaluationSchema = z.object({
  summary: z.string().trim().min(1).max(LIMITS.reasonMax),
  householdView: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
