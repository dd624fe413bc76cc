import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { useDocumentTitle } from '../components/page-title';
import { usePanels } from '../components/panels';
import { PetitionDocument } from '../legal/PetitionDocument';
import { ReviewForm } from '../legal/ReviewForm';
import { type Petition, useLegalWords } from '../legal/words';
import { useSession } from '../session';
import { FamilyView } from './Petition';

/**
 * One counter-review (KT7), `/toetsingen/:householdId/:petitionId`: the petition read-only, the same document
 * the team built, and for the reviewer the review form. The reviewer's access ends with the submission, so
 * what follows is a receipt; the jurist and the behavioural scientist read along.
 */
export function PetitionReview() {
  const { householdId = '', petitionId = '' } = useParams();
  const w = useLegalWords();
  const { t } = w;
  const [petition, setPetition] = useState<Petition | null>(null);
  const [gone, setGone] = useState(false);
  const [receipt, setReceipt] = useState<Schemas['ReviewSubmitted'] | null>(null);
  const load = useCallback(async () => {
    try {
      setPetition(
        await ok(
          client.GET('/api/v1/households/{householdId}/petitions/{petitionId}', {
            params: { path: { householdId, petitionId } },
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        setGone(true);
        return;
      }
      throw error;
    }
  }, [householdId, petitionId]);
  useEffect(() => {
    void load();
  }, [load]);
  useDocumentTitle(
    petition ? t('legal.reviewPage.titleOf', { measure: w.measureName(petition.measureTypeId) }) : undefined,
  );
  if (receipt) {
    return <Receipt receipt={receipt} />;
  }
  if (gone) {
    return (
      <>
        <Heading level={1}>{t('legal.reviewPage.title')}</Heading>
        <Paragraph>{t('legal.reviewPage.gone')}</Paragraph>
        <Paragraph>
          <Link to="/toetsingen">{t('legal.reviewPage.back')}</Link>
        </Paragraph>
      </>
    );
  }
  if (!petition) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return <ReviewView householdId={householdId} petition={petition} onSubmitted={setReceipt} />;
}

function ReviewView(props: {
  householdId: string;
  petition: Petition;
  onSubmitted: (receipt: Schemas['ReviewSubmitted']) => void;
}) {
  const w = useLegalWords();
  const { t } = w;
  const { session } = useSession();
  const panels = usePanels();
  const p = props.petition;
  const me = session?.actor.id;
  const open = p.reviews.find((r) => r.submittedAt === null);
  const role = !open
    ? null
    : open.reviewer.id === me
      ? 'REVIEWER'
      : open.jurist.id === me
        ? 'JURIST'
        : open.behaviouralScientist.id === me
          ? 'BEHAVIOURAL_SCIENTIST'
          : null;
  return (
    <>
      <Paragraph>
        <Link to="/toetsingen">{t('legal.reviewPage.back')}</Link>
      </Paragraph>
      <Heading level={1}>
        {t('legal.reviewPage.titleOf', { measure: w.measureName(p.measureTypeId) })}
      </Heading>
      {open && (
        <Paragraph>
          {t('legal.reviewPage.intro', {
            addressee: t(`legal.authorities.${p.addressee}`),
            until: w.dateTime(open.until),
          })}
        </Paragraph>
      )}
      {role && <Paragraph>{t(`legal.reviewPage.role.${role}`)}</Paragraph>}
      {p.abilities.review && open && (
        <section aria-labelledby="review-form-title" className="gd-card">
          <Heading level={2} id="review-form-title">
            {t('legal.review.title')}
          </Heading>
          <Paragraph>{t('legal.reviewPage.howTo')}</Paragraph>
          <div className="gd-actions">
            {panels.opener('review', t('legal.reviewPage.open'), { appearance: 'primary-action-button' })}
          </div>
          {panels.slot(
            'review',
            <ReviewForm
              householdId={props.householdId}
              petition={p}
              reviewId={open.id}
              onDone={props.onSubmitted}
              onCancel={panels.cancel}
            />,
          )}
        </section>
      )}
      <FamilyView petition={p} householdId={props.householdId} />
      <section aria-labelledby="document-title">
        <Heading level={2} id="document-title">
          {t('legal.petition.document')}
        </Heading>
        <PetitionDocument petition={p} />
      </section>
    </>
  );
}

/** After the submission: what was recorded, and that the petition can no longer be read. */
function Receipt({ receipt }: { receipt: Schemas['ReviewSubmitted'] }) {
  const w = useLegalWords();
  const { t } = w;
  const title = useRef<HTMLHeadingElement>(null);
  // The form and the petition are gone: focus the receipt's title, where the reviewer goes on.
  useEffect(() => title.current?.focus(), []);
  return (
    <>
      <Heading level={1} tabIndex={-1} ref={title}>
        {t('legal.reviewPage.receiptTitle')}
      </Heading>
      <Paragraph role="status">
        {t('legal.reviewPage.receipt', {
          outcome: t(`legal.reviewOutcomes.${receipt.outcome}`),
          at: w.dateTime(receipt.submittedAt),
        })}
      </Paragraph>
      <Paragraph>{t('legal.reviewPage.receiptAccess')}</Paragraph>
      <Paragraph>
        <Link to="/toetsingen">{t('legal.reviewPage.back')}</Link>
      </Paragraph>
    </>
  );
}
