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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, ok, type Schemas } from '../api/client';

type CaseloadItem = Schemas['CaseloadItem'];

/** "Mijn gezinnen": the households the professional is involved in, with search. */
export function Caseload() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<CaseloadItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState(false);
  const load = useCallback(async (search: string, cursor: string | null) => {
    const page = await ok(
      client.GET('/api/v1/households', {
        params: { query: { limit: 25, ...(search ? { q: search } : {}), ...(cursor ? { cursor } : {}) } },
      }),
    );
    setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
    setNext(page.nextCursor);
    setLoaded(true);
  }, []);
  useEffect(() => {
    void load(query, null);
  }, [load, query]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery(q.trim());
  };
  const date = (iso: string | null) =>
    iso ? new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB') : '—';
  return (
    <>
      <Heading level={1}>{t('caseload.title')}</Heading>
      <search>
        <form onSubmit={submit} className="gd-inline-form">
          <label htmlFor="caseload-search" className="gd-label">
            {t('caseload.search')}
          </label>
          <Textbox id="caseload-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <Button type="submit" appearance="primary-action-button">
            {t('caseload.searchButton')}
          </Button>
        </form>
      </search>
      {loaded && items.length === 0 && (
        <Paragraph>{query ? t('caseload.noResults') : t('caseload.empty')}</Paragraph>
      )}
      {items.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('caseload.columns.household')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.members')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.fixed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.pathway')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.nextDue')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.columns.last')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link to={`/gezinnen/${item.id}`}>{item.displayName}</Link>
                </TableCell>
                <TableCell>{item.municipalityName}</TableCell>
                <TableCell>{item.myRoles.map((r) => t(`roles.${r}`)).join(', ')}</TableCell>
                <TableCell>{item.memberCount}</TableCell>
                <TableCell>{item.fixedProfessionalName ?? '—'}</TableCell>
                <TableCell>{item.pathwayState ? t(`casework.states.${item.pathwayState}`) : '—'}</TableCell>
                <TableCell>{item.nextDueOn ? date(item.nextDueOn) : '—'}</TableCell>
                <TableCell>{date(item.lastActivityAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {next && (
        <Button appearance="secondary-action-button" onClick={() => void load(query, next)}>
          {t('caseload.more')}
        </Button>
      )}
    </>
  );
}
