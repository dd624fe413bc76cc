import { z } from 'zod';
import type { ActionRow } from '../db/repositories/action.repository';
import type { GoalRow } from '../db/repositories/goal.repository';
import type { EvaluationRow } from '../db/repositories/plan-evaluation.repository';
import type { ScoreRow } from '../db/repositories/score.repository';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

/** The one family plan (INV-09): goals, scores, actions and evaluations, each its own item. */

export const GoalSchema = named(
  'Goal',
  z.strictObject({
    id: Id,
    personId: Id.nullable(),
    lifeDomain: Code,
    description: z.string(),
    status: z.enum(['ACTIVE', 'ACHIEVED', 'STOPPED']),
    /** Why the goal was marked as it is now (achieved, stopped, active again), when one was given. */
    statusReason: z.string().nullable(),
    createdAt: Timestamp,
    version: z.number().int(),
  }),
);
export type GoalJson = z.infer<typeof GoalSchema>;

export function presentGoal(v: Viewer, g: GoalRow): GoalJson | null {
  if (!v.shows('casework.read', g.id) || !v.sees(g.personId)) {
    return null;
  }
  if (g.personId) {
    v.persons([g.personId]);
  } else {
    v.household();
  }
  return {
    id: g.id,
    personId: g.personId,
    lifeDomain: g.lifeDomain,
    description: g.description,
    status: g.status as GoalJson['status'],
    statusReason: g.statusReason,
    createdAt: iso(g.createdAt),
    version: g.version,
  };
}

export const ScoreSchema = named(
  'Score',
  z.strictObject({
    id: Id,
    personId: Id.nullable(),
    lifeDomain: Code,
    score: z.number().int(),
    scoredBy: z.enum(['PROFESSIONAL', 'FAMILY']),
    note: z.string().nullable(),
    scoredAt: Timestamp,
  }),
);
export type ScoreJson = z.infer<typeof ScoreSchema>;

export function presentScore(v: Viewer, s: ScoreRow): ScoreJson | null {
  if (!v.shows('casework.read', s.id) || !v.sees(s.personId)) {
    return null;
  }
  if (s.personId) {
    v.persons([s.personId]);
  } else {
    v.household();
  }
  return {
    id: s.id,
    personId: s.personId,
    lifeDomain: s.lifeDomain,
    score: s.score,
    scoredBy: s.scoredBy as ScoreJson['scoredBy'],
    note: s.note,
    scoredAt: iso(s.scoredAt),
  };
}

export const PlanActionSchema = named(
  'PlanAction',
  z.strictObject({
    id: Id,
    goalId: Id,
    description: z.string(),
    owner: z.strictObject({ kind: Code, name: z.string() }),
    dueOn: Day.nullable(),
    createdAt: Timestamp,
  }),
);
export type PlanActionJson = z.infer<typeof PlanActionSchema>;

export function presentPlanAction(v: Viewer, a: ActionRow): PlanActionJson | null {
  if (!v.shows('casework.read', a.id) || !v.sees(a.goalId)) {
    return null;
  }
  v.household();
  return {
    id: a.id,
    goalId: a.goalId,
    description: a.description,
    owner: { kind: a.ownerKind, name: a.ownerName },
    dueOn: a.dueOn,
    createdAt: iso(a.createdAt),
  };
}

export const PlanEvaluationSchema = named(
  'PlanEvaluation',
  z.strictObject({
    id: Id,
    summary: z.string(),
    householdView: z.string().nullable(),
    evaluatedAt: Timestamp,
  }),
);
export type PlanEvaluationJson = z.infer<typeof PlanEvaluationSchema>;

export function presentPlanEvaluation(v: Viewer, e: EvaluationRow): PlanEvaluationJson | null {
  if (!v.shows('casework.read', e.id)) {
    return null;
  }
  v.household();
  return { id: e.id, summary: e.summary, householdView: e.householdView, evaluatedAt: iso(e.evaluatedAt) };
}
