import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { SpoedBadge } from '../components/urgency';
import { headlineDeadline } from './sections';

/**
 * The compact header on every section of the dossier (issue 9.2): who the family is, the vast gezicht,
 * the stage and the frame of the help, spoed when it is active, and the first overdue deadline (else the
 * next one). Everything is derived from the dossier and the casework answers.
 */
export function DossierHeader({
  dossier,
  casework,
  actions,
}: {
  dossier: Schemas['Dossier'];
  casework: Schemas['Casework'] | null;
  /** The note button and its form, so a note can be written from every section. */
  actions: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const fixed = dossier.case?.team.find((m) => m.role === 'FIXED_PROFESSIONAL' && m.endedAt === null);
  const kase = casework?.case ?? null;
  const stage = kase?.pathwayState ?? dossier.case?.pathwayState ?? null;
  const spoed = casework?.urgentSafety.find((u) => u.active);
  // The frame of the help that is asked for or running now (VAL-03); none when no help is.
  const frames = [
    ...new Set(
      (casework?.interventions ?? [])
        .filter((h) => h.status === 'REQUESTED' || h.status === 'STARTED')
        .map((h) => h.frame),
    ),
  ];
  const deadline = casework ? headlineDeadline(casework.deadlines) : null;
  return (
    <div className="gd-dossier-header">
      <Heading level={1}>
        {dossier.household.displayName}
        {spoed && <SpoedBadge />}
      </Heading>
      <dl className="gd-facts">
        <div>
          <dt>{t('dossierHeader.municipality')}</dt>
          <dd>{dossier.household.municipalityName}</dd>
        </div>
        {dossier.case && (
          <div>
            <dt>{t('dossierHeader.fixed')}</dt>
            <dd>
              {fixed ? `${fixed.professionalName} (${fixed.organisationName})` : t('dossierHeader.noFixed')}
            </dd>
          </div>
        )}
        {stage && (
          <div>
            <dt>{t('dossierHeader.stage')}</dt>
            <dd>
              {t(`casework.states.${stage}`)}
              {kase?.stateChangedAt && (
                <span className="gd-muted">
                  {' '}
                  ({t('casework.since', { date: date(kase.stateChangedAt) })})
                </span>
              )}
            </dd>
          </div>
        )}
        {casework?.case && (
          <div>
            <dt>{t('dossierHeader.frame')}</dt>
            <dd>
              {frames.length > 0
                ? frames.map((f) => t(`casework.frames.${f}`)).join(', ')
                : t('dossierHeader.noHelp')}
            </dd>
          </div>
        )}
        {spoed && (
          <div>
            <dt>{t('dossierHeader.spoed')}</dt>
            <dd>
              <strong className="gd-late">
                {t('dossierHeader.spoedSince', { date: date(spoed.startedAt) })}
              </strong>
            </dd>
          </div>
        )}
        {casework?.case && (
          <div>
            <dt>{deadline?.overdue ? t('dossierHeader.overdue') : t('dossierHeader.deadline')}</dt>
            <dd>
              {deadline ? (
                <>
                  {t(`casework.deadlineKinds.${deadline.deadline.kind}`)},{' '}
                  {deadline.overdue ? (
                    <strong className="gd-late">
                      {t('dossierHeader.wasDue', { date: date(deadline.deadline.dueOn) })}
                    </strong>
                  ) : (
                    t('casework.dueOn', { date: date(deadline.deadline.dueOn) })
                  )}
                </>
              ) : (
                t('casework.nothingDue')
              )}
            </dd>
          </div>
        )}
      </dl>
      {dossier.access.basis === 'BREAK_GLASS' && dossier.access.breakGlassExpiresAt && (
        <Alert type="warning">
          <Paragraph>
            {t('dossier.breakGlass', { time: dateTime(dossier.access.breakGlassExpiresAt) })}
          </Paragraph>
        </Alert>
      )}
      {dossier.access.basis === 'REGIONAL_INTAKE' && (
        <Alert type="info">
          <Paragraph>{t('dossier.intake')}</Paragraph>
        </Alert>
      )}
      {actions}
    </div>
  );
}
