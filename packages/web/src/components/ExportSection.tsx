import {
  Heading,
  Link,
  Paragraph,
  Select,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { Field } from './Field';

/**
 * Export for the vast gezicht (AVG art. 15): the whole household, or what concerns one member, as a
 * readable document or as data. Plain links: the browser opens or saves the answer, and the server logs
 * the export.
 */
export function ExportSection({
  householdId,
  members,
}: {
  householdId: string;
  members: Schemas['Member'][];
}) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState('');
  const href = (format: 'html' | 'json') => {
    const query = new URLSearchParams({ format, ...(personId ? { personId } : {}) });
    return `/api/v1/households/${encodeURIComponent(householdId)}/export?${query}`;
  };
  const people = [...new Map(members.map((m) => [m.person.id, m.person])).values()];
  return (
    <section aria-labelledby="export-title">
      <Heading level={3} id="export-title">
        {t('export.title')}
      </Heading>
      <Paragraph>{t('export.intro')}</Paragraph>
      <Field id="export-personId" label={t('export.scope')}>
        {(a) => (
          <Select {...a} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <SelectOption value="">{t('export.wholeHousehold')}</SelectOption>
            {people.map((p) => (
              <SelectOption key={p.id} value={p.id}>
                {p.givenName} {p.familyName}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <UnorderedList>
        <UnorderedListItem>
          <Link href={href('html')} target="_blank" rel="noopener">
            {t('export.html')}
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <Link href={href('json')}>{t('export.json')}</Link>
        </UnorderedListItem>
      </UnorderedList>
    </section>
  );
}
