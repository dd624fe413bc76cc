import { type DecisionRecord, HEARD_MODES, type HeardMode } from '@gezinsdossier/domain';
import { Button, Checkbox, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError, Schemas } from '../api/client';
import { Field } from '../components/Field';
import './i18n-decisions';

type Member = Schemas['Member'];
type Fact = Schemas['Casework']['facts'][number];

/** What the form holds while the record is filled in: per member how they were heard ('' not filled in). */
export interface RecordDraft {
  childInterest: string;
  heard: Record<string, { mode: HeardMode | ''; text: string }>;
  familyView: string;
  alternatives: { option: string; whyNot: string }[];
  factIds: string[];
  dissent: { by: string; view: string }[];
}

export const emptyRecordDraft = (): RecordDraft => ({
  childInterest: '',
  heard: {},
  familyView: '',
  alternatives: [{ option: '', whyNot: '' }],
  factIds: [],
  dissent: [],
});

const currentPeople = (members: Member[]) => members.filter((m) => m.isCurrent).map((m) => m.person);

/** Whether a minor lives in the household, as the server counts one (a known birth date under 18). */
export const hasMinor = (members: Member[]) =>
  currentPeople(members).some((p) => p.age !== null && p.age < 18);

/**
 * The people heard, in the order of the household's current members: the server's field issues name an
 * entry by its index in this list (`decision.heard.1.view`), and the fields are given ids by the same index.
 */
function heardEntries(draft: RecordDraft, members: Member[]) {
  return currentPeople(members).flatMap((p) => {
    const h = draft.heard[p.id];
    return h?.mode ? [{ person: p, mode: h.mode, text: h.text }] : [];
  });
}

/**
 * The record as the API takes it. Rows of alternatives and dissent are sent as they are, so a half-filled
 * row is refused at its own field; a row left completely empty is dropped.
 */
export function recordBody(draft: RecordDraft, members: Member[]): DecisionRecord {
  const text = (s: string) => s.trim() || null;
  return {
    childInterest: text(draft.childInterest),
    familyView: text(draft.familyView),
    heard: heardEntries(draft, members).map((h) => ({
      personId: h.person.id,
      mode: h.mode,
      view: h.mode === 'NOT_HEARD' ? null : text(h.text),
      reason: h.mode === 'NOT_HEARD' ? text(h.text) : null,
    })),
    alternatives: draft.alternatives.filter((a) => a.option.trim() || a.whyNot.trim()),
    factIds: draft.factIds,
    dissent: draft.dissent.filter((d) => d.by.trim() || d.view.trim()),
  };
}

/** The message of the field issue at exactly `path` (e.g. `decision.heard.0.view`). */
export function issueAt(error: ApiError | null, path: string): string | undefined {
  return error?.issues.find((i) => i.path === path)?.message;
}

/** The id a field of the record has in a form with `idPrefix`; `ErrorSummary` links `decision.*` issues here. */
export const recordFieldId = (idPrefix: string, path: string) => `${idPrefix}-${path.replaceAll('.', '-')}`;

/** What to say after a save whose decision is held for a colleague's review or approval (else nothing). */
export function heldMessage(
  t: TFunction,
  decision: { status: string } | null | undefined,
): string | undefined {
  if (decision?.status === 'AWAITING_REVIEW' || decision?.status === 'AWAITING_APPROVAL') {
    return t(`decisions.held.${decision.status}`);
  }
  return undefined;
}

/** A fieldset-level problem, shown under its legend and describing the group. */
function GroupError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="gd-field-error" id={`${id}-error`}>
      {message}
    </p>
  ) : null;
}

/**
 * "Onderbouwing van het besluit" (issue 10 point 1): the record a weighty decision keeps — the child's
 * interest (asked when a minor lives in the household, LS-10), who was heard and what they said or why not
 * (LS-07), the family's view, the lighter options weighed (LS-02), the facts it rests on (LS-04; by default
 * those of the concerns the decision is about) and who disagrees. The server checks what the step needs;
 * its field issues (`decision.*`) are shown here, at their own field.
 */
