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

type Item = Schemas['WorklistItem'];

function DeadlineTable({ items, withWho }: { items: Item[]; withWho: boolean }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('casework.worklist.columns.household')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('casework.worklist.columns.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('casework.worklist.columns.due')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('casework.worklist.columns.status')}</TableHeaderCell>
          {withWho && <TableHeaderCell scope="col">{t('casework.worklist.columns.who')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((i) => (
          <TableRow key={i.deadlineId}>
            <TableCell>
              {withWho ? i.householdName : <Link to={`/gezinnen/${i.householdId}`}>{i.householdName}</Link>}
            </TableCell>
            <TableCell>{t(`casework.deadlineKinds.${i.kind}`)}</TableCell>
            <TableCell>{date(i.dueOn)}</TableCell>
            <TableCell>
              <span className={`gd-status gd-status-${i.status.toLowerCase()}`}>
                {t(`casework.deadlineStatus.${i.status}`)}
              </span>
            </TableCell>
            {withWho && <TableCell>{i.professionalName}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The worklist: my deadlines, and for a team lead the team's, overdue and escalated first in sight. */
export function Worklist() {
  const { t } = useTranslation();
  const [data, setData] = useState<Schemas['Worklist'] | null>(null);
  useEffect(() => {
    void ok(client.GET('/api/v1/worklist')).then(setData);
  }, []);
  if (!data) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const rank = (s: string) => ['ESCALATED', 'OVERDUE', 'DUE_SOON', 'OPEN'].indexOf(s);
  const team = data.team
    ? [...data.team].sort((a, b) => rank(a.status) - rank(b.status) || a.dueOn.localeCompare(b.dueOn))
    : null;
  return (
    <>
      <Heading level={1}>{t('casework.worklist.title')}</Heading>
      <Paragraph>
        {t('casework.worklist.intro')} {t('casework.worklist.counts', data.counts)}
      </Paragraph>
      {data.mine.length === 0 ? (
        <Paragraph>{t('casework.worklist.empty')}</Paragraph>
      ) : (
        <DeadlineTable items={data.mine} withWho={false} />
      )}
      {team && (
        <section aria-labelledby="team-title">
          <Heading level={2} id="team-title">
            {t('casework.worklist.team')}
          </Heading>
          <Paragraph>{t('casework.worklist.teamIntro')}</Paragraph>
          {team.length === 0 ? (
            <Paragraph>{t('casework.worklist.teamEmpty')}</Paragraph>
          ) : (
            <DeadlineTable items={team} withWho />
          )}
          {data.teamHasMore && (
            <Paragraph>{t('casework.worklist.teamMore', { count: team.length })}</Paragraph>
          )}
        </section>
      )}
    </>
  );
}
