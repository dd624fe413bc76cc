import { z } from 'zod';
import type { TeamRole } from './case-team';
import { TEAM_ROLES } from './case-team';
import { LIMITS } from './limits';
import type { PathwayState } from './pathway';
import type { PathwayTrigger } from './pathway-steps';

/**
 * Weighty decisions with their reasons (issue 10 point 1; LS-04, LS-05, LS-07, LS-10, LS-02) and the gates a
 * decision may have to pass before it takes effect: a lighter counter-review (KT7-R5, INV-05, AMB-03) and
 * four-eyes approval, both configured per decision type. The platform records and checks; people decide.
 *
 * A decision record holds who decided, when, under which rule and rule-pack version, its reasons, the facts
 * it rests on (at the version used), the alternatives weighed, the child's interest as first consideration,
 * who was heard and what they said, the family's view and any dissent. When the configured policy asks for
 * a gate, the decision is held: nothing it would change has changed yet, and it takes effect only when the
 * last gate passes — applied then exactly as the decider asked, or refused with the reason the situation
 * changed in between. Spoed is never held (KT5: direct safety first).
 */
export const DECISION_TYPES = [
  'START_EXTENDED_INVESTIGATION', // EO-3, or voluntary help back into an extended investigation
  'REQUEST_MEASURE', // UO-3: prepare a petition to a judge or mayor
  'CLOSE_CASE', // EO-1, or closing after help or information
  'END_MONITORING', // VAL-08: ending RVT safety monitoring
  'HELP_DECISION', // requesting help in the plan (the "altijd" scope of KT7-R5)
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const HEARD_MODES = ['HEARD', 'REPRESENTED', 'NOT_HEARD'] as const;
export type HeardMode = (typeof HEARD_MODES)[number];

const text = z.string().trim().min(1).max(LIMITS.reasonMax);
const optionalText = z.string().trim().max(LIMITS.reasonMax).nullable().optional();

/** What a decision form sends besides its own outcome and reasons. */
export const DecisionRecordSchema = z.object({
  /** The facts the decision rests on; the version in force is stored with it (LS-04, LS-11). */
  factIds: z
    .array(z.uuid())
    .max(50)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { error: 'decision_fact_twice' }),
  /** Lighter routes weighed and why each falls short (LS-02). */
  alternatives: z
    .array(z.object({ option: z.string().trim().min(1).max(LIMITS.displayNameMax), whyNot: text }))
    .max(10)
    .default([]),
  /** The child's interest as first consideration (LS-10); required when a minor lives in the household. */
  childInterest: optionalText,
  /** Who was heard, how, and what they said; or why not (LS-07, LS-09). */
  heard: z
    .array(
      z.object({
        personId: z.uuid(),
        mode: z.enum(HEARD_MODES),
        view: optionalText,
        reason: optionalText,
      }),
    )
    .max(30)
    .default([])
    .refine((list) => new Set(list.map((h) => h.personId)).size === list.length, {
      error: 'decision_heard_twice',
    }),
  /** The family's own view of the decision (LS-07). */
  familyView: optionalText,
  /** Who disagreed, and how (a professional in the team, a network member, a family member). */
  dissent: z
    .array(z.object({ by: z.string().trim().min(1).max(LIMITS.displayNameMax), view: text }))
    .max(10)
    .default([]),
});
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

export const EMPTY_DECISION_RECORD: DecisionRecord = {
  factIds: [],
  alternatives: [],
  childInterest: null,
  heard: [],
  familyView: null,
  dissent: [],
};

/** A person of the household as a decision record needs to know them. */
export interface DecisionMember {
  personId: string;
  minor: boolean;
}

export interface DecisionRecordIssue {
  path: string;
  code:
    | 'decision_child_interest_required'
    | 'decision_nobody_heard'
    | 'decision_heard_view_required'
    | 'decision_not_heard_reason_required'
    | 'decision_alternative_required'
    | 'decision_fact_required'
    | 'decision_heard_unknown_person';
  /** The safeguard the point comes from. */
  safeguard: 'LS-02' | 'LS-04' | 'LS-07' | 'LS-10';
}

