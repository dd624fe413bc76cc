import { z } from 'zod';
import type { ConsultRow } from '../db/repositories/expert-consult.repository';
import { Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const ExpertConsultSchema = named(
  'ExpertConsult',
  z.strictObject({
    id: Id,
    investigationId: Id,
    requestedBy: z.enum(['HOUSEHOLD', 'PROFESSIONAL']),
    expertName: z.string(),
    question: z.string(),
    advice: z.string().nullable(),
    requestedAt: Timestamp,
    advisedAt: Timestamp.nullable(),
  }),
);
export type ExpertConsultJson = z.infer<typeof ExpertConsultSchema>;

export function presentExpertConsult(v: Viewer, c: ConsultRow): ExpertConsultJson | null {
  if (!v.shows('casework.read', c.id) || !v.sees(c.investigationId)) {
    return null;
  }
  v.household();
  return {
    id: c.id,
    investigationId: c.investigationId,
    requestedBy: c.requestedBy as ExpertConsultJson['requestedBy'],
    expertName: c.expertName,
    question: c.question,
    advice: c.advice,
    requestedAt: iso(c.requestedAt),
    advisedAt: iso(c.advisedAt),
  };
}
