import {
  CONCERN_HOLDERS,
  CONCERN_STATUSES,
  CONCERN_TYPES,
  EXTENDED_OUTCOMES,
  FACT_SOURCE_KINDS,
  FIRST_OUTCOMES,
  FRAMES,
  HELP_CATEGORIES,
  INTAKE_CHANNELS,
  INTAKE_KINDS,
  INTERVENTION_STATUSES,
  MELDCODE_STEPS,
  PATHWAY_STATES,
  REDUCIBLE_VIA,
  REPORTER_FEEDBACK_KINDS,
  REPORTER_KINDS,
  URGENCIES,
  VERIFICATIONS,
} from '@gezinsdossier/domain';
import { DEADLINE_KINDS } from '@gezinsdossier/domain/deadlines';
import { describe, expect, it } from 'vitest';
import { caseworkEn, caseworkNl } from './locales-casework';

/** Every code the domain can send has a label in both languages, so the UI never shows a raw code. */
const LISTS: [keyof typeof caseworkNl, readonly string[]][] = [
  ['states', PATHWAY_STATES],
  ['deadlineKinds', DEADLINE_KINDS],
  ['kinds', INTAKE_KINDS],
  ['channels', INTAKE_CHANNELS],
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
];

describe('casework labels', () => {
  it.each(LISTS)('every %s code has a Dutch and an English label', (key, codes) => {
    for (const messages of [caseworkNl, caseworkEn]) {
      const labels = messages[key] as Record<string, string>;
      const missing = codes.filter((code) => typeof labels[code] !== 'string' || labels[code].length === 0);
      expect(missing).toEqual([]);
    }
  });
});
