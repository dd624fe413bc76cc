import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Select,
  SelectOption,
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
import { SortableHeaderCell, useSorting } from '../components/sorting';
import { LateText, SpoedBadge } from '../components/urgency';

type CaseloadItem = Schemas['CaseloadItem'];
type SortKey = 'household' | 'municipality' | 'members' | 'pathway' | 'nextDue' | 'last';

const isLate = (item: CaseloadItem) =>
  item.nextDeadline?.status === 'OVERDUE' || item.nextDeadline?.status === 'ESCALATED';

/**
 * "Mijn gezinnen": the households the professional is involved in, with search. Urgency first (issue 9.5):
 * a family in spoed has a badge by its name and stage, an overdue first deadline says how many working
 * days late it is, and the loaded page can be sorted by column and filtered by stage, lateness or spoed.
 */
export function Caseload() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<CaseloadItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [stage, setStage] = useState('');
  const [onlyLate, setOnlyLate] = useState(false);
  const [onlySpoed, setOnlySpoed] = useState(false);
  const { sort, toggle, sorted } = useSorting<SortKey>('household');
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
  const stageLabel = (state: string | null) => (state ? t(`casework.states.${state}`) : '—');
  const stages = [...new Set(items.map((i) => i.pathwayState).filter((s) => s !== null))];
  const shown = sorted(
    items.filter(
      (i) =>
        (!stage || i.pathwayState === stage) &&
        (!onlyLate || isLate(i)) &&
        (!onlySpoed || i.urgentSafetyActive),
    ),
    (i, key) => {
      switch (key) {
        case 'household':
          return i.displayName;
        case 'municipality':
          return i.municipalityName;
        case 'members':
          return i.memberCount;
        case 'pathway':
          return i.pathwayState ? stageLabel(i.pathwayState) : null;
        case 'nextDue':
          return i.nextDeadline?.dueOn ?? null;
        case 'last':
          return i.lastActivityAt;
      }
    },
  );
  const header = (key: SortKey, label: string) => (
    <SortableHeaderCell column={key} sort={sort} onSort={toggle}>
      {label}
    </SortableHeaderCell>
  );
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
        <>
          <fieldset className="gd-filters">
            <legend className="gd-label">{t('caseload.filters')}</legend>
            <div>
              <label htmlFor="caseload-stage" className="gd-label">
                {t('caseload.stage')}
              </label>
              <Select id="caseload-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
                <SelectOption value="">{t('caseload.allStages')}</SelectOption>
                {stages.map((s) => (
                  <SelectOption key={s} value={s}>
                    {stageLabel(s)}
                  </SelectOption>
                ))}
              </Select>
            </div>
            <div className="gd-checkbox">
              <Checkbox
                id="caseload-only-late"
                checked={onlyLate}
                onChange={(e) => setOnlyLate(e.target.checked)}
              />
              <label htmlFor="caseload-only-late">{t('caseload.onlyLate')}</label>
            </div>
            <div className="gd-checkbox">
              <Checkbox
                id="caseload-only-spoed"
                checked={onlySpoed}
                onChange={(e) => setOnlySpoed(e.target.checked)}
              />
              <label htmlFor="caseload-only-spoed">{t('caseload.onlySpoed')}</label>
            </div>
          </fieldset>
          <Paragraph aria-live="polite">
            {t('caseload.shown', { shown: shown.length, count: items.length })}{' '}
            {next && t('caseload.pageNote', { count: items.length })}
          </Paragraph>
        </>
      )}
      {items.length > 0 && shown.length === 0 && <Paragraph>{t('caseload.noMatch')}</Paragraph>}
      {shown.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              {header('household', t('caseload.columns.household'))}
              {header('municipality', t('caseload.columns.municipality'))}
              <TableHeaderCell scope="col">{t('caseload.columns.role')}</TableHeaderCell>
              {header('members', t('caseload.columns.members'))}
              <TableHeaderCell scope="col">{t('caseload.columns.fixed')}</TableHeaderCell>
              {header('pathway', t('caseload.columns.pathway'))}
              {header('nextDue', t('caseload.columns.nextDue'))}
              {header('last', t('caseload.columns.last'))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link to={`/gezinnen/${item.id}`}>{item.displayName}</Link>
                  {item.urgentSafetyActive && <SpoedBadge />}
                </TableCell>
                <TableCell>{item.municipalityName}</TableCell>
                <TableCell>{item.myRoles.map((r) => t(`roles.${r}`)).join(', ')}</TableCell>
                <TableCell>{item.memberCount}</TableCell>
                <TableCell>{item.fixedProfessionalName ?? '—'}</TableCell>
                <TableCell>
                  {stageLabel(item.pathwayState)}
                  {item.urgentSafetyActive && <SpoedBadge />}
                </TableCell>
                <TableCell>
                  {item.nextDeadline ? (
                    <>
                      {t(`casework.deadlineKinds.${item.nextDeadline.kind}`)}, {date(item.nextDeadline.dueOn)}
                      {isLate(item) && (
                        <>
                          <br />
                          <LateText
                            status={item.nextDeadline.status}
                            workingDaysLate={item.nextDeadline.workingDaysLate}
                          />
                        </>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </TableCell>
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