export function DecisionRecordFields(props: {
  idPrefix: string;
  members: Member[];
  facts: Fact[];
  value: RecordDraft;
  onChange: (value: RecordDraft) => void;
  error: ApiError | null;
  /** The step weighs lighter options (towards more intervention): at least one is required. */
  weighsAlternatives: boolean;
}) {
  const { t } = useTranslation();
  const { idPrefix, value: v, onChange, error } = props;
  const id = (path: string) => recordFieldId(idPrefix, path);
  const people = currentPeople(props.members);
  const minor = hasMinor(props.members);
  const entries = heardEntries(v, props.members);
  const required = (label: string, on: boolean) =>
    on ? `${label} ${t('decisions.record.required')}` : label;
  const heardError = issueAt(error, 'decision.heard');
  const alternativesError = issueAt(error, 'decision.alternatives');
  const factsError = issueAt(error, 'decision.factIds');
  return (
    <fieldset className="gd-fieldset gd-decision-record">
      <legend>{t('decisions.record.legend')}</legend>
      <p className="gd-muted">{t('decisions.record.intro')}</p>
      {minor && (
        <Field
          id={id('decision.childInterest')}
          label={required(t('decisions.record.childInterest'), true)}
          hint={t('decisions.record.childInterestHint')}
          error={issueAt(error, 'decision.childInterest')}
        >
          {(a) => (
            <Textarea
              {...a}
              rows={3}
              value={v.childInterest}
              onChange={(e) => onChange({ ...v, childInterest: e.target.value })}
            />
          )}
        </Field>
      )}
      <fieldset
        className="gd-fieldset"
        id={id('decision.heard')}
        aria-describedby={[`${id('decision.heard')}-hint`, heardError ? `${id('decision.heard')}-error` : '']
          .filter(Boolean)
          .join(' ')}
      >
        <legend>{t('decisions.record.heardLegend')}</legend>
        <p className="gd-muted" id={`${id('decision.heard')}-hint`}>
          {t('decisions.record.heardHint')}
        </p>
        <GroupError id={id('decision.heard')} message={heardError} />
        {people.map((p) => {
          const name = `${p.givenName} ${p.familyName}`;
          const h = v.heard[p.id] ?? { mode: '', text: '' };
          const index = entries.findIndex((e) => e.person.id === p.id);
          const textPath = `decision.heard.${index}.${h.mode === 'NOT_HEARD' ? 'reason' : 'view'}`;
          const set = (next: Partial<typeof h>) =>
            onChange({ ...v, heard: { ...v.heard, [p.id]: { ...h, ...next } } });
          return (
            <fieldset key={p.id} className="gd-fieldset">
              <legend>{name}</legend>
              <Field id={`${idPrefix}-heard-${p.id}-mode`} label={t('decisions.record.heardMode')}>
                {(a) => (
                  <Select
                    {...a}
                    value={h.mode}
                    onChange={(e) => set({ mode: HEARD_MODES.find((m) => m === e.target.value) ?? '' })}
                  >
                    <SelectOption value="">{t('decisions.record.heardModes.NONE')}</SelectOption>
                    {HEARD_MODES.map((m) => (
                      <SelectOption key={m} value={m}>
                        {t(`decisions.record.heardModes.${m}`)}
                      </SelectOption>
                    ))}
                  </Select>
                )}
              </Field>
              {h.mode && (
                <Field
                  id={id(textPath)}
                  label={t(
                    h.mode === 'HEARD'
                      ? 'decisions.record.heardView'
                      : h.mode === 'REPRESENTED'
                        ? 'decisions.record.representedView'
                        : 'decisions.record.notHeardReason',
                    { name },
                  )}
                  error={issueAt(error, textPath)}
                >
                  {(a) => (
                    <Textarea
                      {...a}
                      rows={2}
                      value={h.text}
                      onChange={(e) => set({ text: e.target.value })}
                    />
                  )}
                </Field>
              )}
            </fieldset>
          );
        })}
      </fieldset>
      <Field
        id={id('decision.familyView')}
        label={t('decisions.record.familyView')}
        error={issueAt(error, 'decision.familyView')}
      >
        {(a) => (
          <Textarea
            {...a}
            rows={2}
            value={v.familyView}
            onChange={(e) => onChange({ ...v, familyView: e.target.value })}
          />
        )}
      </Field>
      <fieldset
        className="gd-fieldset"
        id={id('decision.alternatives')}
        aria-describedby={
          [
            `${id('decision.alternatives')}-hint`,
            alternativesError ? `${id('decision.alternatives')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend>{required(t('decisions.record.alternativesLegend'), props.weighsAlternatives)}</legend>
        <p className="gd-muted" id={`${id('decision.alternatives')}-hint`}>
          {props.weighsAlternatives
            ? `${t('decisions.record.alternativesRequired')} ${t('decisions.record.alternativesHint')}`
            : t('decisions.record.alternativesHint')}
        </p>
        <GroupError id={id('decision.alternatives')} message={alternativesError} />
        {v.alternatives.map((alt, i) => {
          const n = i + 1;
          const setAlt = (next: Partial<typeof alt>) =>
            onChange({
              ...v,
              alternatives: v.alternatives.map((a, j) => (j === i ? { ...a, ...next } : a)),
            });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is their number
            <div key={i} className="gd-record-row">
              <Field
                id={id(`decision.alternatives.${i}.option`)}
                label={t('decisions.record.alternativeOption', { n })}
                error={issueAt(error, `decision.alternatives.${i}.option`)}
              >
                {(a) => (
                  <Textbox {...a} value={alt.option} onChange={(e) => setAlt({ option: e.target.value })} />
                )}
              </Field>
              <Field
                id={id(`decision.alternatives.${i}.whyNot`)}
                label={t('decisions.record.alternativeWhyNot', { n })}
                error={issueAt(error, `decision.alternatives.${i}.whyNot`)}
              >
                {(a) => (
                  <Textarea
                    {...a}
                    rows={2}
                    value={alt.whyNot}
                    onChange={(e) => setAlt({ whyNot: e.target.value })}
                  />
                )}
              </Field>
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => onChange({ ...v, alternatives: v.alternatives.filter((_, j) => j !== i) })}
              >
                {t('decisions.record.removeAlternative', { n })}
              </Button>
            </div>
          );
        })}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onChange({ ...v, alternatives: [...v.alternatives, { option: '', whyNot: '' }] })}
        >
          {t('decisions.record.addAlternative')}
        </Button>
      </fieldset>
      <fieldset
        className="gd-fieldset"
        id={id('decision.factIds')}
        aria-describedby={
          [`${id('decision.factIds')}-hint`, factsError ? `${id('decision.factIds')}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend>{t('decisions.record.factsLegend')}</legend>
        <p className="gd-muted" id={`${id('decision.factIds')}-hint`}>
          {props.facts.length === 0 ? t('decisions.record.noFacts') : t('decisions.record.factsHint')}
        </p>
        <GroupError id={id('decision.factIds')} message={factsError} />
        {props.facts.map((f) => (
          <div className="gd-checkbox" key={f.id}>
            <Checkbox
              id={`${idPrefix}-fact-${f.id}`}
              checked={v.factIds.includes(f.id)}
              onChange={(e) =>
                onChange({
                  ...v,
                  factIds: e.target.checked ? [...v.factIds, f.id] : v.factIds.filter((x) => x !== f.id),
                })
              }
            />
            <label htmlFor={`${idPrefix}-fact-${f.id}`}>{f.statement}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="gd-fieldset">
        <legend>{t('decisions.record.dissentLegend')}</legend>
        {v.dissent.map((d, i) => {
          const n = i + 1;
          const setD = (next: Partial<typeof d>) =>
            onChange({ ...v, dissent: v.dissent.map((x, j) => (j === i ? { ...x, ...next } : x)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is their number
            <div key={i} className="gd-record-row">
              <Field
                id={id(`decision.dissent.${i}.by`)}
                label={t('decisions.record.dissentBy', { n })}
                error={issueAt(error, `decision.dissent.${i}.by`)}
              >
                {(a) => <Textbox {...a} value={d.by} onChange={(e) => setD({ by: e.target.value })} />}
              </Field>
              <Field
                id={id(`decision.dissent.${i}.view`)}
                label={t('decisions.record.dissentView', { n })}
                error={issueAt(error, `decision.dissent.${i}.view`)}
              >
                {(a) => (
                  <Textarea {...a} rows={2} value={d.view} onChange={(e) => setD({ view: e.target.value })} />
                )}
              </Field>
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => onChange({ ...v, dissent: v.dissent.filter((_, j) => j !== i) })}
              >
                {t('decisions.record.removeDissent', { n })}
              </Button>
            </div>
          );
        })}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onChange({ ...v, dissent: [...v.dissent, { by: '', view: '' }] })}
        >
          {t('decisions.record.addDissent')}
        </Button>
      </fieldset>
    </fieldset>
  );
}
