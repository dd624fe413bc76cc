import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

export type Member = Schemas['Member'];
export type Casework = Schemas['Casework'];

/** What each casework section of the dossier is given: the loaded casework, and how to reload the page. */
export interface CaseworkSectionProps {
  householdId: string;
  members: Member[];
  cw: Casework;
  /** Reloads the dossier and the casework after a change. */
  reload: () => Promise<void>;
}

/** Dates in the reader's language, and a person's name (or "the whole household" for none). */
export function useCaseworkWords(members: Member[]) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const nameOf = (id: string | null) => {
    if (!id) {
      return t('casework.plan.wholeHousehold');
    }
    const m = members.find((x) => x.person.id === id);
    return m ? `${m.person.givenName} ${m.person.familyName}` : '?';
  };
  return { t, i18n, date, nameOf };
}

/** The code a conflict's `current` holds in `field`, when it is one of `values`. */
export function codeIn<T extends string>(current: unknown, field: string, values: readonly T[]): T | null {
  if (typeof current !== 'object' || current === null || !(field in current)) {
    return null;
  }
  const value: unknown = (current as Record<string, unknown>)[field];
  return values.find((v) => v === value) ?? null;
}
