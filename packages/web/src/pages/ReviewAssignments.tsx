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
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { client, ok, type Schemas } from '../api/client';
import { useLegalWords } from '../legal/words';

/** The address of one counter-review. */
export const reviewPath = (householdId: string, petitionId: string) =>
  `/toetsingen/${householdId}/${petitionId}`;

/**
 * "Toetsingen" (KT7): the counter-reviews open for the signed-in reviewer, jurist or behavioural scientist,
 * soonest term first. Only what the review is about: the measure, the addressee, the role and the term;
 * the family's dossier is not theirs to see.
 */
export function ReviewAssignments() {
  const w = useLegalWords();
  const { t } = w;
  const [items, setItems] = useState<Schemas['ReviewAssignment'][] | null>(null);
  useEffect(() => {
    void ok(client.GET('/api/v1/review-assignments')).then(setItems);
  }, []);
  return (
    <>
      <Heading level={1}>{t('legal.assignments.title')}</Heading>
      <Paragraph>{t('legal.assignments.intro')}</Paragraph>
      {items === null ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : items.length === 0 ? (
        <Paragraph>{t('legal.assignments.none')}</Paragraph>
      ) : (
        <Table>
          <caption className="gd-visually-hidden">{t('legal.assignments.title')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('legal.assignments.measure')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.assignments.addressee')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.assignments.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.assignments.until')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((a) => (
              <TableRow key={a.reviewId}>
                <TableCell>
                  <Link to={reviewPath(a.householdId, a.petitionId)}>{w.measureName(a.measureTypeId)}</Link>
                </TableCell>
                <TableCell>
                  {t(`legal.authorities.${a.addressee}`, { defaultValue: t('legal.someone') })}
                </TableCell>
                <TableCell>{t(`legal.assignmentRoles.${a.role}`)}</TableCell>
                <TableCell>{w.dateTime(a.until)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
