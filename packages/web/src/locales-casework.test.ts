import {
  ACCESS_ACTIONS,
  ACCESS_PURPOSES,
  CONCERN_HOLDERS,
  CONCERN_STATUSES,
  CONCERN_TYPES,
  DECISION_GATES,
  DECISION_STATUSES,
  DECISION_TYPES,
  EXTENDED_OUTCOMES,
  FACT_SOURCE_KINDS,
  FIRST_OUTCOMES,
  FRAMES,
  HELP_CATEGORIES,
  INTAKE_CHANNELS,
  INTAKE_KINDS,
  INTERVENTION_STATUSES,
  MEASURE_CATALOGUE,
  MELDCODE_STEPS,
  PATHWAY_STATES,
  PATHWAY_TRIGGERS,
  PLACEMENT_KINDS,
  REDUCIBLE_VIA,
  REPORTER_FEEDBACK_KINDS,
  REPORTER_KINDS,
  RULING_OUTCOMES,
  SHIELD_REASONS,
  SHIELDABLE_GROUNDS,
  SHIELDABLE_ITEM_TYPES,
  TEAM_ROLES,
  TriageSchema,
  URGENCIES,
  VERIFICATIONS,
} from '@gezinsdossier/domain';
import { DEADLINE_KINDS } from '@gezinsdossier/domain/deadlines';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { STEP_CODES, type StepCode, stepDetail, stepKey, stepTitle } from './casework/steps';
import { shieldGroundKey } from './components/shielding-keys';
import { en, nl } from './locales';
import { caseworkEn, caseworkNl } from './locales-casework';
import { decisionsEn, decisionsNl } from './locales-decisions';
import { legalEn, legalNl } from './locales-legal';

/**
 * All texts as the app has them once the legal route's chunks have loaded: the first-load texts with the
 * legal route's (`legal/i18n-legal.ts` adds them as `legal`).
 */
const all = {
  nl: { ...nl, legal: legalNl, decisions: decisionsNl },
  en: { ...en, legal: legalEn, decisions: decisionsEn },
};

/** Every code the domain can send has a label in both languages, so the UI never shows a raw code. */
const LISTS: [keyof typeof caseworkNl, readonly string[]][] = [
  ['states', PATHWAY_STATES],
  ['deadlineKinds', DEADLINE_KINDS],
  ['kinds', INTAKE_KINDS],
  ['receivers', INTAKE_CHANNELS],
  ['sources', REPORTER_KINDS],
  ['reporterKinds', REPORTER_KINDS],
  ['meldcodeSteps', MELDCODE_STEPS],
  ['urgencies', URGENCIES],
  ['feedbackKinds', REPORTER_FEEDBACK_KINDS],
  ['concernTypes', CONCERN_TYPES],
  ['concernStatuses', CONCERN_STATUSES],
  ['holders', CONCERN_HOLDERS],
  ['sourceKinds', FACT_SOURCE_KINDS],
  ['verifications', VERIFICATIONS],
  ['reducibleVia', REDUCIBLE_VIA],
  ['outcomes', [...FIRST_OUTCOMES, ...EXTENDED_OUTCOMES]],
  ['frames', FRAMES],
  ['helpStatuses', INTERVENTION_STATUSES],
  ['helpCategories', HELP_CATEGORIES],
  ['triggers', PATHWAY_TRIGGERS],
  ['nextSteps', TriageSchema.shape.nextStep.options],
  ['investigationKinds', ['FIRST', 'EXTENDED']],
  ['stepTitles', STEP_CODES.map(stepKey)],
];

/** Code lists outside the casework texts: shielding, the access log, the kinds of place a child lives. */
const APP_LISTS: [string, (messages: typeof all.nl) => Record<string, string>, readonly string[]][] = [
  ['shielding reasons', (m) => m.shielding.reasons, SHIELD_REASONS],
  ['shielding grounds', (m) => m.shielding.grounds, SHIELDABLE_GROUNDS.map(shieldGroundKey)],
  ['shieldable item types', (m) => m.shielding.itemTypes, SHIELDABLE_ITEM_TYPES],
  ['access-log purposes', (m) => m.dossier.purposes, Object.values(ACCESS_PURPOSES).map((p) => p.purpose)],
  ['access-log actions', (m) => m.dossier.actions, ACCESS_ACTIONS],
  ['placement kinds', (m) => m.legal.placementKinds, PLACEMENT_KINDS],
  ['decision types', (m) => m.decisions.types, DECISION_TYPES],
  ['decision statuses', (m) => m.decisions.statuses, DECISION_STATUSES],
  ['decision gates', (m) => m.decisions.gates, DECISION_GATES],
  ['team roles', (m) => m.decisions.roles, TEAM_ROLES],
];

const missingIn = (labels: Record<string, unknown>, codes: readonly string[]) =>
  codes.filter((code) => typeof labels[code] !== 'string' || (labels[code] as string).length === 0);

