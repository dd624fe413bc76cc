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
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, ok, type Schemas } from '../api/client';
import '../casework/i18n-decisions';
import { SortableHeaderCell, useSorting } from '../components/sorting';
import { LateText } from '../components/urgency';

type Item = Schemas['WorklistItem'];
type SortKey = 'household' | 'kind' | 'due' | 'who';

const isLate = (i: Item) => i.status === 'OVERDUE' || i.status === 'ESCALATED';

/** An ISO date `days` calendar days after `iso` (no holidays needed: "this week" is calendar days). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function DeadlineTable({
  items,
  withWho,
  caption,
  informLead,
}: {
  items: Item[];
  withWho: boolean;
  caption: string;
  /** Say that an escalated item is with the team lead (not on the team lead's own list). */
  informLead: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { sort, toggle, sorted } = useSorting<SortKey>('due');
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'UTC' });
  const rows = sorted(items, (i, key) => {
    switch (key) {
      case 'household':
        return i.householdName;
      case 'kind':
        return t(`casework.deadlineKinds.${i.kind}`);
      case 'due':
        return i.dueOn;
      case 'who':
        return i.professionalName;
    }
  });
  const header = (key: SortKey, label: string) => (
    <SortableHeaderCell column={key} sort={sort} onSort={toggle}>
      {label}
    </SortableHeaderCell>
  );
  return (
    <Table>
      <caption className="gd-visually-hidden">{caption}</caption>
      <TableHeader>
        <TableRow>
          {header('household', t('casework.worklist.columns.household'))}
          {header('kind', t('casework.worklist.columns.kind'))}
          {header('due', t('casework.worklist.columns.due'))}
          <TableHeaderCell scope="col">{t('casework.worklist.columns.status')}</TableHeaderCell>
          {withWho && header('who', t('casework.worklist.columns.who'))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((i) => (
          <TableRow key={i.deadlineId}>
            <TableCell>
              {withWho ? i.householdName : <Link to={`/gezinnen/${i.householdId}`}>{i.householdName}</Link>}
            </TableCell>
            <TableCell>{t(`casework.deadlineKinds.${i.kind}`)}</TableCell>
            <TableCell>{date(i.dueOn)}</TableCell>
            <TableCell>
              {isLate(i) ? (
                <>
                  <LateText status={i.status} workingDaysLate={i.workingDaysLate} />
                  {informLead && i.status === 'ESCALATED' && (
                    <span className="gd-muted"> ({t('casework.worklist.teamLeadInformed')})</span>
                  )}
                </>
              ) : (
                <span className={`gd-status gd-status-${i.status.toLowerCase()}`}>
                  {t(`casework.deadlineStatus.${i.status}`)}
                </span>
              )}
            </TableCell>
            {withWho && <TableCell>{i.professionalName}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The worklist (issue 9.5): my deadlines grouped as overdue ("N werkdagen te laat"), this week and later,
 * each table sortable; for a team lead also the team's overdue items, without the ones she holds herself
 * (the server leaves those out: they are in her own list).
 */
export function Worklist() {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<Schemas['Worklist'] | null>(null);
  const [decisions, setDecisions] = useState<Schemas['DecisionAssignment'][]>([]);
  useEffect(() => {
    void ok(client.GET('/api/v1/worklist')).then(setData);
    // Colleagues' decisions waiting for my review or approval (issue 10 point 1); none for whoever may not.
    void ok(client.GET('/api/v1/decision-assignments'))
      .then(setDecisions)
      .catch(() => setDecisions([]));
  }, []);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'UTC' });
  if (!data) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const weekEnd = addDays(data.today, 6);
  const groups = {
    late: data.mine.filter(isLate),
    week: data.mine.filter((i) => !isLate(i) && i.dueOn <= weekEnd),
    later: data.mine.filter((i) => !isLate(i) && i.dueOn > weekEnd),
  };
  const informLead = data.team === null;
  return (
    <>
      <Heading level={1}>{t('casework.worklist.title')}</Heading>
      <Paragraph>
        {t('casework.worklist.intro')} {t('casework.worklist.counts', data.counts)}
      </Paragraph>
      {decisions.length > 0 && (
        <section aria-labelledby="worklist-decisions">
          <Heading level={2} id="worklist-decisions">
            {t('decisions.worklist.title')}
          </Heading>
          <Paragraph>{t('decisions.worklist.intro')}</Paragraph>
          <ul className="gd-list">
            {decisions.map((d) => (
              <li key={d.id}>
                <Link to={`/gezinnen/${d.householdId}/pad#besluiten`}>
                  {t('decisions.worklist.entry', {
                    type: t(`decisions.types.${d.type}`),
                    name: d.decidedByName,
                    date: date(d.decidedOn),
                    gate: t(`decisions.gates.${d.gate}`),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.mine.length === 0 ? (
        <Paragraph>{t('casework.worklist.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('casework.worklist.groupsIntro', {
              until: new Date(weekEnd).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB', {
                timeZone: 'UTC',
              }),
            })}
          </Paragraph>
          {(['late', 'week', 'later'] as const).map((group) => (
            <section key={group} aria-labelledby={`worklist-${group}`}>
              <Heading level={2} id={`worklist-${group}`}>
                {t(`casework.worklist.groups.${group}`)}
              </Heading>
              {groups[group].length === 0 ? (
                <Paragraph>{t(`casework.worklist.groupEmpty.${group}`)}</Paragraph>
              ) : (
                <DeadlineTable
                  items={groups[group]}
                  withWho={false}
                  caption={t(`casework.worklist.groups.${group}`)}
                  informLead={informLead}
                />
              )}
            </section>
          ))}
        </>
      )}
      {data.team && (
        <section aria-labelledby="team-title">
          <Heading level={2} id="team-title">
            {t('casework.worklist.team')}
          </Heading>
          <Paragraph>{t('casework.worklist.teamIntro')}</Paragraph>
          {data.team.length === 0 ? (
            <Paragraph>{t('casework.worklist.teamEmpty')}</Paragraph>
          ) : (
            <DeadlineTable
              items={data.team}
              withWho
              caption={t('casework.worklist.team')}
              informLead={false}
            />
          )}
          {data.teamHasMore && (
            <Paragraph>{t('casework.worklist.teamMore', { count: data.team.length })}</Paragraph>
          )}
        </section>
      )}
    </>
  );
}
