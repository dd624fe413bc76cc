import { z } from 'zod';
import type { AssessmentRow } from '../db/repositories/assessment.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const SafetyAssessmentSchema = named(
  'SafetyAssessment',
  z.strictObject({
    id: Id,
    instrumentId: Code,
    instrumentVersion: Code,
    dangers: z.array(z.string()),
    protectiveFactors: z.array(z.string()),
    safetyConditions: z.array(z.string()),
    professionalScore: z.number().int(),
    familyScores: z.array(z.strictObject({ personId: Id, score: z.number(), note: z.string().nullable() })),
    uncertainty: z.string().nullable(),
    disagreement: z.string().nullable(),
    assessedAt: Timestamp,
  }),
);
export type SafetyAssessmentJson = z.infer<typeof SafetyAssessmentSchema>;

/** A safety assessment; a withheld person's own score is left out. */
export function presentSafetyAssessment(v: Viewer, a: AssessmentRow): SafetyAssessmentJson | null {
  if (!v.shows('casework.read', a.id)) {
    return null;
  }
  v.household();
  const visible = new Set(v.persons(a.familyScores.map((s) => s.personId)));
  return {
    id: a.id,
    instrumentId: a.instrumentId,
    instrumentVersion: a.instrumentVersion,
    dangers: a.dangers,
    protectiveFactors: a.protectiveFactors,
    safetyConditions: a.safetyConditions,
    professionalScore: a.professionalScore,
    familyScores: a.familyScores
      .filter((s) => visible.has(s.personId))
      .map((s) => ({ personId: s.personId, score: s.score, note: s.note ?? null })),
    uncertainty: a.uncertainty,
    disagreement: a.disagreement,
    assessedAt: iso(a.assessedAt),
  };
}
