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
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';

type AccessRow = Schemas['AccessLogEntry'];

/** "Wie heeft dit dossier ingezien?" — the household's access log, for the fixed professional (NEN 7513). */
export function AccessLogSection({
  householdId,
  nameOf,
}: {
  householdId: string;
  nameOf: (personId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<AccessRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Issue 9.4: the Show button goes away with the answer, so focus moves to the log's heading (not to the
  // page body); after "more", to the first row that was added.
  const focusAfter = useRef<'heading' | number | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'heading') {
      heading.current?.focus();
    } else if (typeof target === 'number') {
      document.getElementById(`access-row-${target}`)?.focus();
    }
  });
  const load = async (cursor: string | null) => {
    const page = await ok(
      client.GET('/api/v1/households/{householdId}/access-log', {
        params: { path: { householdId }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
      }),
    );
    focusAfter.current = cursor ? (page.items[0]?.seq ?? null) : 'heading';
    setRows((prev) => (cursor && prev ? [...prev, ...page.items] : page.items));
    setNext(page.nextCursor);
  };
  return (
    <section aria-labelledby="access-log-title" className="gd-sub">
      <Heading level={3} id="access-log-title" tabIndex={-1} ref={heading}>
        {t('dossier.accessLog')}
      </Heading>
      <Paragraph>{t('dossier.accessLogIntro')}</Paragraph>
      {rows === null ? (
        <Button appearance="secondary-action-button" onClick={() => void load(null)}>
          {t('dossier.accessLogShow')}
        </Button>
      ) : rows.length === 0 ? (
        <Paragraph>{t('dossier.accessLogEmpty')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('dossier.accessColumns.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.accessColumns.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.accessColumns.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.accessColumns.why')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.seq} id={`access-row-${r.seq}`} tabIndex={-1}>
                <TableCell>
                  {new Date(r.occurredAt).toLocaleString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB')}
                </TableCell>
                <TableCell>
                  {r.actorName ?? '—'}
                  {r.organisationName && <span className="gd-muted"> ({r.organisationName})</span>}
                </TableCell>
                <TableCell>
                  {t(`dossier.actions.${r.action}`)}
                  {r.personIds.length > 0 && (
                    <span className="gd-muted"> · {r.personIds.map(nameOf).join(', ')}</span>
                  )}
                </TableCell>
                <TableCell>{t(`dossier.purposes.${r.purpose}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {next && (
        <Button appearance="secondary-action-button" onClick={() => void load(next)}>
          {t('caseload.more')}
        </Button>
      )}
    </section>
  );
}
