import { ORGANISATION_KINDS, ORGANISATION_ROLES } from '@gezinsdossier/domain';
import {
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, done, ok, type Schemas } from '../api/client';
import { TextField } from '../casework/kit';
import { ConfirmAction } from '../components/ConfirmAction';
import { EnumSelect, FormFrame, useSubmit } from '../components/forms';
import { Field } from '../components/Field';
import { fieldError } from '../components/ErrorSummary';
import { DecisionPoliciesSection } from './DecisionPolicies';

type Account = Schemas['AdminAccount'];
type Organisations = Schemas['AdminOrganisations'];
type Change = Schemas['AdminChange'];

/**
 * Administration (issue 9.11): accounts and their roles, the OIDC subject an account signs in with, regions,
 * municipalities and organisations, and the log of these changes. Every change is an explicit form or a
 * confirmation with a reason; changing an account checks the version the administrator saw.
 */
export function Administration() {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [organisations, setOrganisations] = useState<Organisations | null>(null);
  const [changes, setChanges] = useState<Change[]>([]);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const load = useCallback(async () => {
    const [a, o, c] = await Promise.all([
      ok(client.GET('/api/v1/admin/accounts')),
      ok(client.GET('/api/v1/admin/organisations')),
      ok(client.GET('/api/v1/admin/changes', { params: { query: { limit: 50 } } })),
    ]);
    setAccounts(a);
    setOrganisations(o);
    setChanges(c);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  /** After a change: reload, say what happened, and put focus on that message. */
  const changed = async (message: string) => {
    await load();
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  if (!accounts || !organisations) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <>
      <Heading level={1}>{t('administration.title')}</Heading>
      <Paragraph>{t('administration.intro')}</Paragraph>
      <p
        id="admin-status"
        role="status"
        tabIndex={-1}
        ref={statusRef}
        className={status ? 'gd-notice' : undefined}
      >
        {status}
      </p>
      <AccountsSection accounts={accounts} organisations={organisations} onChanged={changed} />
      <OrganisationsSection organisations={organisations} onChanged={changed} />
      <DecisionPoliciesSection regions={organisations.regions} onChanged={changed} />
      <section aria-labelledby="admin-log">
        <Heading level={2} id="admin-log">
          {t('administration.log.title')}
        </Heading>
        {changes.length === 0 ? (
          <Paragraph>{t('administration.log.none')}</Paragraph>
        ) : (
          <div>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('administration.log.when')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('administration.log.who')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('administration.log.what')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('administration.log.about')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('administration.log.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {changes.map((c) => (
                  <TableRow key={c.seq}>
                    <TableCell>{new Date(c.occurredAt).toLocaleString()}</TableCell>
                    <TableCell>{c.by}</TableCell>
                    <TableCell>{t(`administration.actions.${c.action}`)}</TableCell>
                    <TableCell>{c.entityName ?? '—'}</TableCell>
                    <TableCell>{c.reason ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}

function AccountsSection(props: {
  accounts: Account[];
  organisations: Organisations;
  onChanged: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<{ accountId: string; form: 'edit' | 'role' } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  return (
    <section aria-labelledby="admin-accounts">
      <Heading level={2} id="admin-accounts">
        {t('administration.accounts.title')}
      </Heading>
      {creating ? (
        <CreateAccountForm
          onCancel={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
          onDone={async (name) => {
            setCreating(false);
            await props.onChanged(t('administration.accounts.created', { name }));
          }}
        />
      ) : (
        <Button ref={newButton} appearance="secondary-action-button" onClick={() => setCreating(true)}>
          {t('administration.accounts.new')}
        </Button>
      )}
      <ul className="gd-list gd-admin-accounts">
        {props.accounts.map((a) => (
          <li key={a.accountId} className="gd-card">
            <Heading level={3}>
              {a.displayName}
              {!a.active && <span className="gd-muted"> — {t('administration.accounts.inactive')}</span>}
            </Heading>
            <Paragraph>
              {t(`administration.kinds.${a.kind}`)}
              {a.email ? ` · ${a.email}` : ''} ·{' '}
              {a.oidcBound
                ? t('administration.accounts.oidcBound')
                : t('administration.accounts.oidcNotBound')}
              {a.demo ? ` · ${t('administration.accounts.demo')}` : ''}
            </Paragraph>
            {a.memberships.length > 0 && (
              <ul className="gd-list">
                {a.memberships.map((m) => (
                  <li key={m.membershipId}>
                    {t(`administration.roles.${m.role}`)} — {m.organisationName}
                    {m.endedAt ? (
                      <span className="gd-muted">
                        {' '}
                        (
                        {t('administration.accounts.ended', {
                          date: new Date(m.endedAt).toLocaleDateString(),
                        })}
                        )
                      </span>
                    ) : (
                      a.active && (
                        <>
                          {' '}
                          <ConfirmAction
                            trigger={
                              <>
                                {t('administration.accounts.endRole')}
                                <span className="gd-visually-hidden">
                                  {' '}
                                  {a.displayName}, {m.organisationName}
                                </span>
                              </>
                            }
                            title={t('administration.accounts.endRoleTitle', {
                              name: a.displayName,
                              organisation: m.organisationName,
                            })}
                            reason={{ label: t('administration.reason'), required: true }}
                            confirmLabel={t('administration.accounts.endRoleConfirm')}
                            run={(reason) =>
                              done(
                                client.PATCH('/api/v1/admin/memberships/{membershipId}', {
                                  params: { path: { membershipId: m.membershipId } },
                                  body: { reason: reason ?? '' },
                                }),
                              )
                            }
                            onDone={() =>
                              props.onChanged(
                                t('administration.accounts.roleEnded', {
                                  name: a.displayName,
                                  organisation: m.organisationName,
                                }),
                              )
                            }
                            focusAfter={() => document.getElementById('admin-status')}
                          >
                            <Paragraph>{t('administration.accounts.endRoleText')}</Paragraph>
                          </ConfirmAction>
                        </>
                      )
                    )}
                  </li>
                ))}
              </ul>
            )}
            {a.active && (
              <div className="gd-actions">
                <Button
                  appearance="subtle-button"
                  aria-expanded={open?.accountId === a.accountId && open.form === 'edit'}
                  onClick={() => setOpen({ accountId: a.accountId, form: 'edit' })}
                >
                  {t('administration.accounts.edit')}
                  <span className="gd-visually-hidden"> {a.displayName}</span>
                </Button>
                {a.kind === 'PROFESSIONAL' && (
                  <Button
                    appearance="subtle-button"
                    aria-expanded={open?.accountId === a.accountId && open.form === 'role'}
                    onClick={() => setOpen({ accountId: a.accountId, form: 'role' })}
                  >
                    {t('administration.accounts.addRole')}
                    <span className="gd-visually-hidden"> {a.displayName}</span>
                  </Button>
                )}
                <ConfirmAction
                  trigger={
                    <>
                      {t('administration.accounts.deactivate')}
                      <span className="gd-visually-hidden"> {a.displayName}</span>
                    </>
                  }
                  title={t('administration.accounts.deactivateTitle', { name: a.displayName })}
                  reason={{ label: t('administration.reason'), required: true }}
                  confirmLabel={t('administration.accounts.deactivateConfirm')}
                  run={(reason) =>
                    done(
                      client.POST('/api/v1/admin/accounts/{accountId}/deactivations', {
                        params: { path: { accountId: a.accountId } },
                        body: { version: a.version, reason: reason ?? '' },
                      }),
                    )
                  }
                  onDone={() =>
                    props.onChanged(t('administration.accounts.deactivated', { name: a.displayName }))
                  }
                  focusAfter={() => document.getElementById('admin-status')}
                >
                  <Paragraph>{t('administration.accounts.deactivateText')}</Paragraph>
                </ConfirmAction>
              </div>
            )}
            {open?.accountId === a.accountId && open.form === 'edit' && (
              <EditAccountForm
                account={a}
                onCancel={() => setOpen(null)}
                onDone={async () => {
                  setOpen(null);
                  await props.onChanged(t('administration.accounts.saved', { name: a.displayName }));
                }}
              />
            )}
            {open?.accountId === a.accountId && open.form === 'role' && (
              <AddRoleForm
                account={a}
                organisations={props.organisations}
                onCancel={() => setOpen(null)}
                onDone={async () => {
                  setOpen(null);
                  await props.onChanged(t('administration.accounts.roleAdded', { name: a.displayName }));
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CreateAccountForm(props: { onCancel: () => void; onDone: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'PROFESSIONAL' | 'ADMINISTRATOR'>('PROFESSIONAL');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [oidcSubject, setOidcSubject] = useState('');
  const { error, busy, submit } = useSubmit(() => void props.onDone(displayName.trim()));
  return (
    <FormFrame
      legend={t('administration.accounts.new')}
      idPrefix="admin-new"
      error={error}
      busy={busy}
      onCancel={props.onCancel}
      submitLabel={t('administration.accounts.create')}
      onSubmit={submit(() =>
        ok(
          client.POST('/api/v1/admin/accounts', {
            body: {
              kind,
              displayName,
              email: email.trim() || null,
              oidcSubject: oidcSubject.trim() || null,
            },
          }),
        ),
      )}
    >
      <Field id="admin-new-kind" label={t('administration.accounts.kind')} error={fieldError(error, 'kind')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={['PROFESSIONAL', 'ADMINISTRATOR'] as const}
            labelKey="administration.kinds"
            value={kind}
            onChange={setKind}
          />
        )}
      </Field>
      <TextField
        id="admin-new-displayName"
        label={t('administration.accounts.name')}
        value={displayName}
        onChange={setDisplayName}
        error={error}
        field="displayName"
      />
      <TextField
        id="admin-new-email"
        label={t('administration.accounts.email')}
        value={email}
        onChange={setEmail}
        error={error}
        field="email"
      />
      <TextField
        id="admin-new-oidcSubject"
        label={t('administration.accounts.oidcSubject')}
        hint={t('administration.accounts.oidcHint')}
        value={oidcSubject}
        onChange={setOidcSubject}
        error={error}
        field="oidcSubject"
      />
    </FormFrame>
  );
}

function EditAccountForm(props: { account: Account; onCancel: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(props.account.displayName);
  const [email, setEmail] = useState(props.account.email ?? '');
  const [oidcSubject, setOidcSubject] = useState('');
  const [unbind, setUnbind] = useState(false);
  const { error, busy, submit } = useSubmit(() => void props.onDone());
  const prefix = `admin-edit-${props.account.accountId}`;
  return (
    <FormFrame
      legend={t('administration.accounts.editTitle', { name: props.account.displayName })}
      idPrefix={prefix}
      error={error}
      busy={busy}
      onCancel={props.onCancel}
      submitLabel={t('administration.accounts.save')}
      onSubmit={submit(() =>
        ok(
          client.PATCH('/api/v1/admin/accounts/{accountId}', {
            params: { path: { accountId: props.account.accountId } },
            body: {
              version: props.account.version,
              displayName,
              email: email.trim() || null,
              ...(unbind
                ? { oidcSubject: null }
                : oidcSubject.trim()
                  ? { oidcSubject: oidcSubject.trim() }
                  : {}),
            },
          }),
        ),
      )}
    >
      <TextField
        id={`${prefix}-displayName`}
        label={t('administration.accounts.name')}
        value={displayName}
        onChange={setDisplayName}
        error={error}
        field="displayName"
      />
      <TextField
        id={`${prefix}-email`}
        label={t('administration.accounts.email')}
        value={email}
        onChange={setEmail}
        error={error}
        field="email"
      />
      <TextField
        id={`${prefix}-oidcSubject`}
        label={
          props.account.oidcBound
            ? t('administration.accounts.oidcReplace')
            : t('administration.accounts.oidcSubject')
        }
        hint={t('administration.accounts.oidcHint')}
        value={oidcSubject}
        onChange={setOidcSubject}
        error={error}
        field="oidcSubject"
      />
      {props.account.oidcBound && (
        <div className="gd-checkbox">
          <input
            type="checkbox"
            id={`${prefix}-unbind`}
            checked={unbind}
            onChange={(e) => setUnbind(e.target.checked)}
          />
          <label htmlFor={`${prefix}-unbind`}>{t('administration.accounts.oidcUnbind')}</label>
        </div>
      )}
    </FormFrame>
  );
}

function AddRoleForm(props: {
  account: Account;
  organisations: Organisations;
  onCancel: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<(typeof ORGANISATION_ROLES)[number]>('PROFESSIONAL');
  const { error, busy, submit } = useSubmit(() => void props.onDone());
  const prefix = `admin-role-${props.account.accountId}`;
  return (
    <FormFrame
      legend={t('administration.accounts.addRoleTitle', { name: props.account.displayName })}
      idPrefix={prefix}
      error={error}
      busy={busy}
      onCancel={props.onCancel}
      submitLabel={t('administration.accounts.addRoleConfirm')}
      onSubmit={submit(() =>
        ok(
          client.POST('/api/v1/admin/accounts/{accountId}/memberships', {
            params: { path: { accountId: props.account.accountId } },
            body: { organisationId, role },
          }),
        ),
      )}
    >
      <Field
        id={`${prefix}-organisationId`}
        label={t('administration.organisation')}
        error={fieldError(error, 'organisationId')}
      >
        {(a) => (
          <Select {...a} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
            <SelectOption value="">—</SelectOption>
            {props.organisations.organisations.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {o.name} ({o.regionName})
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${prefix}-role`} label={t('administration.role')} error={fieldError(error, 'role')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={ORGANISATION_ROLES}
            labelKey="administration.roles"
            value={role}
            onChange={setRole}
          />
        )}
      </Field>
    </FormFrame>
  );
}

function OrganisationsSection(props: {
  organisations: Organisations;
  onChanged: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'region' | 'municipality' | 'organisation' | null>(null);
  const { regions, organisations } = props.organisations;
  return (
    <section aria-labelledby="admin-organisations">
      <Heading level={2} id="admin-organisations">
        {t('administration.organisations.title')}
      </Heading>
      <div className="gd-actions">
        {(['region', 'municipality', 'organisation'] as const).map((form) => (
          <Button
            key={form}
            appearance="secondary-action-button"
            aria-expanded={open === form}
            onClick={() => setOpen(form)}
          >
            {t(`administration.organisations.add.${form}`)}
          </Button>
        ))}
      </div>
      {open === 'region' && (
        <AddRegionForm
          onCancel={() => setOpen(null)}
          onDone={async (name) => {
            setOpen(null);
            await props.onChanged(t('administration.organisations.added', { name }));
          }}
        />
      )}
      {open === 'municipality' && (
        <AddMunicipalityForm
          regions={regions}
          onCancel={() => setOpen(null)}
          onDone={async (name) => {
            setOpen(null);
            await props.onChanged(t('administration.organisations.added', { name }));
          }}
        />
      )}
      {open === 'organisation' && (
        <AddOrganisationForm
          regions={regions}
          onCancel={() => setOpen(null)}
          onDone={async (name) => {
            setOpen(null);
            await props.onChanged(t('administration.organisations.added', { name }));
          }}
        />
      )}
      {regions.map((r) => (
        <div key={r.id}>
          <Heading level={3}>
            {r.name} ({r.code})
          </Heading>
          <ul className="gd-list">
            {organisations
              .filter((o) => o.regionId === r.id)
              .map((o) => (
                <li key={o.id}>
                  {o.name} — {t(`administration.organisationKinds.${o.kind}`)}
                  {o.municipalityName ? ` (${o.municipalityName})` : ''}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function RegionSelect(props: {
  id: string;
  regions: Organisations['regions'];
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Field id={props.id} label={t('administration.region')} error={props.error}>
      {(a) => (
        <Select {...a} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <SelectOption value="">—</SelectOption>
          {props.regions.map((r) => (
            <SelectOption key={r.id} value={r.id}>
              {r.name} ({r.code})
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}

function AddRegionForm(props: { onCancel: () => void; onDone: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const { error, busy, submit } = useSubmit(() => void props.onDone(name.trim()));
  return (
    <FormFrame
      legend={t('administration.organisations.add.region')}
      idPrefix="admin-region"
      error={error}
      busy={busy}
      onCancel={props.onCancel}
      submitLabel={t('administration.organisations.save')}
      onSubmit={submit(() => ok(client.POST('/api/v1/admin/regions', { body: { code, name } })))}
    >
      <TextField
        id="admin-region-code"
        label={t('administration.organisations.regionCode')}
        hint={t('administration.organisations.regionCodeHint')}
        value={code}
        onChange={setCode}
        error={error}
        field="code"
      />
      <TextField
        id="admin-region-name"
        label={t('administration.organisations.name')}
        value={name}
        onChange={setName}
        error={error}
        field="name"
      />
    </FormFrame>
  );
}

function AddMunicipalityForm(props: {
  regions: Organisations['regions'];
  onCancel: () => void;
  onDone: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [regionId, setRegionId] = useState('');
  const { error, busy, submit } = useSubmit(() => void props.onDone(name.trim()));
  return (
    <FormFrame
      legend={t('administration.organisations.add.municipality')}
      idPrefix="admin-municipality"
      error={error}
      busy={busy}
      onCancel={props.onCancel}
      submitLabel={t('administration.organisations.save')}
      onSubmit={submit(() =>
        ok(client.POST('/api/v1/admin/municipalities', { body: { code, name, regionId } })),
      )}
    >
      <TextField
        id="admin-municipality-code"
        label={t('administration.organisations.municipalityCode')}
        hint={t('administration.organisations.municipalityCodeHint')}
        value={code}
        onChange={setCode}
        error={error}
        field="code"
      />
      <TextField
        id="admin-municipality-name"
        label={t('administration.organisations.name')}
        value={name}
        onChange={setName}
        error={error}
        field="name"
      />
      <RegionSelect
        id="admin-municipality-regionId"
        regions={props.regions}
        value={regionId}
        onChange={setRegionId}
        error={fieldError(error, 'regionId')}
      />
    </FormFrame>
  );
}

function AddOrganisationForm(props: {
  regions: Organisations['regions'];
  onCancel: () => void;
  onDone: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof ORGANISATION_KINDS)[number]>('LOCAL_TEAM');
  const [regionId, setRegionId] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const { error, busy, submit } = useSubmit(() => void props.onDone(name.trim()));
  return (
    <FormFrame
      legend={t('administration.organisations.add.organisation')}
      idPrefix="admin-organisation"
      error={error}
      busy={busy}
      onCancel={props.onCancel}
      submitLabel={t('administration.organisations.save')}
      onSubmit={submit(() =>
        ok(
          client.POST('/api/v1/admin/organisations', {
            body: { name, kind, regionId, municipalityCode: municipalityCode.trim() || null },
          }),
        ),
      )}
    >
      <TextField
        id="admin-organisation-name"
        label={t('administration.organisations.name')}
        value={name}
        onChange={setName}
        error={error}
        field="name"
      />
      <Field
        id="admin-organisation-kind"
        label={t('administration.organisations.kind')}
        error={fieldError(error, 'kind')}
      >
        {(a) => (
          <EnumSelect
            {...a}
            values={ORGANISATION_KINDS}
            labelKey="administration.organisationKinds"
            value={kind}
            onChange={setKind}
          />
        )}
      </Field>
      <RegionSelect
        id="admin-organisation-regionId"
        regions={props.regions}
        value={regionId}
        onChange={setRegionId}
        error={fieldError(error, 'regionId')}
      />
      <TextField
        id="admin-organisation-municipalityCode"
        label={t('administration.organisations.municipalityOptional')}
        hint={t('administration.organisations.municipalityCodeHint')}
        value={municipalityCode}
        onChange={setMunicipalityCode}
        error={error}
        field="municipalityCode"
      />
    </FormFrame>
  );
}
