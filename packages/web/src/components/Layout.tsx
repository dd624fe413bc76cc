import { Button, PageContent, PageHeader, SkipLink, StatusBadge } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useSession } from '../session';
import { ComplaintAssignmentsProvider, useLoadedComplaintAssignments } from './complaint-assignments';
import { pageOf, useRouteTitle } from './page-title';
import { useResponsiveTables } from './responsive-tables';

/**
 * Page frame: skip link, header with navigation from the actor's abilities (the current page marked with
 * aria-current), language switch, main content; every route its own document title.
 */
/** The page's main element, where the tables live (a stable function for the observer's effect). */
const mainElement = () => document.getElementById('inhoud');

/** The organisation roles that review petitions or support a review. */
const REVIEW_ROLES = new Set(['COUNTER_REVIEWER', 'JURIST', 'BEHAVIOURAL_SCIENTIST']);

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // After a page change (not on first load, where the skip link comes first), move focus to the main
  // content, so keyboard and screen-reader users start on the new page instead of a vanished link.
  useRouteTitle(pathname);
  useResponsiveTables(mainElement);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current !== pathname) {
      const samePage = pageOf(previous.current) === pageOf(pathname);
      previous.current = pathname;
      if (!samePage) {
        document.getElementById('inhoud')?.focus();
      }
    }
  }, [pathname]);
  const abilities = session?.abilities;
  // Counter-review (KT7) is an organisation role, not a global ability: its members see their reviews.
  const reviews = session?.actor.memberships.some((m) => REVIEW_ROLES.has(m.role));
  // A complaint handler (KT9-R3) is chosen per complaint from outside the team: the list says who is one.
  const complaints = useLoadedComplaintAssignments(
    session?.actor.kind === 'PROFESSIONAL' ? session.actor.id : null,
  );
  return (
    <ComplaintAssignmentsProvider value={complaints}>
      <SkipLink href="#inhoud">{t('app.skip')}</SkipLink>
      <PageHeader>
        <div className="gd-header">
          <Link to="/" className="gd-brand">
            {t('app.name')}
          </Link>
          {session?.demoMode && <StatusBadge status="warning">{t('app.demo')}</StatusBadge>}
          <nav aria-label="Hoofdmenu" className="gd-nav">
            {session && (
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.caseload')}
                  </NavLink>
                </li>
                {abilities?.['worklist.read'] && (
                  <li>
                    <NavLink to="/werklijst" end>
                      {t('nav.worklist')}
                    </NavLink>
                  </li>
                )}
                {abilities?.['intake.create'] && (
                  <li>
                    <NavLink to="/melding" end>
                      {t('nav.intake')}
                    </NavLink>
                  </li>
                )}
                {abilities?.['household.create'] && (
                  <li>
                    <NavLink to="/gezinnen/nieuw" end>
                      {t('nav.newHousehold')}
                    </NavLink>
                  </li>
                )}
                {abilities?.['break_glass.request'] && (
                  <li>
                    <NavLink to="/noodtoegang" end>
                      {t('nav.breakGlass')}
                    </NavLink>
                  </li>
                )}
                {abilities?.['administration.manage'] && (
                  <li>
                    <NavLink to="/beheer" end>
                      {t('nav.administration')}
                    </NavLink>
                  </li>
                )}
                {reviews && (
                  <li>
                    <NavLink to="/toetsingen">{t('nav.counterReviews')}</NavLink>
                  </li>
                )}
                {(complaints.items?.length ?? 0) > 0 && (
                  <li>
                    <NavLink to="/klachten">{t('nav.complaints')}</NavLink>
                  </li>
                )}
                {abilities?.['break_glass.review'] && (
                  <li>
                    <NavLink to="/noodtoegang/beoordelen" end>
                      {t('nav.reviews')}
                    </NavLink>
                  </li>
                )}
              </ul>
            )}
          </nav>
          <div className="gd-header-actions">
            <Button
              appearance="subtle-button"
              lang={i18n.language === 'nl' ? 'en' : 'nl'}
              onClick={() => void i18n.changeLanguage(i18n.language === 'nl' ? 'en' : 'nl')}
            >
              {t('app.language')}
            </Button>
            {session && (
              <>
                <span className="gd-user">{session.actor.displayName}</span>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    void signOut().then(() => navigate('/inloggen'));
                  }}
                >
                  {t('app.signOut')}
                </Button>
              </>
            )}
          </div>
        </div>
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
      </PageContent>
      <footer className="gd-footer">
        <NavLink to="/api-documentatie" end>
          {t('nav.api')}
        </NavLink>
      </footer>
    </ComplaintAssignmentsProvider>
  );
}
