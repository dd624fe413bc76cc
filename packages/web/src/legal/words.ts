import { findMeasureType } from '@gezinsdossier/domain';
import { GATE_ISSUE_WORDS, SAFEGUARD_NAMES } from '@gezinsdossier/domain/labels';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
// The legal route's texts come with the chunks that use these words (not with the first load).
import './i18n-legal';

export type Petition = Schemas['Petition'];
export type Language = 'nl' | 'en';

/** The language the words are in: the app speaks Dutch unless English was chosen. */
export const languageOf = (lng: string): Language => (lng === 'en' ? 'en' : 'nl');

/** A measure's name from the catalogue, in the reader's language (a measure the catalogue lost: null). */
export function measureNameOf(id: string, language: Language): string | null {
  return findMeasureType(id)?.name[language] ?? null;
}

/**
 * A safeguard as a legal reference with its name, "LS-07 (hoor en wederhoor)": the id is kept because a judge
 * recognises it; the name says what it is about. An id without a name is not shown as a bare code.
 */
export function safeguardText(id: string, language: Language): string | null {
  const name = SAFEGUARD_NAMES[id];
  return name ? `${id} (${name[language]})` : null;
}

/** What a gate or refusal code means, in words (null for a code from a newer server). */
export function issueText(code: string, language: Language): string | null {
  return GATE_ISSUE_WORDS[code]?.[language] ?? null;
}

/**
 * The words of the legal route in the reader's language: dates, measure names, safeguards and what blocks a
 * petition, each falling back to a plain phrase rather than a code.
 */
export function useLegalWords() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return {
    t,
    language,
    date: (iso: string) => new Date(iso).toLocaleDateString(locale),
    dateTime: (iso: string) =>
      new Date(iso).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }),
    measureName: (id: string) => measureNameOf(id, language) ?? t('legal.unknownMeasure'),
    safeguard: (id: string) => safeguardText(id, language) ?? t('legal.gate.otherSafeguard'),
    issue: (code: string) => issueText(code, language) ?? t('legal.gate.otherIssue'),
  };
}
export type LegalWords = ReturnType<typeof useLegalWords>;
