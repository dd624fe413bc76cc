import { Button, Heading, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../api';
import { ErrorSummary, fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';

/** Opens a new gezinsdossier (household + case + team). */
export function NewHousehold() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [municipalities, setMunicipalities] = useState<{ code: string; name: string; regionName: string }[]>(
    [],
  );
  const [displayName, setDisplayName] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [postcode, setPostcode] = useState('');
  const [houseNumber, setHouseNumber] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void api<typeof municipalities>('GET', '/api/municipalities').then(setMunicipalities);
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await api<{ householdId: string }>('POST', '/api/households', {
        displayName,
        municipalityCode,
        ...(postcode || houseNumber ? { postcode, houseNumber } : {}),
      });
      navigate(`/gezinnen/${created.householdId}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : null);
    }
  };
  return (
    <>
      <Heading level={1}>{t('newHousehold.title')}</Heading>
      <Paragraph>{t('newHousehold.intro')}</Paragraph>
      <ErrorSummary error={error} idPrefix="nh" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="nh-displayName"
          label={t('newHousehold.displayName')}
          hint={t('newHousehold.displayNameHint')}
          error={fieldError(error, 'displayName')}
        >
          {(aria) => (
            <Textbox
              {...aria}
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
              required
            />
          )}
        </Field>
        <Field
          id="nh-municipalityCode"
          label={t('newHousehold.municipality')}
          error={fieldError(error, 'municipalityCode')}
        >
          {(aria) => (
            <Select
              {...aria}
              value={municipalityCode}
              onChange={(e) => setMunicipalityCode(e.target.value)}
              required
            >
              <SelectOption value="">—</SelectOption>
              {municipalities.map((m) => (
                <SelectOption key={m.code} value={m.code}>
                  {m.name} ({m.regionName})
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="nh-postcode"
          label={`${t('casework.intake.postcode')} ${t('forms.optional')}`}
          error={fieldError(error, 'postcode')}
        >
          {(aria) => <Textbox {...aria} value={postcode} onChange={(e) => setPostcode(e.target.value)} />}
        </Field>
        <Field
          id="nh-houseNumber"
          label={`${t('casework.intake.houseNumber')} ${t('forms.optional')}`}
          error={fieldError(error, 'houseNumber')}
        >
          {(aria) => (
            <Textbox {...aria} value={houseNumber} onChange={(e) => setHouseNumber(e.target.value)} />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button">
          {t('newHousehold.create')}
        </Button>
      </form>
    </>
  );
}
