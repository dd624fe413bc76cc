import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { AddExpertForm, ChangeFixedProfessionalForm, LinkLocalTeamForm } from '../components/forms';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { EndInvolvementAction } from '../components/WeightyActions';

/**
 * "Overzicht": what needs doing now and who is involved: the Lokaal Team still to be linked, the contact
 * person, the open deadlines and the team around the family (issue 9.2).
 */
export function OverviewSection({
  householdId,
  dossier,
  casework,
  reload,
}: {
  householdId: string;
  dossier: Schemas['Dossier'];
  casework: Schemas['Casework'] | null;
  reload: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const p = usePanels();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  const can = dossier.abilities;
  const done = () => {
    p.done();
    void reload();
  };
  const team = dossier.case?.team ?? [];
  const fixedMember = team.find((m) => m.role === 'FIXED_PROFESSIONAL' && m.endedAt === null);
  const openDeadlines = (casework?.deadlines ?? []).filter((d) => d.status !== 'MET');
  return (
    <>
      {dossier.case?.localTeamLink && (
        <section aria-labelledby="link-title" className="gd-card gd-sub">
          <Alert type="warning">
            <Heading level={3} id="link-title">
              {dossier.case.localTeamLink.dueOn
                ? t('dossier.localTeamPending', { date: date(dossier.case.localTeamLink.dueOn) })
                : t('dossier.localTeamPendingNoDate')}
            </Heading>
            <Paragraph>{t('dossier.localTeamPendingText')}</Paragraph>
            {dossier.case.localTeamLink.status === 'OVERDUE' && (
              <Paragraph>{t('dossier.localTeamOverdue')}</Paragraph>
            )}
            {dossier.case.localTeamLink.status === 'ESCALATED' && (
              <Paragraph>{t('dossier.localTeamEscalated')}</Paragraph>
            )}
          </Alert>
          {can['local_team.link'] &&
            p.opener('link', t('forms.linkLocalTeam'), { appearance: 'primary-action-button' })}
          {p.slot('link', <LinkLocalTeamForm householdId={householdId} onDone={done} onCancel={p.cancel} />)}
        </section>
      )}
      {dossier.case?.contactPerson && (
        <section aria-labelledby="contact-title" className="gd-card gd-sub">
          <Heading level={3} id="contact-title">
            {t('dossier.contact')}
          </Heading>
          <Paragraph>
            {t('dossier.contactText', {
              name: dossier.case.contactPerson.name,
              org: dossier.case.contactPerson.organisationName,
            })}
          </Paragraph>
        </section>
      )}
      {casework?.case && (
        <Subsection
          id="deadlines-title"
          title={t('casework.deadlines')}
          empty={openDeadlines.length === 0}
          emptyText={t('casework.nothingDue')}
        >
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('casework.worklist.columns.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casework.worklist.columns.due')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casework.worklist.columns.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {openDeadlines.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>{t(`casework.deadlineKinds.${d.kind}`)}</TableCell>
                  <TableCell>{date(d.dueOn)}</TableCell>
                  <TableCell>
                    <span className={`gd-status gd-status-${d.status.toLowerCase()}`}>
                      {t(`casework.deadlineStatus.${d.status}`)}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Subsection>
      )}
      <Subsection
        id="team-title"
        title={t('dossier.team')}
        empty={team.length === 0}
        emptyText={t('dossier.noTeam')}
        actions={
          <>
            {can['team.manage'] && fixedMember && p.opener('fixed', t('forms.changeFixed'))}
            {can['team.manage'] && p.opener('expert', t('forms.addExpert'))}
            {fixedMember &&
              p.slot(
                'fixed',
                <ChangeFixedProfessionalForm
                  householdId={householdId}
                  replacingMemberId={fixedMember.id}
                  onDone={done}
                  onCancel={p.cancel}
                />,
              )}
            {p.slot('expert', <AddExpertForm householdId={householdId} onDone={done} onCancel={p.cancel} />)}
          </>
        }
      >
        <ul>
          {team.map((m) => (
            <li key={m.id} id={`team-${m.id}`} tabIndex={-1} className={m.endedAt ? 'gd-former' : undefined}>
              <strong>{t(`roles.${m.role}`)}</strong>: {m.professionalName} ({m.organisationName})
              {m.expertise && ` — ${m.expertise}`}
              {m.endedAt && (
                <span className="gd-muted">
                  {' '}
                  · {t('dossier.ended', { date: date(m.endedAt) })}
                  {m.endReason && `, ${t('dossier.endReason', { reason: m.endReason })}`}
                </span>
              )}
              {!m.endedAt && m.role !== 'FIXED_PROFESSIONAL' && fixedMember && can['team.manage'] && (
                <>
                  {' '}
                  <EndInvolvementAction householdId={householdId} member={m} onDone={reload} />
                </>
              )}
            </li>
          ))}
        </ul>
        {(dossier.case?.fixedProfessionalChanges ?? 0) > 0 && (
          <Paragraph>{t('dossier.teamChanges', { count: dossier.case?.fixedProfessionalChanges })}</Paragraph>
        )}
      </Subsection>
    </>
  );
}
