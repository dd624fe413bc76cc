import { Button, Checkbox, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api';
import type { Member, Person } from '../types';
import { GENDERS, MEMBERSHIP_ROLES, NETWORK_RELATIONS, RELATION_KINDS } from '@gezinsdossier/domain';
import { ErrorSummary, fieldError } from './ErrorSummary';
import { Field } from './Field';

/** A select over a closed list of codes from the domain, each shown through its translation. */
export function EnumSelect(props: {
  values: readonly string[];
  labelKey: string;
  value: string;
  onChange: (value: string) => void;
  id: string;
  'aria-describedby'?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const { values, labelKey, onChange, ...rest } = props;
  return (
    <Select {...rest} onChange={(e) => onChange(e.target.value)}>
      {values.map((v) => (
        <SelectOption key={v} value={v}>
          {t(`${labelKey}.${v}`)}
        </SelectOption>
      ))}
    </Select>
  );
}

/** Runs a write; on failure keeps the input and shows the error (a 409 also shows the other version). */
export function useSubmit(onDone: () => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (fn: () => Promise<unknown>) => async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await fn();
      setError(null);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal_error', String(err)));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

export function FormFrame(props: {
  legend: string;
  idPrefix: string;
  error: ApiError | null;
  busy: boolean;
  onSubmit: (e: FormEvent) => void;
  onCancel?: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={props.onSubmit} noValidate className="gd-form" aria-label={props.legend}>
      <ErrorSummary error={props.error} idPrefix={props.idPrefix} />
      {props.children}
      <div className="gd-actions">
        <Button type="submit" appearance="primary-action-button" disabled={props.busy}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={props.onCancel}>
            {t('forms.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

export function AddPersonForm({
  householdId,
  onDone,
  onCancel,
}: {
  householdId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    givenName: '',
    familyName: '',
    birthDate: '',
    bsn: '',
    gender: 'UNKNOWN',
    role: 'CHILD',
    from: new Date().toISOString().slice(0, 10),
  });
  const { error, busy, submit } = useSubmit(onDone);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const onSubmit = submit(() =>
    api('POST', `/api/households/${householdId}/persons`, {
      person: {
        givenName: v.givenName,
        familyName: v.familyName,
        birthDate: v.birthDate || null,
        bsn: v.bsn || null,
        gender: v.gender,
      },
      role: v.role,
      from: v.from,
    }),
  );
  return (
    <FormFrame
      legend={t('forms.addPerson')}
      idPrefix="ap"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.addPerson')}
    >
      <Field id="ap-givenName" label={t('forms.givenName')} error={fieldError(error, 'givenName')}>
        {(a) => <Textbox {...a} value={v.givenName} onChange={set('givenName')} autoComplete="off" />}
      </Field>
      <Field id="ap-familyName" label={t('forms.familyName')} error={fieldError(error, 'familyName')}>
        {(a) => <Textbox {...a} value={v.familyName} onChange={set('familyName')} autoComplete="off" />}
      </Field>
      <Field
        id="ap-birthDate"
        label={`${t('forms.birthDate')} ${t('forms.optional')}`}
        error={fieldError(error, 'birthDate')}
      >
        {(a) => <Textbox {...a} type="date" value={v.birthDate} onChange={set('birthDate')} />}
      </Field>
      <Field
        id="ap-bsn"
        label={`${t('forms.bsn')} ${t('forms.optional')}`}
        hint={t('forms.bsnHint')}
        error={fieldError(error, 'bsn')}
      >
        {(a) => <Textbox {...a} inputMode="numeric" value={v.bsn} onChange={set('bsn')} autoComplete="off" />}
      </Field>
      <Field id="ap-gender" label={t('forms.gender')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={GENDERS}
            labelKey="genders"
            value={v.gender}
            onChange={(x) => set('gender')({ target: { value: x } })}
          />
        )}
      </Field>
      <Field id="ap-role" label={t('forms.role')} error={fieldError(error, 'role')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={MEMBERSHIP_ROLES}
            labelKey="roles"
            value={v.role}
            onChange={(x) => set('role')({ target: { value: x } })}
          />
        )}
      </Field>
      <Field id="ap-from" label={t('forms.from')} error={fieldError(error, 'from')}>
        {(a) => <Textbox {...a} type="date" value={v.from} onChange={set('from')} />}
      </Field>
    </FormFrame>
  );
}

/** Edits a person. On a conflict (409) the other version is shown next to the user's own input. */
export function EditPersonForm({
  householdId,
  person,
  onDone,
  onCancel,
}: {
  householdId: string;
  person: Person;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate ?? '',
    bsn: person.bsn ?? '',
    version: person.version,
  });
  const { error, busy, submit } = useSubmit(onDone);
  const set = (k: 'givenName' | 'familyName' | 'birthDate' | 'bsn') => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const onSubmit = submit(() =>
    api('PATCH', `/api/households/${householdId}/persons/${person.id}`, {
      givenName: v.givenName,
      familyName: v.familyName,
      birthDate: v.birthDate || null,
      bsn: v.bsn || null,
      version: v.version,
    }),
  );
  const current = error?.code === 'version_conflict' ? (error.current as Person & { version: number }) : null;
  return (
    <FormFrame
      legend={t('dossier.editPerson', { name: person.givenName })}
      idPrefix="ep"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={current ? t('forms.reapply') : t('forms.save')}
    >
      {current && (
        <div className="gd-conflict" role="status">
          <p>{t('forms.conflict')}</p>
          <dl>
            <dt>{t('forms.conflictCurrent')}</dt>
            <dd>
              {current.givenName} {current.familyName} · {current.birthDate ?? '—'} ·{' '}
              {current.bsn ?? t('dossier.noBsn')}
            </dd>
          </dl>
          {v.version !== current.version && (
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => setV({ ...v, version: current.version })}
            >
              {t('forms.reapply')}
            </Button>
          )}
        </div>
      )}
      <Field id="ep-givenName" label={t('forms.givenName')} error={fieldError(error, 'givenName')}>
        {(a) => <Textbox {...a} value={v.givenName} onChange={set('givenName')} />}
      </Field>
      <Field id="ep-familyName" label={t('forms.familyName')} error={fieldError(error, 'familyName')}>
        {(a) => <Textbox {...a} value={v.familyName} onChange={set('familyName')} />}
      </Field>
      <Field id="ep-birthDate" label={t('forms.birthDate')} error={fieldError(error, 'birthDate')}>
        {(a) => <Textbox {...a} type="date" value={v.birthDate} onChange={set('birthDate')} />}
      </Field>
      <Field
        id="ep-bsn"
        label={`${t('forms.bsn')} ${t('forms.optional')}`}
        hint={t('forms.bsnHint')}
        error={fieldError(error, 'bsn')}
      >
        {(a) => <Textbox {...a} inputMode="numeric" value={v.bsn} onChange={set('bsn')} />}
      </Field>
    </FormFrame>
  );
}

export function AddRelationForm({
  householdId,
  members,
  onDone,
  onCancel,
}: {
  householdId: string;
  members: Member[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const people = members.filter((m) => m.isCurrent).map((m) => m.person);
  const [v, setV] = useState({
    fromPersonId: people[0]?.id ?? '',
    kind: 'PARENT_OF',
    toPersonId: people[1]?.id ?? '',
    hasParentalAuthority: false,
  });
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() => api('POST', `/api/households/${householdId}/relations`, v));
  const personSelect = (key: 'fromPersonId' | 'toPersonId') => (a: object) => (
    <Select {...a} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })}>
      {people.map((p) => (
        <SelectOption key={p.id} value={p.id}>
          {p.givenName} {p.familyName}
        </SelectOption>
      ))}
    </Select>
  );
  return (
    <FormFrame
      legend={t('forms.addRelation')}
      idPrefix="ar"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.addRelation')}
    >
      <Field id="ar-fromPersonId" label={t('forms.fromPerson')}>
        {personSelect('fromPersonId')}
      </Field>
      <Field id="ar-kind" label={t('forms.kind')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={RELATION_KINDS}
            labelKey="relations"
            value={v.kind}
            onChange={(x) => setV({ ...v, kind: x })}
          />
        )}
      </Field>
      <Field id="ar-toPersonId" label={t('forms.toPerson')}>
        {personSelect('toPersonId')}
      </Field>
      <div className="gd-checkbox">
        <Checkbox
          id="ar-authority"
          checked={v.hasParentalAuthority}
          onChange={(e) => setV({ ...v, hasParentalAuthority: e.target.checked })}
        />
        <label htmlFor="ar-authority">{t('forms.authority')}</label>
      </div>
    </FormFrame>
  );
}

