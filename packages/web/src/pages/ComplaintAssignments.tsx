import {
  Alert,
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
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { useComplaintAssignments } from '../components/complaint-assignments';
import { useDocumentTitle } from '../components/page-title';
import { dayIn, useComplaintWords, useLanguage } from '../legal/complaint-parts';

/** The address of one complaint to handle. */
export const complaintPath = (householdId: string, complaintId: string) =>
  `/klachten/${householdId}/${complaintId}`;

/** How the decision's term stands, in words: late (never by colour alone), due soon, or nothing. */
function DueOn({ a }: { a: Schemas['ComplaintAssignment'] }) {
  const w = useComplaintWords();
  const language = useLanguage();
  const late = a.status === 'OVERDUE' || a.status === 'ESCALATED';
  return (
    <>
      {dayIn(a.decideDueOn, language)}
      {late && <strong className="gd-late"> ({w.handling.late})</strong>}
      {a.status === 'DUE_SOON' && <span className="gd-muted"> ({w.handling.dueSoon})</span>}
    </>
  );
}

/**
 * "Klachten" (KT9-R3): the open complaints the signed-in professional handles as the independent handler,
 * soonest decision first. Only what the complaint is about and its term: the handler does not see the
 * family's dossier; each links to the complaint itself.
 */
export function ComplaintAssignments() {
  const { t } = useTranslation();
  const w = useComplaintWords();
  const language = useLanguage();
  const { items, reload } = useComplaintAssignments();
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  useDocumentTitle(w.handling.title);
  // The frame loaded the list at sign-in; read it again, so a complaint just decided is gone.
  useEffect(() => {
    reload()
      .then(() => setFailed(null))
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
      .finally(() => setLoaded(true));
  }, [reload]);
  return (
    <>
      <Heading level={1}>{w.handling.title}</Heading>
      <Paragraph>{w.handling.intro}</Paragraph>
      {failed ? (
        <Alert type="error">{failed}</Alert>
      ) : !loaded ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : items === null || items.length === 0 ? (
        <Paragraph>{w.handling.none}</Paragraph>
      ) : (
        <Table>
          <caption className="gd-visually-hidden">{w.handling.title}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{w.handling.about}</TableHeaderCell>
              <TableHeaderCell scope="col">{w.handling.received}</TableHeaderCell>
              <TableHeaderCell scope="col">{w.handling.decideBy}</TableHeaderCell>
              <TableHeaderCell scope="col">{w.handling.extended}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((a) => (
              <TableRow key={a.complaintId}>
                <TableCell>
                  <Link to={complaintPath(a.householdId, a.complaintId)}>{w.subjects[a.subject]}</Link>
                </TableCell>
                <TableCell>{dayIn(a.receivedOn, language)}</TableCell>
                <TableCell>
                  <DueOn a={a} />
                </TableCell>
                <TableCell>{a.extended ? w.handling.yes : w.handling.no}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
