import {
  EXTENDED_OUTCOMES,
  type ExtendedOutcome,
  FACT_SOURCE_KINDS,
  FIRST_OUTCOMES,
  type FactSourceKind,
  type FirstOutcome,
  proposeExtendedOutcome,
  proposeFirstOutcome,
  REDUCIBLE_VIA,
  type ReducibleVia,
  VERIFICATIONS,
  type Verification,
} from '@gezinsdossier/domain';
import { Checkbox, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, useSubmit } from '../components/forms';
import {
  DecisionRecordFields,
  emptyRecordDraft,
  heldMessage,
  type RecordDraft,
  recordBody,
} from './DecisionRecordFields';
import {
  AreaField,
  ChoiceField,
  emptyJudgement,
  type JudgementValue,
  JudgementFields,
  judgementBody,
  lines,
  PersonChecks,
  TextField,
  todayIso,
} from './kit';

type Member = Schemas['Member'];

interface FormProps {
  householdId: string;
  members: Member[];
  /** After a save; `message` says what the page should tell (a decision held for a colleague). */
  onDone: (message?: string) => void;
  onCancel: () => void;
}

/** The outcomes that are weighty decisions with a record (close, extended investigation, ask a judge). */
const WEIGHTY_OUTCOMES: readonly string[] = ['EO1_CLOSE', 'EO3_EXTENDED', 'UO3_PETITION'];