/**
 * Steps towards coercion weigh lighter alternatives (LS-02). Asking for a measure also rests on facts
 * (LS-04, LS-11); an extended investigation may start precisely because the facts are unclear (EO-3), so it
 * stores the facts it has without requiring one.
 */
const WEIGHS_ALTERNATIVES: readonly DecisionType[] = ['START_EXTENDED_INVESTIGATION', 'REQUEST_MEASURE'];
const NEEDS_FACTS: readonly DecisionType[] = ['REQUEST_MEASURE'];

/**
 * What a decision record still misses, by safeguard. The household was heard: at least one member heard or
 * represented, or the family's view recorded, and each member named is heard with what they said,
 * represented (by whom, in `view`) or not heard with a reason (LS-07; the child's own voice per child is the
 * petition's requirement, VAL-10/LS-09, checked by its gate before filing); a household with a minor needs
 * the child's interest (LS-10); a step towards coercion weighs at least one lighter alternative (LS-02), and
 * asking for a measure rests on at least one fact (LS-04). Help decisions rest on informed consent (LS-08),
 * so only the child's interest is asked of them.
 */
export function decisionRecordIssues(
  type: DecisionType,
  record: DecisionRecord,
  members: readonly DecisionMember[],
): DecisionRecordIssue[] {
  const issues: DecisionRecordIssue[] = [];
  if (members.some((m) => m.minor) && !record.childInterest) {
    issues.push({
      path: 'decision.childInterest',
      code: 'decision_child_interest_required',
      safeguard: 'LS-10',
    });
  }
  record.heard.forEach((h, i) => {
    if (!members.some((m) => m.personId === h.personId)) {
      issues.push({
        path: `decision.heard.${i}.personId`,
        code: 'decision_heard_unknown_person',
        safeguard: 'LS-07',
      });
    } else if (h.mode === 'NOT_HEARD' ? !h.reason : !h.view) {
      issues.push({
        path: `decision.heard.${i}.${h.mode === 'NOT_HEARD' ? 'reason' : 'view'}`,
        code: h.mode === 'NOT_HEARD' ? 'decision_not_heard_reason_required' : 'decision_heard_view_required',
        safeguard: 'LS-07',
      });
    }
  });
  if (
    type !== 'HELP_DECISION' &&
    !record.familyView &&
    !record.heard.some((h) => h.mode !== 'NOT_HEARD' && members.some((m) => m.personId === h.personId))
  ) {
    issues.push({ path: 'decision.heard', code: 'decision_nobody_heard', safeguard: 'LS-07' });
  }
  if (NEEDS_FACTS.includes(type) && record.factIds.length === 0) {
    issues.push({ path: 'decision.factIds', code: 'decision_fact_required', safeguard: 'LS-04' });
  }
  if (WEIGHS_ALTERNATIVES.includes(type) && record.alternatives.length === 0) {
    issues.push({ path: 'decision.alternatives', code: 'decision_alternative_required', safeguard: 'LS-02' });
  }
  return issues;
}

// ---------- Gates: lighter counter-review and four-eyes approval ----------

export const DECISION_GATES = ['REVIEW', 'FOUR_EYES'] as const;
export type DecisionGate = (typeof DECISION_GATES)[number];

/**
 * The gates of one decision type, per region (AMB-03: configuration). `review`: a lighter counter-review
 * by one colleague of the case team in one of the roles named (not the decider), answering the first two
 * review questions; `fourEyes`: approval by a case-team member in one of the roles named (never the decider,
 * never the reviewer of the same decision). The independent review of a petition by another RVT is the
 * legal route's own gate (VAL-05/06) and not configured here.
 */
export const DecisionPolicySchema = z.object({
  review: z.object({ roles: z.array(z.enum(TEAM_ROLES)).min(1).max(3) }).nullable(),
  fourEyes: z.object({ roles: z.array(z.enum(TEAM_ROLES)).min(1).max(3) }).nullable(),
});
export type DecisionPolicy = z.infer<typeof DecisionPolicySchema>;

