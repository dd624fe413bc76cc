import { MEMBERSHIP_ROLES, type MembershipRole } from '@gezinsdossier/domain';
import { Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Body } from '../api/client';
import { fieldError } from './ErrorSummary';
import { Field } from './Field';
import { EnumSelect } from './forms';

/** The first member of a new household and where they live; both optional (KT2 intake, new dossier). */
export interface FirstPersonDraft {
  givenName: string;
  familyName: string;
  birthDate: string;
  bsn: string;
  role: MembershipRole;
}
export interface AddressDraft {
  street: string;
  houseNumber: string;
  postcode: string;
  town: string;
}

export const emptyFirstPerson = (): FirstPersonDraft => ({
  givenName: '',
  familyName: '',
  birthDate: '',
  bsn: '',
  role: 'CHILD',
});
export const emptyAddress = (): AddressDraft => ({ street: '', houseNumber: '', postcode: '', town: '' });

type HouseholdCreate = Body<'/api/v1/households', 'post'>;

/**
 * The `persons` and `address` parts of creating a household: the first person when a name is filled in,
 * and the address (applied to that person) when a postcode or house number is filled in.
 */
export function householdStart(
  person: FirstPersonDraft,
  address: AddressDraft,
  today: string,
): Pick<HouseholdCreate, 'persons' | 'address'> {
  const hasPerson = person.givenName.trim() !== '' || person.familyName.trim() !== '';
  const hasAddress = address.postcode.trim() !== '' || address.houseNumber.trim() !== '';
  return {
    ...(hasPerson
      ? {
          persons: [
            {
              person: {
                givenName: person.givenName,
                familyName: person.familyName,
                birthDate: person.birthDate || null,
                bsn: person.bsn || null,
              },
              role: person.role,
              from: today,
            },
          ],
        }
      : {}),
    ...(hasAddress
      ? {
          address: {
            street: address.street.trim() || null,
            houseNumber: address.houseNumber.trim(),
            postcode: address.postcode,
            town: address.town.trim() || null,
          },
        }
      : {}),
  };
}

/** The first person of a new household: name, birth date, BSN and role. */
export function FirstPersonFields(props: {
  idPrefix: string;
  value: FirstPersonDraft;
  onChange: (value: FirstPersonDraft) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const v = props.value;
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const text =
    (field: 'givenName' | 'familyName' | 'birthDate' | 'bsn') => (e: { target: { value: string } }) =>
      props.onChange({ ...v, [field]: e.target.value });
  return (
    <fieldset className="gd-fieldset">
      <legend>{t('newHousehold.firstPerson')}</legend>
      <p className="gd-muted">{t('newHousehold.firstPersonHint')}</p>
      <Field id={id('givenName')} label={t('forms.givenName')} error={fieldError(props.error, 'givenName')}>
        {(a) => <Textbox {...a} value={v.givenName} onChange={text('givenName')} autoComplete="off" />}
      </Field>
      <Field
        id={id('familyName')}
        label={t('forms.familyName')}
        error={fieldError(props.error, 'familyName')}
      >
        {(a) => <Textbox {...a} value={v.familyName} onChange={text('familyName')} autoComplete="off" />}
      </Field>
      <Field
        id={id('birthDate')}
        label={`${t('forms.birthDate')} ${t('forms.optional')}`}
        error={fieldError(props.error, 'birthDate')}
      >
        {(a) => <Textbox {...a} type="date" value={v.birthDate} onChange={text('birthDate')} />}
      </Field>
      <Field
        id={id('bsn')}
        label={`${t('forms.bsn')} ${t('forms.optional')}`}
        hint={t('forms.bsnHint')}
        error={fieldError(props.error, 'bsn')}
      >
        {(a) => (
          <Textbox {...a} inputMode="numeric" value={v.bsn} onChange={text('bsn')} autoComplete="off" />
        )}
      </Field>
      <Field id={id('role')} label={t('forms.role')} error={fieldError(props.error, 'role')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={MEMBERSHIP_ROLES}
            labelKey="roles"
            value={v.role}
            onChange={(role) => props.onChange({ ...v, role })}
          />
        )}
      </Field>
    </fieldset>
  );
}

/** An address: street and town are optional; postcode and house number find the household. */
export function AddressFields(props: {
  idPrefix: string;
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const v = props.value;
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const text = (field: keyof AddressDraft) => (e: { target: { value: string } }) =>
    props.onChange({ ...v, [field]: e.target.value });
  return (
    <fieldset className="gd-fieldset" id={id('address')}>
      <legend>{t('newHousehold.address')}</legend>
      <p className="gd-muted">{t('newHousehold.addressHint')}</p>
      <Field
        id={id('street')}
        label={`${t('forms.street')} ${t('forms.optional')}`}
        error={fieldError(props.error, 'street')}
      >
        {(a) => <Textbox {...a} value={v.street} onChange={text('street')} autoComplete="off" />}
      </Field>
      <Field
        id={id('houseNumber')}
        label={`${t('forms.houseNumber')} ${t('forms.optional')}`}
        error={fieldError(props.error, 'houseNumber')}
      >
        {(a) => <Textbox {...a} value={v.houseNumber} onChange={text('houseNumber')} autoComplete="off" />}
      </Field>
      <Field
        id={id('postcode')}
        label={`${t('forms.postcode')} ${t('forms.optional')}`}
        error={fieldError(props.error, 'postcode')}
      >
        {(a) => <Textbox {...a} value={v.postcode} onChange={text('postcode')} autoComplete="off" />}
      </Field>
      <Field
        id={id('town')}
        label={`${t('forms.town')} ${t('forms.optional')}`}
        error={fieldError(props.error, 'town')}
      >
        {(a) => <Textbox {...a} value={v.town} onChange={text('town')} autoComplete="off" />}
      </Field>
    </fieldset>
  );
}
