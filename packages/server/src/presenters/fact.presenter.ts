import { z } from 'zod';
import type { FactResponseRow, FactRow } from '../db/repositories/fact.repository';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, presentEach, type Viewer } from './viewer';

export const FactResponseSchema = named(
  'FactResponse',
  z.strictObject({ id: Id, personId: Id, text: z.string(), respondedAt: Timestamp }),
);
export type FactResponseJson = z.infer<typeof FactResponseSchema>;

/** One household member's response to a fact (hoor en wederhoor, LS-07): each withholdable on its own. */
export function presentFactResponse(v: Viewer, r: FactResponseRow): FactResponseJson | null {
  if (!v.shows('casework.read', r.id) || !v.sees(r.personId)) {
    return null;
  }
  v.persons([r.personId]);
  return { id: r.id, personId: r.personId, text: r.text, respondedAt: iso(r.respondedAt) };
}

export const FactSchema = named(
  'Fact',
  z.strictObject({
    id: Id,
    investigationId: Id.nullable(),
    statement: z.string(),
    observedOn: Day.nullable(),
    source: z.strictObject({
      kind: Code,
      description: z.string(),
      obtainedWithConsent: z.boolean(),
      legalBasis: z.string().nullable(),
    }),
    verification: z.enum(['UNVERIFIED', 'CORROBORATED', 'DISPUTED']),
    concernIds: z.array(Id),
    aboutPersonIds: z.array(Id),
    responses: z.array(FactResponseSchema),
    createdAt: Timestamp,
    version: z.number().int(),
  }),
);
export type FactJson = z.infer<typeof FactSchema>;

/** A fact with its source, kept apart from judgements, and the responses of the members it concerns. */
export function presentFact(v: Viewer, f: FactRow, responses: readonly FactResponseRow[]): FactJson | null {
  if (!v.shows('casework.read', f.id)) {
    return null;
  }
  return {
    id: f.id,
    investigationId: f.investigationId,
    statement: f.statement,
    observedOn: f.observedOn,
    source: {
      kind: f.sourceKind,
      description: f.sourceDescription,
      obtainedWithConsent: f.obtainedWithConsent,
      legalBasis: f.legalBasis,
    },
    verification: f.verification as FactJson['verification'],
    concernIds: f.concernIds.filter((id) => v.sees(id)),
    aboutPersonIds: v.persons(f.aboutPersonIds),
    responses: presentEach(
      responses.filter((r) => r.factId === f.id),
      (r) => presentFactResponse(v, r),
    ),
    createdAt: iso(f.createdAt),
    version: f.version,
  };
}