/** A region's configured roles per gate as a policy (no roles: no gate). */
export function policyOfRoles(
  reviewRoles: readonly string[] | null,
  fourEyesRoles: readonly string[] | null,
): DecisionPolicy {
  const gate = (roles: readonly string[] | null) =>
    roles && roles.length > 0
      ? { roles: roles.filter((r): r is TeamRole => (TEAM_ROLES as readonly string[]).includes(r)) }
      : null;
  return { review: gate(reviewRoles), fourEyes: gate(fourEyesRoles) };
}

/** Without configuration no decision type is held: the decider's decision takes effect at once. */
export const NO_GATES: DecisionPolicy = { review: null, fourEyes: null };

export const DecisionPolicyChangeSchema = DecisionPolicySchema.extend({
  reason: text,
  /** The version of the region's policy for this type the administrator saw (0: none configured yet). */
  version: z.number().int().min(0),
});
export type DecisionPolicyChange = z.infer<typeof DecisionPolicyChangeSchema>;

/**
 * The gates that hold for a waiting decision: those it was taken under, made stricter by the region's
 * configuration now (a gate added since applies too; a gate taken away does not release it).
 */
export function effectiveDecisionPolicy(taken: DecisionPolicy, now: DecisionPolicy): DecisionPolicy {
  return { review: taken.review ?? now.review, fourEyes: taken.fourEyes ?? now.fourEyes };
}

/** Who may take a decision of each type (its command's permission): the gates must be passable by others. */
const DECIDERS: Record<DecisionType, readonly TeamRole[]> = {
  START_EXTENDED_INVESTIGATION: ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'],
  REQUEST_MEASURE: ['RVT_PARTNER'],
  CLOSE_CASE: ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'],
  END_MONITORING: ['RVT_PARTNER'],
  HELP_DECISION: ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'],
};
/** A case team has one fixed professional and at most one RVT partner; experts may be several. */
const SINGLE_HOLDER: readonly TeamRole[] = ['FIXED_PROFESSIONAL', 'RVT_PARTNER'];

export type DecisionPolicyProblem = 'gate_only_decider_role' | 'gates_need_one_person_twice';

/**
 * Gates no team could ever pass (checked when an administrator sets them): a gate open only to the one
 * holder of the decider's role (the RVT partner decides on ending monitoring; only one RVT partner), or two
 * gates open only to the same single holder (four eyes are two people).
 */
export function decisionPolicyProblems(type: DecisionType, policy: DecisionPolicy): DecisionPolicyProblem[] {
  const problems: DecisionPolicyProblem[] = [];
  const deciders = DECIDERS[type];
  const onlyDecider = (roles: readonly TeamRole[]) =>
    deciders.length === 1 && roles.every((r) => r === deciders[0] && SINGLE_HOLDER.includes(r));
  if ([policy.review, policy.fourEyes].some((g) => g && onlyDecider(g.roles))) {
    problems.push('gate_only_decider_role');
  }
  const single = (roles: readonly TeamRole[]) =>
    roles.length === 1 && SINGLE_HOLDER.includes(roles[0] as TeamRole);
  if (
    policy.review &&
    policy.fourEyes &&
    single(policy.review.roles) &&
    policy.review.roles[0] === policy.fourEyes.roles[0]
  ) {
    problems.push('gates_need_one_person_twice');
  }
  return problems;
}

/**
 * Whether the case team can pass a decision's gates now: for each gate a current member other than the
 * decider in a configured role, and two different people when both gates apply.
 */
export function gatesPassableBy(
  policy: DecisionPolicy,
  decidedBy: string,
  team: readonly { professionalId: string; role: TeamRole }[],
): boolean {
  const eligible = (gate: { roles: TeamRole[] } | null) =>
    gate
      ? new Set(
          team
            .filter((t) => t.professionalId !== decidedBy && gate.roles.includes(t.role))
            .map((t) => t.professionalId),
        )
      : null;
  const review = eligible(policy.review);
  const fourEyes = eligible(policy.fourEyes);
  if ((review && review.size === 0) || (fourEyes && fourEyes.size === 0)) {
    return false;
  }
  return !(review && fourEyes && new Set([...review, ...fourEyes]).size < 2);
}

