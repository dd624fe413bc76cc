import { type DecisionRecord, OWNER_KINDS, type OwnerKind, type PathwayState } from '@gezinsdossier/domain';
import { Button } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Body, client, ok, type Schemas } from '../api/client';
import { FormFrame, useSubmit } from '../components/forms';
import {
  DecisionRecordFields,
  emptyRecordDraft,
  heldMessage,
  type RecordDraft,
  recordBody,
} from './DecisionRecordFields';
import { AreaField, ChoiceField, lines, TextField, todayIso } from './kit';

type Member = Schemas['Member'];
type FamilyAgreement = Body<
  '/api/v1/households/{householdId}/safety-plans',
  'post'
>['familyAgreement']['status'];
type ConditionsMet = Body<
  '/api/v1/households/{householdId}/safety-plan-evaluations',
  'post'
>['conditionsMet'];

interface FormProps {
  householdId: string;
  members: Member[];
  onDone: () => void;
  onCancel: () => void;
}

/** A structured professional judgement of safety (instrument-neutral, open content). */
export function AssessmentForm(props: FormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    dangers: '',
    protective: '',
    conditions: '',
    score: '5',
    uncertainty: '',
    disagreement: '',
  });
  const [family, setFamily] = useState<Record<string, string>>({});
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/safety-assessments', {
        params: { path: { householdId: props.householdId } },
        body: {
          instrumentId: 'gd-open-oordeel',
          instrumentVersion: '1.0',
          dangers: lines(v.dangers),
          protectiveFactors: lines(v.protective),
          safetyConditions: lines(v.conditions),
          professionalScore: Number(v.score),
          familyScores: Object.entries(family)
            .filter(([, score]) => score !== '')
            .map(([personId, score]) => ({ personId, score: Number(score) })),
          uncertainty: v.uncertainty || null,
          disagreement: v.disagreement || null,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.safety.assess')}
      idPrefix="sa"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.safety.assess')}
    >
      <AreaField
        id="sa-dangers"
        label={t('casework.safety.dangers')}
        value={v.dangers}
        onChange={(dangers) => setV({ ...v, dangers })}
        error={error}
        field="dangers"
      />
      <AreaField
        id="sa-protective"
        label={t('casework.safety.protective')}
        value={v.protective}
        onChange={(protective) => setV({ ...v, protective })}
        error={error}
        field="protectiveFactors"
      />
      <AreaField
        id="sa-conditions"
        label={t('casework.safety.conditions')}
        value={v.conditions}
        onChange={(conditions) => setV({ ...v, conditions })}
        error={error}
        field="safetyConditions"
      />
      <TextField
        id="sa-score"
        type="number"
        label={t('casework.safety.score')}
        value={v.score}
        onChange={(score) => setV({ ...v, score })}
        error={error}
        field="professionalScore"
      />
      {props.members
        .filter((m) => m.isCurrent)
        .map(({ person: p }) => (
          <TextField
            key={p.id}
            id={`sa-family-${p.id}`}
            type="number"
            label={t('casework.safety.familyScore', { name: `${p.givenName} ${p.familyName}` })}
            value={family[p.id] ?? ''}
            onChange={(score) => setFamily({ ...family, [p.id]: score })}
            error={error}
          />
        ))}
      <AreaField
        id="sa-uncertainty"
        label={t('casework.safety.uncertainty')}
        value={v.uncertainty}
        onChange={(uncertainty) => setV({ ...v, uncertainty })}
        error={error}
        field="uncertainty"
      />
      <AreaField
        id="sa-disagreement"
        label={t('casework.safety.disagreement')}
        value={v.disagreement}
        onChange={(disagreement) => setV({ ...v, disagreement })}
        error={error}
        field="disagreement"
      />
    </FormFrame>
  );
}

