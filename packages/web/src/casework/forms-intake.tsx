import {
  type TriageNextStep,
  CONCERN_HOLDERS,
  CONCERN_TYPES,
  type ConcernHolder,
  type ConcernType,
  REPORTER_FEEDBACK_KINDS,
  type ReporterFeedbackKind,
  URGENCIES,
  type Urgency,
} from '@gezinsdossier/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import { FormFrame, useSubmit } from '../components/forms';
import { AreaField, ChoiceField, PersonChecks, TextField } from './kit';

type Member = Schemas['Member'];

interface FormProps {
  householdId: string;
  members: Member[];
  onDone: () => void;
  onCancel: () => void;
}

/** One concern: what, about whom, held by whom (E-1). Shared by triage and "add concern". */
export interface ConcernDraft {
  type: ConcernType;
  description: string;
  aboutPersonIds: string[];
  holder: ConcernHolder;
  holderName: string;
}
export const emptyConcern = (): ConcernDraft => ({
  type: 'STRUCTURAL_UNSAFETY',
  description: '',
  aboutPersonIds: [],
  holder: 'PROFESSIONAL',
  holderName: '',
});
export const concernBody = (c: ConcernDraft) => ({
  type: c.type,
  description: c.description,
  aboutPersonIds: c.aboutPersonIds,
  heldBy: [{ kind: c.holder, name: c.holderName || null }],
});

function ConcernFields(props: {
  id: string;
  members: Member[];
  value: ConcernDraft;
  onChange: (c: ConcernDraft) => void;
  error: Parameters<typeof TextField>[0]['error'];
}) {
  const { t } = useTranslation();
  const c = props.value;
  return (
    <>
      <ChoiceField
        id={`${props.id}-type`}
        label={t('casework.concerns.type')}
        values={CONCERN_TYPES}
        labelKey="casework.concernTypes"
        value={c.type}
        onChange={(type) => props.onChange({ ...c, type })}
        error={props.error}
        field="type"
      />
      <AreaField
        id={`${props.id}-description`}
        label={t('casework.concerns.description')}
        value={c.description}
        onChange={(description) => props.onChange({ ...c, description })}
        error={props.error}
        field="description"
      />
      <PersonChecks
        id={`${props.id}-aboutPersonIds`}
        legend={t('casework.concerns.about')}
        members={props.members}
        value={c.aboutPersonIds}
        onChange={(aboutPersonIds) => props.onChange({ ...c, aboutPersonIds })}
        error={props.error}
        field="aboutPersonIds"
      />
      <ChoiceField
        id={`${props.id}-holder`}
        label={t('casework.concerns.heldBy')}
        values={CONCERN_HOLDERS}
        labelKey="casework.holders"
        value={c.holder}
        onChange={(holder) => props.onChange({ ...c, holder })}
        error={props.error}
        field="heldBy"
      />
      <TextField
        id={`${props.id}-holderName`}
        label={t('casework.concerns.holderName')}
        value={c.holderName}
        onChange={(holderName) => props.onChange({ ...c, holderName })}
        error={props.error}
      />
    </>
  );
}

/**
 * KT2 triage: urgency, the concern and the next step with a rationale. The next steps are the domain's for
 * this report (`triageNextSteps`): a report the RVT received may go straight to an extended investigation.
 */
export function TriageForm(props: FormProps & { reportId: string; nextSteps: readonly TriageNextStep[] }) {
  const { t } = useTranslation();
  const pathwayStarted = props.nextSteps.includes('KEEP_CURRENT');
  const [v, setV] = useState<{ urgency: Urgency; nextStep: TriageNextStep; rationale: string }>({
    urgency: 'ROUTINE',
    nextStep: props.nextSteps.includes('FIRST_INVESTIGATION') ? 'FIRST_INVESTIGATION' : 'KEEP_CURRENT',
    rationale: '',
  });
  const [concern, setConcern] = useState(emptyConcern());
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PUT('/api/v1/households/{householdId}/reports/{reportId}/triage', {
        params: { path: { householdId: props.householdId, reportId: props.reportId } },
        body: {
          ...v,
          nextStep: pathwayStarted ? 'KEEP_CURRENT' : v.nextStep,
          concerns: concern.description ? [concernBody(concern)] : [],
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.reports.triage')}
      idPrefix="tr"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.reports.triage')}
    >
      <ChoiceField
        id="tr-urgency"
        label={t('casework.reports.urgency')}
        values={URGENCIES}
        labelKey="casework.urgencies"
        value={v.urgency}
        onChange={(urgency) => setV({ ...v, urgency })}
        error={error}
        field="urgency"
      />
      <ConcernFields id="tr-c" members={props.members} value={concern} onChange={setConcern} error={error} />
      <ChoiceField
        id="tr-nextStep"
        label={t('casework.moves')}
        values={props.nextSteps}
        labelKey="casework.nextSteps"
        value={pathwayStarted ? 'KEEP_CURRENT' : v.nextStep}
        onChange={(nextStep) => setV({ ...v, nextStep })}
        error={error}
        field="nextStep"
      />
      <AreaField
        id="tr-rationale"
        label={t('casework.investigation.decisionRationale')}
        value={v.rationale}
        onChange={(rationale) => setV({ ...v, rationale })}
        error={error}
        field="rationale"
      />
    </FormFrame>
  );
}

export function ConcernForm(props: FormProps) {
  const { t } = useTranslation();
  const [concern, setConcern] = useState(emptyConcern());
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/concerns', {
        params: { path: { householdId: props.householdId } },
        body: concernBody(concern),
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.concerns.add')}
      idPrefix="co"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.concerns.add')}
    >
      <ConcernFields id="co" members={props.members} value={concern} onChange={setConcern} error={error} />
    </FormFrame>
  );
}

export function FeedbackForm(props: FormProps & { reportId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReporterFeedbackKind>('RECEIVED');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/reports/{reportId}/feedback-messages', {
        params: { path: { householdId: props.householdId, reportId: props.reportId } },
        body: { kind },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('casework.reports.feedback')}
      idPrefix="fb"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.reports.feedback')}
    >
      <ChoiceField
        id="fb-kind"
        label={t('casework.reports.feedback')}
        values={REPORTER_FEEDBACK_KINDS}
        labelKey="casework.feedbackKinds"
        value={kind}
        onChange={setKind}
        error={error}
        field="kind"
      />
    </FormFrame>
  );
}