/** The gate a held decision waits for next, given the gates passed: review first, then four eyes. */
export function nextDecisionGate(
  policy: DecisionPolicy,
  passed: readonly DecisionGate[],
): DecisionGate | null {
  if (policy.review && !passed.includes('REVIEW')) {
    return 'REVIEW';
  }
  if (policy.fourEyes && !passed.includes('FOUR_EYES')) {
    return 'FOUR_EYES';
  }
  return null;
}

export type DecisionGateRefusal = 'gate_by_decider' | 'gate_role' | 'gate_same_person_twice';

/**
 * Who may pass a gate (pure): never the decider (four eyes means two people), never someone who already
 * passed another gate of the same decision, and only a case-team member in a configured role.
 */
export function decisionGateRefusals(
  gate: DecisionGate,
  policy: DecisionPolicy,
  decision: { decidedBy: string; gatesPassedBy: readonly string[] },
  actor: { id: string; teamRoles: readonly TeamRole[] },
): DecisionGateRefusal[] {
  const refusals: DecisionGateRefusal[] = [];
  if (actor.id === decision.decidedBy) {
    refusals.push('gate_by_decider');
  }
  if (decision.gatesPassedBy.includes(actor.id)) {
    refusals.push('gate_same_person_twice');
  }
  const roles = (gate === 'REVIEW' ? policy.review?.roles : policy.fourEyes?.roles) ?? [];
  if (!actor.teamRoles.some((r) => roles.includes(r))) {
    refusals.push('gate_role');
  }
  return refusals;
}

export const DECISION_STATUSES = [
  'AWAITING_REVIEW',
  'AWAITING_APPROVAL',
  'TAKEN',
  'RETURNED',
  'WITHDRAWN',
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** The status a decision has when `gate` is the next gate (null: it takes effect). */
export function statusForGate(gate: DecisionGate | null): DecisionStatus {
  return gate === 'REVIEW' ? 'AWAITING_REVIEW' : gate === 'FOUR_EYES' ? 'AWAITING_APPROVAL' : 'TAKEN';
}

/** A gate's answer: a lighter review answers two questions; both may return the decision with reasons. */
export const DecisionGateAnswerSchema = z.discriminatedUnion('gate', [
  z.object({
    gate: z.literal('REVIEW'),
    /** Q1: is this the best solution for this household? Q2: does it follow from the information? */
    bestForHousehold: text,
    followsFromInformation: text,
    outcome: z.enum(['PROCEED', 'RECONSIDER']),
    rationale: text,
    version: z.number().int().positive(),
  }),
  z.object({
    gate: z.literal('FOUR_EYES'),
    outcome: z.enum(['APPROVE', 'REJECT']),
    rationale: text,
    version: z.number().int().positive(),
  }),
]);
export type DecisionGateAnswer = z.infer<typeof DecisionGateAnswerSchema>;

export const DecisionWithdrawalSchema = z.object({
  reason: text,
  version: z.number().int().positive(),
});

/**
 * Which pathway steps are weighty decisions of which type (null: not one of them). Spoed never waits for a
 * gate (KT5: direct safety first), so its escalations are not held; the expert's advice only returns the
 * case to its investigation.
 */
export function decisionTypeOfStep(to: PathwayState, trigger: PathwayTrigger): DecisionType | null {
  if (trigger !== 'FIRST_DECISION' && trigger !== 'EXTENDED_DECISION' && trigger !== 'MANUAL') {
    return null;
  }
  if (to === 'EXTENDED_INVESTIGATION') {
    return 'START_EXTENDED_INVESTIGATION';
  }
  if (to === 'PETITION_PREPARATION') {
    return 'REQUEST_MEASURE';
  }
  return to === 'CLOSED' ? 'CLOSE_CASE' : null;
}
