import { RIGHTS_NOTICES } from '@gezinsdossier/domain';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { Schemas } from '../api/client';
import { useLegalWords } from './words';

/**
 * INV-04 / LS-12: the frame the family is in now (voluntary, drang or a measure) and what that means for its
 * rights, in the words the family was given; and when each change of frame was told.
 */
export function RightsPart({ route }: { route: Schemas['LegalRoute'] }) {
  const w = useLegalWords();
  const { t } = w;
  if (!route.frame) {
    return null;
  }
  return (
    <section aria-labelledby="rights-title">
      <Heading level={3} id="rights-title">
        {t('legal.rights.title', { frame: t(`casework.frames.${route.frame}`) })}
      </Heading>
      <Paragraph>{RIGHTS_NOTICES[route.frame][w.language]}</Paragraph>
      <Paragraph className="gd-muted">
        {t('legal.rights.given')}{' '}
        {route.rightsNotices
          .map((n) => `${t(`casework.frames.${n.frame}`)} (${w.date(n.issuedAt)})`)
          .join(', ')}
      </Paragraph>
    </section>
  );
}