export function AddNetworkForm({
  householdId,
  onDone,
  onCancel,
}: {
  householdId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    displayName: '',
    relation: 'FAMILY',
    involvementAgreedByHousehold: false,
    note: '',
  });
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() =>
    api('POST', `/api/households/${householdId}/network-members`, { ...v, note: v.note || null }),
  );
  return (
    <FormFrame
      legend={t('forms.addNetwork')}
      idPrefix="an"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.add')}
    >
      <Field id="an-displayName" label={t('forms.networkName')} error={fieldError(error, 'displayName')}>
        {(a) => (
          <Textbox
            {...a}
            value={v.displayName}
            onChange={(e) => setV({ ...v, displayName: e.target.value })}
          />
        )}
      </Field>
      <Field id="an-relation" label={t('forms.networkRelation')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={NETWORK_RELATIONS}
            labelKey="network"
            value={v.relation}
            onChange={(x) => setV({ ...v, relation: x })}
          />
        )}
      </Field>
      <div className="gd-checkbox">
        <Checkbox
          id="an-agreed"
          checked={v.involvementAgreedByHousehold}
          onChange={(e) => setV({ ...v, involvementAgreedByHousehold: e.target.checked })}
        />
        <label htmlFor="an-agreed">{t('forms.agreed')}</label>
      </div>
      <Field id="an-note" label={`${t('forms.note')} ${t('forms.optional')}`}>
        {(a) => <Textarea {...a} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />}
      </Field>
    </FormFrame>
  );
}

