import { HELP_CATEGORIES } from '@gezinsdossier/domain';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { InterventionForm } from '../casework/forms-plan';
import type { Panels } from '../components/panels';
import { EndMeasureAction, MeasureEvaluationForm } from './forms-measure';
import { type LegalWords, useLegalWords } from './words';

type Measure = Schemas['Measure'];
type OrderedHelp = Measure['orderedHelp'][number];
type Delivered = OrderedHelp['delivered'][number];

/** The address of a petition's own page. */
export const petitionPath = (householdId: string, petitionId: string) =>
  `/gezinnen/${householdId}/recht/${petitionId}`;

/**
 * A measure the judge granted: who decided, for whom, how long, the goals for ending it, the help the judge
 * ordered with it against the help delivered, and its deadlines. Help that was ordered and not yet
 * asked for can be asked for here, under this measure (with `casework.write`).
 */
export function MeasureCard(props: {
  measure: Measure;
  nameOf: (id: string) => string;
  householdId: string;
  members: Schemas['Member'][];
  /** Ask for ordered help from here (the writer's view); null: read only. */
  panels: Panels | null;
  /** Evaluate and end the measure from here (`executeMeasure`); null: not offered. */
  execute: Panels | null;
  onChanged: () => void;
}) {
  const w = useLegalWords();
  const { t } = w;
  const m = props.measure;
  const name = w.measureName(m.measureTypeId);
  const x = m.status === 'RUNNING' ? props.execute : null;
  const evaluateKey = `evaluate:${m.id}`;
  return (
    <article className="gd-card" aria-labelledby={`measure-${m.id}`}>
      <Heading level={4} id={`measure-${m.id}`} tabIndex={-1}>
        {name}
      </Heading>
      <Paragraph>
        {t(`legal.measureStatus.${m.status}`)}:{' '}
        {m.endsOn
          ? t('legal.route.period', { from: w.date(m.startsOn), to: w.date(m.endsOn) })
          : t('legal.route.from', { from: w.date(m.startsOn) })}
        . {t('legal.route.decidedBy', { judge: m.judge })}
      </Paragraph>
      {m.status === 'ENDED' && m.endedOn && (
        <Paragraph>
          <strong>{t('legal.measure.ended', { date: w.date(m.endedOn) })}</strong>
          {m.endReason && (
            <>
              {' '}
              {t('legal.measure.endedWhy')}: {m.endReason}
            </>
          )}
        </Paragraph>
      )}
      <Paragraph>
        {t('legal.route.forWhom')}: {m.personIds.map(props.nameOf).join(', ')}
      </Paragraph>
      {m.endingGoals && (
        <Paragraph>
          {t('legal.ruling.endingGoals')}: {m.endingGoals}
        </Paragraph>
      )}
      <Paragraph>
        <Link to={petitionPath(props.householdId, m.petitionId)}>{t('legal.route.openPetition')}</Link>
      </Paragraph>
      <OrderedHelpPart
        measure={m}
        name={name}
        householdId={props.householdId}
        members={props.members}
        panels={m.status === 'RUNNING' ? props.panels : null}
        onChanged={props.onChanged}
      />
      <EvaluationsPart measure={m} />
      {x && (
        <div className="gd-actions">
          {x.opener(evaluateKey, t('legal.measure.evaluate'), { hidden: name })}
          <EndMeasureAction
            householdId={props.householdId}
            measure={m}
            name={name}
            onDone={() => {
              props.onChanged();
              return undefined;
            }}
          />
        </div>
      )}
      {x?.slot(
        evaluateKey,
        <MeasureEvaluationForm
          householdId={props.householdId}
          measure={m}
          name={name}
          onDone={() => {
            x.done();
            props.onChanged();
          }}
          onCancel={x.cancel}
        />,
      )}
      {m.deadlines.length > 0 && (
        <Table>
          <caption className="gd-visually-hidden">{t('legal.route.deadlinesOf', { measure: name })}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('casework.worklist.columns.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.worklist.columns.due')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.worklist.columns.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {m.deadlines.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{t(`casework.deadlineKinds.${d.kind}`)}</TableCell>
                <TableCell>{w.date(d.dueOn)}</TableCell>
                <TableCell>
                  <span className={`gd-status gd-status-${d.status.toLowerCase()}`}>
                    {t(`casework.deadlineStatus.${d.status}`)}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </article>
  );
}

/** The evaluations of the measure against its goals for ending it, the first on top. */
function EvaluationsPart(props: { measure: Measure }) {
  const w = useLegalWords();
  const { t } = w;
  const m = props.measure;
  const headingId = `evaluations-${m.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={5} id={headingId}>
        {t('legal.measure.evaluations')}
      </Heading>
      {m.evaluations.length === 0 ? (
        <Paragraph className="gd-muted">{t('legal.measure.noEvaluations')}</Paragraph>
      ) : (
        <ul className="gd-plain-list">
          {m.evaluations.map((e) => (
            <li key={`${e.evaluatedOn}:${e.summary}`}>
              <strong>{t('legal.measure.evaluatedOn', { date: w.date(e.evaluatedOn) })}</strong>: {e.summary}{' '}
              {e.goalsReached ? t('legal.measure.goalsReached') : t('legal.measure.goalsNotReached')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * what the judge ordered against what is delivered. Each ordered form of help with the help records
 * under this measure (their state and since when) or "nog niet gestart", and the gap counted in words.
 */
function OrderedHelpPart(props: {
  measure: Measure;
  name: string;
  householdId: string;
  members: Schemas['Member'][];
  panels: Panels | null;
  onChanged: () => void;
}) {
  const w = useLegalWords();
  const { t } = w;
  const m = props.measure;
  const p = props.panels;
  const headingId = `ordered-help-${m.id}`;
  if (m.orderedHelp.length === 0) {
    return <Paragraph className="gd-muted">{t('legal.orderedHelp.none')}</Paragraph>;
  }
  return (
    <section aria-labelledby={headingId}>
      <Heading level={5} id={headingId}>
        {t('legal.orderedHelp.title')}
      </Heading>
      <Paragraph>
        <strong>
          {m.helpGap === 0
            ? t('legal.orderedHelp.noGap')
            : t('legal.orderedHelp.gap', { count: m.helpGap, total: m.orderedHelp.length })}
        </strong>
      </Paragraph>
      <ul className="gd-plain-list">
        {m.orderedHelp.map((o, i) => {
          const category = HELP_CATEGORIES.find((c) => c === o.category);
          const what = category ? t(`casework.helpCategories.${category}`) : t('legal.orderedHelp.help');
          const key = `help:${m.id}:${i}`;
          // Nothing asked for yet (or only found unavailable): it can be asked for under this measure.
          const askable = o.delivered.every((d) => d.status === 'UNAVAILABLE');
          return (
            <li key={key}>
              <strong>{what}</strong>: {o.description}.{' '}
              {o.delivered.length === 0 ? (
                <strong>{t('legal.orderedHelp.notStarted')}</strong>
              ) : (
                o.delivered.map((d) => deliveredWords(w, d)).join('; ')
              )}
              {p && category && askable && (
                <>
                  {' '}
                  {p.opener(key, t('legal.orderedHelp.request'), {
                    hidden: `${what}: ${o.description}`,
                    appearance: 'subtle-button',
                  })}
                </>
              )}
              {/* The slot stays after the request, for the message that it was saved. */}
              {p &&
                category &&
                p.slot(
                  key,
                  <InterventionForm
                    householdId={props.householdId}
                    members={props.members}
                    goals={[]}
                    underMeasure={{ id: m.id, name: props.name, category, title: o.description }}
                    onDone={() => {
                      p.done();
                      props.onChanged();
                    }}
                    onCancel={p.cancel}
                  />,
                )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One help record under the measure in words: its state and, once started, since when. */
function deliveredWords(w: LegalWords, d: Delivered): string {
  const { t } = w;
  switch (d.status) {
    case 'REQUESTED':
      return t('legal.orderedHelp.requested');
    case 'STARTED':
      return d.startedOn
        ? t('legal.orderedHelp.startedOn', { date: w.date(d.startedOn) })
        : t('legal.orderedHelp.started');
    case 'ENDED':
      return d.startedOn
        ? t('legal.orderedHelp.endedStartedOn', { date: w.date(d.startedOn) })
        : t('legal.orderedHelp.ended');
    case 'UNAVAILABLE':
      return t('legal.orderedHelp.unavailable');
    default:
      return t('legal.orderedHelp.otherState');
  }
}
