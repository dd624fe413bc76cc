import { describe, expect, it } from 'vitest';
import { FactSourceSchema, sourceRefusal } from './facts';
import { assertFrameGrounded, assertInterventionProgress, waitingDays } from './help';
import { assertAgreementsOwned, SafetyPlanVersionSchema } from './safety';

const consent = {
  givenByPersonIds: ['7a0c6f50-0c5e-4a39-9a56-3c2a4e1f0b11'],
  givenOn: '2026-11-20',
  reason: 'Rust in de financiën',
  consequencesOfRefusal: 'Geen',
  decision: 'GIVEN' as const,
  goal: 'Rust en veiligheid thuis',
  rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
};

describe('VAL-03: every intervention has an explicit frame resting on consent or a measure', () => {
  it.each([
    ['VOLUNTARY', consent, null, null],
    ['DRANG', consent, null, null],
    ['COERCED', null, 'Beschikking OTS 2026/123', null],
    ['VOLUNTARY', null, null, 'consent_required'],
    ['DRANG', null, 'Beschikking', 'consent_required'],
    ['COERCED', consent, null, 'measure_reference_required'],
  ] as const)('%s with consent %o and measure %s → %s', (frame, c, measureReference, error) => {
    const run = () => assertFrameGrounded({ frame, consent: c, measureReference });
    if (error) {
      expect(run).toThrow(expect.objectContaining({ code: error }));
    } else {
      expect(run).not.toThrow();
    }
  });

  it('help runs requested → started → ended, or requested → unavailable (unmet need); nothing else', () => {
    expect(() => assertInterventionProgress('REQUESTED', 'STARTED')).not.toThrow();
    expect(() => assertInterventionProgress('STARTED', 'ENDED')).not.toThrow();
    expect(() => assertInterventionProgress('REQUESTED', 'UNAVAILABLE')).not.toThrow();
    for (const [from, to] of [
      ['REQUESTED', 'ENDED'],
      ['ENDED', 'STARTED'],
      ['UNAVAILABLE', 'STARTED'],
      ['STARTED', 'UNAVAILABLE'],
    ] as const) {
      expect(() => assertInterventionProgress(from, to)).toThrow(
        expect.objectContaining({ code: 'intervention_transition_not_allowed' }),
      );
    }
    expect(waitingDays('2026-11-02', '2026-11-23')).toBe(21);
  });
});

describe('VAL-04: sources in a first investigation are consented or the household’s own', () => {
  it.each([
    ['FIRST', 'HOUSEHOLD', false, null, null],
    ['FIRST', 'PROFESSIONAL', true, null, null],
    [
      'FIRST',
      'POLICE',
      false,
      'Wet politiegegevens art. 16',
      'source_without_consent_in_first_investigation',
    ],
    ['FIRST', 'REGISTER', false, null, 'source_without_consent_in_first_investigation'],
    [null, 'OTHER', false, 'x', 'source_without_consent_in_first_investigation'],
    ['EXTENDED', 'POLICE', false, 'Wet politiegegevens art. 16', null],
    ['EXTENDED', 'REGISTER', false, null, 'legal_basis_required'],
  ] as const)(
    '%s investigation, %s source, consent %s, legal basis %s → %s',
    (kind, source, withConsent, basis, refusal) => {
      expect(sourceRefusal(kind, { kind: source, obtainedWithConsent: withConsent, legalBasis: basis })).toBe(
        refusal,
      );
    },
  );

  it('a fact source without a description is refused (a fact without source)', () => {
    const parsed = FactSourceSchema.safeParse({
      kind: 'PROFESSIONAL',
      description: ' ',
      obtainedWithConsent: true,
    });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['fact_source_required']);
  });
});

describe('safety plan', () => {
  it('every agreement has an owner: a missing owner is refused per agreement', () => {
    const plan = SafetyPlanVersionSchema.parse({
      basedOnVersionNo: null,
      conditions: ['De kinderen zijn niet bij ruzie aanwezig'],
      agreements: [
        { text: 'Oma komt drie keer per week', owner: { kind: 'NETWORK', name: 'Oma' } },
        { text: 'Bij spanning belt vader oma', owner: null },
      ],
      checkDates: ['2026-12-07'],
      familyAgreement: { status: 'AGREED' },
    });
    expect(() => assertAgreementsOwned(plan)).toThrow(
      expect.objectContaining({
        code: 'agreement_owner_required',
        issues: [expect.objectContaining({ path: 'agreements.1.owner', code: 'agreement_owner_required' })],
      }),
    );
  });

  it('a plan needs at least one condition', () => {
    const parsed = SafetyPlanVersionSchema.safeParse({
      conditions: [],
      agreements: [],
      checkDates: [],
      familyAgreement: { status: 'NOT_AGREED' },
    });
    expect(parsed.error?.issues.map((i) => i.message)).toContain('safety_condition_required');
  });
});
