import {
  Alert,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

/**
 * Shows an API error above a form: the plain-language title and each field problem, linked to its field.
 * Receives focus when it appears so keyboard and screen-reader users notice it.
 */
export function ErrorSummary({ error, idPrefix }: { error: ApiError | null; idPrefix: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) {
      ref.current?.focus();
    }
  }, [error]);
  if (!error) {
    return null;
  }
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert type="error">
        <Heading level={3}>{t('forms.errorSummary')}</Heading>
        <Paragraph>{error.title}</Paragraph>
        {error.issues.length > 0 && (
          <UnorderedList>
            {error.issues.map((issue) => (
              <UnorderedListItem key={`${issue.path}-${issue.code}`}>
                <a href={`#${fieldIdOf(idPrefix, issue.path)}`}>{issue.message}</a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

/**
 * The id of the field an issue is about: `<idPrefix>-<last part of the path>`; a decision record's fields
 * (`decision.*`, `casework/DecisionRecordFields.tsx`) repeat names per row, so their ids carry the whole path.
 */
function fieldIdOf(idPrefix: string, path: string): string {
  return path.startsWith('decision.')
    ? `${idPrefix}-${path.replaceAll('.', '-')}`
    : `${idPrefix}-${path.split('.').at(-1)}`;
}

/**
 * The message for one field, if the error names it. Issues of a decision record (`decision.*`) are shown by
 * the record's own fields (`issueAt`), never at a form field that happens to share the last name.
 */
export function fieldError(error: ApiError | null, field: string): string | undefined {
  return error?.issues.find((i) => !i.path.startsWith('decision.') && i.path.split('.').at(-1) === field)
    ?.message;
}
