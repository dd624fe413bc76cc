import { isMinorMember, PLACEMENT_MEASURES } from '@gezinsdossier/domain';
import type { Schemas } from '../api/client';

/** Which children the out-of-home placement part of the legal route is about (KT8, implication 12). */

type LegalRoute = Schemas['LegalRoute'];
type Measure = Schemas['Measure'];
type PlacedChild = Schemas['PlacedChild'];
type Member = Schemas['Member'];

/** A child the placement part is about: placed (or once placed), or in a running measure that allows it. */
export interface ChildEntry {
  childId: string;
  /** The running measure a (new) placement rests on, if any. */
  running: Measure | null;
  placed: PlacedChild | null;
}

const allowsPlacement = (m: Measure) =>
  m.status === 'RUNNING' && (PLACEMENT_MEASURES as readonly string[]).includes(m.measureTypeId);

/**
 * The children of the household the placement part shows: every minor a running placement measure applies
 * to, in the measures' order, then any child placed before under a measure that no longer runs.
 */
export function placementChildren(route: LegalRoute, members: Member[]): ChildEntry[] {
  const minor = new Set(
    members.filter((m) => isMinorMember({ role: m.role, age: m.person.age })).map((m) => m.person.id),
  );
  const entries: ChildEntry[] = [];
  for (const measure of route.measures.filter(allowsPlacement)) {
    for (const childId of measure.personIds.filter((id) => minor.has(id))) {
      if (!entries.some((e) => e.childId === childId)) {
        entries.push({ childId, running: measure, placed: null });
      }
    }
  }
  for (const placed of route.placedChildren) {
    const entry = entries.find((e) => e.childId === placed.childId);
    if (entry) {
      entry.placed = placed;
    } else {
      entries.push({ childId: placed.childId, running: null, placed });
    }
  }
  return entries;
}
