import { z } from 'zod';
import type { JudgementRow } from '../db/repositories/judgement.repository';
import { Code, named } from './schemas';
import type { Viewer } from './viewer';

export const JudgementSchema = named(
  'Judgement',
  z.strictObject({
    question: Code,
    value: z.enum(['YES', 'NO', 'UNCLEAR']),
    rationale: z.string(),
    householdView: z.string().nullable(),
  }),
);
export type JudgementJson = z.infer<typeof JudgementSchema>;

/** One recorded judgement of a decision (it goes with its investigation). */
export function presentJudgement(v: Viewer, j: JudgementRow): JudgementJson | null {
  if (!v.shows('casework.read', j.investigationId)) {
    return null;
  }
  v.touch();
  return { question: j.question, value: j.value, rationale: j.rationale, householdView: j.householdView };
}
