import { z } from 'zod';
import type { PlanEventRow, PlanVersionRow } from '../db/repositories/safety-plan.repository';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const SafetyPlanSchema = named(
  'SafetyPlanVersion',
  z.strictObject({
    id: Id,
    versionNo: z.number().int(),
    conditions: z.array(z.string()),
    agreements: z.array(
      z.strictObject({ text: z.string(), owner: z.strictObject({ kind: Code, name: z.string() }) }),
    ),
    checkDates: z.array(Day),
    familyAgreementStatus: Code,
    familyAgreementNote: z.string().nullable(),
    createdAt: Timestamp,
  }),
);
export type SafetyPlanJson = z.infer<typeof SafetyPlanSchema>;

export function presentSafetyPlan(v: Viewer, p: PlanVersionRow): SafetyPlanJson | null {
  if (!v.shows('casework.read', p.id)) {
    return null;
  }
  v.household();
  return {
    id: p.id,
    versionNo: p.versionNo,
    conditions: p.conditions,
    agreements: p.agreements.map((a) => ({
      text: a.text,
      owner: { kind: a.owner.kind, name: a.owner.name },
    })),
    checkDates: p.checkDates,
    familyAgreementStatus: p.familyAgreementStatus,
    familyAgreementNote: p.familyAgreementNote,
    createdAt: iso(p.createdAt),
  };
}

export const SafetyPlanEventSchema = named(
  'SafetyPlanEvent',
  z.strictObject({
    id: Id,
    kind: z.enum(['BREACH', 'EVALUATION']),
    occurredOn: Day,
    description: z.string(),
    followUp: z.string().nullable(),
    conditionsMet: z.enum(['YES', 'PARTLY', 'NO']).nullable(),
    householdView: z.string().nullable(),
    createdAt: Timestamp,
  }),
);
export type SafetyPlanEventJson = z.infer<typeof SafetyPlanEventSchema>;

export function presentSafetyPlanEvent(v: Viewer, e: PlanEventRow): SafetyPlanEventJson | null {
  if (!v.shows('casework.read', e.id)) {
    return null;
  }
  v.household();
  return {
    id: e.id,
    kind: e.kind,
    occurredOn: e.occurredOn,
    description: e.description,
    followUp: e.followUp,
    conditionsMet: e.conditionsMet as SafetyPlanEventJson['conditionsMet'],
    householdView: e.householdView,
    createdAt: iso(e.createdAt),
  };
}
