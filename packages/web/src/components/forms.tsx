import { Button, Checkbox, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ApiError,
  type Body,
  client,
  newIdempotencyKey,
  ok,
  type Schemas,
  withIdempotencyKey,
} from '../api/client';
import {
  AUTHORITY_RELATION_KINDS,
  GENDERS,
  type Gender,
  isMinorMember,
  MEMBERSHIP_ROLES,
  type MembershipRole,
  NETWORK_RELATIONS,
  type NetworkRelation,
  RELATION_KINDS,
  type RelationKind,
} from '@gezinsdossier/domain';
import { ErrorSummary, fieldError } from './ErrorSummary';
import { Field } from './Field';

type Member = Schemas['Member'];
type Person = Schemas['Person'];

/** A select over a closed list of codes from the domain, each shown through its translation. */
export function EnumSelect<T extends string>(props: {
  values: readonly T[];
  labelKey: string;
  value: T;
  onChange: (value: T) => void;
  id: string;
  'aria-describedby'?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const { values, labelKey, onChange, ...rest } = props;
  // The chosen option is looked up in the list, so the value keeps its code type without a cast.
  const pick = (value: string) => {
    const chosen = values.find((v) => v === value);
    if (chosen !== undefined) {
      onChange(chosen);
    }
  };
  return (
    <Select {...rest} onChange={(e) => pick(e.target.value)}>
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
  // One key per submission: a second press while the first is on its way, or a retry after an error
  // without an answer, repeats the same submission; after success the next one is new.
  const key = useRef(newIdempotencyKey());
  const inFlight = useRef(false);
  const submit = (fn: () => Promise<unknown>) => async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) {
      return;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      await withIdempotencyKey(key.current, fn);
      key.current = newIdempotencyKey();
      setError(null);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal_error', String(err)));
    } finally {
      inFlight.current = false;
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
  const form = useRef<HTMLFormElement>(null);
  // Whether anything was typed or chosen: Escape closes an untouched form only, so it never loses input.
  const touched = useRef(false);
  // Issue 9.4: a form opened by a button takes focus on its first field, where the keyboard user goes on.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  }, []);
  const { onCancel } = props;
  return (
    <form
      ref={form}
      onSubmit={props.onSubmit}
      noValidate
      className="gd-form"
      aria-label={props.legend}
      onChange={() => {
        touched.current = true;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel && !touched.current) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
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
    from: new Date().toISOString().slice(0, 10),
  });
  const [gender, setGender] = useState<Gender>('UNKNOWN');
  const [role, setRole] = useState<MembershipRole>('CHILD');
  const { error, busy, submit } = useSubmit(onDone);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/persons', {
        params: { path: { householdId } },
        body: {
          person: {
            givenName: v.givenName,
            familyName: v.familyName,
            birthDate: v.birthDate || null,
            bsn: v.bsn || null,
            gender,
          },
          role,
          from: v.from,
        },
      }),
    ),
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
        {(a) => <EnumSelect {...a} values={GENDERS} labelKey="genders" value={gender} onChange={setGender} />}
      </Field>
      <Field id="ap-role" label={t('forms.role')} error={fieldError(error, 'role')}>
        {(a) => (
          <EnumSelect {...a} values={MEMBERSHIP_ROLES} labelKey="roles" value={role} onChange={setRole} />
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
    ok(
      client.PATCH('/api/v1/households/{householdId}/persons/{personId}', {
        params: { path: { householdId, personId: person.id } },
        body: {
          givenName: v.givenName,
          familyName: v.familyName,
          birthDate: v.birthDate || null,
          bsn: v.bsn || null,
          version: v.version,
        },
      }),
    ),
  );
  const current = error?.code === 'version_conflict' && isPerson(error.current) ? error.current : null;
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
  const [v, setV] = useState<Body<'/api/v1/households/{householdId}/relations', 'post'>>({
    fromPersonId: people[0]?.id ?? '',
    kind: 'PARENT_OF',
    toPersonId: people[1]?.id ?? '',
    hasParentalAuthority: false,
  });
  const { error, busy, submit } = useSubmit(onDone);
  // Parental authority is only asked for a parent-like relation to a minor (issue 9.7).
  const to = members.find((m) => m.person.id === v.toPersonId);
  const toMinor = to ? isMinorMember({ role: to.role, age: to.person.age }) : false;
  const asksAuthority = toMinor && (AUTHORITY_RELATION_KINDS as readonly string[]).includes(v.kind);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/relations', {
        params: { path: { householdId } },
        body: { ...v, hasParentalAuthority: asksAuthority && (v.hasParentalAuthority ?? false) },
      }),
    ),
  );
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
            onChange={(kind: RelationKind) => setV({ ...v, kind })}
          />
        )}
      </Field>
      <Field id="ar-toPersonId" label={t('forms.toPerson')}>
        {personSelect('toPersonId')}
      </Field>
      {asksAuthority && (
        <div className="gd-checkbox">
          <Checkbox
            id="ar-authority"
            checked={v.hasParentalAuthority ?? false}
            onChange={(e) => setV({ ...v, hasParentalAuthority: e.target.checked })}
          />
          <label htmlFor="ar-authority">{t('forms.authority')}</label>
        </div>
      )}
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
  const [v, setV] = useState<{
    displayName: string;
    relation: NetworkRelation;
    involvementAgreedByHousehold: boolean;
    note: string;
  }>({
    displayName: '',
    relation: 'FAMILY',
    involvementAgreedByHousehold: false,
    note: '',
  });
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/network-members', {
        params: { path: { householdId } },
        body: { ...v, note: v.note || null },
      }),
    ),
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

