import { findMeasureType } from '@gezinsdossier/domain';
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
import type { ReactNode } from 'react';
import { Subsection } from '../components/Subsection';
import { voiceElementId } from './gate';
import { type Ground, type GroundFact, GroundsPart } from './GroundsPart';
import { OutcomeParts } from './OutcomeParts';
import { type Petition, useLegalWords } from './words';

type Alternative = Petition['alternatives'][number];

/**
 * Where the builder puts its buttons and forms in the document; the reviewer's page passes none and reads
 * the same document.
 */
export interface PetitionEditing {
  measure?: ReactNode;
  grounds?: ReactNode;
  ground?: (g: Ground) => ReactNode;
  fact?: (g: Ground, f: GroundFact) => ReactNode;
  alternatives?: ReactNode;
  alternative?: (a: Alternative) => ReactNode;
  proportionality?: ReactNode;
  childInterest?: ReactNode;
  childVoice?: (childId: string) => ReactNode;
  consultations?: ReactNode;
  legalAdvice?: ReactNode;
  support?: ReactNode;
  familySummary?: ReactNode;
  reviews?: ReactNode;
  /** A link to where a granted measure runs. */
  measuresLink?: ReactNode;
}

/**
 * The petition as a document (KT6), every part in the order a judge reads it: what is asked of whom, the
 * persons, the grounds with their facts, the lighter help tried, proportionality, the child's interest and
 * voice, the consultations, legal advice, the support offered, the family's own summary, and then the
 * review, the filing and the ruling. The builder and the reviewer see the same document.
 */