export function AddNoteForm({
  householdId,
  members,
  onDone,
}: {
  householdId: string;
  members: Member[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const empty = { kind: 'NOTE', title: '', body: '', aboutPersonIds: [] as string[] };
  const [v, setV] = useState(empty);
  const { error, busy, submit } = useSubmit(() => {
    setV(empty);
    onDone();
  });
  const onSubmit = submit(() => api('POST', `/api/households/${householdId}/timeline`, v));
  const people = members.filter((m) => m.isCurrent).map((m) => m.person);
  return (
    <FormFrame
      legend={t('forms.addNote')}
      idPrefix="note"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      submitLabel={t('forms.addNote')}
    >
      <Field id="note-kind" label={t('forms.entryKind')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={['NOTE', 'CONTACT']}
            labelKey="entryKinds"
            value={v.kind}
            onChange={(x) => setV({ ...v, kind: x })}
          />
        )}
      </Field>
      <Field id="note-title" label={t('forms.title')} error={fieldError(error, 'title')}>
        {(a) => <Textbox {...a} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />}
      </Field>
      <Field id="note-body" label={t('forms.body')} error={fieldError(error, 'body')}>
        {(a) => (
          <Textarea {...a} rows={4} value={v.body} onChange={(e) => setV({ ...v, body: e.target.value })} />
        )}
      </Field>
      <fieldset className="gd-fieldset">
        <legend>{t('forms.aboutPersons')}</legend>
        {people.map((p) => (
          <div className="gd-checkbox" key={p.id}>
            <Checkbox
              id={`note-about-${p.id}`}
              checked={v.aboutPersonIds.includes(p.id)}
              onChange={(e) =>
                setV({
                  ...v,
                  aboutPersonIds: e.target.checked
                    ? [...v.aboutPersonIds, p.id]
                    : v.aboutPersonIds.filter((id) => id !== p.id),
                })
              }
            />
            <label htmlFor={`note-about-${p.id}`}>
              {p.givenName} {p.familyName}
            </label>
          </div>
        ))}
      </fieldset>
    </FormFrame>
  );
}

interface ProfessionalOption {
  professionalId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
}

/**
 * Search the staff directory and pick one professional in one organisation. `value` is
 * "professionalId|organisationId"; `onlyKind` limits the choice (e.g. Lokaal Team for the vast gezicht).
 */
export function ProfessionalPicker(props: {
  idPrefix: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  onlyKind?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<ProfessionalOption[]>([]);
  const search = async () => {
    const found = await api<ProfessionalOption[]>(
      'GET',
      `/api/professionals?q=${encodeURIComponent(q)}&limit=20`,
    );
    setOptions(props.onlyKind ? found.filter((o) => o.organisationKind === props.onlyKind) : found);
  };
  return (
    <>
      <Field id={`${props.idPrefix}-q`} label={t('forms.searchProfessional')}>
        {(a) => (
          <div className="gd-inline-form">
            <Textbox {...a} value={q} onChange={(e) => setQ(e.target.value)} />
            <Button type="button" appearance="secondary-action-button" onClick={() => void search()}>
              {t('caseload.searchButton')}
            </Button>
          </div>
        )}
      </Field>
      <Field id={`${props.idPrefix}-professionalId`} label={props.label} error={props.error}>
        {(a) => (
          <Select {...a} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
            <SelectOption value="">—</SelectOption>
            {options.map((o) => (
              <SelectOption
                key={`${o.professionalId}|${o.organisationId}`}
                value={`${o.professionalId}|${o.organisationId}`}
              >
                {o.displayName} — {o.organisationName}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}

export function AddExpertForm({
  householdId,
  onDone,
  onCancel,
}: {
  householdId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const [expertise, setExpertise] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() => {
    const [professionalId, organisationId] = choice.split('|');
    return api('POST', `/api/households/${householdId}/team`, {
      professionalId,
      organisationId,
      role: 'EXPERT',
      expertise: expertise || null,
    });
  });
  return (
    <FormFrame
      legend={t('forms.addExpert')}
      idPrefix="ax"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.add')}
    >
      <ProfessionalPicker
        idPrefix="ax"
        label={t('forms.professional')}
        value={choice}
        onChange={setChoice}
        error={fieldError(error, 'professionalId')}
      />
      <Field id="ax-expertise" label={`${t('forms.expertise')} ${t('forms.optional')}`}>
        {(a) => <Textbox {...a} value={expertise} onChange={(e) => setExpertise(e.target.value)} />}
      </Field>
    </FormFrame>
  );
}

/** Changes the vast gezicht (VAL-02): a Lokaal Team professional and a reason, which the family will see. */
export function ChangeFixedProfessionalForm({
  householdId,
  onDone,
  onCancel,
}: {
  householdId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() => {
    const [professionalId, organisationId] = choice.split('|');
    return api('POST', `/api/households/${householdId}/fixed-professional`, {
      professionalId,
      organisationId,
      reason,
    });
  });
  return (
    <FormFrame
      legend={t('forms.changeFixed')}
      idPrefix="cf"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.changeFixed')}
    >
      <ProfessionalPicker
        idPrefix="cf"
        label={t('forms.newFixed')}
        value={choice}
        onChange={setChoice}
        error={fieldError(error, 'professionalId')}
        onlyKind="LOCAL_TEAM"
      />
      <Field
        id="cf-reason"
        label={t('forms.changeReason')}
        hint={t('forms.changeReasonHint')}
        error={fieldError(error, 'reason')}
      >
        {(a) => <Textarea {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </FormFrame>
  );
}

/** Ends a membership (someone moved out) on a date; the history stays. */
export function EndMembershipForm({
  householdId,
  member,
  onDone,
  onCancel,
}: {
  householdId: string;
  member: Member;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState(new Date().toISOString().slice(0, 10));
  const { error, busy, submit } = useSubmit(onDone);
  // "No longer lives here since X": the membership's last day is the day before X.
  const lastDay = (iso: string) =>
    new Date(Date.parse(`${iso}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const onSubmit = submit(() =>
    api('PATCH', `/api/households/${householdId}/memberships/${member.membershipId}`, {
      to: lastDay(to),
      version: member.membershipVersion,
    }),
  );
  return (
    <FormFrame
      legend={t('forms.endMembership', { name: member.person.givenName })}
      idPrefix="em"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.save')}
    >
      <Field id="em-to" label={t('forms.movedOutOn')} error={fieldError(error, 'to')}>
        {(a) => <Textbox {...a} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
      </Field>
    </FormFrame>
  );
}