/** A note, contact or appointment on the timeline; `onDone` receives the id of the new entry. */
export function AddNoteForm({
  householdId,
  members,
  onDone,
  onCancel,
}: {
  householdId: string;
  members: Member[];
  onDone: (entryId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const empty: {
    kind: 'NOTE' | 'CONTACT' | 'APPOINTMENT';
    title: string;
    body: string;
    aboutPersonIds: string[];
    /** For an appointment: when it is planned (the browser's local date and time). */
    when: string;
  } = {
    kind: 'NOTE',
    title: '',
    body: '',
    aboutPersonIds: [],
    when: '',
  };
  const [v, setV] = useState(empty);
  const created = useRef('');
  const { error, busy, submit } = useSubmit(() => {
    setV(empty);
    onDone(created.current);
  });
  const onSubmit = submit(async () => {
    const entry = await ok(
      client.POST('/api/v1/households/{householdId}/timeline-entries', {
        params: { path: { householdId } },
        body: {
          kind: v.kind,
          title: v.title,
          body: v.body,
          aboutPersonIds: v.aboutPersonIds,
          ...(v.kind === 'APPOINTMENT' && v.when ? { occurredAt: new Date(v.when).toISOString() } : {}),
        },
      }),
    );
    created.current = entry.id;
    return entry;
  });
  const people = members.filter((m) => m.isCurrent).map((m) => m.person);
  return (
    <FormFrame
      legend={t('forms.addNote')}
      idPrefix="note"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.addNote')}
    >
      <Field id="note-kind" label={t('forms.entryKind')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={['NOTE', 'CONTACT', 'APPOINTMENT'] as const}
            labelKey="entryKinds"
            value={v.kind}
            onChange={(x) => setV({ ...v, kind: x })}
          />
        )}
      </Field>
      {v.kind === 'APPOINTMENT' && (
        <Field id="note-when" label={t('forms.appointmentWhen')} error={fieldError(error, 'occurredAt')}>
          {(a) => (
            <Textbox
              {...a}
              type="datetime-local"
              value={v.when}
              onChange={(e) => setV({ ...v, when: e.target.value })}
            />
          )}
        </Field>
      )}
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

/**
 * Search the staff directory and pick one professional in one organisation. `value` is
 * "professionalId|organisationId"; `onlyKind` limits the choice (e.g. Lokaal Team for the vast gezicht).
 */
export function ProfessionalPicker(props: {
  idPrefix: string;
  label: string;
  value: string;
  /** The chosen value, and the directory entry it stands for (none for "—"). */
  onChange: (value: string, option?: Schemas['Professional']) => void;
  error?: string;
  onlyKind?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Schemas['Professional'][]>([]);
  const search = async () => {
    const found = await ok(client.GET('/api/v1/professionals', { params: { query: { q, limit: 20 } } }));
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
          <Select
            {...a}
            value={props.value}
            onChange={(e) =>
              props.onChange(
                e.target.value,
                options.find((o) => `${o.professionalId}|${o.organisationId}` === e.target.value),
              )
            }
          >
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
    const { professionalId, organisationId } = splitChoice(choice);
    return ok(
      client.POST('/api/v1/households/{householdId}/team-members', {
        params: { path: { householdId } },
        body: { professionalId, organisationId, role: 'EXPERT', expertise: expertise || null },
      }),
    );
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

/**
 * Links the Lokaal Team to a family whose dossier a report opened without it (VAL-01): the chosen Lokaal Team
 * professional becomes the vast gezicht.
 */
export function LinkLocalTeamForm({
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
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/local-team', {
        params: { path: { householdId } },
        body: splitChoice(choice),
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('forms.linkLocalTeam')}
      idPrefix="lk"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.linkLocalTeam')}
    >
      <ProfessionalPicker
        idPrefix="lk"
        label={t('forms.localTeamProfessional')}
        value={choice}
        onChange={setChoice}
        error={fieldError(error, 'professionalId')}
        onlyKind="LOCAL_TEAM"
      />
    </FormFrame>
  );
}

/** Changes the vast gezicht (VAL-02): a Lokaal Team professional and a reason, which the family will see. */
export function ChangeFixedProfessionalForm({
  householdId,
  replacingMemberId,
  onDone,
  onCancel,
}: {
  householdId: string;
  /** The team membership of the fixed professional shown on screen, who is being replaced. */
  replacingMemberId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() => {
    const { professionalId, organisationId } = splitChoice(choice);
    return ok(
      client.PUT('/api/v1/households/{householdId}/fixed-professional', {
        params: { path: { householdId } },
        body: { replacingMemberId, professionalId, organisationId, reason },
      }),
    );
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
    ok(
      client.PATCH('/api/v1/households/{householdId}/memberships/{membershipId}', {
        params: { path: { householdId, membershipId: member.membershipId } },
        body: { to: lastDay(to), version: member.membershipVersion },
      }),
    ),
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

/** The person and organisation of a ProfessionalPicker value ("professionalId|organisationId"). */
export function splitChoice(choice: string): { professionalId: string; organisationId: string } {
  const [professionalId = '', organisationId = ''] = choice.split('|');
  return { professionalId, organisationId };
}

/** Whether a conflict's `current` is a person as the API presents one. */
function isPerson(value: unknown): value is Person {
  return (
    typeof value === 'object' &&
    value !== null &&
    'givenName' in value &&
    typeof value.givenName === 'string' &&
    'familyName' in value &&
    typeof value.familyName === 'string' &&
    'version' in value &&
    typeof value.version === 'number'
  );
}

/**
 * Records where members live from a date (one address item per person). For someone who already has an
 * address this is a move: the previous address ends the day before.
 */
export function RecordAddressForm({
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
    street: '',
    houseNumber: '',
    postcode: '',
    town: '',
    from: new Date().toISOString().slice(0, 10),
  });
  const [personIds, setPersonIds] = useState<string[]>(people.map((p) => p.id));
  const { error, busy, submit } = useSubmit(onDone);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/addresses', {
        params: { path: { householdId } },
        body: {
          street: v.street.trim() || null,
          houseNumber: v.houseNumber.trim(),
          postcode: v.postcode,
          town: v.town.trim() || null,
          personIds,
          from: v.from,
        },
      }),
    ),
  );
  const whoError = fieldError(error, 'personIds');
  return (
    <FormFrame
      legend={t('forms.recordAddress')}
      idPrefix="ad"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={t('forms.recordAddress')}
    >
      <Field
        id="ad-street"
        label={`${t('forms.street')} ${t('forms.optional')}`}
        error={fieldError(error, 'street')}
      >
        {(a) => <Textbox {...a} value={v.street} onChange={set('street')} autoComplete="off" />}
      </Field>
      <Field id="ad-houseNumber" label={t('forms.houseNumber')} error={fieldError(error, 'houseNumber')}>
        {(a) => <Textbox {...a} value={v.houseNumber} onChange={set('houseNumber')} autoComplete="off" />}
      </Field>
      <Field
        id="ad-postcode"
        label={t('forms.postcode')}
        hint={t('forms.postcodeHint')}
        error={fieldError(error, 'postcode')}
      >
        {(a) => <Textbox {...a} value={v.postcode} onChange={set('postcode')} autoComplete="off" />}
      </Field>
      <Field
        id="ad-town"
        label={`${t('forms.town')} ${t('forms.optional')}`}
        error={fieldError(error, 'town')}
      >
        {(a) => <Textbox {...a} value={v.town} onChange={set('town')} autoComplete="off" />}
      </Field>
      <Field
        id="ad-from"
        label={t('forms.addressFrom')}
        hint={t('forms.addressFromHint')}
        error={fieldError(error, 'from')}
      >
        {(a) => <Textbox {...a} type="date" value={v.from} onChange={set('from')} />}
      </Field>
      <fieldset className="gd-fieldset" aria-describedby={whoError ? 'ad-personIds-error' : undefined}>
        <legend>{t('forms.addressWho')}</legend>
        {whoError && (
          <p className="gd-field-error" id="ad-personIds-error">
            {whoError}
          </p>
        )}
        {people.map((p) => (
          <div className="gd-checkbox" key={p.id}>
            <Checkbox
              id={`ad-who-${p.id}`}
              checked={personIds.includes(p.id)}
              onChange={(e) =>
                setPersonIds(e.target.checked ? [...personIds, p.id] : personIds.filter((id) => id !== p.id))
              }
            />
            <label htmlFor={`ad-who-${p.id}`}>
              {p.givenName} {p.familyName}
            </label>
          </div>
        ))}
      </fieldset>
    </FormFrame>
  );
}
