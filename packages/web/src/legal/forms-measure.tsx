import { Paragraph, Textbox } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { client, newIdempotencyKey, ok, type Schemas, withIdempotencyKey } from '../api/client';
import { AreaField, TextField, todayIso } from '../casework/kit';
import { byId, ConfirmAction } from '../components/ConfirmAction';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, useSubmit } from '../components/forms';
import { choiceMissing, RadioChoice } from './forms-placement';
import { useLegalWords } from './words';

type Measure = Schemas['Measure'];

/**
 * An evaluation of a running measure against its goals for ending it: the date (not in the future), what
 * came out of it, and whether the goals were reached (chosen on purpose, nothing preselected). It meets the
 * measure's evaluation deadline. Saved only by its own button.
 */
export function MeasureEvaluationForm(props: {
  householdId: string;
  measure: Measure;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useLegalWords();
  const [v, setV] = useState<{ evaluatedOn: string; summary: string; goalsReached: 'YES' | 'NO' | '' }>({
    evaluatedOn: todayIso(),
    summary: '',
    goalsReached: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(async () => {
    if (v.goalsReached === '') {
      throw choiceMissing('goalsReached', t('legal.measure.goalsRequired'));
    }
    return ok(
      client.POST('/api/v1/households/{householdId}/measures/{measureId}/evaluations', {
        params: { path: { householdId: props.householdId, measureId: props.measure.id } },
        body: { evaluatedOn: v.evaluatedOn, summary: v.summary, goalsReached: v.goalsReached === 'YES' },
      }),
    );
  });
  return (
    <FormFrame
      legend={t('legal.measure.evaluateTitle', { measure: props.name })}
      idPrefix="me"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.measure.evaluate')}
    >
      <TextField
        id="me-evaluatedOn"
        type="date"
        label={t('legal.measure.evaluationDate')}
        hint={t('legal.measure.evaluationDateHint')}
        value={v.evaluatedOn}
        onChange={(evaluatedOn) => setV({ ...v, evaluatedOn })}
        error={error}
        field="evaluatedOn"
      />
      <AreaField
        id="me-summary"
        label={t('legal.measure.summary')}
        value={v.summary}
        onChange={(summary) => setV({ ...v, summary })}
        error={error}
        field="summary"
        rows={3}
      />
      <RadioChoice
        id="me-goalsReached"
        legend={t('legal.measure.goalsQuestion')}
        choices={(['YES', 'NO'] as const).map((value) => ({
          value,
          label: t(`legal.measure.goalsChoices.${value}`),
        }))}
        value={v.goalsReached}
        onChange={(goalsReached) => setV({ ...v, goalsReached })}
        error={fieldError(error, 'goalsReached')}
      />
    </FormFrame>
  );
}

/**
 * Ending a running measure (confirmed, with the date and the reason). When no other measure runs, the case
 * moves on to safety monitoring.
 */
export function EndMeasureAction(props: {
  householdId: string;
  measure: Measure;
  name: string;
  onDone: () => Promise<unknown> | undefined;
}) {
  const { t } = useLegalWords();
  const key = useRef(newIdempotencyKey());
  const [endedOn, setEndedOn] = useState(todayIso());
  const m = props.measure;
  return (
    <ConfirmAction
      trigger={
        <>
          {t('legal.measure.end')}
          <span className="gd-visually-hidden"> {props.name}</span>
        </>
      }
      appearance="secondary-action-button"
      title={t('legal.measure.endTitle', { measure: props.name })}
      reason={{ label: t('legal.measure.endReason'), required: true }}
      fields={
        <Field id={`end-${m.id}-endedOn`} label={t('legal.measure.endedOn')}>
          {(a) => <Textbox {...a} type="date" value={endedOn} onChange={(e) => setEndedOn(e.target.value)} />}
        </Field>
      }
      confirmLabel={t('legal.measure.endConfirm')}
      run={(reason) =>
        withIdempotencyKey(key.current, () =>
          ok(
            client.PATCH('/api/v1/households/{householdId}/measures/{measureId}', {
              params: { path: { householdId: props.householdId, measureId: m.id } },
              body: { version: m.version, endedOn, reason: reason ?? '' },
            }),
          ),
        ).then(() => {
          key.current = newIdempotencyKey();
        })
      }
      onDone={props.onDone}
      focusAfter={byId(`measure-${m.id}`)}
    >
      <Paragraph>{t('legal.measure.endWhat')}</Paragraph>
    </ConfirmAction>
  );
}
