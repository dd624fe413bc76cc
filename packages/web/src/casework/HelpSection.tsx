import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { type CaseworkSectionProps, useCaseworkWords } from './common';
import { InterventionForm, ProgressForm } from './forms-plan';

/** "Hulp": the help asked for and given, each with its frame (VAL-03) and how long it waited. Issue 9.2. */
export function HelpSection({ householdId, members, cw, reload }: CaseworkSectionProps) {
  const { t, nameOf } = useCaseworkWords(members);
  const p = usePanels();
  const write = Boolean(cw.abilities['casework.write']);
  const done = () => {
    p.done();
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
            {p.slot('help', <InterventionForm {...common} goals={cw.familyPlan.goals} />)}
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
                </TableCell>
                <TableCell>
                  {t(`casework.helpStatuses.${h.status}`)} —{' '}
                  {t('casework.help.waiting', { days: h.waitingDays })}
                  {h.unmetReason && <div>{t('casework.help.unmet', { reason: h.unmetReason })}</div>}
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