/** A new version of the safety plan, starting from the latest one. Every agreement has an owner. */
export function SafetyPlanForm(props: FormProps & { latest: Schemas['SafetyPlanVersion'] | undefined }) {
  const { t } = useTranslation();
  const [conditions, setConditions] = useState(props.latest?.conditions.join('\n') ?? '');
  const [agreements, setAgreements] = useState<{ text: string; kind: OwnerKind; name: string }[]>(
    props.latest?.agreements.map((a) => ({
      text: a.text,
      kind: OWNER_KINDS.find((k) => k === a.owner.kind) ?? 'FAMILY',
      name: a.owner.name,
    })) ?? [{ text: '', kind: 'FAMILY', name: '' }],
  );
  const [checkDate, setCheckDate] = useState(props.latest?.checkDates[0] ?? '');
  const [agreement, setAgreement] = useState<{ status: FamilyAgreement; note: string }>({
    status: 'AGREED',
    note: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/safety-plans', {
        params: { path: { householdId: props.householdId } },
        body: {
          basedOnVersionNo: props.latest?.versionNo ?? null,
          conditions: lines(conditions),
          agreements: agreements
            .filter((a) => a.text.trim())
            .map((a) => ({ text: a.text, owner: a.name.trim() ? { kind: a.kind, name: a.name } : null })),
          checkDates: checkDate ? [checkDate] : [],
          familyAgreement: { status: agreement.status, note: agreement.note || null },
        },
      }),
    ),
  );
  const setAt = (i: number, patch: Partial<(typeof agreements)[number]>) =>
    setAgreements(agreements.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <FormFrame
      legend={t('casework.safety.plan')}
      idPrefix="sp"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.safety.savePlan')}
    >
      <AreaField
        id="sp-conditions"
        label={t('casework.safety.planConditions')}
        value={conditions}
        onChange={setConditions}
        error={error}
        field="conditions"
      />
      <fieldset className="gd-fieldset">
        <legend>{t('casework.safety.agreements')}</legend>
        {agreements.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: agreements have no id until saved; the list only grows
          <div key={i} className="gd-agreement">
            <TextField
              id={`sp-agreement-${i}`}
              label={t('casework.safety.agreementText', { n: i + 1 })}
              value={a.text}
              onChange={(text) => setAt(i, { text })}
              error={error}
            />
            <ChoiceField
              id={`sp-owner-kind-${i}`}
              label={t('casework.safety.ownerKind')}
              values={OWNER_KINDS}
              labelKey="casework.ownerKinds"
              value={a.kind}
              onChange={(kind) => setAt(i, { kind })}
              error={error}
            />
            <TextField
              id={`sp-owner-${i}`}
              label={t('casework.safety.ownerName')}
              value={a.name}
              onChange={(name) => setAt(i, { name })}
              error={error}
              field="owner"
            />
          </div>
        ))}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => setAgreements([...agreements, { text: '', kind: 'FAMILY', name: '' }])}
        >
          {t('casework.safety.addAgreement')}
        </Button>
      </fieldset>
      <TextField
        id="sp-checkDate"
        type="date"
        label={t('casework.safety.checkDates')}
        value={checkDate}
        onChange={setCheckDate}
        error={error}
        field="checkDates"
      />
      <ChoiceField
        id="sp-familyAgreement"
        label={t('casework.safety.familyAgreement')}
        values={['AGREED', 'PARTLY_AGREED', 'NOT_AGREED'] as const}
        labelKey="casework.familyAgreements"
        value={agreement.status}
        onChange={(status) => setAgreement({ ...agreement, status })}
        error={error}
        field="status"
      />
      <AreaField
        id="sp-note"
        label={t('casework.safety.familyAgreementNote')}
        value={agreement.note}
        onChange={(note) => setAgreement({ ...agreement, note })}
        error={error}
        field="note"
      />
    </FormFrame>
  );
}

export function BreachForm(props: FormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState({ occurredOn: todayIso(), description: '', followUp: '' });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/safety-plan-breaches', {
        params: { path: { householdId: props.householdId } },
        body: v,
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.safety.breach')}
      idPrefix="br"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <TextField
        id="br-occurredOn"
        type="date"
        label={t('casework.safety.occurredOn')}
        value={v.occurredOn}
        onChange={(occurredOn) => setV({ ...v, occurredOn })}
        error={error}
        field="occurredOn"
      />
      <AreaField
        id="br-description"
        label={t('casework.safety.breachDescription')}
        value={v.description}
        onChange={(description) => setV({ ...v, description })}
        error={error}
        field="description"
      />
      <AreaField
        id="br-followUp"
        label={t('casework.safety.followUp')}
        value={v.followUp}
        onChange={(followUp) => setV({ ...v, followUp })}
        error={error}
        field="followUp"
      />
    </FormFrame>
  );
}

