import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTAKE_CHANNELS } from './intake';
import { PATHWAY_STATES, type PathwayState } from './pathway';
import {
  applyPlannedStep,
  type CaseSituation,
  deadlineOwner,
  PATHWAY_TRIGGERS,
  type PathwayTrigger,
  planPathwayStep,
  situationProblems,
  stepsByTrigger,
  triageNextSteps,
  urgentSafetyReturns,
} from './pathway-steps';

const START: CaseSituation = {
  state: 'SIGNAL_RECEIVED',
  localTeamLinked: true,
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
      localTeamLinked: true,
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

  it('KT6: UO-3 leads into petition preparation; the legal route moves only by its own trigger', () => {
    const extended: CaseSituation = {
      ...START,
      state: 'EXTENDED_INVESTIGATION',
      openInvestigation: 'EXTENDED',
    };
    const step = planPathwayStep(extended, 'PETITION_PREPARATION', 'EXTENDED_DECISION', {
      finalExtendedDecision: true,
    });
    expect(step.effects).toContainEqual({ kind: 'CANCEL_INVESTIGATION', investigation: 'EXTENDED' });
    expect(step.effects).toContainEqual({ kind: 'START_MONITORING' });
    const preparing: CaseSituation = { ...START, state: 'PETITION_PREPARATION', monitoringActive: true };
    expect(() => planPathwayStep(preparing, 'REVIEW', 'MANUAL')).toThrow(
      expect.objectContaining({ code: 'pathway_transition_not_allowed' }),
    );
    expect(stepsByTrigger('REVIEW', 'LEGAL_ROUTE')).toEqual([
      'PETITION_PREPARATION',
      'VOLUNTARY_HELP',
      'AWAITING_DECISION',
    ]);
  });

  it('MEASURE deadlines belong to the coerced execution and are cancelled when the measure ends', () => {
    const executing: CaseSituation = {
      ...START,
      state: 'COERCED_EXECUTION',
      monitoringActive: true,
      openDeadlines: ['MEASURE_EVALUATION', 'MEASURE_EXTENSION', 'SAFETY_MONITORING_REVIEW'],
    };
    const step = planPathwayStep(executing, 'SAFETY_MONITORING', 'LEGAL_ROUTE');
    expect(step.effects).toContainEqual({
      kind: 'CANCEL_DEADLINES',
      deadlines: ['MEASURE_EVALUATION', 'MEASURE_EXTENSION'],
    });
    expect(situationProblems(applyPlannedStep(executing, step))).toEqual([]);
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
      // Who received the report a triage is about, and whether the Lokaal Team is linked before this move.
      channel: fc.constantFrom(...INTAKE_CHANNELS),
      link: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(move, { minLength: 1, maxLength: 30 }), (linked, moves) => {
        // A case opened by the RVT or crisis service may start without its Lokaal Team (VAL-01).
        let s: CaseSituation = {
          ...START,
          localTeamLinked: linked,
          openDeadlines: linked ? ['TRIAGE'] : ['TRIAGE', 'LINK_LOCAL_TEAM'],
        };
        expect(situationProblems(s)).toEqual([]);
        for (const m of moves) {
          if (m.link && !s.localTeamLinked) {
            s = {
              ...s,
              localTeamLinked: true,
              openDeadlines: s.openDeadlines.filter((d) => d !== 'LINK_LOCAL_TEAM'),
            };
          }
          if (m.goal) {
            s = { ...s, hasGoals: true, openDeadlines: s.openDeadlines.filter((d) => d !== 'FAMILY_PLAN') };
          }
          const options = stepsByTrigger(s.state, m.trigger);
          const to = options[m.pick % Math.max(options.length, 1)];
          if (!to) {
            continue;
          }
          const prepared = beforeTrigger(s, m.trigger, to);
          const options2 = {
            finalExtendedDecision: m.trigger === 'EXTENDED_DECISION' && to !== 'INDEPENDENT_EXPERT',
            reportChannel: m.channel,
          };
          const refusal = !prepared.localTeamLinked
            ? 'local_team_not_linked'
            : m.trigger === 'TRIAGE' && to === 'EXTENDED_INVESTIGATION' && m.channel !== 'RVT'
              ? 'extended_investigation_needs_rvt_report'
              : to === 'CLOSED' && prepared.monitoringActive
                ? 'safety_monitoring_active'
                : null;
          if (refusal) {
            expect(() => planPathwayStep(prepared, to, m.trigger, options2)).toThrow(
              expect.objectContaining({ code: refusal }),
            );
            continue;
          }
          const step = planPathwayStep(prepared, to, m.trigger, options2);
          s = applyPlannedStep(prepared, step);
          expect(situationProblems(s), `${m.trigger} → ${to}`).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('issue 8.10: a report received by the RVT goes straight to an extended investigation (§5.10 flow 2)', () => {
  it('issue 8.10: a triage of an RVT report opens the extended investigation with its decision deadline, no first investigation in between', () => {
    const triaged = { ...START, openDeadlines: ['REPORTER_FEEDBACK' as const] };
    const step = planPathwayStep(triaged, 'EXTENDED_INVESTIGATION', 'TRIAGE', { reportChannel: 'RVT' });
    expect(step.transition.from).toBe('SIGNAL_RECEIVED');
    expect(step.effects).toEqual([
      { kind: 'OPEN_INVESTIGATION', investigation: 'EXTENDED' },
      { kind: 'START_DEADLINE', deadline: 'EXTENDED_INVESTIGATION_DECISION' },
    ]);
    const after = applyPlannedStep(triaged, step);
    expect(after).toMatchObject({ state: 'EXTENDED_INVESTIGATION', openInvestigation: 'EXTENDED' });
    expect(situationProblems(after)).toEqual([]);
  });

  it.each(['LOCAL_TEAM', 'CRISIS_SERVICE', undefined] as const)(
    'issue 8.10: a report received by %s goes through a first investigation',
    (reportChannel) => {
      expect(() => planPathwayStep(START, 'EXTENDED_INVESTIGATION', 'TRIAGE', { reportChannel })).toThrow(
        expect.objectContaining({ code: 'extended_investigation_needs_rvt_report' }),
      );
    },
  );

  it('issue 8.10: before the Lokaal Team is linked no step is taken (spoed returns where it was); afterwards the RVT report may go straight on', () => {
    const waiting: CaseSituation = {
      ...START,
      localTeamLinked: false,
      openDeadlines: ['TRIAGE', 'LINK_LOCAL_TEAM'],
    };
    for (const trigger of PATHWAY_TRIGGERS) {
      for (const to of stepsByTrigger('SIGNAL_RECEIVED', trigger)) {
        expect(() => planPathwayStep(waiting, to, trigger, { reportChannel: 'RVT' })).toThrow(
          expect.objectContaining({ code: 'local_team_not_linked' }),
        );
      }
    }
    expect(urgentSafetyReturns('SIGNAL_RECEIVED', false)).toEqual(['SIGNAL_RECEIVED']);
    expect(urgentSafetyReturns('SIGNAL_RECEIVED')).toEqual(['SIGNAL_RECEIVED', 'FIRST_INVESTIGATION']);
    expect(
      situationProblems({ ...waiting, state: 'FIRST_INVESTIGATION', openInvestigation: 'FIRST' }),
    ).toContain('step_taken_without_local_team');
  });

  it.each([
    ['SIGNAL_RECEIVED', 'RVT', true, ['INFO_ADVICE', 'FIRST_INVESTIGATION', 'EXTENDED_INVESTIGATION']],
    ['SIGNAL_RECEIVED', 'CRISIS_SERVICE', true, ['INFO_ADVICE', 'FIRST_INVESTIGATION']],
    ['SIGNAL_RECEIVED', 'LOCAL_TEAM', true, ['INFO_ADVICE', 'FIRST_INVESTIGATION']],
    ['SIGNAL_RECEIVED', 'RVT', false, []],
    ['VOLUNTARY_HELP', 'RVT', true, ['KEEP_CURRENT']],
  ] as const)(
    'issue 8.10: a triage in %s of a report received by %s (Lokaal Team linked: %s) offers %j',
    (state, channel, linked, steps) => {
      expect(triageNextSteps(state, channel, linked)).toEqual(steps);
    },
  );

  it('issue 8.10: the link deadline is the RVT partner’s, or without one the crisis professional’s (added expert)', () => {
    expect(deadlineOwner('LINK_LOCAL_TEAM', ['RVT_PARTNER'])).toBe('RVT_PARTNER');
    expect(deadlineOwner('LINK_LOCAL_TEAM', ['EXPERT'])).toBe('EXPERT');
    expect(deadlineOwner('LINK_LOCAL_TEAM', ['FIXED_PROFESSIONAL'])).toBe('RVT_PARTNER');
    // An expert of a family that has its vast gezicht never inherits the RVT's deadline.
    expect(deadlineOwner('LINK_LOCAL_TEAM', ['FIXED_PROFESSIONAL', 'EXPERT'])).toBe('RVT_PARTNER');
    // A triage deadline waits for its owner, the vast gezicht, however the team looks now.
    expect(deadlineOwner('TRIAGE', ['EXPERT'])).toBe('FIXED_PROFESSIONAL');
  });
});

describe('issue 8.9: no step the platform cannot carry through', () => {
  it('every state but CLOSED has a way forward, the legal route included', () => {
    for (const state of PATHWAY_STATES.filter((x) => x !== 'CLOSED')) {
      expect(PATHWAY_TRIGGERS.flatMap((t) => stepsByTrigger(state, t)).length, state).toBeGreaterThan(0);
    }
  });
});