export function PetitionDocument(props: { petition: Petition; editing?: PetitionEditing }) {
  const w = useLegalWords();
  const { t } = w;
  const p = props.petition;
  const e = props.editing ?? {};
  const measure = findMeasureType(p.measureTypeId);
  const children = p.persons.filter((x) => x.involvedChild);
  const nameOf = (id: string | null) => p.persons.find((x) => x.personId === id)?.name ?? t('legal.someone');
  return (
    <>
      <Subsection id="part-measure" title={t('legal.doc.measure')} actions={e.measure}>
        <Paragraph>
          {t('legal.doc.asks', {
            addressee: t(`legal.authorities.${p.addressee}`),
            measure: w.measureName(p.measureTypeId),
          })}
        </Paragraph>
        {measure && (
          <Paragraph className="gd-muted">
            {t('legal.doc.legalBasis', { basis: measure.legalBasis })} ·{' '}
            {t('legal.doc.appeal', { route: measure.appealRoute[w.language] })}
          </Paragraph>
        )}
        {measure?.experimental && (
          <Paragraph className="gd-caution">{t('legal.start.experimental')}</Paragraph>
        )}
        <Paragraph>
          {t('legal.doc.petitioner', { name: p.petitioner.name, organisation: p.petitioner.organisation })}
        </Paragraph>
      </Subsection>

      <Subsection id="part-persons" title={t('legal.doc.persons')}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('legal.doc.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.doc.age')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.doc.role')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.persons.map((x) => (
              <TableRow key={x.personId}>
                <TableCell>{x.name}</TableCell>
                <TableCell>
                  {x.age === null ? t('legal.doc.ageUnknown') : t('legal.doc.years', { count: x.age })}
                </TableCell>
                <TableCell>
                  {[
                    x.target ? t('legal.doc.target') : null,
                    x.actionAim ? t('legal.doc.actionAim') : null,
                    x.involvedChild ? t('legal.doc.involvedChild') : null,
                    x.holdsParentalAuthority ? t('legal.doc.authority') : null,
                  ]
                    .filter(Boolean)
                    .join(', ') || t('legal.doc.member')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Subsection>

      <GroundsPart petition={p} actions={e.grounds} groundActions={e.ground} factActions={e.fact} />

      <Subsection
        id="part-alternatives"
        title={t('legal.doc.alternatives')}
        empty={p.alternatives.length === 0}
        emptyText={t('legal.doc.noAlternatives')}
        actions={e.alternatives}
      >
        <Paragraph className="gd-muted">{t('legal.doc.alternativesIntro')}</Paragraph>
        <ol className="gd-list">
          {p.alternatives.map((a) => (
            <li key={a.id}>
              <strong>{t(`casework.reducibleVia.${a.step}`)}</strong>: {a.outcome}{' '}
              {t('legal.doc.whyInsufficient', { why: a.whyInsufficient })}
              {a.interventions.length > 0 && (
                <ul className="gd-list" aria-label={t('legal.doc.helpGiven')}>
                  {a.interventions.map((i) => (
                    <li key={i.id}>
                      {t(`casework.helpCategories.${i.type}`, { defaultValue: t('legal.doc.help') })}
                      {i.provider && <> ({i.provider})</>} — {t(`casework.frames.${i.frame}`)},{' '}
                      {t(`casework.helpStatuses.${i.status}`)}
                      {i.startedOn && <>, {t('legal.doc.startedOn', { date: w.date(i.startedOn) })}</>}
                    </li>
                  ))}
                </ul>
              )}
              {e.alternative?.(a)}
            </li>
          ))}
        </ol>
      </Subsection>

      <Subsection
        id="part-proportionality"
        title={t('legal.doc.proportionality')}
        empty={p.proportionality === null}
        emptyText={t('legal.doc.notYet')}
        actions={e.proportionality}
      >
        {p.proportionality && (
          <dl className="gd-facts">
            {(['intrusiveness', 'duration', 'scope', 'why'] as const).map((k) => (
              <div key={k}>
                <dt>{t(`legal.proportionality.${k}`)}</dt>
                <dd>{p.proportionality?.[k]}</dd>
              </div>
            ))}
          </dl>
        )}
      </Subsection>

      {children.length > 0 && (
        <>
          <Subsection
            id="part-child-interest"
            title={t('legal.doc.childInterest')}
            empty={!p.childInterest}
            emptyText={t('legal.doc.notYet')}
            actions={e.childInterest}
          >
            <Paragraph>{p.childInterest}</Paragraph>
          </Subsection>
          <Subsection id="part-child-voices" title={t('legal.doc.childVoices')}>
            {children.map((c) => {
              const v = p.childVoices.find((x) => x.childId === c.personId);
              return (
                <article key={c.personId} className="gd-card" aria-labelledby={voiceElementId(c.personId)}>
                  <Heading level={4} id={voiceElementId(c.personId)} tabIndex={-1}>
                    {c.name}
                  </Heading>
                  {v ? (
                    <>
                      <Paragraph>{t(`legal.voiceKinds.${v.how}`)}</Paragraph>
                      {v.view && (
                        <Paragraph>
                          {t('legal.voice.view')}: {v.view}
                        </Paragraph>
                      )}
                      {v.interests && (
                        <Paragraph>
                          {t('legal.voice.interests')}: {v.interests}
                        </Paragraph>
                      )}
                      {v.exceptionReason && (
                        <Paragraph>
                          {t('legal.voice.exceptionReason')}: {v.exceptionReason}
                        </Paragraph>
                      )}
                    </>
                  ) : (
                    <Paragraph className="gd-muted">{t('legal.doc.notYet')}</Paragraph>
                  )}
                  {e.childVoice?.(c.personId)}
                </article>
              );
            })}
          </Subsection>
        </>
      )}

      <Subsection
        id="part-consultations"
        title={t('legal.doc.consultations')}
        empty={p.consultations.length === 0}
        emptyText={t('legal.doc.notYet')}
        actions={e.consultations}
      >
        <ul className="gd-list">
          {p.consultations.map((c) => (
            <li key={c.id}>
              <strong>
                {w.date(c.heldOn)}, {t(`legal.parties.${c.party}`)}
                {c.personId && <> ({nameOf(c.personId)})</>}
              </strong>
              : {c.summary}
            </li>
          ))}
        </ul>
      </Subsection>

      <Subsection
        id="part-legal-advice"
        title={t('legal.doc.legalAdvice')}
        empty={p.legalAdvice === null}
        emptyText={t('legal.doc.notYet')}
        actions={e.legalAdvice}
      >
        {p.legalAdvice && (
          <Paragraph>
            <strong>
              {t('legal.doc.adviceBy', {
                adviser: p.legalAdvice.adviser,
                date: w.date(p.legalAdvice.givenOn),
              })}
            </strong>
            : {p.legalAdvice.summary}
          </Paragraph>
        )}
      </Subsection>

      <Subsection
        id="part-support"
        title={t('legal.doc.support')}
        empty={p.supportOffers.length === 0}
        emptyText={t('legal.support.none')}
        actions={e.support}
      >
        <ul className="gd-list">
          {p.supportOffers.map((o) => (
            <li key={o.id}>
              {t('legal.doc.offered', {
                name: nameOf(o.personId),
                kind: t(`legal.supportKinds.${o.kind}`),
                date: w.date(o.offeredOn),
              })}
              {o.provider && <> ({o.provider})</>}: {t(`legal.supportResponses.${o.response}`)}
            </li>
          ))}
        </ul>
      </Subsection>

      <Subsection
        id="part-family-summary"
        title={t('legal.doc.familySummary')}
        empty={!p.familySummary}
        emptyText={t('legal.doc.notYet')}
        actions={e.familySummary}
      >
        <Paragraph className="gd-family-view">{p.familySummary}</Paragraph>
        <Readability petition={p} />
      </Subsection>

      <OutcomeParts petition={p} reviewActions={e.reviews} measuresLink={e.measuresLink} />
    </>
  );
}

/**
 * How readable the family's summary is (LS-11, B1): "eenvoudig genoeg", or what to change, with the
 * Flesch–Douma score and the sentence length it rests on.
 */
export function Readability({ petition }: { petition: Petition }) {
  const { t } = useLegalWords();
  const r = petition.readability;
  if (!r) {
    return null;
  }
  const values = { douma: r.douma, words: r.wordsPerSentence };
  return (
    <Paragraph className={r.plain ? 'gd-notice' : 'gd-caution'}>
      <strong>{r.plain ? t('legal.readability.plain') : t('legal.readability.notPlain')}</strong>{' '}
      {t('legal.readability.measured', values)}
    </Paragraph>
  );
}
