import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { HelpSection } from '../casework/HelpSection';
import { PathSection } from '../casework/PathSection';
import { PlansSection } from '../casework/PlansSection';
import { AccessLogSection } from '../components/AccessLogSection';
import { ExportSection } from '../components/ExportSection';
import { AddNoteForm } from '../components/forms';
import { useDocumentTitle } from '../components/page-title';
import { usePanels } from '../components/panels';
import { ShieldingSection } from '../components/ShieldingSection';
import { CompositionSection } from '../dossier/CompositionSection';
import { DossierHeader } from '../dossier/DossierHeader';
import { LegalRouteSection } from '../legal/LegalRouteSection';
import { OverviewSection } from '../dossier/OverviewSection';
import { availableSections, type DossierSection, sectionOf, sectionPath } from '../dossier/sections';
import { TimelineSection } from '../dossier/TimelineSection';
import { NotFound } from './NotFound';

type DossierData = Schemas['Dossier'];
type Casework = Schemas['Casework'];

/** The id of the heading of the section on screen; switching section moves focus to it (issue 9.4). */
const SECTION_TITLE = 'dossier-section-title';

/**
 * The gezinsdossier (issue 9.2): a compact header that says who the family is and what is urgent, a note
 * that can be written from every section, and one section at a time, each at its own address
 * (`/gezinnen/:householdId/:section`), so it can be linked and bookmarked and Back returns to the previous.
 */
export function Dossier() {
  const { householdId = '', section: segment } = useParams();
  const section = sectionOf(segment);
  const { t } = useTranslation();
  const [dossier, setDossier] = useState<DossierData | null>(null);
  const [casework, setCasework] = useState<Casework | null>(null);
  const [missing, setMissing] = useState(false);
  const note = usePanels();
  const sectionLabel = section ? t(`dossierSections.${section}`) : null;
  useDocumentTitle(
    dossier && sectionLabel ? `${sectionLabel} · ${dossier.household.displayName}` : undefined,
  );
  const load = useCallback(async () => {
    try {
      // The casework answer carries the stage, spoed and deadlines the header shows; a viewer without
      // casework.read (regional intake) sees the dossier without it.
      const [d, c] = await Promise.all([
        ok(client.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } })),
        ok(
          client.GET('/api/v1/households/{householdId}/casework', { params: { path: { householdId } } }),
        ).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 403) {
            return null;
          }
          throw error;
        }),
      ]);
      setDossier(d);
      setCasework(c);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        setMissing(true);
        return;
      }
      throw error;
    }
  }, [householdId]);
  useEffect(() => {
    void load();
  }, [load]);
  // Switching section (a tab, Back or Forward) moves focus to the new section's heading; the first load
  // leaves focus where the page frame put it.
  const shown = useRef(section);
  useEffect(() => {
    if (shown.current !== section && dossier) {
      shown.current = section;
      document.getElementById(SECTION_TITLE)?.focus();
    }
  }, [section, dossier]);
  if (missing || section === null) {
    return <NotFound />;
  }
  if (!dossier) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const can = dossier.abilities;
  const nameOf = (id: string) => {
    const m = dossier.members.find((x) => x.person.id === id);
    return m ? `${m.person.givenName} ${m.person.familyName}` : '?';
  };
  const sections = availableSections(dossier, casework);
  const members = dossier.members;
  const noteSaved = (entryId: string) => {
    void load();
    if (section === 'tijdlijn') {
      // The new entry is the result: focus it once the reloaded timeline shows it.
      note.done(null, `entry-${entryId}`);
      return;
    }
    note.done(
      <>
        {t('dossier.noteSaved')}{' '}
        <Link to={sectionPath(householdId, 'tijdlijn')}>{t('dossier.noteSavedLink')}</Link>
      </>,
    );
  };
  const body = (s: DossierSection) => {
    if (!sections.includes(s)) {
      return <Paragraph>{t('dossierSections.unavailable')}</Paragraph>;
    }
    switch (s) {
      case 'overzicht':
        return (
          <OverviewSection householdId={householdId} dossier={dossier} casework={casework} reload={load} />
        );
      case 'samenstelling':
        return (
          <CompositionSection householdId={householdId} dossier={dossier} nameOf={nameOf} reload={load} />
        );
      case 'pad':
        return (
          casework && <PathSection householdId={householdId} members={members} cw={casework} reload={load} />
        );
      case 'plannen':
        return (
          casework && <PlansSection householdId={householdId} members={members} cw={casework} reload={load} />
        );
      case 'hulp':
        return (
          casework && <HelpSection householdId={householdId} members={members} cw={casework} reload={load} />
        );
      case 'recht':
        return (
          <LegalRouteSection householdId={householdId} dossier={dossier} casework={casework} reload={load} />
        );
      case 'tijdlijn':
        return (
          dossier.timeline && (
            <TimelineSection householdId={householdId} first={dossier.timeline} nameOf={nameOf} />
          )
        );
      case 'inzage':
        return (
          <>
            {can['access_log.read'] && <AccessLogSection householdId={householdId} nameOf={nameOf} />}
            {can['shielding.manage'] && (
              <ShieldingSection householdId={householdId} dossier={dossier} nameOf={nameOf} />
            )}
            {can['household.export'] && <ExportSection householdId={householdId} members={members} />}
          </>
        );
    }
  };
  return (
    <>
      <DossierHeader
        dossier={dossier}
        casework={casework}
        actions={
          can['timeline.create'] && (
            <>
              <div className="gd-actions">{note.opener('note', t('forms.addNote'))}</div>
              {note.slot(
                'note',
                <AddNoteForm
                  householdId={householdId}
                  members={members}
                  onDone={noteSaved}
                  onCancel={note.cancel}
                />,
              )}
            </>
          )
        }
      />
      <nav aria-label={t('dossierSections.label')} className="gd-tabs">
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <NavLink to={sectionPath(householdId, s)} end>
                {t(`dossierSections.${s}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby={SECTION_TITLE} className="gd-section">
        <Heading level={2} id={SECTION_TITLE} tabIndex={-1}>
          {sectionLabel}
        </Heading>
        {body(section)}
      </section>
    </>
  );
}
