import { describe, expect, it } from 'vitest';
import {
  assertDecisionConsistent,
  FirstDecisionSchema,
  type JudgementValue,
  proposeExtendedOutcome,
  proposeFirstOutcome,
} from './investigation';

const j = (value: JudgementValue) => ({ value });

describe('KT3a decision table (first investigation)', () => {
  it.each([
    // factsOfConcern, managesWithSupport, wantsHelp, helpSeemsNeeded → rule, options
    ['NO', 'NO', 'NO', 'YES', 'EO-1', ['EO1_CLOSE']],
    ['NO', 'UNCLEAR', 'YES', 'YES', 'EO-1', ['EO1_CLOSE']],
    ['YES', 'YES', 'YES', 'YES', 'EO-2', ['EO2_VOLUNTARY_HELP']],
    ['YES', 'YES', 'NO', 'NO', 'EO-2', ['EO2_VOLUNTARY_HELP']],
    ['YES', 'NO', 'NO', 'YES', 'EO-3', ['EO3_EXTENDED']],
    ['UNCLEAR', 'YES', 'YES', 'NO', 'EO-3', ['EO3_EXTENDED']],
    ['YES', 'UNCLEAR', 'YES', 'YES', 'EO-3', ['EO3_EXTENDED']],
    ['YES', 'NO', 'YES', 'YES', 'GAP', []],
    ['YES', 'NO', 'NO', 'NO', 'GAP', []],
  ] as const)(
    'facts %s, manages %s, wants help %s, help needed %s → %s',
    (facts, manages, wants, needed, rule, options) => {
      expect(
        proposeFirstOutcome({
          factsOfConcern: j(facts),
          managesWithSupport: j(manages),
          wantsHelp: j(wants),
          helpSeemsNeeded: j(needed),
        }),
      ).toEqual({ rule, options });
    },
  );
});

describe('KT3b decision table (extended investigation)', () => {
  const base = {
    factsRemain: j('YES'),
    householdLikelyManages: j('NO'),
    worriesSerious: j('YES'),
    disagreement: j('NO'),
    unclarityRemains: j('NO'),
    worriesUndiminished: j('NO'),
  };
  it('UO-1: no facts remain, or the household likely manages → voluntary help or safety monitoring', () => {
    const uo1 = { rule: 'UO-1', options: ['UO1_VOLUNTARY_HELP', 'UO1_SAFETY_MONITORING'] };
    expect(proposeExtendedOutcome({ ...base, factsRemain: j('NO') })).toEqual(uo1);
    expect(proposeExtendedOutcome({ ...base, householdLikelyManages: j('YES') })).toEqual(uo1);
  });
  it('UO-2: facts, serious worries and disagreement → an independent expert (an option, not automatic)', () => {
    expect(proposeExtendedOutcome({ ...base, disagreement: j('YES') })).toEqual({
      rule: 'UO-2',
      options: ['UO2_INDEPENDENT_EXPERT'],
    });
  });
  it('UO-3: unclarity remains and worries are undiminished → prepare a petition', () => {
    expect(
      proposeExtendedOutcome({ ...base, unclarityRemains: j('YES'), worriesUndiminished: j('YES') }),
    ).toEqual({
      rule: 'UO-3',
      options: ['UO3_PETITION'],
    });
  });
  it('a combination the table does not cover is a gap', () => {
    expect(proposeExtendedOutcome(base)).toEqual({ rule: 'GAP', options: [] });
  });
});

describe('KT3-R1: the system checks, the professional decides', () => {
  it('an outcome that follows the table needs no reason and does not deviate', () => {
    expect(
      assertDecisionConsistent({ rule: 'EO-2', options: ['EO2_VOLUNTARY_HELP'] }, 'EO2_VOLUNTARY_HELP', null),
    ).toBe(false);
  });
  it('deviating from the table requires a reason, with the table’s proposal in the error', () => {
    expect(() =>
      assertDecisionConsistent({ rule: 'EO-2', options: ['EO2_VOLUNTARY_HELP'] }, 'EO3_EXTENDED', ''),
    ).toThrow(
      expect.objectContaining({
        code: 'decision_deviation_reason_required',
        data: { rule: 'EO-2', options: ['EO2_VOLUNTARY_HELP'] },
      }),
    );
    expect(
      assertDecisionConsistent(
        { rule: 'EO-2', options: ['EO2_VOLUNTARY_HELP'] },
        'EO3_EXTENDED',
        'Nieuwe feiten',
      ),
    ).toBe(true);
  });
  it('in a gap every choice needs a reason', () => {
    expect(() => assertDecisionConsistent({ rule: 'GAP', options: [] }, 'EO1_CLOSE', null)).toThrow(
      expect.objectContaining({ code: 'decision_deviation_reason_required' }),
    );
  });
  it('a decision without rationale is refused by the schema with rationale_required', () => {
    const judgement = { value: 'YES', rationale: 'x' };
    const parsed = FirstDecisionSchema.safeParse({
      establishment: {
        concernIds: ['7a0c6f50-0c5e-4a39-9a56-3c2a4e1f0b11'],
        willingToReduce: judgement,
        expectedToReduceInTime: judgement,
        reducibleVia: ['INFORMAL_SUPPORT'],
        urgentSafetyNeeded: { value: 'NO', rationale: 'x' },
      },
      factsOfConcern: judgement,
      managesWithSupport: judgement,
      wantsHelp: judgement,
      helpSeemsNeeded: judgement,
      outcome: 'EO2_VOLUNTARY_HELP',
      rationale: '   ',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['rationale', 'rationale_required'],
    ]);
  });
});
