import { FRAMES, type Frame, HELP_CATEGORIES, OWNER_KINDS, type OwnerKind } from '@gezinsdossier/domain';
import { Checkbox, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Body, client, ok, type Schemas } from '../api/client';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, useSubmit } from '../components/forms';
import { DecisionRecordFields, emptyRecordDraft, type RecordDraft, recordBody } from './DecisionRecordFields';
import { AreaField, ChoiceField, PersonChecks, TextField, todayIso } from './kit';

type Member = Schemas['Member'];
type LifeDomain = Schemas['Casework']['familyPlan']['lifeDomains'][number];
type HelpCategory = Body<'/api/v1/households/{householdId}/interventions', 'post'>['category'];

interface FormProps {
  householdId: string;
  members: Member[];
  onDone: () => void;
  onCancel: () => void;
}

function useDomainLabel() {
  const { i18n } = useTranslation();
  return (d: { labelNl: string; labelEn: string }) => (i18n.language === 'nl' ? d.labelNl : d.labelEn);
}

/** Person (or the whole household) and life domain: the two axes of the one family plan. */
function PersonDomainFields(props: {
  idPrefix: string;
  members: Member[];
  domains: LifeDomain[];
  personId: string;
  lifeDomain: string;
  onChange: (patch: { personId?: string; lifeDomain?: string }) => void;
  error: Parameters<typeof fieldError>[0];
}) {
  const { t } = useTranslation();
  const label = useDomainLabel();
  return (
    <>
      <Field
        id={`${props.idPrefix}-personId`}
        label={t('casework.plan.person')}
        error={fieldError(props.error, 'personId')}
      >
        {(a) => (
          <Select
            {...a}
            value={props.personId}
            onChange={(e) => props.onChange({ personId: e.target.value })}
          >
            <SelectOption value="">{t('casework.plan.wholeHousehold')}</SelectOption>
            {props.members
              .filter((m) => m.isCurrent)
              .map(({ person: p }) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.givenName} {p.familyName}
                </SelectOption>
              ))}
          </Select>
        )}
      </Field>
      <Field
        id={`${props.idPrefix}-lifeDomain`}
        label={t('casework.plan.lifeDomain')}
        error={fieldError(props.error, 'lifeDomain')}
      >
        {(a) => (
          <Select
            {...a}
            value={props.lifeDomain}
            onChange={(e) => props.onChange({ lifeDomain: e.target.value })}
          >
            {props.domains.map((d) => (
              <SelectOption key={d.code} value={d.code}>
                {label(d)}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}

export function GoalForm(props: FormProps & { domains: LifeDomain[] }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ personId: '', lifeDomain: props.domains[0]?.code ?? '', description: '' });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/goals', {
        params: { path: { householdId: props.householdId } },
        body: { ...v, personId: v.personId || null },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.plan.addGoal')}
      idPrefix="go"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.plan.addGoal')}
    >
      <PersonDomainFields
        idPrefix="go"
        members={props.members}
        domains={props.domains}
        personId={v.personId}
        lifeDomain={v.lifeDomain}
        onChange={(patch) => setV({ ...v, ...patch })}
        error={error}
      />
      <AreaField
        id="go-description"
        label={t('casework.plan.goalDescription')}
        value={v.description}
        onChange={(description) => setV({ ...v, description })}
        error={error}
        field="description"
      />
    </FormFrame>
  );
}

export function ScoreForm(props: FormProps & { domains: LifeDomain[] }) {
  const { t } = useTranslation();
  const [v, setV] = useState<{
    personId: string;
    lifeDomain: string;
    score: '1' | '2' | '3' | '4' | '5';
    scoredBy: 'PROFESSIONAL' | 'FAMILY';
    note: string;
  }>({
    personId: '',
    lifeDomain: props.domains[0]?.code ?? '',
    score: '3',
    scoredBy: 'PROFESSIONAL',
    note: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/scores', {
        params: { path: { householdId: props.householdId } },
        body: { ...v, personId: v.personId || null, score: Number(v.score), note: v.note || null },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.plan.addScore')}
      idPrefix="sc"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.plan.addScore')}
    >
      <PersonDomainFields
        idPrefix="sc"
        members={props.members}
        domains={props.domains}
        personId={v.personId}
        lifeDomain={v.lifeDomain}
        onChange={(patch) => setV({ ...v, ...patch })}
        error={error}
      />
      <ChoiceField
        id="sc-score"
        label={t('casework.plan.score')}
        values={['1', '2', '3', '4', '5'] as const}
        labelKey="casework.scoreLabels"
        value={v.score}
        onChange={(score) => setV({ ...v, score })}
        error={error}
        field="score"
      />
      <ChoiceField
        id="sc-scoredBy"
        label={t('casework.plan.scoredBy')}
        values={['PROFESSIONAL', 'FAMILY'] as const}
        labelKey="casework.plan.scoredByKinds"
        value={v.scoredBy}
        onChange={(scoredBy) => setV({ ...v, scoredBy })}
        error={error}
        field="scoredBy"
      />
      <AreaField
        id="sc-note"
        label={t('casework.plan.note')}
        value={v.note}
        onChange={(note) => setV({ ...v, note })}
        error={error}
        field="note"
      />
    </FormFrame>
  );
}

export function ActionForm(props: FormProps & { goals: Schemas['Goal'][] }) {
  const { t } = useTranslation();
  const [v, setV] = useState<{
    goalId: string;
    description: string;
    kind: OwnerKind;
    name: string;
    dueOn: string;
  }>({
    goalId: props.goals[0]?.id ?? '',
    description: '',
    kind: 'FAMILY',
    name: '',
    dueOn: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/plan-actions', {
        params: { path: { householdId: props.householdId } },
        body: {
          goalId: v.goalId,
          description: v.description,
          owner: { kind: v.kind, name: v.name },
          dueOn: v.dueOn || null,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.plan.addAction')}
      idPrefix="ac"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.plan.addAction')}
    >
      <Field id="ac-goalId" label={t('casework.plan.goal')} error={fieldError(error, 'goalId')}>
        {(a) => (
          <Select {...a} value={v.goalId} onChange={(e) => setV({ ...v, goalId: e.target.value })}>
            {props.goals.map((g) => (
              <SelectOption key={g.id} value={g.id}>
                {g.description}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <AreaField
        id="ac-description"
        label={t('casework.plan.action')}
        value={v.description}
        onChange={(description) => setV({ ...v, description })}
        error={error}
        field="description"
      />
      <ChoiceField
        id="ac-kind"
        label={t('casework.safety.ownerKind')}
        values={OWNER_KINDS}
        labelKey="casework.ownerKinds"
        value={v.kind}
        onChange={(kind) => setV({ ...v, kind })}
        error={error}
        field="kind"
      />
      <TextField
        id="ac-name"
        label={t('casework.safety.ownerName')}
        value={v.name}
        onChange={(name) => setV({ ...v, name })}
        error={error}
        field="name"
      />
      <TextField
        id="ac-dueOn"
        type="date"
        label={t('casework.plan.dueOn')}
        value={v.dueOn}
        onChange={(dueOn) => setV({ ...v, dueOn })}
        error={error}
        field="dueOn"
      />
    </FormFrame>
  );
}

export function PlanEvaluationForm(props: FormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState({ summary: '', householdView: '' });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/plan-evaluations', {
        params: { path: { householdId: props.householdId } },
        body: { ...v, householdView: v.householdView || null },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.plan.evaluate')}
      idPrefix="pe"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.plan.evaluate')}
    >
      <AreaField
        id="pe-summary"
        label={t('casework.plan.summary')}
        value={v.summary}
        onChange={(summary) => setV({ ...v, summary })}
        error={error}
        field="summary"
      />
      <AreaField
        id="pe-householdView"
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
 * Help with an explicit frame: consent for voluntary help and drang, a measure for coerced help (VAL-03).
 * Asked for help a judge ordered (`underMeasure`, from the legal route): coerced, of the ordered kind, and
 * referring to the running measure itself, so the measure shows it as delivered for what was ordered.
 */
export function InterventionForm(
  props: Omit<FormProps, 'onDone'> & {
    /** After the request; `decision` tells whether the help decision waits for a colleague's review. */
    onDone: (decision?: Schemas['DecisionOutcome'] | null) => void;
    goals: Schemas['Goal'][];
    underMeasure?: { id: string; name: string; category: HelpCategory; title: string };
    /** The case's facts, for the help decision's record (when the region has help decisions reviewed). */
    facts?: Schemas['Casework']['facts'];
  },
) {
  const { t } = useTranslation();
  const under = props.underMeasure;
  // A help decision's record (KT7-R5): asked when the region has help decisions reviewed or approved.
  const [withRecord, setWithRecord] = useState(false);
  const [record, setRecord] = useState<RecordDraft>(emptyRecordDraft);
  const [v, setV] = useState<{
    title: string;
    category: HelpCategory;
    provider: string;
    targetPersonIds: string[];
    frame: Frame;
    consentBy: string[];
    consentDecision: 'GIVEN' | 'REFUSED';
    reason: string;
    goal: string;
    consequences: string;
    rights: string;
    refusalReason: string;
    measure: string;
    requestedOn: string;
  }>({
    title: under?.title ?? '',
    category: under?.category ?? 'YOUTH_CARE',
    provider: '',
    targetPersonIds: [],
    frame: under ? 'COERCED' : 'VOLUNTARY',
    consentBy: [],
    consentDecision: 'GIVEN',
    reason: '',
    goal: '',
    consequences: '',
    rights: '',
    refusalReason: '',
    measure: under?.id ?? '',
    requestedOn: todayIso(),
  });
  // The help decision may be held for a colleague's review (the region's gate): the page says so.
  const held = useRef<Schemas['HelpRequested']['decision']>(null);
  const { error, busy, submit } = useSubmit(() => props.onDone(held.current));
  const coerced = v.frame === 'COERCED';
  // When the region's review asks for the record, the fields open (and stay open until unticked).
  const recordAsked = (error?.issues ?? []).some((i) => i.path.startsWith('decision.'));
  useEffect(() => {
    if (recordAsked) {
      setWithRecord(true);
    }
  }, [recordAsked]);
  const showRecord = withRecord;
  const onSubmit = submit(async () => {
    const pending = ok(
      client.POST('/api/v1/households/{householdId}/interventions', {
        params: { path: { householdId: props.householdId } },
        body: {
          title: v.title,
          category: v.category,
          provider: v.provider,
          targetPersonIds: v.targetPersonIds,
          frame: v.frame,
          consent: coerced
            ? null
            : {
                decision: v.consentDecision,
                givenByPersonIds: v.consentBy,
                givenOn: v.requestedOn,
                reason: v.reason,
                goal: v.goal,
                consequencesOfRefusal: v.consequences,
                rightsExplained: v.rights,
                refusalReason: v.consentDecision === 'REFUSED' ? v.refusalReason || null : null,
              },
          measureReference: coerced ? v.measure || null : null,
          requestedOn: v.requestedOn,
          ...(showRecord ? { decision: recordBody(record, props.members) } : {}),
        },
      }),
    );
    held.current = (await pending).decision;
  });
  return (
    <FormFrame
      legend={t('casework.help.request')}
      idPrefix="hi"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.help.request')}
    >
      <TextField
        id="hi-title"
        label={t('casework.help.what')}
        value={v.title}
        onChange={(title) => setV({ ...v, title })}
        error={error}
        field="title"
      />
      {under ? (
        <Paragraph>
          {t('casework.help.underMeasure', {
            category: t(`casework.helpCategories.${under.category}`),
            measure: under.name,
          })}
        </Paragraph>
      ) : (
        <ChoiceField
          id="hi-category"
          label={t('casework.help.category')}
          values={HELP_CATEGORIES}
          labelKey="casework.helpCategories"
          value={v.category}
          onChange={(category) => setV({ ...v, category })}
          error={error}
          field="category"
        />
      )}
      <TextField
        id="hi-provider"
        label={t('casework.help.provider')}
        value={v.provider}
        onChange={(provider) => setV({ ...v, provider })}
        error={error}
        field="provider"
      />
      <PersonChecks
        id="hi-target"
        legend={t('casework.help.forWhom')}
        members={props.members}
        value={v.targetPersonIds}
        onChange={(targetPersonIds) => setV({ ...v, targetPersonIds })}
        error={error}
        field="targetPersonIds"
      />
      {!under && (
        <ChoiceField
          id="hi-frame"
          label={t('casework.help.frame')}
          values={FRAMES}
          labelKey="casework.frames"
          value={v.frame}
          onChange={(frame) => setV({ ...v, frame })}
          error={error}
          field="frame"
        />
      )}
      {under ? null : coerced ? (
        <TextField
          id="hi-measureReference"
          label={t('casework.help.measure')}
          value={v.measure}
          onChange={(measure) => setV({ ...v, measure })}
          error={error}
          field="measureReference"
        />
      ) : (
        <>
          <PersonChecks
            id="hi-consent"
            legend={t('casework.help.consentBy')}
            members={props.members}
            value={v.consentBy}
            onChange={(consentBy) => setV({ ...v, consentBy })}
            error={error}
            field="givenByPersonIds"
          />
          <AreaField
            id="hi-reason"
            label={t('casework.help.consentReason')}
            value={v.reason}
            onChange={(reason) => setV({ ...v, reason })}
            error={error}
            field="reason"
          />
          <AreaField
            id="hi-goal"
            label={t('casework.help.consentGoal')}
            value={v.goal}
            onChange={(goal) => setV({ ...v, goal })}
            error={error}
            field="goal"
          />
          <AreaField
            id="hi-consequences"
            label={t('casework.help.consentConsequences')}
            value={v.consequences}
            onChange={(consequences) => setV({ ...v, consequences })}
            error={error}
            field="consequencesOfRefusal"
          />
          <AreaField
            id="hi-rights"
            label={t('casework.help.consentRights')}
            value={v.rights}
            onChange={(rights) => setV({ ...v, rights })}
            error={error}
            field="rightsExplained"
          />
          <ChoiceField
            id="hi-consentDecision"
            label={t('casework.help.consentDecision')}
            values={['GIVEN', 'REFUSED'] as const}
            labelKey="casework.consentDecisions"
            value={v.consentDecision}
            onChange={(consentDecision) => setV({ ...v, consentDecision })}
            error={error}
            field="decision"
          />
          {v.consentDecision === 'REFUSED' && (
            <AreaField
              id="hi-refusalReason"
              label={t('casework.help.refusalReason')}
              value={v.refusalReason}
              onChange={(refusalReason) => setV({ ...v, refusalReason })}
              error={error}
              field="refusalReason"
            />
          )}
        </>
      )}
      <div className="gd-checkbox">
        <Checkbox id="hi-withRecord" checked={showRecord} onChange={(e) => setWithRecord(e.target.checked)} />
        <label htmlFor="hi-withRecord">{t('decisions.record.forHelp')}</label>
      </div>
      {showRecord && (
        <DecisionRecordFields
          idPrefix="hi"
          members={props.members}
          facts={props.facts ?? []}
          value={record}
          onChange={setRecord}
          error={error}
          weighsAlternatives={false}
        />
      )}
      <TextField
        id="hi-requestedOn"
        type="date"
        label={t('casework.help.requestedOn')}
        value={v.requestedOn}
        onChange={(requestedOn) => setV({ ...v, requestedOn })}
        error={error}
        field="requestedOn"
      />
    </FormFrame>
  );
}

export function ProgressForm(
  props: FormProps & { interventionId: string; version: number; status: 'STARTED' | 'ENDED' | 'UNAVAILABLE' },
) {
  const { t } = useTranslation();
  const [v, setV] = useState({ on: todayIso(), reason: '' });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PATCH('/api/v1/households/{householdId}/interventions/{interventionId}', {
        params: { path: { householdId: props.householdId, interventionId: props.interventionId } },
        body:
          props.status === 'STARTED'
            ? { status: props.status, on: v.on, version: props.version }
            : { status: props.status, on: v.on, reason: v.reason, version: props.version },
      }),
    ),
  );
  const legend = t(
    `casework.help.${props.status === 'STARTED' ? 'start' : props.status === 'ENDED' ? 'end' : 'unavailable'}`,
  );
  return (
    <FormFrame
      legend={legend}
      idPrefix="pr"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={legend}
    >
      <TextField
        id="pr-on"
        type="date"
        label={t('casework.help.on')}
        value={v.on}
        onChange={(on) => setV({ ...v, on })}
        error={error}
        field="on"
      />
      {props.status !== 'STARTED' && (
        <AreaField
          id="pr-reason"
          label={t('casework.help.reason')}
          value={v.reason}
          onChange={(reason) => setV({ ...v, reason })}
          error={error}
          field="reason"
        />
      )}
    </FormFrame>
  );
}
