import {
  Alert,
  Button,
  Heading,
  Paragraph,
  RadioButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { ErrorSummary, fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';

type Grant = Schemas['BreakGlassGrant'];
type GrantReview = Schemas['BreakGlassGrantReview'];
type Activity = GrantReview['activity'][number];
type Verdict = 'JUSTIFIED' | 'UNJUSTIFIED';

/** A label from a map of labels, or the map's `other` for a code it does not know (never a raw code). */
function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? labels.other ?? '';
}

/** What one thing done under the grant was, in words: "Tijdlijnitem: toegevoegd". */
function useActivityText() {
  const { t } = useTranslation();
  const subjects = t('reviews.subjects', { returnObjects: true }) as Record<string, string>;
  const verbs = t('reviews.verbs', { returnObjects: true }) as Record<string, string>;
  const actions = t('dossier.actions', { returnObjects: true }) as Record<string, string>;
  return (a: Activity) =>
    t('reviews.what', {
      subject: labelOf(subjects, a.subject),
      action:
        a.source === 'ACCESS_LOG'
          ? labelOf(actions, a.action)
          : labelOf(verbs, a.eventType.slice(a.eventType.indexOf('.') + 1)),
    });
}

/** The verdict with its reason, sent only after the team lead confirms it (issue 9.5). */
function VerdictForm({ grant, onDone }: { grant: Grant; onDone: () => void }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const verdictText = (v: Verdict) => (v === 'JUSTIFIED' ? t('reviews.justified') : t('reviews.unjustified'));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirming) {
      // What is missing is said here, before the confirmation; the server checks the same.
      const issues = [
        ...(verdict ? [] : [{ path: 'verdict', code: 'required', message: t('reviews.verdictRequired') }]),
        ...(comment.trim()
          ? []
          : [{ path: 'comment', code: 'required', message: t('reviews.commentRequired') }]),
      ];
      if (issues.length > 0) {
        setError(new ApiError(422, 'validation_failed', t('reviews.formTitle'), issues));
        return;
      }
      setError(null);
      setConfirming(true);
      return;
    }
    if (!verdict) {
      return;
    }
    setBusy(true);
    try {
      await ok(
        client.PUT('/api/v1/break-glass-grants/{grantId}/review', {
          params: { path: { grantId: grant.id } },
          body: { verdict, comment: comment.trim() },
        }),
      );
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal_error', String(err)));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="review-form-title" noValidate>
      <Heading level={3} id="review-form-title">
        {t('reviews.formTitle')}
      </Heading>
      <ErrorSummary error={error} idPrefix="review" />
      <fieldset className="gd-fieldset" id="review-verdict" disabled={confirming}>
        <legend>{t('reviews.verdictLegend')}</legend>
        {fieldError(error, 'verdict') && <p className="gd-field-error">{fieldError(error, 'verdict')}</p>}
        {(['JUSTIFIED', 'UNJUSTIFIED'] as const).map((v) => (
          <div className="gd-checkbox" key={v}>
            <RadioButton
              id={`review-verdict-${v}`}
              name="review-verdict"
              value={v}
              checked={verdict === v}
              onChange={() => setVerdict(v)}
            />
            <label htmlFor={`review-verdict-${v}`}>{verdictText(v)}</label>
          </div>
        ))}
      </fieldset>
      <Field
        id="review-comment"
        label={t('reviews.comment')}
        hint={t('reviews.commentHint')}
        error={fieldError(error, 'comment')}
      >
        {(a) => (
          <Textarea
            {...a}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            readOnly={confirming}
          />
        )}
      </Field>
      {confirming && verdict && (
        <Alert type="warning">
          <Heading level={4}>{t('reviews.confirmTitle')}</Heading>
          <Paragraph>
            <strong>
              {t('reviews.confirmText', { verdict: verdictText(verdict), comment: comment.trim() })}
            </strong>
          </Paragraph>
        </Alert>
      )}
      <div className="gd-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {confirming ? t('reviews.confirmYes') : t('reviews.submit')}
        </Button>
        {confirming && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('reviews.confirmNo')}
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * One grant under review: who opened which family, when and why, and everything read or changed under
 * the grant (what and when, no content), with the verdict form while it is open.
 */
function GrantDetail({
  review,
  onReviewed,
  onClose,
}: {
  review: GrantReview;
  onReviewed: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const activityText = useActivityText();
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  const moment = (iso: string) => new Date(iso).toLocaleString(locale);
  const { grant, activity } = review;
  // Opening a grant moves focus to it, so a keyboard user does not have to find it.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="review-detail-title" className="gd-card">
      <Heading level={2} id="review-detail-title" ref={heading} tabIndex={-1}>
        {t('reviews.detailTitle', { who: grant.professionalName, household: grant.householdName ?? '' })}
      </Heading>
      <Paragraph>
        {t('reviews.grantedAt', { from: moment(grant.grantedAt), until: moment(grant.expiresAt) })}
      </Paragraph>
      <Heading level={3}>{t('reviews.reason')}</Heading>
      <Paragraph>
        <strong>{t(`breakGlass.reasons.${grant.reasonCode}`)}</strong>: {grant.reason}
      </Paragraph>
      <Heading level={3}>{t('reviews.activityTitle')}</Heading>
      <Paragraph>{t('reviews.activityIntro')}</Paragraph>
      {activity.length === 0 ? (
        <Paragraph>{t('reviews.activityEmpty')}</Paragraph>
      ) : (
        <Table>
          <caption className="gd-visually-hidden">{t('reviews.activityTitle')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('reviews.activityColumns.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.activityColumns.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.activityColumns.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.activityColumns.persons')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {activity.map((a, index) => (
              // The activity has no ids of its own (by design): its order is its identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
              <TableRow key={index}>
                <TableCell>{moment(a.occurredAt)}</TableCell>
                <TableCell>{activityText(a)}</TableCell>
                <TableCell className="gd-activity-kind">{t(`reviews.sources.${a.source}`)}</TableCell>
                <TableCell>{a.personCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {review.activityTruncated && (
        <Paragraph>{t('reviews.activityTruncated', { count: activity.length })}</Paragraph>
      )}
      {grant.reviewVerdict ? (
        <Paragraph>
          {t('reviews.reviewed', {
            verdict: grant.reviewVerdict === 'JUSTIFIED' ? t('reviews.justified') : t('reviews.unjustified'),
          })}
          {grant.reviewComment ? ` ${t('reviews.reviewComment', { comment: grant.reviewComment })}` : ''}
        </Paragraph>
      ) : (
        <VerdictForm grant={grant} onDone={onReviewed} />
      )}
      <div className="gd-actions">
        <Button appearance="secondary-action-button" onClick={onClose}>
          {t('reviews.close')}
        </Button>
      </div>
    </section>
  );
}

/** Team lead: review colleagues' break-the-glass accesses — which family, why, and what was done. */
export function Reviews() {
  const { t, i18n } = useTranslation();
  const [grants, setGrants] = useState<Grant[] | null>(null);
  const [open, setOpen] = useState<GrantReview | null>(null);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const load = useCallback(
    async () =>
      setGrants(await ok(client.GET('/api/v1/break-glass-grants', { params: { query: { open: 'false' } } }))),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (saved) {
      savedRef.current?.focus();
    }
  }, [saved]);
  const show = async (id: string) => {
    setSaved(false);
    setOpen(
      await ok(client.GET('/api/v1/break-glass-grants/{grantId}', { params: { path: { grantId: id } } })),
    );
  };
  const reviewed = async () => {
    setOpen(null);
    await load();
    setSaved(true);
  };
  return (
    <>
      <Heading level={1}>{t('reviews.title')}</Heading>
      <Paragraph>{t('reviews.intro')}</Paragraph>
      {saved && (
        <div ref={savedRef} tabIndex={-1} className="gd-notice" role="status">
          <Paragraph>{t('reviews.saved')}</Paragraph>
        </div>
      )}
      {grants?.length === 0 && <Paragraph>{t('reviews.empty')}</Paragraph>}
      {grants && grants.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('reviews.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.why')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.household')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reviews.verdict')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {grants.map((g) => (
              <TableRow key={g.id}>
                <TableCell>{g.professionalName}</TableCell>
                <TableCell>
                  {new Date(g.grantedAt).toLocaleString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB')}
                </TableCell>
                <TableCell>
                  {t(`breakGlass.reasons.${g.reasonCode}`)}: {g.reason}
                </TableCell>
                <TableCell>{g.householdName ?? t('reviews.unknownHousehold')}</TableCell>
                <TableCell>
                  {g.reviewVerdict &&
                    t('reviews.reviewed', {
                      verdict:
                        g.reviewVerdict === 'JUSTIFIED' ? t('reviews.justified') : t('reviews.unjustified'),
                    })}{' '}
                  {g.householdName !== null && (
                    <Button
                      appearance="secondary-action-button"
                      aria-label={t('reviews.openLabel', {
                        who: g.professionalName,
                        household: g.householdName,
                      })}
                      onClick={() => void show(g.id)}
                    >
                      {t('reviews.open')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && (
        <GrantDetail
          key={open.grant.id}
          review={open}
          onReviewed={() => void reviewed()}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
