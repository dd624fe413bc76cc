import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath } from 'react-router';

/**
 * Every page has its own `<title>` (issue 9.4): what the page is, then the product's name, so a browser tab,
 * the history and a screen reader announce where the user is. The dossier titles itself with its section and
 * the family's name (`useDocumentTitle`), so it is left out here, as are the complaint handler's pages, whose
 * words come with their chunk (`legal/complaint-words.ts`).
 */
const PAGE_TITLES: { path: string; key: string | null }[] = [
  { path: '/', key: 'caseload.title' },
  { path: '/inloggen', key: 'signIn.title' },
  { path: '/gezinnen/nieuw', key: 'newHousehold.title' },
  { path: '/gezinnen/:householdId', key: null },
  { path: '/gezinnen/:householdId/:section', key: null },
  { path: '/gezinnen/:householdId/recht/:petitionId', key: null },
  { path: '/melding', key: 'casework.intake.title' },
  { path: '/werklijst', key: 'casework.worklist.title' },
  { path: '/noodtoegang', key: 'breakGlass.title' },
  { path: '/noodtoegang/beoordelen', key: 'reviews.title' },
  { path: '/toetsingen', key: 'legal.assignments.title' },
  { path: '/toetsingen/:householdId/:petitionId', key: 'legal.reviewPage.title' },
  { path: '/klachten', key: null },
  { path: '/klachten/:householdId/:complaintId', key: null },
  { path: '/beheer', key: 'administration.title' },
  { path: '/api-documentatie', key: 'apiDocs.title' },
];

/** Sets the document title for the route at `pathname` (an unknown path is "page not found"). */
export function useRouteTitle(pathname: string): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const route = PAGE_TITLES.find((r) => matchPath(r.path, pathname));
    const key = route ? route.key : 'notFound.title';
    // A key whose text has not loaded yet is not shown as the title: it is set when the text is added.
    if (key && i18n.exists(key)) {
      document.title = `${t(key)} · ${t('app.name')}`;
    }
    // `t` changes with the language, so the title follows a language switch; it also changes when texts are
    // added after the first load (the legal route's, with its chunks: `i18n.ts`, `legal/i18n-legal.ts`).
  }, [pathname, t, i18n]);
}

/** A page that knows its own title (the dossier: the family's name) sets it once it has loaded. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (title) {
      document.title = `${title} · ${t('app.name')}`;
    }
  }, [title, t]);
}

/**
 * The page an address belongs to: the sections of one dossier are one page (issue 9.2), so switching
 * section is not a page change (the dossier moves focus to the section's heading itself).
 */
export function pageOf(pathname: string): string {
  const section = matchPath('/gezinnen/:householdId/:section', pathname);
  return section ? `/gezinnen/${section.params.householdId}` : pathname;
}
