import {
  DECISION_GATES,
  DECISION_STATUSES,
  DECISION_TYPES,
  type DecisionGate,
  type DecisionPolicy,
  decisionGateRefusals,
  effectiveDecisionPolicy,
  HEARD_MODES,
  nextDecisionGate,
  TEAM_ROLES,
  type TeamRole,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import type { DecisionFactRow, DecisionGateRow, DecisionRow } from '../db/repositories/decision.repository';
import { Day, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

const PolicySchema = z.strictObject({
  review: z.strictObject({ roles: z.array(z.enum(TEAM_ROLES)) }).nullable(),
  fourEyes: z.strictObject({ roles: z.array(z.enum(TEAM_ROLES)) }).nullable(),
});

export const DecisionSchema = named(
  'DecisionRecord',
  z.strictObject({
    id: Id,
    type: z.enum(DECISION_TYPES),
    status: z.enum(DECISION_STATUSES),
    decidedBy: z.strictObject({ id: Id, name: z.string() }),
    decidedAt: Timestamp,
    rule: z.string().nullable(),
    rulePackVersion: z.string(),
    reasons: z.string(),
    childInterest: z.string().nullable(),
    familyView: z.string().nullable(),
    alternatives: z.array(z.strictObject({ option: z.string(), whyNot: z.string() })),
    heard: z.array(
      z.strictObject({
        personId: Id,
        mode: z.enum(HEARD_MODES),
        view: z.string().nullable(),
        reason: z.string().nullable(),
      }),
    ),
    dissent: z.array(z.strictObject({ by: z.string(), view: z.string() })),
    /** The facts at the version the decision used; `changedSince` when the fact was corrected later. */
    facts: z.array(z.strictObject({ factId: Id, version: z.number().int(), changedSince: z.boolean() })),
    policy: PolicySchema,
    /** The gate the decision waits for, if it waits. */
    nextGate: z.enum(DECISION_GATES).nullable(),
    gates: z.array(
      z.strictObject({
        id: Id,
        gate: z.enum(DECISION_GATES),
        outcome: z.enum(['PROCEED', 'RECONSIDER', 'APPROVE', 'REJECT']),
        bestForHousehold: z.string().nullable(),
        followsFromInformation: z.string().nullable(),
        rationale: z.string(),
        answeredBy: z.strictObject({ id: Id, name: z.string() }),
        answeredAt: Timestamp,
      }),
    ),
    subject: z.strictObject({ type: z.string(), id: Id }).nullable(),
    takenAt: Timestamp.nullable(),
    closedReason: z.string().nullable(),
    version: z.number().int(),
    abilities: z.strictObject({
      /** The viewer may answer the gate the decision waits for (never the decider). */
      answer: z.boolean(),
      /** Why the viewer may not answer it (by code), when it waits. */
      answerRefusals: z.array(z.enum(['gate_by_decider', 'gate_role', 'gate_same_person_twice'])),
      withdraw: z.boolean(),
    }),
  }),
);
export type DecisionJson = z.infer<typeof DecisionSchema>;

export const DecisionListSchema = named(
  'DecisionRecordList',
  z.strictObject({ items: z.array(DecisionSchema) }),
);

export const DecisionAssignmentSchema = named(
  'DecisionAssignment',
  z.strictObject({
    id: Id,
    householdId: Id,
    type: z.enum(DECISION_TYPES),
    status: z.enum(DECISION_STATUSES),
    decidedByName: z.string(),
    decidedOn: Day,
    gate: z.enum(DECISION_GATES),
  }),
);
export type DecisionAssignmentJson = z.infer<typeof DecisionAssignmentSchema>;

/** The gates that hold for a decision: those it was taken under, made stricter by the region's now. */
export function effectivePolicyOf(
  row: Pick<DecisionRow, 'policy'>,
  now: DecisionPolicy | undefined,
): DecisionPolicy {
  const taken = row.policy as unknown as DecisionPolicy;
  return now ? effectiveDecisionPolicy(taken, now) : taken;
}

export function passedGates(gates: readonly Pick<DecisionGateRow, 'gate' | 'outcome'>[]): DecisionGate[] {
  return gates
    .filter((g) => g.outcome === 'PROCEED' || g.outcome === 'APPROVE')
    .map((g) => g.gate as DecisionGate);
}

const WAITING = ['AWAITING_REVIEW', 'AWAITING_APPROVAL'];

/**
 * A weighty decision with its record, its gates and what the viewer may do with it. Persons heard who are
 * withheld from the viewer are left out; a decision itself withheld is not shown.
 */
export function presentDecision(
  v: Viewer,
  d: DecisionRow,
  parts: {
    facts: readonly DecisionFactRow[];
    gates: readonly DecisionGateRow[];
    currentFactVersions: Map<string, number>;
    /** The region's gates now: a gate added since the decision was taken applies to it too. */
    currentPolicies: ReadonlyMap<string, DecisionPolicy>;
  },
  actor: { id: string; teamRoles: readonly TeamRole[]; mayAnswer: boolean; mayWrite: boolean },
): DecisionJson | null {
  // A decision about a withheld item (its investigation, the help it requests) is withheld with it.
  if (!v.shows('casework.read', d.id) || (d.subjectId !== null && !v.sees(d.subjectId))) {
    return null;
  }
  const policy = effectivePolicyOf(d, parts.currentPolicies.get(d.type));
  const gates = parts.gates.filter((g) => g.decisionId === d.id);
  // The record (reasons, the child's interest, the family's view) is about the household as a whole.
  v.household();
  const waiting = WAITING.includes(d.status);
  const nextGate = waiting ? nextDecisionGate(policy, passedGates(gates)) : null;
  const refusals =
    nextGate && actor.mayAnswer
      ? decisionGateRefusals(
          nextGate,
          policy,
          { decidedBy: d.decidedBy, gatesPassedBy: gates.map((g) => g.answeredBy) },
          actor,
        )
      : [];
  const heard = d.heard as unknown as {
    personId: string;
    mode: string;
    view?: string | null;
    reason?: string | null;
  }[];
  const shownPersons = new Set(v.persons(heard.map((h) => h.personId)));
  return {
    id: d.id,
    type: d.type as DecisionJson['type'],
    status: d.status as DecisionJson['status'],
    decidedBy: { id: d.decidedBy, name: d.decidedByName },
    decidedAt: iso(d.decidedAt),
    rule: d.rule,
    rulePackVersion: d.rulePackVersion,
    reasons: d.reasons,
    childInterest: d.childInterest,
    familyView: d.familyView,
    alternatives: d.alternatives as unknown as DecisionJson['alternatives'],
    heard: heard
      .filter((h) => shownPersons.has(h.personId))
      .map((h) => ({
        personId: h.personId,
        mode: h.mode as DecisionJson['heard'][number]['mode'],
        view: h.view ?? null,
        reason: h.reason ?? null,
      })),
    dissent: d.dissent as unknown as DecisionJson['dissent'],
    facts: parts.facts
      .filter((f) => f.decisionId === d.id && v.sees(f.factId))
      .map((f) => ({
        factId: f.factId,
        version: f.factVersion,
        changedSince: (parts.currentFactVersions.get(f.factId) ?? f.factVersion) !== f.factVersion,
      })),
    policy: { review: policy.review ?? null, fourEyes: policy.fourEyes ?? null },
    nextGate,
    gates: gates.map((g) => ({
      id: g.id,
      gate: g.gate as DecisionGate,
      outcome: g.outcome as DecisionJson['gates'][number]['outcome'],
      bestForHousehold: g.bestForHousehold,
      followsFromInformation: g.followsFromInformation,
      rationale: g.rationale,
      answeredBy: { id: g.answeredBy, name: g.answeredByName },
      answeredAt: iso(g.answeredAt),
    })),
    subject:
      d.subjectType && d.subjectId && v.sees(d.subjectId) ? { type: d.subjectType, id: d.subjectId } : null,
    takenAt: d.takenAt ? iso(d.takenAt) : null,
    closedReason: d.closedReason,
    version: d.version,
    abilities: {
      answer: nextGate !== null && actor.mayAnswer && refusals.length === 0,
      answerRefusals: refusals,
      withdraw:
        waiting &&
        actor.mayWrite &&
        (d.decidedBy === actor.id || actor.teamRoles.includes('FIXED_PROFESSIONAL')),
    },
  };
}

export function presentDecisionAssignment(
  d: Pick<DecisionRow, 'id' | 'householdId' | 'type' | 'status' | 'decidedByName' | 'decidedAt'>,
): DecisionAssignmentJson {
  return {
    id: d.id,
    householdId: d.householdId,
    type: d.type as DecisionAssignmentJson['type'],
    status: d.status as DecisionAssignmentJson['status'],
    decidedByName: d.decidedByName,
    decidedOn: todayInNetherlands(d.decidedAt),
    gate: d.status === 'AWAITING_REVIEW' ? 'REVIEW' : 'FOUR_EYES',
  };
}

export const DecisionPoliciesSchema = named(
  'DecisionPolicies',
  z.strictObject({
    regionId: Id,
    items: z.array(
      z.strictObject({
        decisionType: z.enum(DECISION_TYPES),
        review: z.strictObject({ roles: z.array(z.enum(TEAM_ROLES)) }).nullable(),
        fourEyes: z.strictObject({ roles: z.array(z.enum(TEAM_ROLES)) }).nullable(),
        reason: z.string().nullable(),
        version: z.number().int(),
      }),
    ),
  }),
);
export type DecisionPoliciesJson = z.infer<typeof DecisionPoliciesSchema>;
