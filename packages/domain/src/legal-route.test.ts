import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PETITION_REVIEW_POLICY,
  isPlainLanguage,
  type PetitionSnapshot,
  petitionBlockers,
  readability,
  reviewerRefusals,
} from './legal-route';
import { canTarget, findMeasureType, MEASURE_CATALOGUE } from './measures';

const mother = 'p-mother';
const father = 'p-father';
const child = 'p-child';

/** A petition for an OTS that passes every point of the gate. */
function ready(): PetitionSnapshot {
  return {
    measureTypeId: 'OTS',
    addressee: 'KINDERRECHTER',
    targets: [
      { personId: child, age: 7, holdsParentalAuthority: false },
      { personId: mother, age: 34, holdsParentalAuthority: true },
    ],
    grounds: [
      {
        id: 'g1',
        claim: 'Het kind is herhaaldelijk getuige van geweld.',
        facts: [
          {
            factId: 'f1',
            version: 2,
            observedOn: '2026-10-02',
            lawfulSource: true,
            verification: 'CORROBORATED',
            respondedBy: [mother],
            hearingAttemptFor: [father],
          },
        ],
      },
    ],
    householdAdults: [mother, father],
    lighterAlternatives: [
      {
        step: 'INFORMAL_SUPPORT',
        interventionIds: [],
        outcome: 'Oma hielp',
        whyInsufficient: 'Oma kon niet blijven',
      },
      {
        step: 'PROFESSIONAL_HELP',
        interventionIds: ['i1'],
        outcome: 'Gestopt',
        whyInsufficient: 'Moeder stopte de hulp',
      },
    ],
    proportionality: {
      intrusiveness: 'Gezag blijft bij de ouders',
      duration: 'Een jaar',
      scope: 'Alleen de opvoeding van het kind',
      why: 'Lichtere hulp werkte niet',
    },
    involvedChildren: [child],
    childVoices: [{ childId: child, how: 'HEARD', view: 'Wil thuis blijven wonen', exceptionReason: null }],
    childInterestAssessment: 'Veiligheid thuis gaat voor.',
    consultations: [{ party: 'HOUSEHOLD' }, { party: 'FIXED_PROFESSIONAL' }],
    legalAdvice: { summary: 'De grond voor een OTS is aanwezig.' },
    parentsWithAuthority: [mother],
    legalAidOfferedTo: [mother],
    familySummary:
      'Wij vragen de rechter om hulp voor uw gezin. Een gezinsvoogd helpt u dan een jaar. U houdt het gezag. U mag zeggen wat u ervan vindt.',
    review: { outcome: 'PROCEED', reviewerIssues: [] },
  };
}

const codes = (p: PetitionSnapshot) => petitionBlockers(p).map((i) => `${i.safeguard} ${i.code}`);

