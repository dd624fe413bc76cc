import { describe, expect, it } from 'vitest';
import {
  DecisionRecordSchema,
  decisionPolicyProblems,
  effectiveDecisionPolicy,
  gatesPassableBy,
  type DecisionPolicy,
  type DecisionRecord,
  decisionGateRefusals,
  decisionRecordIssues,
  decisionTypeOfStep,
  EMPTY_DECISION_RECORD,
  nextDecisionGate,
  statusForGate,
} from './decisions';

const parent = { personId: 'p', minor: false };
const child = { personId: 'c', minor: true };
const record = (over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  ...EMPTY_DECISION_RECORD,
  ...over,
});
const codes = (issues: { code: string; safeguard: string }[]) =>
  issues.map((i) => `${i.safeguard}:${i.code}`);

describe('decision records', () => {
  it('LS-10: the child’s interest is required when a minor lives in the household, not otherwise', () => {
    expect(
      codes(decisionRecordIssues('CLOSE_CASE', record({ familyView: 'Eens' }), [parent, child])),
    ).toEqual(['LS-10:decision_child_interest_required']);
    expect(decisionRecordIssues('CLOSE_CASE', record({ familyView: 'Eens' }), [parent])).toEqual([]);
  });

  it('LS-07: somebody is heard or the family’s view is recorded; each person heard has what they said or why not', () => {
    const adults = [parent];
    expect(codes(decisionRecordIssues('END_MONITORING', record(), adults))).toEqual([
      'LS-07:decision_nobody_heard',
    ]);
    expect(
      codes(
        decisionRecordIssues(
          'END_MONITORING',
          record({
            heard: [
              { personId: 'p', mode: 'NOT_HEARD' },
              { personId: 'x', mode: 'HEARD', view: 'ja' },
            ],
          }),
          adults,
        ),
      ),
    ).toEqual([
      'LS-07:decision_not_heard_reason_required',
      'LS-07:decision_heard_unknown_person',
      'LS-07:decision_nobody_heard',
    ]);
    expect(
      decisionRecordIssues(
        'END_MONITORING',
        record({ heard: [{ personId: 'p', mode: 'HEARD', view: 'Ja' }] }),
        adults,
      ),
    ).toEqual([]);
  });

  it('LS-02 / LS-04: steps towards coercion weigh an alternative; asking for a measure rests on a fact', () => {
    const base = record({ familyView: 'Oneens', childInterest: 'Veiligheid' });
    expect(codes(decisionRecordIssues('START_EXTENDED_INVESTIGATION', base, [parent]))).toEqual([
      'LS-02:decision_alternative_required',
    ]);
    expect(codes(decisionRecordIssues('REQUEST_MEASURE', base, [parent]))).toEqual([
      'LS-04:decision_fact_required',
      'LS-02:decision_alternative_required',
    ]);
  });

  it('LS-08: a help decision rests on consent; of its record only the child’s interest is asked', () => {
    expect(codes(decisionRecordIssues('HELP_DECISION', record(), [parent, child]))).toEqual([
      'LS-10:decision_child_interest_required',
    ]);
  });

  it('which pathway steps are weighty decisions; spoed is never held', () => {
    expect(decisionTypeOfStep('EXTENDED_INVESTIGATION', 'FIRST_DECISION')).toBe(
      'START_EXTENDED_INVESTIGATION',
    );
    expect(decisionTypeOfStep('EXTENDED_INVESTIGATION', 'MANUAL')).toBe('START_EXTENDED_INVESTIGATION');
    expect(decisionTypeOfStep('EXTENDED_INVESTIGATION', 'URGENT_SAFETY_RETURN')).toBeNull();
    expect(decisionTypeOfStep('PETITION_PREPARATION', 'EXTENDED_DECISION')).toBe('REQUEST_MEASURE');
    expect(decisionTypeOfStep('CLOSED', 'FIRST_DECISION')).toBe('CLOSE_CASE');
    expect(decisionTypeOfStep('CLOSED', 'MONITORING_ENDED')).toBeNull();
    expect(decisionTypeOfStep('VOLUNTARY_HELP', 'FIRST_DECISION')).toBeNull();
  });
});