describe('casework labels', () => {
  it.each(LISTS)('every %s code has a Dutch and an English label', (key, codes) => {
    for (const messages of [caseworkNl, caseworkEn]) {
      expect(missingIn(messages[key] as Record<string, unknown>, codes)).toEqual([]);
    }
  });

  it.each(APP_LISTS)('every %s code has a Dutch and an English label', (_name, labelsOf, codes) => {
    for (const messages of [all.nl, all.en]) {
      expect(missingIn(labelsOf(messages), codes)).toEqual([]);
    }
  });
});

/** A step of each kind with the parameters the server writes for it. */
const SAMPLE_PARAMS: Record<StepCode, Record<string, string>[]> = {
  'pathway.transitioned': PATHWAY_TRIGGERS.map((trigger) => ({
    from: 'FIRST_INVESTIGATION',
    to: 'VOLUNTARY_HELP',
    trigger,
  })),
  'report.received': INTAKE_KINDS.map((kind) => ({ kind })),
  'report.triaged': URGENCIES.map((urgency) => ({ urgency })),
  'investigation.started': [{ kind: 'FIRST' }, { kind: 'EXTENDED' }],
  'investigation.decided': [
    ...FIRST_OUTCOMES.map((outcome) => ({ kind: 'FIRST', outcome, deviates: 'false' })),
    ...EXTENDED_OUTCOMES.map((outcome) => ({ kind: 'EXTENDED', outcome, deviates: 'true' })),
  ],
  'network_conference.held': [{}],
  'expert_consult.requested': [{}],
  'expert_consult.advised': [{}],
  'safety_assessment.recorded': [{ score: '4' }],
  'safety_plan.versioned': [{ versionNo: '2' }],
  'safety_plan.breach_recorded': [{}],
  'safety_plan.evaluated': [{}],
  'goal.created': [{}],
  'plan.evaluated': [{}],
  'intervention.requested': FRAMES.map((frame) => ({ frame })),
  'intervention.progressed': INTERVENTION_STATUSES.map((status) => ({ status })),
  'urgent_safety.started': [{}],
  'urgent_safety.ended': PATHWAY_STATES.map((returnedTo) => ({ returnedTo })),
  'safety_monitoring.started': [{}],
  'safety_monitoring.ended': [{}],
  'case.local_team_linked': [{}],
  'petition.started': MEASURE_CATALOGUE.map((m) => ({ measureTypeId: m.id })),
  'petition.review_requested': [{}],
  'petition.reopened': [{}],
  'petition.not_filed': [{}],
  'petition.filed': [{}],
  'ruling.recorded': RULING_OUTCOMES.map((outcome) => ({ outcome, measureTypeId: 'OTS' })),
  'rights_notice.issued': FRAMES.map((frame) => ({ frame })),
  'petition.withdrawn': [{}],
  'measure.evaluated': [{}],
  'measure.ended': [{}],
  'placement.started': PLACEMENT_KINDS.map((kind) => ({ kind })),
  'placement.moved': PLACEMENT_KINDS.map((kind) => ({ kind })),
  'placement.ended': [{}],
  'placement.returned_home': [{}],
  'decision.recorded': DECISION_TYPES.map((type) => ({ type })),
  'decision.held': DECISION_TYPES.flatMap((type) => DECISION_GATES.map((gate) => ({ type, gate }))),
  'decision.gate_answered': [
    ...['PROCEED', 'RECONSIDER'].map((outcome) => ({ type: 'HELP_DECISION', gate: 'REVIEW', outcome })),
    ...['APPROVE', 'REJECT'].map((outcome) => ({ type: 'END_MONITORING', gate: 'FOUR_EYES', outcome })),
  ],
  'decision.withdrawn': DECISION_TYPES.map((type) => ({ type })),
};

describe('timeline steps', () => {
  it.each(['nl', 'en'])(
    'every step renders a title in words (%s): no code, key or placeholder',
    async (lng) => {
      const i18n = i18next.createInstance();
      await i18n.init({
        resources: { nl: { translation: all.nl }, en: { translation: all.en } },
        lng,
        interpolation: { escapeValue: false },
      });
      for (const code of STEP_CODES) {
        for (const params of SAMPLE_PARAMS[code]) {
          const step = { code, params, source: null };
          const language = lng === 'en' ? 'en' : 'nl';
          const text = [stepTitle(i18n.t, step, language), stepDetail(i18n.t, step) ?? ''].join(' ');
          expect(text, `${code} ${JSON.stringify(params)}`).not.toMatch(
            /\{\{|casework\.|legal\.|decisions\.|[A-Z]{2,}_[A-Z]|\.\w+_/,
          );
          // A measure is named by the catalogue, whose name may hold its abbreviation ("… (OTS)").
          for (const [name, value] of Object.entries(params)) {
            if (name !== 'measureTypeId' && /^[A-Z_]+$/.test(value)) {
              expect(text, `${code} shows the code ${value}`).not.toContain(value);
            }
          }
        }
      }
    },
  );

  it('a step from a newer server reads as a step, not as its code', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { nl: { translation: nl } }, lng: 'nl', showSupportNotice: false });
    expect(stepTitle(i18n.t, { code: 'something.new', params: {}, source: null })).toBe(
      'Stap in het traject',
    );
  });
});