describe('VAL-05: the readiness gate (spec §6.4)', () => {
  it('VAL-05: a complete petition with a PROCEED review has no blocking points', () => {
    expect(petitionBlockers(ready())).toEqual([]);
  });

  it('VAL-05 / LS-13: without a review, or with CORRECT_FIRST or DO_NOT_FILE, it cannot be filed', () => {
    expect(codes({ ...ready(), review: null })).toEqual(['LS-13 review_missing']);
    expect(codes({ ...ready(), review: { outcome: 'CORRECT_FIRST', reviewerIssues: [] } })).toEqual([
      'LS-13 review_not_proceed',
    ]);
    expect(codes({ ...ready(), review: { outcome: 'DO_NOT_FILE', reviewerIssues: [] } })).toEqual([
      'LS-13 review_not_proceed',
    ]);
  });

  it('LS-11: a ground without a fact, or an unverified fact, blocks', () => {
    const p = ready();
    p.grounds.push({ id: 'g2', claim: 'Leeg', facts: [] });
    expect(codes(p)).toEqual(['LS-11 ground_without_fact']);
    const q = ready();
    (q.grounds[0]?.facts[0] as { verification: string }).verification = 'UNVERIFIED';
    expect(codes(q)).toEqual(['LS-11 fact_unverified']);
  });

  it('VAL-09 / LS-07: a fact without the response of an adult, or a documented attempt, blocks — named per adult', () => {
    const p = ready();
    (p.grounds[0]?.facts[0] as { hearingAttemptFor: string[] }).hearingAttemptFor = [];
    expect(petitionBlockers(p)).toEqual([
      { safeguard: 'LS-07', code: 'fact_not_heard', ref: `f1:${father}` },
    ]);
  });

  it('LS-02: lighter alternatives are required, in the E-4 order, with help records and reasons', () => {
    expect(codes({ ...ready(), lighterAlternatives: [] })).toEqual(['LS-02 no_lighter_alternatives']);
    const reversed = ready();
    reversed.lighterAlternatives.reverse();
    expect(codes(reversed)).toEqual(['LS-02 alternatives_out_of_order']);
    const noRecord = ready();
    (noRecord.lighterAlternatives[1] as { interventionIds: string[] }).interventionIds = [];
    expect(codes(noRecord)).toEqual(['LS-02 alternative_without_help_record']);
  });

  it('LS-01: proportionality must be stated; LS-16: every source lawful', () => {
    expect(codes({ ...ready(), proportionality: null })).toEqual(['LS-01 proportionality_missing']);
    const p = ready();
    (p.grounds[0]?.facts[0] as { lawfulSource: boolean }).lawfulSource = false;
    expect(codes(p)).toEqual(['LS-16 source_not_lawful']);
  });

  it('VAL-10 / LS-09 / LS-10: every child heard, represented or a reasoned exception; the child’s interest weighed', () => {
    expect(codes({ ...ready(), childVoices: [] })).toEqual(['VAL-10 child_voice_missing']);
    expect(
      codes({
        ...ready(),
        childVoices: [{ childId: child, how: 'EXCEPTION', view: null, exceptionReason: ' ' }],
      }),
    ).toEqual(['VAL-10 child_voice_incomplete']);
    expect(
      codes({
        ...ready(),
        childVoices: [{ childId: child, how: 'EXCEPTION', view: null, exceptionReason: 'Twee jaar oud' }],
      }),
    ).toEqual([]);
    expect(codes({ ...ready(), childInterestAssessment: null })).toEqual(['LS-10 child_interest_missing']);
  });

  it('LS-14, KT6-R2, KT6-R3: legal aid offered to each parent with authority, consultations and legal advice recorded', () => {
    expect(codes({ ...ready(), legalAidOfferedTo: [] })).toEqual(['LS-14 legal_aid_not_offered']);
    // A parent with authority is a party to a measure on the child even when the measure does not target him.
    expect(codes({ ...ready(), parentsWithAuthority: [mother, father] })).toEqual([
      'LS-14 legal_aid_not_offered',
    ]);
    expect(codes({ ...ready(), consultations: [{ party: 'HOUSEHOLD' }] })).toEqual([
      'KT6-R2 consultation_missing',
    ]);
    expect(codes({ ...ready(), legalAdvice: null })).toEqual(['KT6-R3 legal_advice_missing']);
  });

  it('CFG-MEAS: a measure not in the catalogue, one that is not law yet, or aimed at someone it cannot target, blocks', () => {
    expect(codes({ ...ready(), measureTypeId: 'BANISHMENT' })).toEqual(['CFG-MEAS measure_unknown']);
    expect(codes({ ...ready(), measureTypeId: 'FAMILY_MEASURE', targets: [] })).toEqual(
      expect.arrayContaining(['LS-05 measure_not_law', 'LS-01 no_target']),
    );
    // A parental-authority measure on an adult without parental authority (issue 10, bad input).
    const adult = {
      ...ready(),
      targets: [{ personId: 'p-grandad', age: 82, holdsParentalAuthority: false }],
      legalAidOfferedTo: [mother, 'p-grandad'],
    };
    expect(codes(adult)).toEqual(['LS-01 target_not_allowed']);
    // Adult protection goes to the kantonrechter and targets an adult.
    const bewind = {
      ...ready(),
      measureTypeId: 'ADMINISTRATION_OF_ASSETS',
      addressee: 'KANTONRECHTER' as const,
      targets: [{ personId: 'p-grandad', age: 82, holdsParentalAuthority: false }],
      legalAidOfferedTo: [mother, 'p-grandad'],
    };
    expect(codes(bewind)).toEqual([]);
    expect(codes({ ...bewind, addressee: 'KINDERRECHTER' })).toEqual(['INV-07 addressee_cannot_decide']);
  });
});

