import {
  Button,
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
  const review = async (id: string, verdict: 'JUSTIFIED' | 'UNJUSTIFIED') => {
    await ok(
      client.PUT('/api/v1/break-glass-grants/{grantId}/review', {
        params: { path: { grantId: id } },
        body: { verdict, comment: '' },
      }),
    );
    await load();
  };
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
                <TableCell>
                  {g.reviewVerdict ? (
                    t('reviews.reviewed', {
                      verdict:
                        g.reviewVerdict === 'JUSTIFIED' ? t('reviews.justified') : t('reviews.unjustified'),
                    })
                  ) : (
                    <>
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => void review(g.id, 'JUSTIFIED')}
                      >
                        {t('reviews.justified')}
                      </Button>{' '}
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => void review(g.id, 'UNJUSTIFIED')}
                      >
                        {t('reviews.unjustified')}
                      </Button>
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
