import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertPathwayTransition,
  LEGAL_ROUTE_STATES,
  MANUAL_PATHWAY_MOVES,
  manualPathwayMoves,
  nextPathwayStates,
  PATHWAY_STATES,
  PATHWAY_TRANSITIONS,
  type PathwayState,
} from './pathway';

describe('pathway state machine (spec §4.3)', () => {
  it('has exactly the edges of the diagram plus §5.10 flow 2 and a withdrawn draft petition: 23 labelled transitions, no duplicates, no self-loops', () => {
    expect(PATHWAY_TRANSITIONS).toHaveLength(23);
    // The one edge beyond the diagram's: UO-3 is a possibility, so a draft petition can be withdrawn.
    expect(
      PATHWAY_TRANSITIONS.some((t) => t.from === 'PETITION_PREPARATION' && t.to === 'VOLUNTARY_HELP'),
    ).toBe(true);
    const keys = PATHWAY_TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(PATHWAY_TRANSITIONS.every((t) => t.from !== t.to && t.label.length > 0)).toBe(true);
  });

  it('a petition-stage step straight from intake is refused with the allowed steps', () => {
    expect(() => assertPathwayTransition('SIGNAL_RECEIVED', 'PETITION_PREPARATION')).toThrow(
      expect.objectContaining({
        code: 'pathway_transition_not_allowed',
        data: {
          from: 'SIGNAL_RECEIVED',
          to: 'PETITION_PREPARATION',
          allowed: ['INFO_ADVICE', 'FIRST_INVESTIGATION', 'EXTENDED_INVESTIGATION'],
        },
      }),
    );
  });

  it('every manual move is an edge of the diagram; all other steps follow from recorded decisions', () => {
    for (const m of MANUAL_PATHWAY_MOVES) {
      expect(nextPathwayStates(m.from)).toContain(m.to);
    }
    expect(manualPathwayMoves('SIGNAL_RECEIVED')).toEqual([]);
    expect(manualPathwayMoves('VOLUNTARY_HELP')).toEqual(['CLOSED', 'EXTENDED_INVESTIGATION']);
  });

  it('CLOSED is final within a case (a new worry opens a new case)', () => {
    expect(nextPathwayStates('CLOSED')).toEqual([]);
  });

  it('every state is reachable from SIGNAL_RECEIVED and every state but CLOSED can move on', () => {
    const seen = new Set<PathwayState>(['SIGNAL_RECEIVED']);
    const queue: PathwayState[] = ['SIGNAL_RECEIVED'];
    while (queue.length > 0) {
      for (const next of nextPathwayStates(queue.shift() as PathwayState)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...PATHWAY_STATES].sort());
    for (const state of PATHWAY_STATES.filter((s) => s !== 'CLOSED')) {
      expect(nextPathwayStates(state).length).toBeGreaterThan(0);
    }
  });

  it('property: any requested step is accepted exactly when it is an edge of the diagram', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHWAY_STATES), fc.constantFrom(...PATHWAY_STATES), (from, to) => {
        const edge = PATHWAY_TRANSITIONS.some((t) => t.from === from && t.to === to);
        let accepted = true;
        try {
          assertPathwayTransition(from, to);
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(edge);
      }),
    );
  });

  it('property: no sequence of requested steps leaves the diagram, and the legal route is entered only from an extended investigation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PATHWAY_STATES), { maxLength: 40 }), (requests) => {
        let state: PathwayState = 'SIGNAL_RECEIVED';
        const visited: PathwayState[] = [state];
        for (const to of requests) {
          try {
            assertPathwayTransition(state, to);
            state = to;
            visited.push(state);
          } catch {
            // refused: the state stays
          }
        }
        for (let i = 1; i < visited.length; i++) {
          const [from, to] = [visited[i - 1] as PathwayState, visited[i] as PathwayState];
          expect(nextPathwayStates(from)).toContain(to);
          if (to === 'PETITION_PREPARATION') {
            expect(['EXTENDED_INVESTIGATION', 'REVIEW']).toContain(from);
          }
          if (LEGAL_ROUTE_STATES.includes(to)) {
            expect(visited.slice(0, i)).toContain('EXTENDED_INVESTIGATION');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
