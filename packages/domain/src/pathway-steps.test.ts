import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATHWAY_STATES, type PathwayState } from './pathway';
import {
  availableExtendedOutcomes,
  EXTENDED_OUTCOME_STATES,
  applyPlannedStep,
  type CaseSituation,
  isStateAvailable,
  PATHWAY_TRIGGERS,
  type PathwayTrigger,
  planPathwayStep,
  situationProblems,
  stepsByTrigger,
  urgentSafetyReturns,
} from './pathway-steps';

const START: CaseSituation = {
  state: 'SIGNAL_RECEIVED',
  openInvestigation: null,
  monitoringActive: false,
  hasGoals: false,
  openDeadlines: ['TRIAGE'],
};

/** What the use cases do before a trigger's step: a decision closes its investigation and meets its deadline. */
function beforeTrigger(s: CaseSituation, trigger: PathwayTrigger, to: PathwayState): CaseSituation {
  const decided = (kind: 'FIRST' | 'EXTENDED') => ({
    ...s,
    openInvestigation: null,
    openDeadlines: s.openDeadlines.filter(
      (d) => d !== (kind === 'FIRST' ? 'FIRST_INVESTIGATION_DECISION' : 'EXTENDED_INVESTIGATION_DECISION'),
    ),
  });
  if (trigger === 'FIRST_DECISION') {
    return decided('FIRST');
  }
  if (trigger === 'EXTENDED_DECISION' && to !== 'INDEPENDENT_EXPERT') {
    return decided('EXTENDED');
  }
  if (trigger === 'MONITORING_ENDED') {
    return {
      ...s,
      monitoringActive: false,
      openDeadlines: s.openDeadlines.filter((d) => d !== 'SAFETY_MONITORING_REVIEW'),
    };
  }
  if (trigger === 'TRIAGE') {
    return { ...s, openDeadlines: s.openDeadlines.filter((d) => d !== 'TRIAGE') };
  }
  return s;
}

describe('pathway consequences (domain)', () => {
  it('entering an extended investigation from spoed in a first investigation cancels the first and opens the extended one', () => {
    const inFirst: CaseSituation = {
      state: 'FIRST_INVESTIGATION',
      openInvestigation: 'FIRST',
      monitoringActive: false,
      hasGoals: false,
      openDeadlines: ['FIRST_CONTACT', 'FIRST_INVESTIGATION_DECISION', 'REPORTER_FEEDBACK'],
    };
    const step = planPathwayStep(inFirst, 'EXTENDED_INVESTIGATION', 'URGENT_SAFETY_RETURN');
    expect(step.effects).toEqual([
      { kind: 'CANCEL_INVESTIGATION', investigation: 'FIRST' },
      { kind: 'CANCEL_DEADLINES', deadlines: ['FIRST_CONTACT', 'FIRST_INVESTIGATION_DECISION'] },
      { kind: 'OPEN_INVESTIGATION', investigation: 'EXTENDED' },
      { kind: 'START_DEADLINE', deadline: 'EXTENDED_INVESTIGATION_DECISION' },
    ]);
    expect(situationProblems(applyPlannedStep(inFirst, step))).toEqual([]);
  });

  it('VAL-08: closing is refused while RVT safety monitoring runs; a final extended decision starts it', () => {
    const helped: CaseSituation = {
      ...START,
      state: 'VOLUNTARY_HELP',
      openDeadlines: [],
      monitoringActive: true,
    };
    expect(() => planPathwayStep(helped, 'CLOSED', 'MANUAL')).toThrow(
      expect.objectContaining({ code: 'safety_monitoring_active' }),
    );
    const extended: CaseSituation = { ...START, state: 'EXTENDED_INVESTIGATION', openDeadlines: [] };
    const step = planPathwayStep(extended, 'VOLUNTARY_HELP', 'EXTENDED_DECISION', {
      finalExtendedDecision: true,
    });
    expect(step.effects).toContainEqual({ kind: 'START_MONITORING' });
    expect(step.effects).toContainEqual({ kind: 'START_DEADLINE', deadline: 'SAFETY_MONITORING_REVIEW' });
  });

  it('the legal route is not offered until it can be carried through (UO-3 is refused, no trigger leads there)', () => {
    const extended: CaseSituation = { ...START, state: 'EXTENDED_INVESTIGATION', openDeadlines: [] };
    expect(() => planPathwayStep(extended, 'PETITION_PREPARATION', 'EXTENDED_DECISION')).toThrow(
      expect.objectContaining({ code: 'legal_route_not_available' }),
    );
    for (const state of PATHWAY_STATES) {
      for (const trigger of PATHWAY_TRIGGERS) {
        expect(stepsByTrigger(state, trigger).every(isStateAvailable)).toBe(true);
      }
    }
  });

  it('a trigger may take only its own edges (a manual step cannot stand in for a decision)', () => {
    const inFirst: CaseSituation = { ...START, state: 'FIRST_INVESTIGATION', openInvestigation: 'FIRST' };
    expect(() => planPathwayStep(inFirst, 'CLOSED', 'MANUAL')).toThrow(
      expect.objectContaining({ code: 'pathway_transition_not_allowed' }),
    );
    expect(urgentSafetyReturns('FIRST_INVESTIGATION')).toEqual([
      'FIRST_INVESTIGATION',
      'EXTENDED_INVESTIGATION',
    ]);
  });

  it('property: every reachable step leaves the case with what its state needs and no deadline of a state it left', () => {
    const move = fc.record({
      trigger: fc.constantFrom(...PATHWAY_TRIGGERS),
      pick: fc.nat(),
      goal: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 30 }), (moves) => {
        let s = START;
        for (const m of moves) {
          if (m.goal) {
            s = { ...s, hasGoals: true, openDeadlines: s.openDeadlines.filter((d) => d !== 'FAMILY_PLAN') };
          }
          const options = stepsByTrigger(s.state, m.trigger);
          const to = options[m.pick % Math.max(options.length, 1)];
          if (!to) {
            continue;
          }
          const prepared = beforeTrigger(s, m.trigger, to);
          if (to === 'CLOSED' && prepared.monitoringActive) {
            expect(() => planPathwayStep(prepared, to, m.trigger)).toThrow();
            continue;
          }
          const step = planPathwayStep(prepared, to, m.trigger, {
            finalExtendedDecision: m.trigger === 'EXTENDED_DECISION' && to !== 'INDEPENDENT_EXPERT',
          });
          s = applyPlannedStep(prepared, step);
          expect(situationProblems(s), `${m.trigger} → ${to}`).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('issue 8.9: no step the platform cannot carry through', () => {
  it('decision forms offer every extended outcome except the petition while the legal route is not built', () => {
    expect(availableExtendedOutcomes()).toEqual([
      'UO1_VOLUNTARY_HELP',
      'UO1_SAFETY_MONITORING',
      'UO2_INDEPENDENT_EXPERT',
    ]);
    expect(isStateAvailable(EXTENDED_OUTCOME_STATES.UO3_PETITION)).toBe(false);
  });
});
