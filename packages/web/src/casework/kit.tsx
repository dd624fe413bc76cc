import { Button, Checkbox, Textarea, Textbox } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JUDGEMENT_VALUES, type JudgementValue as Judged } from '@gezinsdossier/domain';
import { ApiError, type Schemas } from '../api/client';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { EnumSelect } from '../components/forms';

type Member = Schemas['Member'];

/** Small labelled controls for the casework forms; every control has a label, hint and error wiring. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: ApiError | null;
  field?: string;
  type?: 'text' | 'date' | 'number';
  hint?: string;
}) {
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={fieldError(props.error, props.field ?? '')}
    >
      {(a) => (
        <Textbox
          {...a}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          autoComplete="off"
        />
      )}
    </Field>
  );
}

export function AreaField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: ApiError | null;
  field?: string;
  rows?: number;
}) {
  return (
    <Field id={props.id} label={props.label} error={fieldError(props.error, props.field ?? '')}>
      {(a) => (
        <Textarea
          {...a}
          rows={props.rows ?? 3}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function ChoiceField<T extends string>(props: {
  id: string;
  label: string;
  values: readonly T[];
  labelKey: string;
  value: T;
  onChange: (value: T) => void;
  error: ApiError | null;
  field?: string;
}) {
  return (
    <Field id={props.id} label={props.label} error={fieldError(props.error, props.field ?? '')}>
      {(a) => (
        <EnumSelect
          {...a}
          values={props.values}
          labelKey={props.labelKey}
          value={props.value}
          onChange={props.onChange}
        />
      )}
    </Field>
  );
}

/** A group of checkboxes over the current household members. */
export function PersonChecks(props: {
  id: string;
  legend: string;
  members: Member[];
  value: string[];
  onChange: (ids: string[]) => void;
  error: ApiError | null;
  field?: string;
}) {
  const message = fieldError(props.error, props.field ?? '');
  return (
    <fieldset className="gd-fieldset" aria-describedby={message ? `${props.id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {message && (
        <p className="gd-field-error" id={`${props.id}-error`}>
          {message}
        </p>
      )}
      {props.members
        .filter((m) => m.isCurrent)
        .map(({ person: p }) => (
          <div className="gd-checkbox" key={p.id}>
            <Checkbox
              id={`${props.id}-${p.id}`}
              checked={props.value.includes(p.id)}
              onChange={(e) =>
                props.onChange(
                  e.target.checked ? [...props.value, p.id] : props.value.filter((id) => id !== p.id),
                )
              }
            />
            <label htmlFor={`${props.id}-${p.id}`}>
              {p.givenName} {p.familyName}
            </label>
          </div>
        ))}
    </fieldset>
  );
}

/** Lines of a textarea as a list (empty lines dropped). */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A recorded judgement: yes / no / unclear, rationale, the household's view (KT2-R4). */
export interface JudgementValue {
  value: Judged;
  rationale: string;
  householdView: string;
}
export const emptyJudgement = (): JudgementValue => ({ value: 'UNCLEAR', rationale: '', householdView: '' });

export function JudgementFields(props: {
  id: string;
  question: string;
  value: JudgementValue;
  onChange: (value: JudgementValue) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const v = props.value;
  return (
    <fieldset className="gd-fieldset gd-judgement">
      <legend>{props.question}</legend>
      <ChoiceField
        id={`${props.id}-value`}
        label={t('casework.investigation.value')}
        values={JUDGEMENT_VALUES}
        labelKey="casework.judgements"
        value={v.value}
        onChange={(value) => props.onChange({ ...v, value })}
        error={props.error}
      />
      <AreaField
        id={`${props.id}-rationale`}
        label={t('casework.investigation.rationale')}
        value={v.rationale}
        onChange={(rationale) => props.onChange({ ...v, rationale })}
        error={props.error}
        rows={2}
      />
      <AreaField
        id={`${props.id}-householdView`}
        label={t('casework.investigation.householdView')}
        value={v.householdView}
        onChange={(householdView) => props.onChange({ ...v, householdView })}
        error={props.error}
        rows={2}
      />
    </fieldset>
  );
}

export const judgementBody = (j: JudgementValue) => ({
  value: j.value,
  rationale: j.rationale,
  householdView: j.householdView || null,
});

/**
 * A status of an existing record, changed only by an explicit Save (issue 9.1): choosing in the select (also
 * with the arrow keys) sends nothing; a Save button appears while the choice differs from what is stored.
 * A conflict (409) names the value stored now and keeps the choice, so it can be saved again on purpose.
 */
export function SaveableSelect<T extends string>(props: {
  id: string;
  /** Names the record, for screen readers (the select's label). */
  label: string;
  values: readonly T[];
  labelKey: string;
  /** What is stored. */
  value: T;
  save: (value: T) => Promise<unknown>;
  /** After a save or a conflict: reload what the page shows. */
  onSaved: () => void;
  /** The stored value in a conflict's `current`, if it names one. */
  currentOf: (current: unknown) => T | null;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSpanElement>(null);
  const chosen = draft ?? props.value;
  const dirty = draft !== null && draft !== props.value;
  const focusSelect = () => requestAnimationFrame(() => select.current?.querySelector('select')?.focus());
  const save = async () => {
    if (draft === null) {
      return;
    }
    setBusy(true);
    try {
      await props.save(draft);
      setDraft(null);
      setProblem(null);
      focusSelect();
      props.onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const current = props.currentOf(error.current);
        setProblem(
          current
            ? t('confirm.selectConflict', { current: t(`${props.labelKey}.${current}`) })
            : t('confirm.conflict'),
        );
        props.onSaved();
      } else {
        setProblem(error instanceof ApiError ? error.title : String(error));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="gd-inline-select" ref={select}>
      <label htmlFor={props.id} className="gd-visually-hidden">
        {props.label}
      </label>
      <EnumSelect
        id={props.id}
        values={props.values}
        labelKey={props.labelKey}
        value={chosen}
        onChange={(value) => {
          setDraft(value);
          setProblem(null);
        }}
        aria-describedby={problem ? `${props.id}-problem` : undefined}
      />
      {dirty && (
        <>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={busy}
            onClick={() => void save()}
          >
            {t('forms.save')}
            <span className="gd-visually-hidden">{props.label}</span>
          </Button>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              setDraft(null);
              setProblem(null);
              focusSelect();
            }}
          >
            {t('confirm.undoChoice')}
            <span className="gd-visually-hidden">{props.label}</span>
          </Button>
        </>
      )}
      {problem && (
        <span className="gd-field-error" id={`${props.id}-problem`} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
