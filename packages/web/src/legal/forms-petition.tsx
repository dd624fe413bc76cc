import {
  CONSULTATION_PARTIES,
  type ConsultationParty,
  LIGHTER_STEPS,
  type LighterStep,
} from '@gezinsdossier/domain';
import { Checkbox, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { client, done, ok, type Schemas } from '../api/client';
import { AreaField, ChoiceField, TextField, todayIso } from '../casework/kit';
import { byId, ConfirmAction } from '../components/ConfirmAction';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, useSubmit } from '../components/forms';
import type { Ground, GroundFact } from './GroundsPart';
import { type Petition, useLegalWords } from './words';

/** What every form on the petition page is given: the petition as the author saw it. */
export interface PetitionFormProps {
  householdId: string;
  petition: Petition;
  onDone: () => void;
  onCancel: () => void;
}

export const pathOf = (p: PetitionFormProps) => ({
  householdId: p.householdId,
  petitionId: p.petition.id,
});

/** A group of checkboxes over a list of items (facts, help records), each labelled in words. */
function ItemChecks(props: {
  id: string;
  legend: string;
  items: { id: string; label: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  error: Parameters<typeof fieldError>[0];
  field: string;
}) {
  const message = fieldError(props.error, props.field);
  return (
    <fieldset className="gd-fieldset" aria-describedby={message ? `${props.id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {message && (
        <p className="gd-field-error" id={`${props.id}-error`}>
          {message}
        </p>
      )}
      {props.items.map((item) => (
        <div className="gd-checkbox" key={item.id}>
          <Checkbox
            id={`${props.id}-${item.id}`}
            checked={props.value.includes(item.id)}
            onChange={(e) =>
              props.onChange(
                e.target.checked ? [...props.value, item.id] : props.value.filter((x) => x !== item.id),
              )
            }
          />
          <label htmlFor={`${props.id}-${item.id}`}>{item.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A ground: a claim resting on facts from the dossier (LS-11). Each fact is linked at the version it has now;
 * a later change of the fact does not change what this ground says.
 */
export function GroundForm(props: PetitionFormProps & { facts: Schemas['Fact'][]; ground?: Ground }) {
  const w = useLegalWords();
  const { t } = w;
  const [claim, setClaim] = useState(props.ground?.claim ?? '');
  const [factIds, setFactIds] = useState<string[]>(props.ground?.facts.map((f) => f.factId) ?? []);
  const { error, busy, submit } = useSubmit(props.onDone);
  const body = { version: props.petition.version, claim, factIds };
  const ground = props.ground;
  const onSubmit = submit(() =>
    ground
      ? ok(
          client.PUT('/api/v1/households/{householdId}/petitions/{petitionId}/grounds/{groundId}', {
            params: { path: { ...pathOf(props), groundId: ground.id } },
            body,
          }),
        )
      : ok(
          client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/grounds', {
            params: { path: pathOf(props) },
            body,
          }),
        ),
  );
  const legend = ground ? t('legal.ground.change', { number: ground.position }) : t('legal.ground.add');
  const prefix = ground ? `gr-${ground.position}` : 'gr';
  return (
    <FormFrame
      legend={legend}
      idPrefix={prefix}
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <AreaField
        id={`${prefix}-claim`}
        label={t('legal.ground.claim')}
        value={claim}
        onChange={setClaim}
        error={error}
        field="claim"
      />
      {props.facts.length === 0 ? (
        <Paragraph className="gd-muted">{t('legal.ground.noFacts')}</Paragraph>
      ) : (
        <ItemChecks
          id={`${prefix}-factIds`}
          legend={t('legal.ground.facts')}
          items={props.facts.map((f) => ({
            id: f.id,
            label: `${f.statement} (${[
              f.observedOn ? w.date(f.observedOn) : null,
              t(`casework.verifications.${f.verification}`),
            ]
              .filter(Boolean)
              .join(', ')})`,
          }))}
          value={factIds}
          onChange={setFactIds}
          error={error}
          field="factIds"
        />
      )}
    </FormFrame>
  );
}

/** Removes a ground from the drafted petition (its facts stay in the dossier). */
export function RemoveGroundAction(props: {
  householdId: string;
  petition: Petition;
  ground: Ground;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useLegalWords();
  const number = props.ground.position;
  return (
    <ConfirmAction
      trigger={t('legal.ground.remove', { number })}
      title={t('legal.ground.removeTitle', { number })}
      confirmLabel={t('legal.ground.remove', { number })}
      run={() =>
        done(
          client.DELETE('/api/v1/households/{householdId}/petitions/{petitionId}/grounds/{groundId}', {
            params: {
              path: {
                householdId: props.householdId,
                petitionId: props.petition.id,
                groundId: props.ground.id,
              },
              query: { version: props.petition.version },
            },
          }),
        )
      }
      onDone={props.onDone}
      focusAfter={byId('part-grounds')}
    >
      <Paragraph>{t('legal.ground.removeWhat')}</Paragraph>
    </ConfirmAction>
  );
}

/**
 * Hoor en wederhoor (LS-07, VAL-09): a documented attempt to hear a member who did not respond to a fact.
 * Only the members who have neither responded nor been tried are offered.
 */
export function HearingAttemptForm(props: PetitionFormProps & { fact: GroundFact }) {
  const { t } = useLegalWords();
  const heard = new Set([
    ...props.fact.responses.map((r) => r.personId),
    ...props.fact.hearingAttempts.map((h) => h.personId),
  ]);
  const people = props.petition.persons.filter((x) => !heard.has(x.personId));
  const [personId, setPersonId] = useState(
    people.find((x) => (x.age ?? 18) >= 18)?.personId ?? people[0]?.personId ?? '',
  );
  const [attemptedOn, setAttemptedOn] = useState(todayIso());
  const [description, setDescription] = useState('');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/hearing-attempts', {
        params: { path: pathOf(props) },
        body: {
          version: props.petition.version,
          factId: props.fact.factId,
          personId,
          attemptedOn,
          description,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('legal.hearing.title', { fact: props.fact.statement })}
      idPrefix="ha"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <Field id="ha-personId" label={t('legal.hearing.person')} error={fieldError(error, 'personId')}>
        {(a) => (
          <Select {...a} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            {people.map((x) => (
              <SelectOption key={x.personId} value={x.personId}>
                {x.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <TextField
        id="ha-attemptedOn"
        type="date"
        label={t('legal.hearing.attemptedOn')}
        value={attemptedOn}
        onChange={setAttemptedOn}
        error={error}
        field="attemptedOn"
      />
      <AreaField
        id="ha-description"
        label={t('legal.hearing.description')}
        value={description}
        onChange={setDescription}
        error={error}
        field="description"
      />
    </FormFrame>
  );
}

/** A lighter alternative (LS-02): a step of E-4, the help actually given, what came of it, why it fell short. */
export function AlternativeForm(props: PetitionFormProps & { interventions: Schemas['Intervention'][] }) {
  const { t } = useLegalWords();
  const [v, setV] = useState<{
    step: LighterStep;
    interventionIds: string[];
    outcome: string;
    whyInsufficient: string;
  }>({
    step: 'INFORMAL_SUPPORT',
    interventionIds: [],
    outcome: '',
    whyInsufficient: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/alternatives', {
        params: { path: pathOf(props) },
        body: { version: props.petition.version, ...v },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('legal.alternative.add')}
      idPrefix="al"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.alternative.add')}
    >
      <ChoiceField
        id="al-step"
        label={t('legal.alternative.step')}
        values={LIGHTER_STEPS}
        labelKey="casework.reducibleVia"
        value={v.step}
        onChange={(step) => setV({ ...v, step })}
        error={error}
        field="step"
      />
      {props.interventions.length === 0 ? (
        <Paragraph className="gd-muted">{t('legal.alternative.noHelp')}</Paragraph>
      ) : (
        <ItemChecks
          id="al-interventionIds"
          legend={t('legal.alternative.help')}
          items={props.interventions.map((i) => ({
            id: i.id,
            label: `${i.title} (${i.provider}; ${t(`casework.helpStatuses.${i.status}`)})`,
          }))}
          value={v.interventionIds}
          onChange={(interventionIds) => setV({ ...v, interventionIds })}
          error={error}
          field="interventionIds"
        />
      )}
      <AreaField
        id="al-outcome"
        label={t('legal.alternative.outcome')}
        value={v.outcome}
        onChange={(outcome) => setV({ ...v, outcome })}
        error={error}
        field="outcome"
      />
      <AreaField
        id="al-whyInsufficient"
        label={t('legal.alternative.whyInsufficient')}
        value={v.whyInsufficient}
        onChange={(whyInsufficient) => setV({ ...v, whyInsufficient })}
        error={error}
        field="whyInsufficient"
      />
    </FormFrame>
  );
}

/** Removes a lighter alternative from the drafted petition. */
export function RemoveAlternativeAction(props: {
  householdId: string;
  petition: Petition;
  alternative: Petition['alternatives'][number];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useLegalWords();
  const step = t(`casework.reducibleVia.${props.alternative.step}`);
  return (
    <ConfirmAction
      trigger={
        <>
          {t('legal.alternative.remove')}
          <span className="gd-visually-hidden"> {step}</span>
        </>
      }
      title={t('legal.alternative.removeTitle', { step })}
      confirmLabel={t('legal.alternative.remove')}
      run={() =>
        done(
          client.DELETE(
            '/api/v1/households/{householdId}/petitions/{petitionId}/alternatives/{alternativeId}',
            {
              params: {
                path: {
                  householdId: props.householdId,
                  petitionId: props.petition.id,
                  alternativeId: props.alternative.id,
                },
                query: { version: props.petition.version },
              },
            },
          ),
        )
      }
      onDone={props.onDone}
      focusAfter={byId('part-alternatives')}
    >
      <Paragraph>{t('legal.alternative.removeWhat')}</Paragraph>
    </ConfirmAction>
  );
}

/** A consultation before the petition (KT6-R2): with the family, the vast gezicht or someone else. */
export function ConsultationForm(props: PetitionFormProps) {
  const { t } = useLegalWords();
  const adults = props.petition.persons;
  const [v, setV] = useState<{ party: ConsultationParty; personId: string; heldOn: string; summary: string }>(
    {
      party: 'HOUSEHOLD',
      personId: adults.find((x) => (x.age ?? 18) >= 18)?.personId ?? adults[0]?.personId ?? '',
      heldOn: todayIso(),
      summary: '',
    },
  );
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/consultations', {
        params: { path: pathOf(props) },
        body: {
          version: props.petition.version,
          party: v.party,
          personId: v.party === 'HOUSEHOLD' ? v.personId || null : null,
          heldOn: v.heldOn,
          summary: v.summary,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('legal.consultation.add')}
      idPrefix="co"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.consultation.add')}
    >
      <ChoiceField
        id="co-party"
        label={t('legal.consultation.party')}
        values={CONSULTATION_PARTIES}
        labelKey="legal.parties"
        value={v.party}
        onChange={(party) => setV({ ...v, party })}
        error={error}
        field="party"
      />
      {v.party === 'HOUSEHOLD' && (
        <Field id="co-personId" label={t('legal.consultation.person')} error={fieldError(error, 'personId')}>
          {(a) => (
            <Select {...a} value={v.personId} onChange={(e) => setV({ ...v, personId: e.target.value })}>
              {adults.map((x) => (
                <SelectOption key={x.personId} value={x.personId}>
                  {x.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      )}
      <TextField
        id="co-heldOn"
        type="date"
        label={t('legal.consultation.heldOn')}
        value={v.heldOn}
        onChange={(heldOn) => setV({ ...v, heldOn })}
        error={error}
        field="heldOn"
      />
      <AreaField
        id="co-summary"
        label={t('legal.consultation.summary')}
        value={v.summary}
        onChange={(summary) => setV({ ...v, summary })}
        error={error}
        field="summary"
      />
    </FormFrame>
  );
}
