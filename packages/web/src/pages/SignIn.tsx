import { ERROR_MESSAGES, isErrorCodeLike } from '../errors';
import { Alert, Button, ButtonLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { client, ok, type Schemas, setCsrfToken } from '../api/client';
import { useSession } from '../session';

type DemoUser = Schemas['DemoUser'];

/**
 * Sign-in: organisation sign-in (OIDC) when configured; in demo mode a list of synthetic demo users; when
 * neither is configured, a notice that nobody can sign in yet.
 */
export function SignIn() {
  const { t, i18n } = useTranslation();
  const { refresh } = useSession();
  const [params] = useSearchParams();
  const failure = params.get('fout');
  const navigate = useNavigate();
  const [methods, setMethods] = useState<Schemas['SignInMethods'] | null>(null);
  const [users, setUsers] = useState<DemoUser[]>([]);
  const [suggestions, setSuggestions] = useState<Schemas['DemoSuggestion'][]>([]);
  useEffect(() => {
    void ok(client.GET('/api/v1/auth/methods')).then(async (m) => {
      setMethods(m);
      if (m.demo) {
        setSuggestions(await ok(client.GET('/api/v1/auth/demo-suggestions')));
        setUsers(await ok(client.GET('/api/v1/auth/demo-users')));
      }
    });
  }, []);
  const signInAs = async (id: string) => {
    const signedIn = await ok(client.POST('/api/v1/auth/demo-sessions', { body: { accountId: id } }));
    setCsrfToken(signedIn.csrfToken);
    await refresh();
    navigate('/');
  };
  // One entry per person per organisation, with all their roles there.
  const groups = new Map<string, Map<string, { user: DemoUser; roles: string[] }>>();
  for (const u of users) {
    const key = u.organisationName ?? t(`signIn.kinds.${u.kind}`);
    const group = groups.get(key) ?? new Map();
    const entry = group.get(u.id) ?? { user: u, roles: [] };
    entry.roles.push(u.role ? t(`roles.${u.role}`) : t(`signIn.kinds.${u.kind}`));
    group.set(u.id, entry);
    groups.set(key, group);
  }
  return (
    <>
      <Heading level={1}>{t('signIn.title')}</Heading>
      {failure && isErrorCodeLike(failure) && (
        <Alert type="error">
          <Paragraph>{ERROR_MESSAGES[failure][i18n.language === 'en' ? 'en' : 'nl']}</Paragraph>
        </Alert>
      )}
      {methods && !methods.oidc && !methods.demo && (
        <Alert type="warning">
          <Paragraph>{t('signIn.none')}</Paragraph>
        </Alert>
      )}
      {methods?.oidc && (
        <ButtonLink href="/api/v1/auth/oidc/start" appearance="primary-action-button">
          {t('signIn.oidc')}
        </ButtonLink>
      )}
      {methods?.demo && (
        <>
          <Paragraph>{t('signIn.demoIntro')}</Paragraph>
          {suggestions.length > 0 && (
            <section aria-labelledby="demo-suggested" className="gd-card">
              <Heading level={2} id="demo-suggested">
                {t('signIn.suggestedTitle')}
              </Heading>
              <ul className="gd-plain-list">
                {suggestions.map((s) => (
                  <li key={s.suggestion}>
                    <Button
                      appearance={
                        s.suggestion === 'LOCAL_TEAM_PROFESSIONAL'
                          ? 'primary-action-button'
                          : 'secondary-action-button'
                      }
                      onClick={() => void signInAs(s.id)}
                      aria-label={t('signIn.as', { name: s.displayName })}
                    >
                      {s.displayName}
                    </Button>{' '}
                    <span>
                      {t(`signIn.suggestions.${s.suggestion}`, { families: s.families, stages: s.stages })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <details className="gd-demo-all">
            <summary>{t('signIn.allUsers', { count: users.length })}</summary>
            <div className="gd-demo-groups">
              {[...groups.entries()].map(([group, members], index) => (
                <section key={group} aria-labelledby={`demo-group-${index}`} className="gd-card">
                  <Heading level={2} id={`demo-group-${index}`}>
                    {group}
                  </Heading>
                  <ul className="gd-plain-list">
                    {[...members.values()].map(({ user, roles }) => (
                      <li key={user.id}>
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => void signInAs(user.id)}
                          aria-label={t('signIn.as', { name: user.displayName })}
                        >
                          {user.displayName}
                        </Button>{' '}
                        <span className="gd-muted">{roles.join(', ')}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </details>
        </>
      )}
    </>
  );
}
