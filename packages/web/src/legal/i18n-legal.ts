import i18n from '../i18n';
import { legalEn, legalNl } from '../locales-legal';

/**
 * The legal route's UI texts (`legal.*`) are not part of the first-load translations: they would make the
 * sign-in page's first load heavier (FCP on slow 4G with a 4× slower CPU over 2.5 s). Every module that
 * shows them imports this one — `words.ts` (the legal components and pages, through `useLegalWords`) and
 * the timeline's step titles — so they come with the lazy chunks of the dossier, the petition and the
 * counter-review pages and are added to i18next, in both languages, before anything in those chunks renders.
 * The page title of a counter-review route, set by the layout, follows once they are there (`page-title.ts`).
 */
export const legalMessages = { nl: legalNl, en: legalEn } as const;

for (const [lng, legal] of Object.entries(legalMessages)) {
  i18n.addResourceBundle(lng, 'translation', { legal }, true, true);
}
