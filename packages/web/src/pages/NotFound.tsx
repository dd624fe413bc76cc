import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Link to="/">{t('notFound.back')}</Link>
    </>
  );
}