describe('gates (KT7-R5, four eyes)', () => {
  const both: DecisionPolicy = { review: { roles: ['EXPERT'] }, fourEyes: { roles: ['FIXED_PROFESSIONAL'] } };

  it('a lighter review comes first, then four eyes; without configuration the decision takes effect', () => {
    expect(nextDecisionGate(both, [])).toBe('REVIEW');
    expect(nextDecisionGate(both, ['REVIEW'])).toBe('FOUR_EYES');
    expect(nextDecisionGate(both, ['REVIEW', 'FOUR_EYES'])).toBeNull();
    expect(nextDecisionGate({ review: null, fourEyes: null }, [])).toBeNull();
    expect([null, 'REVIEW', 'FOUR_EYES'].map((g) => statusForGate(g as never))).toEqual([
      'TAKEN',
      'AWAITING_REVIEW',
      'AWAITING_APPROVAL',
    ]);
  });

  it('four eyes means two people: never the decider, never one person twice, only a configured role', () => {
    const decision = { decidedBy: 'd', gatesPassedBy: ['r'] };
    expect(
      decisionGateRefusals('FOUR_EYES', both, decision, { id: 'd', teamRoles: ['FIXED_PROFESSIONAL'] }),
    ).toEqual(['gate_by_decider']);
    expect(
      decisionGateRefusals('FOUR_EYES', both, decision, { id: 'r', teamRoles: ['FIXED_PROFESSIONAL'] }),
    ).toEqual(['gate_same_person_twice']);
    expect(decisionGateRefusals('FOUR_EYES', both, decision, { id: 'x', teamRoles: ['EXPERT'] })).toEqual([
      'gate_role',
    ]);
    expect(decisionGateRefusals('REVIEW', both, decision, { id: 'x', teamRoles: ['EXPERT'] })).toEqual([]);
  });
});

describe('what the gates and the record refuse', () => {
  const fp = { roles: ['FIXED_PROFESSIONAL' as const] };
  const rvt = { roles: ['RVT_PARTNER' as const] };

  it('a gate only the decider’s single role may pass, or the same single holder twice, can never be passed', () => {
    expect(decisionPolicyProblems('END_MONITORING', { review: null, fourEyes: rvt })).toEqual([
      'gate_only_decider_role',
    ]);
    expect(decisionPolicyProblems('END_MONITORING', { review: null, fourEyes: fp })).toEqual([]);
    expect(decisionPolicyProblems('CLOSE_CASE', { review: fp, fourEyes: fp })).toEqual([
      'gates_need_one_person_twice',
    ]);
    expect(decisionPolicyProblems('CLOSE_CASE', { review: rvt, fourEyes: fp })).toEqual([]);
  });

  it('a decision is held only when someone other than the decider (two people for two gates) can pass its gates', () => {
    const team = [
      { professionalId: 'lt', role: 'FIXED_PROFESSIONAL' as const },
      { professionalId: 'rvt', role: 'RVT_PARTNER' as const },
    ];
    expect(gatesPassableBy({ review: null, fourEyes: fp }, 'rvt', team)).toBe(true);
    expect(gatesPassableBy({ review: null, fourEyes: fp }, 'lt', team)).toBe(false);
    expect(gatesPassableBy({ review: fp, fourEyes: fp }, 'rvt', team)).toBe(false);
    expect(gatesPassableBy({ review: { roles: ['EXPERT'] }, fourEyes: null }, 'lt', team)).toBe(false);
  });

  it('a gate added after a decision was held applies to it; a gate taken away does not release it', () => {
    expect(effectiveDecisionPolicy({ review: null, fourEyes: fp }, { review: rvt, fourEyes: null })).toEqual({
      review: rvt,
      fourEyes: fp,
    });
  });

  it('a fact or a person named twice in a record is refused at the field', () => {
    const twice = DecisionRecordSchema.safeParse({
      factIds: ['7a0c6f50-0c5e-4a39-9a56-3c2a4e1f0b11', '7a0c6f50-0c5e-4a39-9a56-3c2a4e1f0b11'],
      heard: [
        { personId: '7a0c6f50-0c5e-4a39-9a56-3c2a4e1f0b12', mode: 'HEARD', view: 'Ja' },
        { personId: '7a0c6f50-0c5e-4a39-9a56-3c2a4e1f0b12', mode: 'HEARD', view: 'Nee' },
      ],
    });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((i) => i.message).sort()).toEqual([
      'decision_fact_twice',
      'decision_heard_twice',
    ]);
  });
});
