import { describe, expect, it } from 'vitest';
import {
  defaultFamilyVisibility,
  FAMILY_MEASURE_WORDS,
  FAMILY_VIEW_SUBJECT_KINDS,
  type FamilyMember,
  type FamilySubject,
  type FamilySummaryInput,
  FamilyVisibilitySetSchema,
  familySummary,
  familyVisibility,
} from './family-view';
import { DECISION_STATUSES, DECISION_TYPES } from './decisions';
import { isPlainLanguage, readability } from './legal-route';
import { MEASURE_CATALOGUE } from './measures';
import { PETITION_STATES } from './petition';

const today = '2027-03-03';
// Synthetic household: two parents with authority, an adult child, a child of 13 and one of 8.
const mother: FamilyMember = { personId: 'mother', birthDate: '1990-05-01', holdsParentalAuthority: true };
const father: FamilyMember = { personId: 'father', birthDate: '1988-02-11', holdsParentalAuthority: true };
const adultSon: FamilyMember = { personId: 'adult', birthDate: '2006-01-20', holdsParentalAuthority: false };
const teen: FamilyMember = { personId: 'teen', birthDate: '2013-12-01', holdsParentalAuthority: false };
const young: FamilyMember = { personId: 'young', birthDate: '2018-09-09', holdsParentalAuthority: false };
const members = [mother, father, adultSon, teen, young];

const about = (kind: FamilySubject['kind'], ...ids: string[]): FamilySubject => ({
  kind,
  id: 'subject',
  aboutPersonIds: ids,
});
const visibleTo = (subject: FamilySubject, complainant: string | null = null) =>
  members
    .filter((m) => defaultFamilyVisibility(subject, m, members, today, complainant).visible)
    .map((m) => m.personId);

describe('issue 10.8: the default visibility of a legal-route object per household member', () => {
  it('KT9-R1 / INV-04: a ruling about a child of 8 is seen by the parents with authority, the adult members and the child of 13, not by the child of 8 (heard from 12, Rv 809)', () => {
    expect(visibleTo(about('RULING', 'young'))).toEqual(['mother', 'father', 'adult', 'teen']);
    expect(defaultFamilyVisibility(about('RULING', 'young'), young, members, today).basis).toBe(
      'ABOUT_THEM_UNDER_12',
    );
  });

  it('LS-09: the child of 13 an object is about sees it (ABOUT_THEM)', () => {
    expect(defaultFamilyVisibility(about('RUNNING_MEASURE', 'teen'), teen, members, today)).toEqual({
      visible: true,
      basis: 'ABOUT_THEM',
    });
  });

  it('a matter only about one adult (legal aid offered to the mother) is hers alone', () => {
    expect(visibleTo(about('SUPPORT_OFFER', 'mother'))).toEqual(['mother']);
    expect(defaultFamilyVisibility(about('SUPPORT_OFFER', 'mother'), father, members, today).basis).toBe(
      'ADULT_MATTER_OF_ANOTHER',
    );
  });

  it('a household-wide object (a rights notice) is seen by every member from 12', () => {
    expect(visibleTo(about('RIGHTS_NOTICE'))).toEqual(['mother', 'father', 'adult', 'teen']);
  });

  it('KT9-R3 / LS-15: a complaint is seen by the complainant only', () => {
    expect(visibleTo(about('COMPLAINT'), 'father')).toEqual(['father']);
    expect(visibleTo(about('COMPLAINT'), null)).toEqual([]);
  });

  it('a member without a known birth date is treated as an adult (as the measures catalogue does)', () => {
    const unknown: FamilyMember = { personId: 'unknown', birthDate: null, holdsParentalAuthority: false };
    expect(
      defaultFamilyVisibility(about('RULING', 'young'), unknown, [...members, unknown], today).basis,
    ).toBe('ADULT');
  });
});

describe('issue 10.8: the visibility that holds', () => {
  it('a shielding record wins over an override, an override over the default', () => {
    expect(familyVisibility({ defaultVisible: true, override: { visible: true }, shielded: true })).toEqual({
      visible: false,
      source: 'SHIELDED',
    });
    expect(familyVisibility({ defaultVisible: true, override: { visible: false }, shielded: false })).toEqual(
      {
        visible: false,
        source: 'OVERRIDE',
      },
    );
    expect(familyVisibility({ defaultVisible: false, override: null, shielded: false })).toEqual({
      visible: false,
      source: 'DEFAULT',
    });
  });

  it('the set schema trims the reason, so blank is empty (the use case then refuses withholding)', () => {
    const parsed = FamilyVisibilitySetSchema.parse({
      subjectKind: 'RULING',
      subjectId: '3f0f7f7e-8a45-4c1d-9b1e-0c1a2b3c4d5e',
      personId: '3f0f7f7e-8a45-4c1d-9b1e-0c1a2b3c4d5f',
      visible: false,
      reason: '  ',
      version: null,
    });
    expect(parsed.reason).toBe('');
  });
});

