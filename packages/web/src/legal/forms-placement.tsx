import { PLACEMENT_KINDS, PLACEMENT_MOVES_ALERT, type PlacementKind } from '@gezinsdossier/domain';
import {
  Button,
  Checkbox,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { AreaField, ChoiceField, TextField, todayIso } from '../casework/kit';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, useSubmit } from '../components/forms';
import { useLegalWords } from './words';

type PlacedChild = Schemas['PlacedChild'];
type Place = PlacedChild['places'][number];
type Plan = NonNullable<PlacedChild['returnHomePlan']>;
type Agreement = PlacedChild['contact'][number];

/** What every placement form knows: the household, the child by name, and what to do afterwards. */
interface ChildFormProps {
  householdId: string;
  childId: string;
  childName: string;
  onDone: () => void;
  onCancel: () => void;
}

/** A refusal the form gives itself before anything is sent: one field that still needs a choice. */
export const choiceMissing = (field: string, message: string) =>
  new ApiError(422, 'validation_failed', message, [{ path: field, code: 'required', message }]);

/**
 * A group of radio buttons for a choice that must be made on purpose (nothing is preselected where a
 * default would be a guess). `value` '' is "not chosen yet".
 */
export function RadioChoice<T extends string>(props: {
  id: string;
  legend: string;
  choices: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
}) {
  const described = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="gd-fieldset" id={props.id} aria-describedby={described || undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="gd-muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="gd-field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.choices.map((c) => (
        <div className="gd-checkbox" key={c.value}>
          <RadioButton
            id={`${props.id}-${c.value}`}
            name={props.id}
            value={c.value}
            checked={props.value === c.value}
            invalid={Boolean(props.error)}
            onChange={() => props.onChange(c.value)}
          />
          <label htmlFor={`${props.id}-${c.value}`}>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The return-home plan's three fields, in the start form and in the form that changes it. */
function PlanFields(props: {
  idPrefix: string;
  childName: string;
  value: { goal: string; conditions: string; reviewOn: string };
  onChange: (value: { goal: string; conditions: string; reviewOn: string }) => void;
  error: ApiError | null;
}) {
  const { t } = useLegalWords();
  const v = props.value;
  return (
    <>
      <AreaField
        id={`${props.idPrefix}-goal`}
        label={t('legal.placement.goal')}
        value={v.goal}
        onChange={(goal) => props.onChange({ ...v, goal })}
        error={props.error}
        field="goal"
        rows={2}
      />
      <AreaField
        id={`${props.idPrefix}-conditions`}
        label={t('legal.placement.conditions', { name: props.childName })}
        value={v.conditions}
        onChange={(conditions) => props.onChange({ ...v, conditions })}
        error={props.error}
        field="conditions"
        rows={3}
      />
      <TextField
        id={`${props.idPrefix}-reviewOn`}
        type="date"
        label={t('legal.placement.reviewOn')}
        value={v.reviewOn}
        onChange={(reviewOn) => props.onChange({ ...v, reviewOn })}
        error={props.error}
        field="reviewOn"
      />
    </>
  );
}

type Siblings = 'YES' | 'NO' | 'NA';
const SIBLINGS: Record<Siblings, boolean | null> = { YES: true, NO: false, NA: null };

/**
 * KT8 / implication 12: a child is placed out of home under a running measure that authorises it, with the
 * plan to return home made the same day. Placing a child is weighty, so the submission is confirmed first.
 * A child placed again under the same measure keeps the plan that exists (it is changed on its own).
 */
export function StartPlacementForm(
  props: ChildFormProps & {
    measureId: string;
    /** Whether the household has other children (otherwise "with siblings" is not applicable). */
    hasSiblings: boolean;
    plan: Plan | null;
  },
) {
  const w = useLegalWords();
  const { t } = w;
  const name = props.childName;
  const [v, setV] = useState<{
    kind: PlacementKind;
    place: string;
    startsOn: string;
    siblings: Siblings | '';
  }>({ kind: 'FOSTER_FAMILY', place: '', startsOn: todayIso(), siblings: props.hasSiblings ? '' : 'NA' });
  const [plan, setPlan] = useState({
    goal: props.plan?.goal ?? '',
    conditions: props.plan?.conditions ?? '',
    reviewOn: props.plan?.reviewOn ?? '',
  });
  return (
    <ConfirmedForm
      legend={t('legal.placement.startTitle', { name })}
      idPrefix="pl"
      submitLabel={t('legal.placement.start')}
      onCancel={props.onCancel}
      check={() =>
        v.siblings === ''
          ? choiceMissing('withSiblings', t('legal.placement.siblingsRequired', { name }))
          : null
      }
      confirm={{
        title: t('legal.placement.startConfirmTitle', { name, place: v.place || '…' }),
        confirmLabel: t('legal.placement.startConfirm'),
        body: (
          <Paragraph>
            {t('legal.placement.startConfirmWhat', { date: v.startsOn ? w.date(v.startsOn) : '…' })}
          </Paragraph>
        ),
      }}
      send={() =>
        ok(
          client.POST('/api/v1/households/{householdId}/placements', {
            params: { path: { householdId: props.householdId } },
            body: {
              measureId: props.measureId,
              childId: props.childId,
              kind: v.kind,
              place: v.place,
              startsOn: v.startsOn,
              withSiblings: v.siblings === '' ? null : SIBLINGS[v.siblings],
              returnHomePlan: plan,
            },
          }),
        )
      }
      onDone={props.onDone}
    >
      {(error) => (
        <>
          <ChoiceField
            id="pl-kind"
            label={t('legal.placement.kind')}
            values={PLACEMENT_KINDS}
            labelKey="legal.placementKinds"
            value={v.kind}
            onChange={(kind) => setV({ ...v, kind })}
            error={error}
            field="kind"
          />
          <TextField
            id="pl-place"
            label={t('legal.placement.placeName', { name })}
            value={v.place}
            onChange={(place) => setV({ ...v, place })}
            error={error}
            field="place"
          />
          <TextField
            id="pl-startsOn"
            type="date"
            label={t('legal.placement.startsOn')}
            value={v.startsOn}
            onChange={(startsOn) => setV({ ...v, startsOn })}
            error={error}
            field="startsOn"
          />
          <RadioChoice
            id="pl-withSiblings"
            legend={t('legal.placement.siblings')}
            choices={(['YES', 'NO', 'NA'] as const).map((value) => ({
              value,
              label: t(`legal.placement.siblingChoices.${value}`),
            }))}
            value={v.siblings}
            onChange={(siblings) => setV({ ...v, siblings })}
            error={fieldError(error, 'withSiblings')}
          />
          <fieldset className="gd-fieldset" aria-describedby="pl-plan-why">
            <legend>{t('legal.placement.plan')}</legend>
            <Paragraph id="pl-plan-why">
              {props.plan ? t('legal.placement.planKept') : t('legal.placement.planWhy')}
            </Paragraph>
            {!props.plan && (
              <PlanFields idPrefix="pl" childName={name} value={plan} onChange={setPlan} error={error} />
            )}
          </fieldset>
        </>
      )}
    </ConfirmedForm>
  );
}

/**
 * A move to another place, with the reason (implication 12: every move is counted; from the second move the
 * dossier shows a warning). Confirmed first: the move stays in the child's history.
 */
export function MovePlacementForm(props: ChildFormProps & { current: Place; moves: number }) {
  const w = useLegalWords();
  const { t } = w;
  const name = props.childName;
  const [v, setV] = useState<{ kind: PlacementKind; place: string; movedOn: string; reason: string }>({
    kind: props.current.kind,
    place: '',
    movedOn: todayIso(),
    reason: '',
  });
  const number = props.moves + 1;
  return (
    <ConfirmedForm
      legend={t('legal.placement.moveTitle', { name })}
      idPrefix="mv"
      submitLabel={t('legal.placement.move')}
      onCancel={props.onCancel}
      confirm={{
        title: t('legal.placement.moveConfirmTitle', { name, place: v.place || '…' }),
        confirmLabel: t('legal.placement.moveConfirm'),
        body: (
          <>
            <Paragraph>
              {t('legal.placement.moveConfirmWhat', {
                current: props.current.place,
                date: v.movedOn ? w.date(v.movedOn) : '…',
                number,
                name,
              })}
            </Paragraph>
            {number >= PLACEMENT_MOVES_ALERT && (
              <Paragraph>{t('legal.placement.moveConfirmAlert')}</Paragraph>
            )}
          </>
        ),
      }}
      send={() =>
        ok(
          client.POST('/api/v1/households/{householdId}/placements/{placementId}/moves', {
            params: { path: { householdId: props.householdId, placementId: props.current.id } },
            body: { version: props.current.version, ...v },
          }),
        )
      }
      onDone={props.onDone}
    >
      {(error) => (
        <>
          <ChoiceField
            id="mv-kind"
            label={t('legal.placement.newKind')}
            values={PLACEMENT_KINDS}
            labelKey="legal.placementKinds"
            value={v.kind}
            onChange={(kind) => setV({ ...v, kind })}
            error={error}
            field="kind"
          />
          <TextField
            id="mv-place"
            label={t('legal.placement.newPlace')}
            value={v.place}
            onChange={(place) => setV({ ...v, place })}
            error={error}
            field="place"
          />
          <TextField
            id="mv-movedOn"
            type="date"
            label={t('legal.placement.movedOn')}
            value={v.movedOn}
            onChange={(movedOn) => setV({ ...v, movedOn })}
            error={error}
            field="movedOn"
          />
          <AreaField
            id="mv-reason"
            label={t('legal.placement.moveReason', { name })}
            value={v.reason}
            onChange={(reason) => setV({ ...v, reason })}
            error={error}
            field="reason"
            rows={2}
          />
        </>
      )}
    </ConfirmedForm>
  );
}

/** The end of a placement: home again, or elsewhere, with the reason; confirmed first. */
export function EndPlacementForm(props: ChildFormProps & { current: Place }) {
  const w = useLegalWords();
  const { t } = w;
  const name = props.childName;
  const [v, setV] = useState<{ endedOn: string; whereTo: 'HOME' | 'ELSEWHERE' | ''; reason: string }>({
    endedOn: todayIso(),
    whereTo: '',
    reason: '',
  });
  return (
    <ConfirmedForm
      legend={t('legal.placement.endTitle', { name })}
      idPrefix="ep"
      submitLabel={t('legal.placement.end')}
      onCancel={props.onCancel}
      check={() =>
        v.whereTo === ''
          ? choiceMissing('returnedHome', t('legal.placement.whereToRequired', { name }))
          : null
      }
      confirm={{
        title:
          v.whereTo === 'HOME'
            ? t('legal.placement.endConfirmTitleHome', { name })
            : t('legal.placement.endConfirmTitleElsewhere', { name }),
        confirmLabel: t('legal.placement.endConfirm'),
        body: (
          <Paragraph>
            {t('legal.placement.endConfirmWhat', {
              place: props.current.place,
              date: v.endedOn ? w.date(v.endedOn) : '…',
            })}
          </Paragraph>
        ),
      }}
      send={() =>
        ok(
          client.PATCH('/api/v1/households/{householdId}/placements/{placementId}', {
            params: { path: { householdId: props.householdId, placementId: props.current.id } },
            body: {
              version: props.current.version,
              endedOn: v.endedOn,
              returnedHome: v.whereTo === 'HOME',
              reason: v.reason,
            },
          }),
        )
      }
      onDone={props.onDone}
    >
      {(error) => (
        <>
          <Paragraph className="gd-muted">{t('legal.placement.endHint', { name })}</Paragraph>
          <TextField
            id="ep-endedOn"
            type="date"
            label={t('legal.placement.endedOn')}
            value={v.endedOn}
            onChange={(endedOn) => setV({ ...v, endedOn })}
            error={error}
            field="endedOn"
          />
          <RadioChoice
            id="ep-returnedHome"
            legend={t('legal.placement.whereTo', { name })}
            choices={(['HOME', 'ELSEWHERE'] as const).map((value) => ({
              value,
              label: t(`legal.placement.whereToChoices.${value}`),
            }))}
            value={v.whereTo}
            onChange={(whereTo) => setV({ ...v, whereTo })}
            error={fieldError(error, 'returnedHome')}
          />
          <AreaField
            id="ep-reason"
            label={t('legal.placement.endReason')}
            value={v.reason}
            onChange={(reason) => setV({ ...v, reason })}
            error={error}
            field="reason"
            rows={2}
          />
        </>
      )}
    </ConfirmedForm>
  );
}

/** Whether a conflict's `current` is a return-home plan as the API presents one. */
function isPlan(value: unknown): value is Plan {
  return (
    typeof value === 'object' &&
    value !== null &&
    'goal' in value &&
    typeof value.goal === 'string' &&
    'conditions' in value &&
    typeof value.conditions === 'string' &&
    'reviewOn' in value &&
    typeof value.reviewOn === 'string' &&
    'version' in value &&
    typeof value.version === 'number'
  );
}

/**
 * The return-home plan kept current, saved only by its own button. When someone else changed it meanwhile
 * (409), their version is shown next to this one, and this one can be saved over it on purpose.
 */
export function ReturnHomePlanForm(props: ChildFormProps & { plan: Plan }) {
  const w = useLegalWords();
  const { t } = w;
  const [v, setV] = useState({
    goal: props.plan.goal,
    conditions: props.plan.conditions,
    reviewOn: props.plan.reviewOn,
  });
  const [version, setVersion] = useState(props.plan.version);
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PUT('/api/v1/households/{householdId}/return-home-plans/{planId}', {
        params: { path: { householdId: props.householdId, planId: props.plan.id } },
        body: { version, ...v },
      }),
    ),
  );
  const current = error?.code === 'version_conflict' && isPlan(error.current) ? error.current : null;
  return (
    <FormFrame
      legend={t('legal.placement.planEditTitle')}
      idPrefix="rh"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.placement.planSave')}
    >
      {current && (
        <div className="gd-conflict" role="status">
          <p>{t('legal.placement.planConflict')}</p>
          <dl className="gd-facts">
            <div>
              <dt>{t('legal.placement.goal')}</dt>
              <dd>{current.goal}</dd>
            </div>
            <div>
              <dt>{t('legal.placement.conditionsShort')}</dt>
              <dd>{current.conditions}</dd>
            </div>
            <div>
              <dt>{t('legal.placement.reviewOnShort')}</dt>
              <dd>{w.date(current.reviewOn)}</dd>
            </div>
          </dl>
          {version !== current.version && (
            <Button type="button" appearance="subtle-button" onClick={() => setVersion(current.version)}>
              {t('legal.placement.planReapply')}
            </Button>
          )}
        </div>
      )}
      <PlanFields idPrefix="rh" childName={props.childName} value={v} onChange={setV} error={error} />
    </FormFrame>
  );
}

/** Someone else than a household member: the value of the "with whom" select for a name typed in. */
const SOMEONE_ELSE = 'other';

/**
 * The contact a placed child is promised (implication 12): with a household member or someone named, how
 * often a month, supervised or not, from when.
 */
export function ContactAgreementForm(props: ChildFormProps & { people: { id: string; name: string }[] }) {
  const { t } = useLegalWords();
  const [v, setV] = useState({
    with: props.people[0]?.id ?? SOMEONE_ELSE,
    withName: '',
    timesPerMonth: '4',
    supervised: false,
    startsOn: todayIso(),
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const named = v.with === SOMEONE_ELSE;
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/contact-agreements', {
        params: { path: { householdId: props.householdId } },
        body: {
          childId: props.childId,
          withPersonId: named ? null : v.with,
          withName: named ? v.withName.trim() || null : null,
          timesPerMonth: Number(v.timesPerMonth),
          supervised: v.supervised,
          startsOn: v.startsOn,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('legal.placement.agreementTitle', { name: props.childName })}
      idPrefix="ca"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.placement.agreement')}
    >
      <Field
        id="ca-withPersonId"
        label={t('legal.placement.withWhom')}
        error={fieldError(error, 'withPersonId')}
      >
        {(a) => (
          <Select {...a} value={v.with} onChange={(e) => setV({ ...v, with: e.target.value })}>
            {props.people.map((p) => (
              <SelectOption key={p.id} value={p.id}>
                {p.name}
              </SelectOption>
            ))}
            <SelectOption value={SOMEONE_ELSE}>{t('legal.placement.someoneElse')}</SelectOption>
          </Select>
        )}
      </Field>
      {named && (
        <TextField
          id="ca-withName"
          label={t('legal.placement.withName')}
          value={v.withName}
          onChange={(withName) => setV({ ...v, withName })}
          error={error}
          field="withName"
        />
      )}
      <TextField
        id="ca-timesPerMonth"
        type="number"
        label={t('legal.placement.timesPerMonth')}
        value={v.timesPerMonth}
        onChange={(timesPerMonth) => setV({ ...v, timesPerMonth })}
        error={error}
        field="timesPerMonth"
      />
      <div className="gd-checkbox">
        <Checkbox
          id="ca-supervised"
          checked={v.supervised}
          onChange={(e) => setV({ ...v, supervised: e.target.checked })}
        />
        <label htmlFor="ca-supervised">{t('legal.placement.supervised')}</label>
      </div>
      <TextField
        id="ca-startsOn"
        type="date"
        label={t('legal.placement.agreementStartsOn')}
        value={v.startsOn}
        onChange={(startsOn) => setV({ ...v, startsOn })}
        error={error}
        field="startsOn"
      />
    </FormFrame>
  );
}

/** One contact moment: it happened, or it did not and why (a missed moment is never left without a reason). */
export function ContactMomentForm(
  props: Omit<ChildFormProps, 'childId' | 'childName'> & { agreement: Agreement; withName: string },
) {
  const { t } = useLegalWords();
  const [v, setV] = useState<{ on: string; happened: 'YES' | 'NO' | ''; reason: string }>({
    on: todayIso(),
    happened: '',
    reason: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(async () => {
    if (v.happened === '') {
      throw choiceMissing('happened', t('legal.placement.happenedRequired'));
    }
    return ok(
      client.POST('/api/v1/households/{householdId}/contact-agreements/{agreementId}/moments', {
        params: { path: { householdId: props.householdId, agreementId: props.agreement.id } },
        body: {
          on: v.on,
          happened: v.happened === 'YES',
          reason: v.happened === 'NO' ? v.reason.trim() || null : null,
        },
      }),
    );
  });
  return (
    <FormFrame
      legend={t('legal.placement.momentTitle', { name: props.withName })}
      idPrefix="cm"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.placement.moment')}
    >
      <TextField
        id="cm-on"
        type="date"
        label={t('legal.placement.momentOn')}
        value={v.on}
        onChange={(on) => setV({ ...v, on })}
        error={error}
        field="on"
      />
      <RadioChoice
        id="cm-happened"
        legend={t('legal.placement.happened')}
        choices={(['YES', 'NO'] as const).map((value) => ({
          value,
          label: t(`legal.placement.happenedChoices.${value}`),
        }))}
        value={v.happened}
        onChange={(happened) => setV({ ...v, happened })}
        error={fieldError(error, 'happened')}
      />
      {v.happened === 'NO' && (
        <AreaField
          id="cm-reason"
          label={t('legal.placement.missedReason')}
          value={v.reason}
          onChange={(reason) => setV({ ...v, reason })}
          error={error}
          field="reason"
          rows={2}
        />
      )}
    </FormFrame>
  );
}
