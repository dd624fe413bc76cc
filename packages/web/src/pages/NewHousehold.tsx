import { Button, Heading, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, client, ok, type Schemas, newIdempotencyKey, withIdempotencyKey } from '../api/client';
import { ErrorSummary, fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import {
  AddressFields,
  emptyAddress,
  emptyFirstPerson,
  FirstPersonFields,
  householdStart,
} from '../components/HouseholdStart';

/** Opens a new gezinsdossier (household + case + team), optionally with its first member and address. */
export function NewHousehold() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [municipalities, setMunicipalities] = useState<Schemas['Municipality'][]>([]);
  const [displayName, setDisplayName] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [person, setPerson] = useState(emptyFirstPerson);
  const [address, setAddress] = useState(emptyAddress);
  const [error, setError] = useState<ApiError | null>(null);
  // One key per submission: pressing save twice repeats the submission, it does not create twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  useEffect(() => {
    void ok(client.GET('/api/v1/municipalities')).then(setMunicipalities);
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await ok(
        withIdempotencyKey(idempotencyKey.current, () =>
          client.POST('/api/v1/households', {
            body: {
              displayName,
              municipalityCode,
              ...householdStart(person, address, new Date().toISOString().slice(0, 10)),
            },
          }),
        ),
      );
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
        <FirstPersonFields idPrefix="nh" value={person} onChange={setPerson} error={error} />
        <AddressFields idPrefix="nh" value={address} onChange={setAddress} error={error} />
        <Button type="submit" appearance="primary-action-button">
          {t('newHousehold.create')}
        </Button>
      </form>
    </>
  );
}
