import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Subsection } from '../components/Subsection';
import { type Petition, useLegalWords } from './words';

type Review = Petition['reviews'][number];

/** The three questions of the counter-review (KT7 Q1–Q3), in the order they are asked. */
export const REVIEW_QUESTIONS = ['bestSolution', 'followsFromInformation', 'legalFoundation'] as const;

/**
 * What happened to the petition after it was built: the counter-reviews (who, until when, the answers, the
 * outcome and findings pointing at grounds and safeguards), the filing and the authority's rulings (KT7–KT8).
 */
export function OutcomeParts(props: {
  petition: Petition;
  reviewActions?: ReactNode;
  /** Where a granted measure runs, with its deadlines (the team's view; the reviewer has none). */
  measuresLink?: ReactNode;
}) {
  const w = useLegalWords();
  const { t } = w;
  const p = props.petition;
  return (
    <>
      <Subsection
        id="part-reviews"
        title={t('legal.doc.reviews')}
        empty={p.reviews.length === 0}
        emptyText={t('legal.doc.noReviews')}
        actions={props.reviewActions}
      >
        {p.reviews.map((r, i) => (
          <ReviewCard key={r.id} petition={p} review={r} number={i + 1} />
        ))}
      </Subsection>
      {p.filing && (
        <Subsection id="part-filing" title={t('legal.doc.filing')}>
          <Paragraph>
            {t('legal.doc.filed', {
              date: w.date(p.filing.filedOn),
              court: p.filing.court,
              by: p.filing.filedBy,
            })}
          </Paragraph>
        </Subsection>
      )}
      {p.rulings.length > 0 && (
        <Subsection id="part-rulings" title={t('legal.doc.rulings')}>
          {p.rulings.map((r) => (
            <article key={r.id} className="gd-card" aria-labelledby={`ruling-${r.id}`}>
              <Heading level={4} id={`ruling-${r.id}`}>
                {t(`legal.rulingOutcomes.${r.outcome}`)} — {w.date(r.decidedOn)}
              </Heading>
              <Paragraph>{t('legal.doc.judge', { judge: r.judge })}</Paragraph>
              {r.legalGround && (
                <Paragraph>
                  {t('legal.ruling.legalGround')}: {r.legalGround}
                </Paragraph>
              )}
              {r.conditions && (
                <Paragraph>
                  {t('legal.ruling.conditions')}: {r.conditions}
                </Paragraph>
              )}
              {r.counterExpertise && (
                <Paragraph>
                  {t('legal.ruling.counterExpertise')}: {r.counterExpertise}
                </Paragraph>
              )}
              {r.measureId && props.measuresLink}
              {r.hearings.length > 0 && (
                <ul className="gd-list" aria-label={t('legal.ruling.hearings')}>
                  {r.hearings.map((h) => (
                    <li key={`${h.heldOn}-${h.note ?? ''}`}>
                      {t('legal.doc.hearing', { date: w.date(h.heldOn) })}
                      {h.note && <>: {h.note}</>}
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </Subsection>
      )}
    </>
  );
}

function ReviewCard(props: { petition: Petition; review: Review; number: number }) {
  const w = useLegalWords();
  const { t } = w;
  const r = props.review;
  const groundNumber = (id: string | null) => props.petition.grounds.find((g) => g.id === id)?.position;
  return (
    <article className="gd-card" aria-labelledby={`review-${r.id}`}>
      <Heading level={4} id={`review-${r.id}`}>
        {t('legal.doc.reviewNumber', { number: props.number })}
        {r.outcome && <>: {t(`legal.reviewOutcomes.${r.outcome}`)}</>}
      </Heading>
      <Paragraph>
        {t('legal.doc.reviewers', {
          reviewer: r.reviewer.name,
          organisation: r.reviewer.organisation,
          jurist: r.jurist.name,
          scientist: r.behaviouralScientist.name,
        })}
      </Paragraph>
      <Paragraph className="gd-muted">
        {r.submittedAt
          ? t('legal.doc.reviewedOn', { date: w.date(r.submittedAt) })
          : t('legal.doc.reviewUntil', { from: w.date(r.assignedAt), until: w.dateTime(r.until) })}
      </Paragraph>
      {REVIEW_QUESTIONS.map((q) => {
        const a = r[q];
        return (
          a && (
            <Paragraph key={q}>
              <strong>{t(`legal.review.questions.${q}`)}</strong> {t(`legal.review.answers.${a.answer}`)} —{' '}
              {a.explanation}
            </Paragraph>
          )
        );
      })}
      {r.findings.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('legal.review.findings')}</strong>
          </Paragraph>
          <ul className="gd-list" aria-label={t('legal.review.findingsOf', { number: props.number })}>
            {r.findings.map((f) => {
              const number = groundNumber(f.groundId);
              const about = [
                number !== undefined ? t('legal.doc.groundNumber', { number }) : null,
                f.safeguard ? w.safeguard(f.safeguard) : null,
              ].filter(Boolean);
              return (
                <li key={`${f.groundId ?? ''}-${f.safeguard ?? ''}-${f.text}`}>
                  {about.length > 0 && <strong>{about.join(' · ')}: </strong>}
                  {f.text}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {r.unmetNeed && (
        <Paragraph>
          <strong>{t('legal.review.unmetNeed')}:</strong> {r.unmetNeed}
        </Paragraph>
      )}
    </article>
  );
}
