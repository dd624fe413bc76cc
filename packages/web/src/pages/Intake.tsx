import {
  fieldMessage,
  INTAKE_KINDS,
  type IntakeKind,
  isValidBsn,
  MELDCODE_STEPS,
  type MeldcodeStep,
  REPORTER_KINDS,
  type ReporterKind,
} from '@gezinsdossier/domain';
import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, client, ok, type Schemas, newIdempotencyKey, withIdempotencyKey } from '../api/client';
import { AreaField, ChoiceField, TextField } from '../casework/kit';
import { ErrorSummary, fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { ProfessionalPicker, splitChoice } from '../components/forms';
import {
  AddressFields,
  emptyAddress,
  emptyFirstPerson,
  FirstPersonFields,
  householdStart,
} from '../components/HouseholdStart';
import { useSession } from '../session';

type Match = Schemas['HouseholdMatch'];

/**
 * KT2 intake: search first (BSN, family name and birth date, or postcode and house number) so no second
 * dossier is made, then record the question or report with the household found, or open a new dossier for
 * it — with the person and address searched for carried over as its first member.
 */
export function Intake() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  // Someone outside a Lokaal Team (the RVT, the crisis service) names the vast gezicht when opening a
  // dossier (VAL-01) — except for a report, which may wait for the Lokaal Team (VAL-01's exception).
  const needsFixed = !session?.actor.memberships.some((m) => m.organisationKind === 'LOCAL_TEAM');
  const [fixed, setFixed] = useState('');
  const [query, setQuery] = useState({
    bsn: '',
    familyName: '',
    birthDate: '',
    postcode: '',
    houseNumber: '',
  });
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [target, setTarget] = useState<{ householdId: string; name: string } | 'new' | null>(null);
  const [household, setHousehold] = useState({ displayName: '', municipalityCode: '' });
  const [person, setPerson] = useState(emptyFirstPerson);
  const [address, setAddress] = useState(emptyAddress);
  const [municipalities, setMunicipalities] = useState<Schemas['Municipality'][]>([]);
  const [report, setReport] = useState<{
    kind: IntakeKind;
    reporterKind: ReporterKind;
    anonymous: boolean;
    name: string;
    organisation: string;
    contact: string;
    meldcodeStep: MeldcodeStep;
    summary: string;
  }>({
    kind: 'REPORT',
    reporterKind: 'CITIZEN',
    anonymous: false,
    name: '',
    organisation: '',
    contact: '',
    meldcodeStep: 'STEP_1_SIGNALS',
    summary: '',
  });
  const [searchError, setSearchError] = useState<ApiError | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // One key per submission: pressing save twice repeats the submission, it does not create twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  useEffect(() => {
    void ok(client.GET('/api/v1/municipalities')).then(setMunicipalities);
  }, []);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    const filled = Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
    // A new search replaces the old answer: no "no household found" from before beside a new error.
    setMatches(null);
    setTarget(null);
    // The 11-proef first: a mistyped BSN is not searched (and not answered with "open a new dossier").
    if (filled.bsn !== undefined && !isValidBsn(filled.bsn)) {
      const message = fieldMessage('bsn_invalid', i18n.language === 'en' ? 'en' : 'nl');
      setSearchError(
        new ApiError(400, 'validation_failed', message, [{ path: 'bsn', code: 'bsn_invalid', message }]),
      );
      return;
    }
    try {
      setMatches(
        await ok(
          client.GET('/api/v1/household-matches', {
            params: { query: { purpose: 'RECORD_INTAKE', ...filled } },
          }),
        ),
      );
      setSearchError(null);
      setTarget(null);
    } catch (err) {
      setSearchError(err instanceof ApiError ? err : null);
    }
  };

  /** A new dossier starts with the person and address searched for, for the user to complete. */
  const startNew = () => {
    setPerson({
      ...emptyFirstPerson(),
      familyName: query.familyName.trim(),
      birthDate: query.birthDate.trim(),
      bsn: query.bsn.trim(),
    });
    setAddress({ ...emptyAddress(), postcode: query.postcode.trim(), houseNumber: query.houseNumber.trim() });
    setTarget('new');
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const professional = report.reporterKind === 'PROFESSIONAL';
    const identified = !report.anonymous;
    try {
      const created = await ok(
        withIdempotencyKey(idempotencyKey.current, () =>
          client.POST('/api/v1/intakes', {
            body: {
              kind: report.kind,
              summary: report.summary,
              reporter: {
                kind: report.reporterKind,
                anonymous: report.anonymous,
                name: identified ? report.name || null : null,
                organisation: report.organisation || null,
                contact: identified ? report.contact || null : null,
                meldcodeStep: professional ? report.meldcodeStep : null,
              },
              ...(target === 'new'
                ? {
                    newHousehold: {
                      displayName: household.displayName,
                      municipalityCode: household.municipalityCode,
                      ...(needsFixed && fixed
                        ? { fixedProfessionalId: splitChoice(fixed).professionalId }
                        : {}),
                      ...householdStart(person, address, new Date().toISOString().slice(0, 10)),
                    },
                  }
                : target
                  ? { householdId: target.householdId }
                  : {}),
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
      <Heading level={1}>{t('casework.intake.title')}</Heading>
      <Paragraph>{t('casework.intake.intro')}</Paragraph>
      <ErrorSummary error={searchError} idPrefix="is" />
      <form
        onSubmit={(e) => void search(e)}
        noValidate
        aria-label={t('casework.intake.search')}
        className="gd-form"
      >
        <TextField
          id="is-bsn"
          label={t('casework.intake.bsn')}
          value={query.bsn}
          onChange={(bsn) => setQuery({ ...query, bsn })}
          error={searchError}
          field="bsn"
        />
        <Paragraph>{t('casework.intake.or')}</Paragraph>
        <TextField
          id="is-familyName"
          label={t('casework.intake.familyName')}
          value={query.familyName}
          onChange={(familyName) => setQuery({ ...query, familyName })}
          error={searchError}
          field="familyName"
        />
        <TextField
          id="is-birthDate"
          type="date"
          label={t('casework.intake.birthDate')}
          value={query.birthDate}
          onChange={(birthDate) => setQuery({ ...query, birthDate })}
          error={searchError}
          field="birthDate"
        />
        <Paragraph>{t('casework.intake.or')}</Paragraph>
        <TextField
          id="is-postcode"
          label={t('casework.intake.postcode')}
          value={query.postcode}
          onChange={(postcode) => setQuery({ ...query, postcode })}
          error={searchError}
          field="postcode"
        />
        <TextField
          id="is-houseNumber"
          label={t('casework.intake.houseNumber')}
          value={query.houseNumber}
          onChange={(houseNumber) => setQuery({ ...query, houseNumber })}
          error={searchError}
          field="houseNumber"
        />
        <Button type="submit" appearance="primary-action-button">
          {t('casework.intake.search')}
        </Button>
      </form>

      {matches && (
        <section aria-labelledby="matches-title">
          <Heading level={2} id="matches-title">
            {t('casework.intake.results')}
          </Heading>
          {matches.length === 0 && <Paragraph>{t('casework.intake.noMatch')}</Paragraph>}
          <ul className="gd-list">
            {matches.map((m, i) => (
              <li key={m.householdId ?? `elsewhere-${i}`}>
                {m.canOpen && m.householdId ? (
                  <>
                    <strong>{m.householdName}</strong> ({t(`casework.intake.matchedOn.${m.matchedOn}`)}){' '}
                    <Button
                      appearance="secondary-action-button"
                      onClick={() =>
                        setTarget({ householdId: m.householdId as string, name: m.householdName ?? '' })
                      }
                    >
                      {t('casework.intake.useThis', { name: m.householdName })}
                    </Button>
                  </>
                ) : (
                  <>
                    {t('casework.intake.knownElsewhere')} ({t(`casework.intake.matchedOn.${m.matchedOn}`)})
                  </>
                )}
              </li>
            ))}
          </ul>
          <Button appearance="secondary-action-button" onClick={startNew}>
            {t('casework.intake.newHousehold')}
          </Button>
        </section>
      )}

      {target && (
        <section aria-labelledby="report-title">
          <Heading level={2} id="report-title">
            {t('casework.intake.details')}
          </Heading>
          {target === 'new' && <Paragraph>{t('casework.intake.newHouseholdIntro')}</Paragraph>}
          {target !== 'new' && (
            <Alert type="info">
              <Paragraph>
                {t('casework.intake.household')}: {target.name}
              </Paragraph>
            </Alert>
          )}
          <ErrorSummary error={error} idPrefix="in" />
          <form
            onSubmit={(e) => void save(e)}
            noValidate
            aria-label={t('casework.intake.details')}
            className="gd-form"
          >
            {target === 'new' && (
              <>
                <TextField
                  id="in-displayName"
                  label={t('newHousehold.displayName')}
                  hint={t('newHousehold.displayNameHint')}
                  value={household.displayName}
                  onChange={(displayName) => setHousehold({ ...household, displayName })}
                  error={error}
                  field="displayName"
                />
                <Field
                  id="in-municipalityCode"
                  label={t('newHousehold.municipality')}
                  error={fieldError(error, 'municipalityCode')}
                >
                  {(a) => (
                    <Select
                      {...a}
                      value={household.municipalityCode}
                      onChange={(e) => setHousehold({ ...household, municipalityCode: e.target.value })}
                    >
                      <SelectOption value="">—</SelectOption>
                      {municipalities.map((m) => (
                        <SelectOption key={m.code} value={m.code}>
                          {m.name}
                        </SelectOption>
                      ))}
                    </Select>
                  )}
                </Field>
                <FirstPersonFields idPrefix="in" value={person} onChange={setPerson} error={error} />
                <AddressFields idPrefix="in" value={address} onChange={setAddress} error={error} />
                {needsFixed && (
                  <>
                    {report.kind === 'REPORT' && (
                      <Paragraph className="gd-muted">
                        {t('casework.intake.fixedProfessionalLater')}
                      </Paragraph>
                    )}
                    <ProfessionalPicker
                      idPrefix="in-fixed"
                      label={
                        report.kind === 'REPORT'
                          ? `${t('casework.intake.fixedProfessional')} ${t('forms.optional')}`
                          : t('casework.intake.fixedProfessional')
                      }
                      value={fixed}
                      onChange={setFixed}
                      error={fieldError(error, 'fixedProfessionalId')}
                      onlyKind="LOCAL_TEAM"
                    />
                  </>
                )}
              </>
            )}
            <ChoiceField
              id="in-kind"
              label={t('casework.intake.kind')}
              values={INTAKE_KINDS}
              labelKey="casework.kinds"
              value={report.kind}
              onChange={(kind) => setReport({ ...report, kind })}
              error={error}
              field="kind"
            />
            <ChoiceField
              id="in-reporterKind"
              label={t('casework.intake.reporterKind')}
              values={REPORTER_KINDS}
              labelKey="casework.reporterKinds"
              value={report.reporterKind}
              onChange={(reporterKind) =>
                setReport({
                  ...report,
                  reporterKind,
                  anonymous: reporterKind === 'CITIZEN' && report.anonymous,
                })
              }
              error={error}
              field="kind"
            />
            {report.reporterKind === 'CITIZEN' && (
              <div className="gd-checkbox">
                <Checkbox
                  id="in-anonymous"
                  checked={report.anonymous}
                  onChange={(e) => setReport({ ...report, anonymous: e.target.checked })}
                />
                <label htmlFor="in-anonymous">{t('casework.intake.anonymous')}</label>
              </div>
            )}
            {!report.anonymous && (
              <>
                <TextField
                  id="in-name"
                  label={t('casework.intake.reporterName')}
                  value={report.name}
                  onChange={(name) => setReport({ ...report, name })}
                  error={error}
                  field="name"
                />
                <TextField
                  id="in-contact"
                  label={t('casework.intake.reporterContact')}
                  value={report.contact}
                  onChange={(contact) => setReport({ ...report, contact })}
                  error={error}
                  field="contact"
                />
              </>
            )}
            {(report.reporterKind === 'PROFESSIONAL' || report.reporterKind === 'POLICE') && (
              <TextField
                id="in-organisation"
                label={t('casework.intake.reporterOrganisation')}
                value={report.organisation}
                onChange={(organisation) => setReport({ ...report, organisation })}
                error={error}
                field="organisation"
              />
            )}
            {report.reporterKind === 'PROFESSIONAL' && (
              <ChoiceField
                id="in-meldcodeStep"
                label={t('casework.intake.meldcodeStep')}
                values={MELDCODE_STEPS}
                labelKey="casework.meldcodeSteps"
                value={report.meldcodeStep}
                onChange={(meldcodeStep) => setReport({ ...report, meldcodeStep })}
                error={error}
                field="meldcodeStep"
              />
            )}
            <AreaField
              id="in-summary"
              label={t('casework.intake.summary')}
              value={report.summary}
              onChange={(summary) => setReport({ ...report, summary })}
              error={error}
              field="summary"
              rows={5}
            />
            <Button type="submit" appearance="primary-action-button">
              {t('casework.intake.save')}
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
