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
                <a href={`#${idPrefix}-${issue.path.split('.').at(-1)}`}>{issue.message}</a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

/** The message for one field, if the error names it. */
export function fieldError(error: ApiError | null, field: string): string | undefined {
  return error?.issues.find((i) => i.path.split('.').at(-1) === field)?.message;
}
