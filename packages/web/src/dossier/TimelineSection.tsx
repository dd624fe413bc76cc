import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import { stepDetail, stepTitle } from '../casework/steps';

type TimelineEntry = Schemas['TimelineEntry'];

/**
 * "Tijdlijn": what happened, newest first, a page at a time. Every entry's heading can take focus, so a
 * saved note and the first of the older entries loaded are where focus goes (issue 9.4).
 */
export function TimelineSection({
  householdId,
  first,
  nameOf,
}: {
  householdId: string;
  /** The newest page, from the dossier answer. */
  first: Schemas['TimelinePage'];
  nameOf: (personId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  const [older, setOlder] = useState<TimelineEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(first.nextCursor);
  const focusEntry = useRef<string | null>(null);
  // A reloaded dossier starts the timeline again from its newest page.
  useEffect(() => {
    setOlder([]);
    setCursor(first.nextCursor);
  }, [first]);
  useEffect(() => {
    if (focusEntry.current) {
      document.getElementById(`entry-${focusEntry.current}`)?.focus();
      focusEntry.current = null;
    }
  });
  const loadOlder = async () => {
    const page = await ok(
      client.GET('/api/v1/households/{householdId}/timeline-entries', {
        params: { path: { householdId }, query: cursor ? { cursor } : {} },
      }),
    );
    focusEntry.current = page.items[0]?.id ?? null;
    setOlder((prev) => [...prev, ...page.items]);
    setCursor(page.nextCursor);
  };
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const entryTitle = (e: TimelineEntry) =>
    e.step && e.step.code !== 'legacy' ? stepTitle(t, e.step, i18n.language === 'en' ? 'en' : 'nl') : e.title;
  const timeline = [...first.items, ...older];
  if (timeline.length === 0) {
    return <Paragraph>{t('dossier.noTimeline')}</Paragraph>;
  }
  return (
    <>
      <ol className="gd-timeline">
        {timeline.map((e) => (
          <li key={e.id}>
            <article aria-labelledby={`entry-${e.id}`}>
              <Heading level={3} id={`entry-${e.id}`} tabIndex={-1}>
                {entryTitle(e)}
              </Heading>
              <p className="gd-muted">
                <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> · {t(`entryKinds.${e.kind}`)} ·{' '}
                {t('dossier.by', { name: e.author.name })}
                {e.aboutPersonIds.length > 0 &&
                  ` · ${t('dossier.about', { names: e.aboutPersonIds.map(nameOf).join(', ') })}`}
              </p>
              {e.step && e.step.code !== 'legacy' && stepDetail(t, e.step) && (
                <Paragraph>{stepDetail(t, e.step)}</Paragraph>
              )}
              {e.body && <Paragraph>{e.body}</Paragraph>}
              {e.document && (
                <p className="gd-muted">{t('dossier.attachment', { name: e.document.fileName })}</p>
              )}
            </article>
          </li>
        ))}
      </ol>
      {cursor && (
        <Button appearance="secondary-action-button" onClick={() => void loadOlder()}>
          {t('dossier.moreTimeline')}
        </Button>
      )}
    </>
  );
}
