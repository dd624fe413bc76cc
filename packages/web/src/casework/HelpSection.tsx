import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { client, ok } from '../api/client';
import { ConfirmAction } from '../components/ConfirmAction';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { type CaseworkSectionProps, useCaseworkWords } from './common';
import { heldMessage } from './DecisionRecordFields';
import { InterventionForm, ProgressForm } from './forms-plan';
import { todayIso } from './kit';

/** "Hulp": the help asked for and given, each with its frame (VAL-03) and how long it waited. Issue 9.2. */
export function HelpSection({ householdId, members, cw, reload }: CaseworkSectionProps) {
  const { t, date, nameOf } = useCaseworkWords(members);
  const p = usePanels();
  const write = Boolean(cw.abilities['casework.write']);
  const done = (message?: string) => {
    p.done(message);
    void reload();
  };
  const common = { householdId, members, onDone: done, onCancel: p.cancel };
  return (
    <div className="gd-casework">
      <Subsection
        id="help-title"
        title={t('casework.help.title')}
        empty={cw.interventions.length === 0}
        emptyText={t('casework.help.none')}
        actions={
          <>
            {write && p.opener('help', t('casework.help.request'))}
            {p.slot(
              'help',
              <InterventionForm
                {...common}
                goals={cw.familyPlan.goals}
                facts={cw.facts}
                onDone={(decision) => done(heldMessage(t, decision))}
              />,
            )}
          </>
        }
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('casework.help.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.help.forWhom')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.help.frame')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.help.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cw.interventions.map((h) => (
              <TableRow key={h.id}>
                <TableCell>
                  {h.title} <span className="gd-muted">({h.provider})</span>
                </TableCell>
                <TableCell>{h.targetPersonIds.map(nameOf).join(', ')}</TableCell>
                <TableCell>
                  <strong>{t(`casework.frames.${h.frame}`)}</strong>
                  {h.consent && (
                    <div className="gd-consent">
                      {h.consent.decision === 'REFUSED'
                        ? t('casework.help.consentRefused', { date: date(h.consent.givenOn) })
                        : t('casework.help.consentGivenBy', {
                            names: h.consent.givenByPersonIds.map(nameOf).join(', '),
                            date: date(h.consent.givenOn),
                          })}
                      {h.consent.goal && (
                        <div>{t('casework.help.consentGoalShown', { goal: h.consent.goal })}</div>
                      )}
                      {h.consent.rightsExplained && (
                        <div>
                          {t('casework.help.consentRightsShown', { rights: h.consent.rightsExplained })}
                        </div>
                      )}
                      {h.consent.refusalReason && (
                        <div>{t('casework.help.declinedReason', { reason: h.consent.refusalReason })}</div>
                      )}
                    </div>
                  )}
                </TableCell>
                <TableCell>
                  {t(`casework.helpStatuses.${h.status}`)} —{' '}
                  {t('casework.help.waiting', { days: h.waitingDays })}
                  {h.unmetReason && <div>{t('casework.help.unmet', { reason: h.unmetReason })}</div>}
                  {h.status === 'DECLINED' && h.declinedOn && (
                    <div>{t('casework.help.declined', { date: date(h.declinedOn) })}</div>
                  )}
                  {h.declineReason && (
                    <div>{t('casework.help.declinedReason', { reason: h.declineReason })}</div>
                  )}
                  {write &&
                    (h.status === 'REQUESTED' || h.status === 'STARTED') &&
                    (h.frame === 'VOLUNTARY' || h.frame === 'DRANG') && (
                      <ConfirmAction
                        trigger={
                          <>
                            {t('casework.help.withdrawConsent')}
                            <span className="gd-visually-hidden"> {h.title}</span>
                          </>
                        }
                        title={t('casework.help.withdrawConsentTitle', { title: h.title })}
                        reason={{ label: t('casework.help.withdrawConsentReason'), required: true }}
                        confirmLabel={t('casework.help.withdrawConsent')}
                        run={(reason) =>
                          ok(
                            client.PATCH('/api/v1/households/{householdId}/interventions/{interventionId}', {
                              params: { path: { householdId, interventionId: h.id } },
                              body: {
                                status: 'DECLINED',
                                on: todayIso(),
                                reason: reason ?? '',
                                version: h.version,
                              },
                            }),
                          )
                        }
                        onDone={reload}
                        focusAfter={() => document.getElementById('help-title')}
                      >
                        <p>{t('casework.help.withdrawConsentBody')}</p>
                      </ConfirmAction>
                    )}
                  {write && h.status === 'REQUESTED' && (
                    <>
                      {p.opener(`start:${h.id}`, t('casework.help.start'))}
                      {p.opener(`unavailable:${h.id}`, t('casework.help.unavailable'))}
                    </>
                  )}
                  {write && h.status === 'STARTED' && p.opener(`end:${h.id}`, t('casework.help.end'))}
                  {p.slot(
                    `start:${h.id}`,
                    <ProgressForm {...common} interventionId={h.id} version={h.version} status="STARTED" />,
                  )}
                  {p.slot(
                    `unavailable:${h.id}`,
                    <ProgressForm
                      {...common}
                      interventionId={h.id}
                      version={h.version}
                      status="UNAVAILABLE"
                    />,
                  )}
                  {p.slot(
                    `end:${h.id}`,
                    <ProgressForm {...common} interventionId={h.id} version={h.version} status="ENDED" />,
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Subsection>
    </div>
  );
}
