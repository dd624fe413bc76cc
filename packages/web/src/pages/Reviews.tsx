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
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import { byId, ConfirmAction } from '../components/ConfirmAction';

type Grant = Schemas['BreakGlassGrant'];

/** Team lead: review colleagues' break-the-glass accesses. */
export function Reviews() {
  const { t, i18n } = useTranslation();
  const [grants, setGrants] = useState<Grant[] | null>(null);
  const load = useCallback(
    async () =>
      setGrants(await ok(client.GET('/api/v1/break-glass-grants', { params: { query: { open: 'false' } } }))),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);
  // A verdict is final (issue 9.1): it is confirmed, with the reviewer's explanation.
  const review = (g: Grant, verdict: 'JUSTIFIED' | 'UNJUSTIFIED') => (
    <ConfirmAction
      appearance="secondary-action-button"
      trigger={
        <>
          {t(`confirm.review.trigger.${verdict}`)}
          <span className="gd-visually-hidden">{g.professionalName}</span>
        </>
      }
      title={t(`confirm.review.title.${verdict}`, { name: g.professionalName })}
      reason={{ label: t('confirm.review.reason'), required: true }}
      confirmLabel={t(`confirm.review.yes.${verdict}`)}
      run={(comment) =>
        ok(
          client.PUT('/api/v1/break-glass-grants/{grantId}/review', {
            params: { path: { grantId: g.id } },
            body: { verdict, comment: comment ?? '' },
          }),
        )
      }
      onDone={load}
      focusAfter={byId(`review-${g.id}`)}
    >
      <Paragraph>
        {t('confirm.review.what', {
          name: g.professionalName,
          reason: `${t(`breakGlass.reasons.${g.reasonCode}`)}: ${g.reason}`,
        })}
      </Paragraph>
    </ConfirmAction>
  );
  return (
    <>
      <Heading level={1}>{t('reviews.title')}</Heading>
      <Paragraph>{t('reviews.intro')}</Paragraph>
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
                <TableCell>
                  <code>{g.householdId.slice(0, 8)}</code>
                </TableCell>
                <TableCell id={`review-${g.id}`} tabIndex={-1}>
                  {g.reviewVerdict ? (
                    t('reviews.reviewed', {
                      verdict:
                        g.reviewVerdict === 'JUSTIFIED' ? t('reviews.justified') : t('reviews.unjustified'),
                    })
                  ) : (
                    <>
                      {review(g, 'JUSTIFIED')} {review(g, 'UNJUSTIFIED')}
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