/** Realistic synthetic data for every kind (first names only). */
const SAMPLES: Record<(typeof FAMILY_VIEW_SUBJECT_KINDS)[number], FamilySummaryInput> = {
  PETITION: {
    kind: 'PETITION',
    state: 'FILED',
    measureTypeId: 'OTS',
    byMayor: false,
    names: ['Sanne'],
    filedOn: '2027-02-10',
    familySummary: null,
  },
  REVIEW_OUTCOME: { kind: 'REVIEW_OUTCOME', outcome: 'PROCEED', submittedOn: '2027-02-01' },
  RULING: {
    kind: 'RULING',
    outcome: 'GRANTED',
    decidedOn: '2027-03-03',
    measureTypeId: 'OTS',
    byMayor: false,
    names: ['Sanne'],
    endsOn: '2028-03-03',
  },
  RUNNING_MEASURE: {
    kind: 'RUNNING_MEASURE',
    measureTypeId: 'OTS',
    names: ['Sanne', 'Daan'],
    startsOn: '2027-03-03',
    endsOn: '2028-03-03',
    endedOn: null,
    lastEvaluation: { on: '2027-09-01', goalsReached: false },
  },
  PLACEMENT: {
    kind: 'PLACEMENT',
    name: 'Sanne',
    placementKind: 'FOSTER_FAMILY',
    since: '2027-03-10',
    endedOn: null,
    returnedHome: null,
    moves: 1,
    returnHomeReviewOn: '2027-09-10',
  },
  SUPPORT_OFFER: {
    kind: 'SUPPORT_OFFER',
    name: 'Anna',
    supportKind: 'LEGAL_AID',
    offeredOn: '2027-01-15',
    response: 'DECLINED',
  },
  COMPLAINT: {
    kind: 'COMPLAINT',
    name: 'Anna',
    receivedOn: '2027-03-20',
    dueOn: '2027-05-15',
    outcome: null,
  },
  RIGHTS_NOTICE: { kind: 'RIGHTS_NOTICE', frame: 'COERCED', issuedOn: '2027-03-03' },
  DECISION: {
    kind: 'DECISION',
    decisionType: 'START_EXTENDED_INVESTIGATION',
    status: 'AWAITING_APPROVAL',
    decidedOn: '2027-01-12',
    familyViewRecorded: true,
  },
};

describe('LS-11 / KT6-R4: family summaries in plain Dutch (B1) and English', () => {
  it.each(FAMILY_VIEW_SUBJECT_KINDS)('%s: the Dutch summary passes the B1 check', (kind) => {
    const text = familySummary(SAMPLES[kind]);
    expect(isPlainLanguage(text.nl), `${text.nl} ${JSON.stringify(readability(text.nl))}`).toBe(true);
    expect(text.en.length).toBeGreaterThan(0);
  });

  it('a ruling says who decided, when, about whom, until when, and how to appeal', () => {
    const text = familySummary(SAMPLES.RULING);
    expect(text.nl).toBe(
      'De rechter heeft op 3 maart 2027 een besluit genomen over Sanne. De maatregel komt er: toezicht op de opvoeding. ' +
        'Dit duurt tot 3 maart 2028. Bent u het niet eens? Hoger beroep bij het gerechtshof binnen drie maanden na de uitspraak.',
    );
    expect(text.en).toContain('3 March 2027');
  });

  it.each(PETITION_STATES)('KT6-R4: a petition %s reads at B1, in the tense its state calls for', (state) => {
    const text = familySummary({ ...(SAMPLES.PETITION as object), state } as FamilySummaryInput).nl;
    expect(isPlainLanguage(text), `${text} ${JSON.stringify(readability(text))}`).toBe(true);
    const asked = state === 'FILED' || state === 'DECIDED';
    expect(text.startsWith('Wij hebben de rechter gevraagd')).toBe(asked);
  });

  it.each(DECISION_TYPES)(
    'issue 10.1: a decision to %s reads at B1, also while it waits or when it does not go ahead',
    (type) => {
      for (const status of DECISION_STATUSES) {
        const text = familySummary({
          ...(SAMPLES.DECISION as object),
          decisionType: type,
          status,
        } as FamilySummaryInput).nl;
        expect(isPlainLanguage(text), `${text} ${JSON.stringify(readability(text))}`).toBe(true);
        expect(text.includes('Er is nog niets veranderd')).toBe(
          status === 'AWAITING_REVIEW' || status === 'AWAITING_APPROVAL',
        );
      }
    },
  );

  it('a placement names the kind of place, never the place itself', () => {
    expect(familySummary(SAMPLES.PLACEMENT).nl).toContain('in een pleeggezin');
  });

  it('a petition adds the professional’s own summary for the family', () => {
    const text = familySummary({
      ...(SAMPLES.PETITION as object),
      familySummary: 'Wij maken ons zorgen.',
    } as FamilySummaryInput);
    expect(text.nl.endsWith('Wij maken ons zorgen.')).toBe(true);
  });

  it.each(MEASURE_CATALOGUE.map((m) => m.id))(
    'the measure %s has words for the family, and its ruling reads at B1',
    (id) => {
      expect(FAMILY_MEASURE_WORDS[id]).toBeDefined();
      const text = familySummary({
        ...(SAMPLES.RULING as object),
        measureTypeId: id,
      } as FamilySummaryInput).nl;
      expect(isPlainLanguage(text), `${text} ${JSON.stringify(readability(text))}`).toBe(true);
    },
  );
});
