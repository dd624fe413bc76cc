import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Subsection } from '../components/Subsection';
import { factElementId, groundElementId } from './gate';
import { type Petition, useLegalWords } from './words';

export type Ground = Petition['grounds'][number];
export type GroundFact = Ground['facts'][number];

/**
 * The grounds of a petition (LS-11): each claim, numbered, with the facts it rests on as they were when the
 * ground was saved: date, source and its lawfulness, verification, each member's response or the attempt
 * to hear them (LS-07). A disputed fact says so in words; a fact changed since says that too.
 */
export function GroundsPart(props: {
  petition: Petition;
  /** The buttons that add a ground (and the form they open). */
  actions?: ReactNode;
  /** Per ground: change or remove it. */
  groundActions?: (g: Ground) => ReactNode;
  /** Per fact: record an attempt at hearing a member. */
  factActions?: (g: Ground, f: GroundFact) => ReactNode;
}) {
  const { t } = useLegalWords();
  const grounds = [...props.petition.grounds].sort((a, b) => a.position - b.position);
  return (
    <Subsection
      id="part-grounds"
      title={t('legal.doc.grounds')}
      empty={grounds.length === 0}
      emptyText={t('legal.doc.noGrounds')}
      actions={props.actions}
    >
      {grounds.map((g) => (
        <article key={g.id} className="gd-card" aria-labelledby={groundElementId(g.id)}>
          <Heading level={4} id={groundElementId(g.id)} tabIndex={-1}>
            {t('legal.doc.groundNumber', { number: g.position })}
          </Heading>
          <Paragraph>{g.claim}</Paragraph>
          {g.facts.length === 0 ? (
            <Paragraph className="gd-muted">{t('legal.doc.groundWithoutFacts')}</Paragraph>
          ) : (
            <ul className="gd-plain-list" aria-label={t('legal.doc.factsOf', { number: g.position })}>
              {g.facts.map((f) => (
                <li key={f.factId}>
                  <FactEntry ground={g} fact={f} actions={props.factActions?.(g, f)} />
                </li>
              ))}
            </ul>
          )}
          {props.groundActions?.(g)}
        </article>
      ))}
    </Subsection>
  );
}

function FactEntry(props: { ground: Ground; fact: GroundFact; actions?: ReactNode }) {
  const w = useLegalWords();
  const { t } = w;
  const f = props.fact;
  const lawful = f.source.obtainedWithConsent || f.source.kind === 'HOUSEHOLD';
  return (
    <div id={factElementId(props.ground.id, f.factId)} tabIndex={-1} className="gd-fact">
      <Paragraph>
        <strong>{f.statement}</strong>
        {f.disputed && <span className="gd-disputed"> {t('legal.doc.disputed')}</span>}
      </Paragraph>
      <Paragraph className="gd-muted">
        {f.observedOn ? t('legal.doc.observedOn', { date: w.date(f.observedOn) }) : t('legal.doc.noDate')} ·{' '}
        {t('legal.doc.source', {
          kind: t(`casework.sourceKinds.${f.source.kind}`, { defaultValue: t('legal.doc.otherSource') }),
          description: f.source.description,
        })}{' '}
        (
        {lawful
          ? t('casework.facts.withConsent')
          : f.source.legalBasis
            ? t('casework.facts.withoutConsent', { basis: f.source.legalBasis })
            : t('legal.doc.noLegalBasis')}
        ) · {t(`casework.verifications.${f.verification}`)}
      </Paragraph>
      {f.currentVersion !== null && f.currentVersion > f.factVersion && (
        <Paragraph className="gd-caution">{t('legal.doc.factChanged')}</Paragraph>
      )}
      <ul className="gd-list" aria-label={t('legal.doc.heardOn', { fact: f.statement })}>
        {f.responses.map((r) => (
          <li key={`r-${r.personId}-${r.respondedAt}`}>
            {t('legal.doc.response', { name: r.name, date: w.date(r.respondedAt) })}: {r.text}
          </li>
        ))}
        {f.hearingAttempts.map((h) => (
          <li key={`h-${h.personId}-${h.attemptedOn}`}>
            {t('legal.doc.attempt', { name: h.name, date: w.date(h.attemptedOn) })}: {h.description}
          </li>
        ))}
        {f.responses.length === 0 && f.hearingAttempts.length === 0 && <li>{t('legal.doc.nobodyHeard')}</li>}
      </ul>
      {props.actions}
    </div>
  );
}
