import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const OPENAPI_URL = '/api/v1/openapi.json';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  responses?: Record<string, { description?: string }>;
}
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * The API documentation (issue 9.11): every operation of the OpenAPI document, grouped by tag, as plain
 * headings, lists and code — readable with a screen reader and at phone width (the generated swagger-ui page
 * had 1 critical and 129 serious axe violations). The document itself is linked for tools.
 */
export function ApiDocs() {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<OpenApiDocument | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetch(OPENAPI_URL)
      .then((r) =>
        r.ok ? (r.json() as Promise<OpenApiDocument>) : Promise.reject(new Error(String(r.status))),
      )
      .then(setDoc, () => setFailed(true));
  }, []);
  if (failed) {
    return <Paragraph>{t('apiDocs.failed')}</Paragraph>;
  }
  if (!doc) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      return op ? [{ path, method, op }] : [];
    }),
  );
  const tags = doc.tags ?? [];
  return (
    <>
      <Heading level={1}>{t('apiDocs.title')}</Heading>
      <Paragraph>{t('apiDocs.intro', { version: doc.info.version })}</Paragraph>
      <ul className="gd-list">
        <li>{t('apiDocs.auth')}</li>
        <li>{t('apiDocs.errors')}</li>
        <li>{t('apiDocs.idempotency')}</li>
        <li>
          <Link href={OPENAPI_URL}>{t('apiDocs.document')}</Link>
        </li>
      </ul>
      <nav aria-labelledby="api-contents">
        <Heading level={2} id="api-contents">
          {t('apiDocs.contents')}
        </Heading>
        <ul className="gd-list">
          {tags.map((tag) => (
            <li key={tag.name}>
              <Link href={`#api-${tag.name}`}>{tag.description ?? tag.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`api-${tag.name}`}>
          <Heading level={2} id={`api-${tag.name}`}>
            {tag.description ?? tag.name}
          </Heading>
          {operations
            .filter((o) => o.op.tags?.includes(tag.name))
            .map(({ path, method, op }) => (
              <article key={`${method} ${path}`} className="gd-card" aria-labelledby={`op-${op.operationId}`}>
                <Heading level={3} id={`op-${op.operationId}`}>
                  <code className="gd-api-path">
                    {method.toUpperCase()} {path}
                  </code>
                </Heading>
                {op.summary && <Paragraph>{op.summary}</Paragraph>}
                {op.description && op.description !== op.summary && (
                  <Paragraph className="gd-muted">{op.description}</Paragraph>
                )}
                <Paragraph>
                  {t('apiDocs.responses')}: {Object.keys(op.responses ?? {}).join(', ')}
                </Paragraph>
              </article>
            ))}
        </section>
      ))}
    </>
  );
}