/** A fact with its source; consent or a legal basis (VAL-04 is checked by the server). */
export function FactForm(props: FormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState<{
    statement: string;
    observedOn: string;
    sourceKind: FactSourceKind;
    sourceDescription: string;
    obtainedWithConsent: boolean;
    legalBasis: string;
    verification: Verification;
    aboutPersonIds: string[];
  }>({
    statement: '',
    observedOn: '',
    sourceKind: 'HOUSEHOLD',
    sourceDescription: '',
    obtainedWithConsent: true,
    legalBasis: '',
    verification: 'UNVERIFIED',
    aboutPersonIds: [],
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/facts', {
        params: { path: { householdId: props.householdId } },
        body: {
          statement: v.statement,
          observedOn: v.observedOn || null,
          source: {
            kind: v.sourceKind,
            description: v.sourceDescription,
            obtainedWithConsent: v.obtainedWithConsent,
            legalBasis: v.legalBasis || null,
          },
          verification: v.verification,
          aboutPersonIds: v.aboutPersonIds,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.facts.add')}
      idPrefix="fa"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.facts.add')}
    >
      <AreaField
        id="fa-statement"
        label={t('casework.facts.statement')}
        value={v.statement}
        onChange={(statement) => setV({ ...v, statement })}
        error={error}
        field="statement"
      />
      <TextField
        id="fa-observedOn"
        type="date"
        label={t('casework.facts.observedOn')}
        value={v.observedOn}
        onChange={(observedOn) => setV({ ...v, observedOn })}
        error={error}
        field="observedOn"
      />
      <ChoiceField
        id="fa-kind"
        label={t('casework.facts.sourceKind')}
        values={FACT_SOURCE_KINDS}
        labelKey="casework.sourceKinds"
        value={v.sourceKind}
        onChange={(sourceKind) => setV({ ...v, sourceKind })}
        error={error}
        field="kind"
      />
      <TextField
        id="fa-description"
        label={t('casework.facts.sourceDescription')}
        value={v.sourceDescription}
        onChange={(sourceDescription) => setV({ ...v, sourceDescription })}
        error={error}
        field="description"
      />
      <div className="gd-checkbox">
        <Checkbox
          id="fa-consent"
          checked={v.obtainedWithConsent}
          onChange={(e) => setV({ ...v, obtainedWithConsent: e.target.checked })}
        />
        <label htmlFor="fa-consent">{t('casework.facts.consent')}</label>
      </div>
      {!v.obtainedWithConsent && (
        <TextField
          id="fa-legalBasis"
          label={t('casework.facts.legalBasis')}
          value={v.legalBasis}
          onChange={(legalBasis) => setV({ ...v, legalBasis })}
          error={error}
          field="legalBasis"
        />
      )}
      <ChoiceField
        id="fa-verification"
        label={t('casework.facts.verification')}
        values={VERIFICATIONS}
        labelKey="casework.verifications"
        value={v.verification}
        onChange={(verification) => setV({ ...v, verification })}
        error={error}
        field="verification"
      />
      <PersonChecks
        id="fa-about"
        legend={t('casework.concerns.about')}
        members={props.members}
        value={v.aboutPersonIds}
        onChange={(aboutPersonIds) => setV({ ...v, aboutPersonIds })}
        error={error}
        field="aboutPersonIds"
      />
    </FormFrame>
  );
}

/**
 * Hoor en wederhoor: one household member's own response to a fact. Each person responds for themselves
 * (a response can later be shown to one member and withheld from another); someone may respond again.
 */
export function FactResponseForm(props: FormProps & { factId: string; statement: string }) {
  const { t } = useTranslation();
  const people = props.members.filter((m) => m.isCurrent).map((m) => m.person);
  const [personId, setPersonId] = useState(people[0]?.id ?? '');
  const [text, setText] = useState('');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/facts/{factId}/responses', {
        params: { path: { householdId: props.householdId, factId: props.factId } },
        body: { personId, text },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.facts.respondTo', { statement: props.statement })}
      idPrefix="fr"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <Field id="fr-personId" label={t('casework.facts.givenBy')} error={fieldError(error, 'personId')}>
        {(a) => (
          <Select {...a} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            {people.map((p) => (
              <SelectOption key={p.id} value={p.id}>
                {p.givenName} {p.familyName}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <AreaField
        id="fr-text"
        label={t('casework.facts.responseText')}
        value={text}
        onChange={setText}
        error={error}
        field="text"
      />
    </FormFrame>
  );
}

const FIRST_QUESTIONS = ['factsOfConcern', 'managesWithSupport', 'wantsHelp', 'helpSeemsNeeded'] as const;
const EXTENDED_QUESTIONS = [
  'factsRemain',
  'householdLikelyManages',
  'worriesSerious',
  'disagreement',
  'unclarityRemains',
  'worriesUndiminished',
] as const;
const ESTABLISH = ['willingToReduce', 'expectedToReduceInTime', 'urgentSafetyNeeded'] as const;

/**
 * Concludes an investigation: E-1..E-5 and the decision questions as recorded judgements; the decision
 * table's proposal is shown while filling in, and a reason is asked for when the choice deviates
 * (KT3-R1). The professional decides; the form only shows what the table says.
 */
export function DecisionForm(
  props: FormProps & {
    kind: 'FIRST' | 'EXTENDED';
    investigationId: string;
    concerns: Schemas['Concern'][];
    facts: Schemas['Casework']['facts'];
  },
) {
  const { t } = useTranslation();
  const questions: readonly string[] = props.kind === 'FIRST' ? FIRST_QUESTIONS : EXTENDED_QUESTIONS;
  const outcomes: readonly (FirstOutcome | ExtendedOutcome)[] =
    props.kind === 'FIRST' ? FIRST_OUTCOMES : EXTENDED_OUTCOMES;
  const [judgements, setJudgements] = useState<Record<string, JudgementValue>>(() =>
    Object.fromEntries([...ESTABLISH, ...questions].map((q) => [q, emptyJudgement()])),
  );
  const [v, setV] = useState<{
    concernIds: string[];
    reducibleVia: ReducibleVia[];
    outcome: FirstOutcome | ExtendedOutcome;
    rationale: string;
    householdView: string;
    deviationReason: string;
  }>({
    concernIds: props.concerns.filter((c) => c.status === 'OPEN').map((c) => c.id),
    reducibleVia: [],
    outcome: outcomes[0] ?? 'EO1_CLOSE',
    rationale: '',
    householdView: '',
    deviationReason: '',
  });
  const j = (q: string) => judgements[q] ?? emptyJudgement();
  const proposal =
    props.kind === 'FIRST'
      ? proposeFirstOutcome({
          factsOfConcern: j('factsOfConcern'),
          managesWithSupport: j('managesWithSupport'),
          wantsHelp: j('wantsHelp'),
          helpSeemsNeeded: j('helpSeemsNeeded'),
        })
      : proposeExtendedOutcome({
          factsRemain: j('factsRemain'),
          householdLikelyManages: j('householdLikelyManages'),
          worriesSerious: j('worriesSerious'),
          disagreement: j('disagreement'),
          unclarityRemains: j('unclarityRemains'),
          worriesUndiminished: j('worriesUndiminished'),
        });
  const deviates = !proposal.options.some((o) => o === v.outcome);
  const [record, setRecord] = useState<RecordDraft>(emptyRecordDraft);
  const weighty = WEIGHTY_OUTCOMES.includes(v.outcome);
  // What the answer says about the decision: held for a colleague, or carried out.
  const held = useRef<string | undefined>(undefined);
  const { error, busy, submit } = useSubmit(() => props.onDone(held.current));
  const onSubmit = submit(async () => {
    const path = { householdId: props.householdId, investigationId: props.investigationId };
    const jb = (q: string) => judgementBody(j(q));
    const reasons = {
      establishment: {
        concernIds: v.concernIds,
        reducibleVia: v.reducibleVia,
        willingToReduce: jb('willingToReduce'),
        expectedToReduceInTime: jb('expectedToReduceInTime'),
        urgentSafetyNeeded: jb('urgentSafetyNeeded'),
      },
      rationale: v.rationale,
      householdView: v.householdView || null,
      deviationReason: deviates ? v.deviationReason || null : null,
      // Only a weighty outcome keeps a record; for the others it would be ignored.
      ...(weighty ? { decision: recordBody(record, props.members) } : {}),
    };
    if (props.kind === 'FIRST') {
      const outcome = FIRST_OUTCOMES.find((o) => o === v.outcome) ?? 'EO1_CLOSE';
      const pending = ok(
        client.PUT('/api/v1/households/{householdId}/investigations/{investigationId}/first-decision', {
          params: { path },
          body: {
            ...reasons,
            factsOfConcern: jb('factsOfConcern'),
            managesWithSupport: jb('managesWithSupport'),
            wantsHelp: jb('wantsHelp'),
            helpSeemsNeeded: jb('helpSeemsNeeded'),
            outcome,
          },
        }),
      );
      held.current = heldMessage(t, (await pending).decision);
      return;
    }
    const outcome = EXTENDED_OUTCOMES.find((o) => o === v.outcome) ?? 'UO1_VOLUNTARY_HELP';
    const pending = ok(
      client.PUT('/api/v1/households/{householdId}/investigations/{investigationId}/extended-decision', {
        params: { path },
        body: {
          ...reasons,
          factsRemain: jb('factsRemain'),
          householdLikelyManages: jb('householdLikelyManages'),
          worriesSerious: jb('worriesSerious'),
          disagreement: jb('disagreement'),
          unclarityRemains: jb('unclarityRemains'),
          worriesUndiminished: jb('worriesUndiminished'),
          outcome,
        },
      }),
    );
    held.current = heldMessage(t, (await pending).decision);
  });
  const legend =
    props.kind === 'FIRST'
      ? t('casework.investigation.decideFirst')
      : t('casework.investigation.decideExtended');
  const toggle = <T extends string>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  return (
    <FormFrame
      legend={legend}
      idPrefix="de"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={legend}
    >
      <fieldset className="gd-fieldset">
        <legend>{t('casework.investigation.concernsLabel')}</legend>
        {props.concerns.map((c) => (
          <div className="gd-checkbox" key={c.id}>
            <Checkbox
              id={`de-concern-${c.id}`}
              checked={v.concernIds.includes(c.id)}
              onChange={(e) => setV({ ...v, concernIds: toggle(v.concernIds, c.id, e.target.checked) })}
            />
            <label htmlFor={`de-concern-${c.id}`}>
              {t(`casework.concernTypes.${c.type}`)}: {c.description}
            </label>
          </div>
        ))}
      </fieldset>
      {ESTABLISH.map((q) => (
        <JudgementFields
          key={q}
          id={`de-${q}`}
          question={t(`casework.questions.${q}`)}
          value={j(q)}
          onChange={(j) => setJudgements({ ...judgements, [q]: j })}
          error={error}
        />
      ))}
      <fieldset className="gd-fieldset">
        <legend>{t('casework.investigation.reducibleVia')}</legend>
        {REDUCIBLE_VIA.map((r) => (
          <div className="gd-checkbox" key={r}>
            <Checkbox
              id={`de-via-${r}`}
              checked={v.reducibleVia.includes(r)}
              onChange={(e) => setV({ ...v, reducibleVia: toggle(v.reducibleVia, r, e.target.checked) })}
            />
            <label htmlFor={`de-via-${r}`}>{t(`casework.reducibleVia.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      {questions.map((q) => (
        <JudgementFields
          key={q}
          id={`de-${q}`}
          question={t(`casework.questions.${q}`)}
          value={j(q)}
          onChange={(j) => setJudgements({ ...judgements, [q]: j })}
          error={error}
        />
      ))}
      <div
        role="status"
        aria-live="polite"
        className={deviates ? 'gd-proposal gd-proposal-deviates' : 'gd-proposal'}
      >
        <Paragraph>
          {proposal.options.length === 0
            ? t('casework.investigation.gap')
            : t('casework.investigation.proposal', {
                options: proposal.options.map((o) => t(`casework.outcomes.${o}`)).join(' / '),
              })}
        </Paragraph>
      </div>
      <ChoiceField
        id="de-outcome"
        label={t('casework.investigation.outcome')}
        values={outcomes}
        labelKey="casework.outcomes"
        value={v.outcome}
        onChange={(outcome) => setV({ ...v, outcome })}
        error={error}
        field="outcome"
      />
      {deviates && (
        <AreaField
          id="de-deviationReason"
          label={t('casework.investigation.deviationReason')}
          value={v.deviationReason}
          onChange={(deviationReason) => setV({ ...v, deviationReason })}
          error={error}
          field="deviationReason"
        />
      )}
      <AreaField
        id="de-rationale"
        label={t('casework.investigation.decisionRationale')}
        value={v.rationale}
        onChange={(rationale) => setV({ ...v, rationale })}
        error={error}
        field="rationale"
      />
      <AreaField
        id="de-householdView"
        label={t('casework.investigation.decisionHouseholdView')}
        value={v.householdView}
        onChange={(householdView) => setV({ ...v, householdView })}
        error={error}
        field="householdView"
      />
      {weighty && (
        <DecisionRecordFields
          idPrefix="de"
          members={props.members}
          facts={props.facts}
          value={record}
          onChange={setRecord}
          error={error}
          weighsAlternatives={v.outcome !== 'EO1_CLOSE'}
        />
      )}
    </FormFrame>
  );
}

/** A (family) network conference with participants, outcome and next steps (KT3-R2). */
export function ConferenceForm(props: FormProps & { investigationId: string }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ heldOn: todayIso(), participants: '', outcome: '', nextSteps: '' });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/investigations/{investigationId}/network-conferences', {
        params: { path: { householdId: props.householdId, investigationId: props.investigationId } },
        body: {
          heldOn: v.heldOn,
          participants: lines(v.participants).map((name) => ({ name, role: 'OTHER' as const })),
          outcome: v.outcome,
          nextSteps: v.nextSteps,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.investigation.conference')}
      idPrefix="nc"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.investigation.conference')}
    >
      <TextField
        id="nc-heldOn"
        type="date"
        label={t('casework.investigation.heldOn')}
        value={v.heldOn}
        onChange={(heldOn) => setV({ ...v, heldOn })}
        error={error}
        field="heldOn"
      />
      <AreaField
        id="nc-participants"
        label={t('casework.investigation.participants')}
        value={v.participants}
        onChange={(participants) => setV({ ...v, participants })}
        error={error}
        field="participants"
      />
      <AreaField
        id="nc-outcome"
        label={t('casework.investigation.conferenceOutcome')}
        value={v.outcome}
        onChange={(outcome) => setV({ ...v, outcome })}
        error={error}
        field="outcome"
      />
      <AreaField
        id="nc-nextSteps"
        label={t('casework.investigation.nextStepsLabel')}
        value={v.nextSteps}
        onChange={(nextSteps) => setV({ ...v, nextSteps })}
        error={error}
        field="nextSteps"
      />
    </FormFrame>
  );
}

export function ConsultForm(props: FormProps & { investigationId: string }) {
  const { t } = useTranslation();
  const [v, setV] = useState<{
    requestedBy: 'HOUSEHOLD' | 'PROFESSIONAL';
    expertName: string;
    question: string;
  }>({
    requestedBy: 'HOUSEHOLD',
    expertName: '',
    question: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/investigations/{investigationId}/expert-consults', {
        params: { path: { householdId: props.householdId, investigationId: props.investigationId } },
        body: v,
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.investigation.consult')}
      idPrefix="ec"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.investigation.consult')}
    >
      <ChoiceField
        id="ec-requestedBy"
        label={t('casework.investigation.requestedBy')}
        values={['HOUSEHOLD', 'PROFESSIONAL'] as const}
        labelKey="casework.holders"
        value={v.requestedBy}
        onChange={(requestedBy) => setV({ ...v, requestedBy })}
        error={error}
        field="requestedBy"
      />
      <TextField
        id="ec-expertName"
        label={t('casework.investigation.expertName')}
        value={v.expertName}
        onChange={(expertName) => setV({ ...v, expertName })}
        error={error}
        field="expertName"
      />
      <AreaField
        id="ec-question"
        label={t('casework.investigation.question')}
        value={v.question}
        onChange={(question) => setV({ ...v, question })}
        error={error}
        field="question"
      />
    </FormFrame>
  );
}

export function AdviceForm(props: FormProps & { consultId: string }) {
  const { t } = useTranslation();
  const [advice, setAdvice] = useState('');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PUT('/api/v1/households/{householdId}/expert-consults/{consultId}/advice', {
        params: { path: { householdId: props.householdId, consultId: props.consultId } },
        body: { advice },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.investigation.advice')}
      idPrefix="ea"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.investigation.advice')}
    >
      <AreaField
        id="ea-advice"
        label={t('casework.investigation.adviceText')}
        value={advice}
        onChange={setAdvice}
        error={error}
        field="advice"
      />
    </FormFrame>
  );
}
