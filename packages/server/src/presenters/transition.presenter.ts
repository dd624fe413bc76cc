import { PATHWAY_STATES } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { TransitionRow } from '../db/repositories/transition.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const TransitionSchema = named(
  'PathwayTransition',
  z.strictObject({
    id: Id,
    fromState: z.enum(PATHWAY_STATES),
    toState: z.enum(PATHWAY_STATES),
    trigger: Code.nullable(),
    /** A manual step's own reason; a decision's reasons are shown with the decision (`source`). */
    reason: z.string().nullable(),
    source: z.strictObject({ type: Code, id: Id }).nullable(),
    occurredAt: Timestamp,
    actorName: z.string().nullable(),
  }),
);
export type TransitionJson = z.infer<typeof TransitionSchema>;

/** One step of the case along the pathway (§4.3); the stage a family is in is never withheld. */
export function presentTransition(v: Viewer, t: TransitionRow): TransitionJson | null {
  if (!v.can('casework.read')) {
    return null;
  }
  v.touch();
  const sourceVisible = t.sourceType && t.sourceId && v.sees(t.sourceId);
  return {
    id: t.id,
    fromState: t.fromState as TransitionJson['fromState'],
    toState: t.toState as TransitionJson['toState'],
    trigger: t.trigger,
    reason: t.reason,
    source: sourceVisible ? { type: t.sourceType as string, id: t.sourceId as string } : null,
    occurredAt: iso(t.occurredAt),
    actorName: t.actorName,
  };
}
