import { isReviewIssue } from '@gezinsdossier/domain';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { usePanels } from '../components/panels';
import { CorrectionAction, FilingForm, NotFiledAction, RulingForm, WithdrawAction } from './forms-decision';
import { ReviewRequestForm } from './forms-review-request';
import { NEXT_STEP_ID } from './gate';
import { type Petition, useLegalWords } from './words';

/**
 * Where the petition stands and the one weighty step that can come next (KT7–KT8): send it to review, take
 * it back to correct, close it without filing, withdraw it while it is prepared, file it, record the ruling. Each step confirms first; a step
 * that cannot be taken yet says why.
 */
export function PetitionNextStep(props: {
  householdId: string;
  petition: Petition;
  reload: () => Promise<void>;
}) {
  const w = useLegalWords();
  const { t } = w;
  const p = props.petition;
  const panels = usePanels();
  const can = p.abilities;
  const done = () => {
    panels.done();
    void props.reload();
  };
  const common = { householdId: props.householdId, petition: p, onDone: done, onCancel: panels.cancel };
  const weighty = { householdId: props.householdId, petition: p, onDone: props.reload };
  const openReview = p.reviews.find((r) => r.submittedAt === null);
  const lastReview = p.reviews.findLast((r) => r.submittedAt !== null);
  const lastRuling = p.rulings.at(-1);
  const onlyReviewMissing = p.gate.every((g) => isReviewIssue({ safeguard: g.safeguard, code: g.code }));
  const body = () => {
    switch (p.state) {
      case 'DRAFT':
        return (
          <>
            <Paragraph>{t('legal.next.draft')}</Paragraph>
            {can.requestReview &&
              (onlyReviewMissing ? (
                <div className="gd-actions">
                  {panels.opener('review', t('legal.request.title'), { appearance: 'primary-action-button' })}
                </div>
              ) : (
                <Paragraph>{t('legal.next.completeFirst')}</Paragraph>
              ))}
          </>
        );
      case 'IN_REVIEW':
        return (
          <>
            {openReview && (
              <Paragraph>
                {t('legal.next.inReview', {
                  reviewer: openReview.reviewer.name,
                  organisation: openReview.reviewer.organisation,
                  until: w.dateTime(openReview.until),
                })}
              </Paragraph>
            )}
            {can.requestReview && (
              <>
                <Paragraph>{t('legal.next.reviewExpired')}</Paragraph>
                <div className="gd-actions">{panels.opener('review', t('legal.request.again'))}</div>
              </>
            )}
          </>
        );
      case 'REVIEWED':
        if (lastReview?.outcome === 'CORRECT_FIRST') {
          return (
            <>
              <Paragraph>{t('legal.next.correctFirst')}</Paragraph>
              {can.correct && <CorrectionAction {...weighty} />}
            </>
          );
        }
        if (lastReview?.outcome === 'DO_NOT_FILE') {
          return (
            <>
              <Paragraph>{t('legal.next.doNotFile')}</Paragraph>
              {can.closeNotFiled && <NotFiledAction {...weighty} />}
            </>
          );
        }
        return (
          <>
            <Paragraph>{t('legal.next.proceed')}</Paragraph>
            {can.file &&
              (p.gate.length === 0 ? (
                <div className="gd-actions">
                  {panels.opener('file', t('legal.filing.title'), { appearance: 'primary-action-button' })}
                </div>
              ) : (
                <Paragraph>{t('legal.next.fileBlocked', { count: p.gate.length })}</Paragraph>
              ))}
          </>
        );
      case 'NOT_FILED':
        return (
          <>
            <Paragraph>{t('legal.next.notFiled')}</Paragraph>
            {lastReview?.unmetNeed && (
              <Paragraph>
                <strong>{t('legal.review.unmetNeed')}:</strong> {lastReview.unmetNeed}
              </Paragraph>
            )}
          </>
        );
      case 'FILED':
        return (
          <>
            {p.filing && (
              <Paragraph>
                {t('legal.doc.filed', {
                  date: w.date(p.filing.filedOn),
                  court: p.filing.court,
                  by: p.filing.filedBy,
                })}
              </Paragraph>
            )}
            {lastRuling?.outcome === 'COUNTER_EXPERTISE_ORDERED' && (
              <Paragraph>{t('legal.next.counterExpertise')}</Paragraph>
            )}
            {can.recordRuling && (
              <div className="gd-actions">
                {panels.opener('ruling', t('legal.ruling.title'), { appearance: 'primary-action-button' })}
              </div>
            )}
          </>
        );
      case 'WITHDRAWN':
        return <Paragraph>{t('legal.withdraw.done')}</Paragraph>;
      case 'DECIDED':
        return (
          lastRuling && (
            <Paragraph>
              {t('legal.next.decided', {
                outcome: t(`legal.rulingOutcomes.${lastRuling.outcome}`),
                date: w.date(lastRuling.decidedOn),
                judge: lastRuling.judge,
              })}
            </Paragraph>
          )
        );
    }
  };
  return (
    <section aria-labelledby={NEXT_STEP_ID} className="gd-card">
      <Heading level={2} id={NEXT_STEP_ID} tabIndex={-1}>
        {t('legal.next.title')}
      </Heading>
      {body()}
      {can.withdraw && (
        <div className="gd-actions">
          <WithdrawAction {...weighty} />
        </div>
      )}
      {panels.slot('review', <ReviewRequestForm {...common} />)}
      {panels.slot('file', <FilingForm {...common} />)}
      {panels.slot('ruling', <RulingForm {...common} />)}
    </section>
  );
}