describe('VAL-06 / LS-17: who may review a petition', () => {
  const context = { caseRegionId: 'VR09', petitionerId: 'rvt-1', caseTeamIds: ['lt-1', 'rvt-1'] };
  const eligible = { professionalId: 'rvt-other', rvtRegionId: 'VR10', notInvolvedAttestation: true };

  it('VAL-06: a reviewer from another RVT who attests not being involved is eligible under the default policy', () => {
    expect(reviewerRefusals(eligible, context, DEFAULT_PETITION_REVIEW_POLICY)).toEqual([]);
  });

  it('LS-17: never the petitioner or anyone in the case team; VAL-06: not from the same RVT, not without attestation', () => {
    const code = (c: typeof eligible) =>
      reviewerRefusals(c, context, DEFAULT_PETITION_REVIEW_POLICY).map((r) => r.code);
    expect(code({ ...eligible, professionalId: 'rvt-1' })).toContain('reviewer_is_petitioner');
    expect(code({ ...eligible, professionalId: 'lt-1' })).toEqual(['reviewer_involved']);
    expect(code({ ...eligible, rvtRegionId: 'VR09' })).toEqual(['reviewer_same_rvt']);
    expect(code({ ...eligible, notInvolvedAttestation: false })).toEqual(['reviewer_attestation_missing']);
  });

  it('AMB-02: a region configured for reviewers of its own RVT accepts a non-involved colleague', () => {
    const policy = { ...DEFAULT_PETITION_REVIEW_POLICY, pool: 'SAME_RVT_NOT_INVOLVED' as const };
    expect(reviewerRefusals({ ...eligible, rvtRegionId: 'VR09' }, context, policy)).toEqual([]);
  });
});

describe('CFG-MEAS: the measures catalogue is data', () => {
  it('CFG-MEAS: every measure has a decider, a target, an appeal route in both languages and a spec reference; ids are unique', () => {
    expect(new Set(MEASURE_CATALOGUE.map((m) => m.id)).size).toBe(MEASURE_CATALOGUE.length);
    for (const m of MEASURE_CATALOGUE) {
      expect(m.deciders.length, m.id).toBeGreaterThan(0);
      expect(m.targetRoles.length, m.id).toBeGreaterThan(0);
      expect(m.appealRoute.nl && m.appealRoute.en, m.id).toBeTruthy();
      expect(m.specRef, m.id).toMatch(/^MEAS-\d{2}$/);
    }
  });

  it('CFG-MEAS: the adult-protection measures go to the kantonrechter; MEAS-13/14 are experimental', () => {
    for (const id of ['MENTORSHIP', 'ADMINISTRATION_OF_ASSETS', 'CURATORSHIP']) {
      expect(findMeasureType(id)?.deciders).toEqual(['KANTONRECHTER']);
      expect(findMeasureType(id)?.targetRoles).toEqual(['ADULT']);
    }
    expect(MEASURE_CATALOGUE.filter((m) => m.experimental).map((m) => m.specRef)).toEqual([
      'MEAS-13',
      'MEAS-14',
    ]);
    expect(findMeasureType('TEMPORARY_RESTRAINING_ORDER')?.deciders).toEqual(['BURGEMEESTER']);
  });

  it('a parental-authority measure cannot target an adult without authority; adult protection cannot target a child', () => {
    const ots = findMeasureType('OTS');
    const bewind = findMeasureType('ADMINISTRATION_OF_ASSETS');
    expect(ots && canTarget(ots, { age: 82, holdsParentalAuthority: false })).toBe(false);
    expect(ots && canTarget(ots, { age: 7, holdsParentalAuthority: false })).toBe(true);
    expect(bewind && canTarget(bewind, { age: 15, holdsParentalAuthority: false })).toBe(false);
    expect(bewind && canTarget(bewind, { age: 82, holdsParentalAuthority: false })).toBe(true);
  });
});

describe('LS-11: the family summary is plain language (B1)', () => {
  it('LS-11: short sentences with ordinary words pass; long official sentences do not', () => {
    expect(isPlainLanguage(ready().familySummary as string)).toBe(true);
    const official =
      'Gelet op de omstandigheid dat de ontwikkeling van de minderjarige ernstig wordt bedreigd en de noodzakelijke zorg ter afwending van deze bedreiging door de ouders niet of onvoldoende wordt geaccepteerd, verzoekt de verzoekende instantie de kinderrechter om een ondertoezichtstelling uit te spreken.';
    expect(isPlainLanguage(official)).toBe(false);
    expect(readability(official).wordsPerSentence).toBeGreaterThan(15);
  });
});
