import { BREAK_GLASS_REASONS, type BreakGlassReason } from '@gezinsdossier/domain';
import {
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, client, ok, newIdempotencyKey, withIdempotencyKey } from '../api/client';
import { ErrorSummary, fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';

/** Break the glass: exact lookup, typed reason, limited time; every use is reviewed. */
export function BreakGlass() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [v, setV] = useState<{
    reasonCode: BreakGlassReason;
    reason: string;
    hours: string;
    bsn: string;
    familyName: string;
    birthDate: string;
  }>({
    reasonCode: 'ACUTE_DANGER',
    reason: '',
    hours: '4',
    bsn: '',
    familyName: '',
    birthDate: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  // One key per submission: pressing the button twice asks for one grant, not two.
  const idempotencyKey = useRef(newIdempotencyKey());
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const grant = await ok(
        withIdempotencyKey(idempotencyKey.current, () =>
          client.POST('/api/v1/break-glass-grants', {
            body: {
              reasonCode: v.reasonCode,
              reason: v.reason,
              hours: Number(v.hours),
              ...(v.bsn
                ? { bsn: v.bsn }
                : { familyName: v.familyName || undefined, birthDate: v.birthDate || undefined }),
            },
          }),
        ),
      );
      navigate(`/gezinnen/${grant.householdId}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : null);
    }
  };
  return (
    <>
      <Heading level={1}>{t('breakGlass.title')}</Heading>
      <Paragraph>{t('breakGlass.intro')}</Paragraph>
      <ErrorSummary error={error} idPrefix="bg" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id="bg-reasonCode" label={t('breakGlass.reasonCode')}>
          {(a) => (
            <Select {...a} value={v.reasonCode} onChange={set('reasonCode')}>
              {BREAK_GLASS_REASONS.map((r) => (
                <SelectOption key={r} value={r}>
                  {t(`breakGlass.reasons.${r}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="bg-reason"
          label={t('breakGlass.reason')}
          hint={t('breakGlass.reasonHint')}
          error={fieldError(error, 'reason')}
        >
          {(a) => <Textarea {...a} value={v.reason} onChange={set('reason')} />}
        </Field>
        <Field id="bg-hours" label={t('breakGlass.hours')} error={fieldError(error, 'hours')}>
          {(a) => <Textbox {...a} type="number" min={1} max={8} value={v.hours} onChange={set('hours')} />}
        </Field>
        <fieldset className="gd-fieldset">
          <legend>{t('breakGlass.lookup')}</legend>
          <Field id="bg-bsn" label={t('forms.bsn')} error={fieldError(error, 'bsn')}>
            {(a) => (
              <Textbox {...a} inputMode="numeric" value={v.bsn} onChange={set('bsn')} autoComplete="off" />
            )}
          </Field>
          <Field id="bg-familyName" label={t('forms.familyName')} error={fieldError(error, 'familyName')}>
            {(a) => <Textbox {...a} value={v.familyName} onChange={set('familyName')} autoComplete="off" />}
          </Field>
          <Field id="bg-birthDate" label={t('forms.birthDate')} error={fieldError(error, 'birthDate')}>
            {(a) => <Textbox {...a} type="date" value={v.birthDate} onChange={set('birthDate')} />}
          </Field>
        </fieldset>
        <Button type="submit" appearance="primary-action-button">
          {t('breakGlass.submit')}
        </Button>
      </form>
    </>
  );
}
