import { GATE_ISSUE_WORDS, SAFEGUARD_NAMES } from '@gezinsdossier/domain/labels';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { en, nl } from '../locales';
import { legalEn, legalNl } from '../locales-legal';
import {
  factElementId,
  gateLines,
  groundElementId,
  NEXT_STEP_ID,
  PETITION_PARTS,
  quoteFact,
  voiceElementId,
} from './gate';

type Petition = Schemas['Petition'];

const PARENT = '11111111-1111-4111-8111-111111111111';
const CHILD = '22222222-2222-4222-8222-222222222222';
const FACT = '33333333-3333-4333-8333-333333333333';
const GROUND = '44444444-4444-4444-8444-444444444444';
const REVIEWER = '55555555-5555-4555-8555-555555555555';

const fact = {
  factId: FACT,
  factVersion: 1,
  currentVersion: 1,
  statement: 'De politie kwam twee keer langs na een ruzie in de nacht, volgens de wijkagent.',
  observedOn: '2026-10-01',
  recordedAt: '2026-10-02T10:00:00.000Z',
  source: { kind: 'POLICE', description: 'Wijkagent', obtainedWithConsent: true, legalBasis: null },
  verification: 'UNVERIFIED' as const,
  disputed: false,
  responses: [],
  hearingAttempts: [],
};

/** A petition with just what the gate references point at. */
const petition = {
  persons: [
    {
      personId: PARENT,
      name: 'Sanne Proef',
      birthDate: '1986-02-03',
      age: 40,
      holdsParentalAuthority: true,
      target: false,
      actionAim: true,
      involvedChild: false,
    },
    {
      personId: CHILD,
      name: 'Jip Proef',
      birthDate: '2015-03-14',
      age: 11,
      holdsParentalAuthority: false,
      target: true,
      actionAim: false,
      involvedChild: true,
    },
  ],
  grounds: [{ id: GROUND, position: 2, claim: 'De veiligheid is in gevaar.', facts: [fact] }],
  reviews: [
    {
      id: 'r',
      reviewer: { id: REVIEWER, name: 'Zuzanna van Veen', organisation: 'RVT Gooi' },
      jurist: { id: 'j', name: 'J' },
      behaviouralScientist: { id: 'b', name: 'B' },
    },
  ],
} as unknown as Petition;

const ISSUES: Petition['gate'] = [
  { safeguard: 'LS-07', code: 'fact_not_heard', ref: `${FACT}:${PARENT}` },
  { safeguard: 'LS-11', code: 'fact_unverified', ref: FACT },
  { safeguard: 'LS-11', code: 'ground_without_fact', ref: GROUND },
  { safeguard: 'VAL-10', code: 'child_voice_missing', ref: CHILD },
  { safeguard: 'LS-14', code: 'legal_aid_not_offered', ref: PARENT },
  { safeguard: 'KT6-R2', code: 'consultation_missing', ref: 'FIXED_PROFESSIONAL' },
  { safeguard: 'LS-02', code: 'alternative_without_reason', ref: 'PROFESSIONAL_HELP' },
  { safeguard: 'INV-07', code: 'addressee_cannot_decide', ref: 'KANTONRECHTER' },
  { safeguard: 'LS-05', code: 'measure_not_law', ref: 'FAMILY_MEASURE' },
  { safeguard: 'VAL-06', code: 'reviewer_same_rvt', ref: REVIEWER },
  { safeguard: 'LS-13', code: 'review_not_proceed', ref: 'CORRECT_FIRST' },
  { safeguard: 'LS-13', code: 'review_missing', ref: null },
  { safeguard: 'LS-07', code: 'fact_not_heard', ref: null },
];

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    // The legal route's texts join the first-load ones when its chunks load (`i18n-legal.ts`).
    resources: {
      nl: { translation: { ...nl, legal: legalNl } },
      en: { translation: { ...en, legal: legalEn } },
    },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
});

describe('issue 10: what still blocks a petition, in words', () => {
  it('§6.4: each point names its safeguard with its name and says what is missing, in Dutch and English', async () => {
    for (const lng of ['nl', 'en'] as const) {
      await i18n.changeLanguage(lng);
      const lines = gateLines(petition, ISSUES, i18n.t, lng);
      expect(lines.map((l) => l.safeguard)).toEqual(
        ISSUES.map((i) => `${i.safeguard} (${SAFEGUARD_NAMES[i.safeguard]?.[lng]})`),
      );
      expect(lines.map((l) => l.what)).toEqual(ISSUES.map((i) => GATE_ISSUE_WORDS[i.code]?.[lng]));
    }
  });

  it('§6.4: references become names, numbers and a fact’s words, never ids or codes', async () => {
    await i18n.changeLanguage('nl');
    const about = gateLines(petition, ISSUES, i18n.t, 'nl').map((l) => l.about);
    expect(about).toEqual([
      `Sanne Proef, feit ${quoteFact(fact.statement)}`,
      `feit ${quoteFact(fact.statement)}`,
      'grond 2',
      'Jip Proef',
      'Sanne Proef',
      'het vaste gezicht',
      'Professionele hulp',
      'de kantonrechter',
      'Gezinsmaatregel',
      'Zuzanna van Veen',
      'Eerst verbeteren',
      null,
      null,
    ]);
    expect(quoteFact('Kort feit.')).toBe('‘Kort feit.’');
    expect(quoteFact(fact.statement)).toBe('‘De politie kwam twee keer langs na een ruzie in de nacht…’');
    const text = JSON.stringify(about);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|[A-Z]{2,}_[A-Z]/);
  });

  it('§6.4: each point leads to the part that fixes it; facts are verified where they are kept', () => {
    const targets = gateLines(petition, ISSUES, i18n.t, 'nl').map((l) => l.target);
    expect(targets).toEqual([
      { kind: 'part', id: factElementId(GROUND, FACT) },
      { kind: 'facts' },
      { kind: 'part', id: groundElementId(GROUND) },
      { kind: 'part', id: voiceElementId(CHILD) },
      { kind: 'part', id: 'part-support' },
      { kind: 'part', id: 'part-consultations' },
      { kind: 'part', id: 'part-alternatives' },
      { kind: 'part', id: 'part-measure' },
      { kind: 'part', id: 'part-measure' },
      { kind: 'part', id: NEXT_STEP_ID },
      { kind: 'part', id: NEXT_STEP_ID },
      { kind: 'part', id: NEXT_STEP_ID },
      { kind: 'part', id: 'part-grounds' },
    ]);
    for (const t of targets) {
      if (t.kind === 'part' && t.id.startsWith('part-')) {
        expect(PETITION_PARTS).toContain(t.id);
      }
    }
  });

  it('a code from a newer server reads as a plain phrase, not as the code', () => {
    const [line] = gateLines(
      petition,
      [{ safeguard: 'LS-99', code: 'something_new', ref: 'X' }],
      i18n.t,
      'nl',
    );
    expect(line).toMatchObject({ safeguard: 'Een waarborg', what: 'er ontbreekt nog iets', about: null });
  });
});