export function SafetyEvaluationForm(props: FormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState<{ conditionsMet: ConditionsMet; summary: string; householdView: string }>({
    conditionsMet: 'YES',
    summary: '',
    householdView: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/safety-plan-evaluations', {
        params: { path: { householdId: props.householdId } },
        body: { ...v, householdView: v.householdView || null },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.safety.evaluate')}
      idPrefix="se"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <ChoiceField
        id="se-conditionsMet"
        label={t('casework.safety.conditionsMet')}
        values={['YES', 'PARTLY', 'NO'] as const}
        labelKey="casework.conditionsMet"
        value={v.conditionsMet}
        onChange={(conditionsMet) => setV({ ...v, conditionsMet })}
        error={error}
        field="conditionsMet"
      />
      <AreaField
        id="se-summary"
        label={t('casework.safety.summary')}
        value={v.summary}
        onChange={(summary) => setV({ ...v, summary })}
        error={error}
        field="summary"
      />
      <AreaField
        id="se-householdView"
        label={t('casework.plan.householdView')}
        value={v.householdView}
        onChange={(householdView) => setV({ ...v, householdView })}
        error={error}
        field="householdView"
      />
    </FormFrame>
  );
}

/**
 * A weighty step with a reason and its record ("Onderbouwing van het besluit"): a manual move (close,
 * back into an extended investigation) or ending safety monitoring. After the save it tells whether the
 * decision waits for a colleague's review or approval, in which case nothing has changed yet.
 */
export function DecisionReasonForm(props: {
  legend: string;
  idPrefix: string;
  label: string;
  members: Member[];
  facts: Schemas['Casework']['facts'];
  weighsAlternatives: boolean;
  send: (reason: string, decision: DecisionRecord) => Promise<{ decision: { status: string } | null }>;
  onDone: (message?: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [record, setRecord] = useState<RecordDraft>(emptyRecordDraft);
  const held = useRef<string | undefined>(undefined);
  const { error, busy, submit } = useSubmit(() => props.onDone(held.current));
  const onSubmit = submit(async () => {
    const answer = await props.send(reason, recordBody(record, props.members));
    held.current = heldMessage(t, answer.decision);
  });
  return (
    <FormFrame
      legend={props.legend}
      idPrefix={props.idPrefix}
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={props.legend}
    >
      <AreaField
        id={`${props.idPrefix}-reason`}
        label={props.label}
        value={reason}
        onChange={setReason}
        error={error}
        field="reason"
      />
      <DecisionRecordFields
        idPrefix={props.idPrefix}
        members={props.members}
        facts={props.facts}
        value={record}
        onChange={setRecord}
        error={error}
        weighsAlternatives={props.weighsAlternatives}
      />
    </FormFrame>
  );
}

/** Spoed: start (the situation) or end (measures, safety reached, the return to the pathway). */
export function SpoedStartForm(props: FormProps) {
  const { t } = useTranslation();
  const [situation, setSituation] = useState('');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/urgent-safety-episodes', {
        params: { path: { householdId: props.householdId } },
        body: { situation },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.spoed.start')}
      idPrefix="ss"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.spoed.start')}
    >
      <AreaField
        id="ss-situation"
        label={t('casework.spoed.situation')}
        value={situation}
        onChange={setSituation}
        error={error}
        field="situation"
      />
    </FormFrame>
  );
}

/**
 * Ends spoed with the measures taken, the safety reached and an explicit return (KT5-R3). Only the returns
 * the server offers (`urgentSafetyReturns`: back where the case was, or one escalation step) are choices.
 */
export function SpoedEndForm(
  props: FormProps & { episodeId: string; returns: readonly PathwayState[]; current: PathwayState },
) {
  const { t } = useTranslation();
  const [v, setV] = useState<{ measures: string; safetyReached: string; returnTo: PathwayState }>({
    measures: '',
    safetyReached: '',
    returnTo: props.returns[0] ?? props.current,
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PATCH('/api/v1/households/{householdId}/urgent-safety-episodes/{episodeId}', {
        params: { path: { householdId: props.householdId, episodeId: props.episodeId } },
        body: {
          immediateMeasures: lines(v.measures),
          safetyReached: v.safetyReached,
          returnTo: v.returnTo,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.spoed.end')}
      idPrefix="se2"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.spoed.end')}
    >
      <AreaField
        id="se2-measures"
        label={t('casework.spoed.measures')}
        value={v.measures}
        onChange={(measures) => setV({ ...v, measures })}
        error={error}
        field="immediateMeasures"
      />
      <AreaField
        id="se2-safetyReached"
        label={t('casework.spoed.safetyReached')}
        value={v.safetyReached}
        onChange={(safetyReached) => setV({ ...v, safetyReached })}
        error={error}
        field="safetyReached"
      />
      <ChoiceField
        id="se2-returnTo"
        label={t('casework.spoed.returnTo')}
        values={props.returns.length > 0 ? props.returns : [props.current]}
        labelKey="casework.states"
        value={v.returnTo}
        onChange={(returnTo) => setV({ ...v, returnTo })}
        error={error}
        field="returnTo"
      />
    </FormFrame>
  );
}
