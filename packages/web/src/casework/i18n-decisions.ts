import i18n from '../i18n';
import { decisionsEn, decisionsNl } from '../locales-decisions';

/**
 * The texts of weighty decisions (`decisions.*`) join with the chunks that show them (the dossier, the
 * worklist, the administration page), as the legal route's do (`legal/i18n-legal.ts`), so the first load
 * stays small. Every module that shows them imports this one.
 */
export const decisionMessages = { nl: decisionsNl, en: decisionsEn } as const;

for (const [lng, decisions] of Object.entries(decisionMessages)) {
  i18n.addResourceBundle(lng, 'translation', { decisions }, true, true);
}
