import {
  type AuthorityKind,
  CHILD_VOICE_KINDS,
  type ChildVoiceKind,
  readability,
} from '@gezinsdossier/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Body, client, ok, type Schemas } from '../api/client';
import { AreaField, ChoiceField, TextField, todayIso } from '../casework/kit';
import { FormFrame, useSubmit } from '../components/forms';
import { MeasureFields } from './forms-legal-route';
import { type PetitionFormProps, pathOf } from './forms-petition';
import { useLegalWords } from './words';

type Update = Omit<Body<'/api/v1/households/{householdId}/petitions/{petitionId}', 'patch'>, 'version'>;

/** Sends a change of the petition's own fields at the version the author saw. */
function usePatch(props: PetitionFormProps) {
  return (fields: Update) =>
    ok(
      client.PATCH('/api/v1/households/{householdId}/petitions/{petitionId}', {
        params: { path: pathOf(props) },
        body: { version: props.petition.version, ...fields },
      }),
    );
}

/** LS-01: how intrusive, how long and how broad the measure is, and why that is proportionate. */
export function ProportionalityForm(props: PetitionFormProps) {
  const { t } = useLegalWords();
  const patch = usePatch(props);
  const [v, setV] = useState(
    props.petition.proportionality ?? { intrusiveness: '', duration: '', scope: '', why: '' },
  );
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() => patch({ proportionality: v }));
  return (
    <FormFrame
      legend={t('legal.proportionality.title')}
      idPrefix="pr"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      {(['intrusiveness', 'duration', 'scope', 'why'] as const).map((k) => (
        <AreaField
          key={k}
          id={`pr-${k}`}
          label={t(`legal.proportionality.${k}`)}
          value={v[k]}
          onChange={(text) => setV({ ...v, [k]: text })}
          error={error}
          field={k}
          rows={2}
        />
      ))}
    </FormFrame>
  );
}

/** LS-10: the child's interest, weighed first. */
export function ChildInterestForm(props: PetitionFormProps) {
  const { t } = useLegalWords();
  const patch = usePatch(props);
  const [text, setText] = useState(props.petition.childInterest ?? '');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() => patch({ childInterest: text || null }));
  return (
    <FormFrame
      legend={t('legal.doc.childInterest')}
      idPrefix="ci"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <AreaField
        id="ci-childInterest"
        label={t('legal.childInterest.label')}
        value={text}
        onChange={setText}
        error={error}
        field="childInterest"
      />
    </FormFrame>
  );
}

/**
 * LS-11: the summary the family reads, in plain words (B1). While typing, the form says whether it is plain
 * enough, by the same measure the server uses.
 */
export function FamilySummaryForm(props: PetitionFormProps) {
  const { t } = useLegalWords();
  const patch = usePatch(props);
  const [text, setText] = useState(props.petition.familySummary ?? '');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() => patch({ familySummary: text || null }));
  const measured = text.trim() ? readability(text) : null;
  const plain = measured !== null && measured.douma >= 60 && measured.wordsPerSentence <= 15;
  return (
    <FormFrame
      legend={t('legal.doc.familySummary')}
      idPrefix="fs"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <Paragraph className="gd-muted">{t('legal.summary.hint')}</Paragraph>
      <AreaField
        id="fs-familySummary"
        label={t('legal.summary.label')}
        value={text}
        onChange={setText}
        error={error}
        field="familySummary"
        rows={6}
      />
      <p
        role="status"
        aria-live="polite"
        className={measured ? (plain ? 'gd-notice' : 'gd-caution') : undefined}
      >
        {measured &&
          `${plain ? t('legal.readability.plain') : t('legal.readability.notPlain')} ${t(
            'legal.readability.measured',
            {
              douma: measured.douma,
              words: measured.wordsPerSentence,
            },
          )}`}
      </p>
    </FormFrame>
  );
}

/** KT6-R3: the legal advice the petition rests on, who gave it and when. */
export function LegalAdviceForm(props: PetitionFormProps) {
  const { t } = useLegalWords();
  const patch = usePatch(props);
  const [v, setV] = useState(props.petition.legalAdvice ?? { summary: '', adviser: '', givenOn: todayIso() });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() => patch({ legalAdvice: v }));
  return (
    <FormFrame
      legend={t('legal.doc.legalAdvice')}
      idPrefix="la"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <TextField
        id="la-adviser"
        label={t('legal.advice.adviser')}
        value={v.adviser}
        onChange={(adviser) => setV({ ...v, adviser })}
        error={error}
        field="adviser"
      />
      <TextField
        id="la-givenOn"
        type="date"
        label={t('legal.advice.givenOn')}
        value={v.givenOn}
        onChange={(givenOn) => setV({ ...v, givenOn })}
        error={error}
        field="givenOn"
      />
      <AreaField
        id="la-summary"
        label={t('legal.advice.summary')}
        value={v.summary}
        onChange={(summary) => setV({ ...v, summary })}
        error={error}
        field="summary"
      />
    </FormFrame>
  );
}

/** VAL-10, LS-09: one child's voice: heard, represented, or a reasoned exception. */
export function ChildVoiceForm(props: PetitionFormProps & { childId: string; childName: string }) {
  const { t } = useLegalWords();
  const existing = props.petition.childVoices.find((v) => v.childId === props.childId);
  const [v, setV] = useState<{
    how: ChildVoiceKind;
    view: string;
    interests: string;
    exceptionReason: string;
  }>({
    how: existing?.how ?? 'HEARD',
    view: existing?.view ?? '',
    interests: existing?.interests ?? '',
    exceptionReason: existing?.exceptionReason ?? '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PUT('/api/v1/households/{householdId}/petitions/{petitionId}/child-voices/{childId}', {
        params: { path: { ...pathOf(props), childId: props.childId } },
        body: {
          version: props.petition.version,
          how: v.how,
          view: v.view || null,
          interests: v.interests || null,
          exceptionReason: v.how === 'EXCEPTION' ? v.exceptionReason || null : null,
        },
      }),
    ),
  );
  const legend = t('legal.voice.title', { name: props.childName });
  return (
    <FormFrame
      legend={legend}
      idPrefix="cv"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <ChoiceField
        id="cv-how"
        label={t('legal.voice.how')}
        values={CHILD_VOICE_KINDS}
        labelKey="legal.voiceKinds"
        value={v.how}
        onChange={(how) => setV({ ...v, how })}
        error={error}
        field="how"
      />
      <AreaField
        id="cv-view"
        label={t('legal.voice.view')}
        value={v.view}
        onChange={(view) => setV({ ...v, view })}
        error={error}
        field="view"
        rows={2}
      />
      <AreaField
        id="cv-interests"
        label={t('legal.voice.interests')}
        value={v.interests}
        onChange={(interests) => setV({ ...v, interests })}
        error={error}
        field="interests"
        rows={2}
      />
      {v.how === 'EXCEPTION' && (
        <AreaField
          id="cv-exceptionReason"
          label={t('legal.voice.exceptionReason')}
          value={v.exceptionReason}
          onChange={(exceptionReason) => setV({ ...v, exceptionReason })}
          error={error}
          field="exceptionReason"
          rows={2}
        />
      )}
    </FormFrame>
  );
}

/** Changes the measure, the addressee or the persons of a drafted petition. */
export function ChangeMeasureForm(
  props: PetitionFormProps & { members: Schemas['Member'][]; relations: Schemas['Relation'][] },
) {
  const { t } = useLegalWords();
  const patch = usePatch(props);
  const p = props.petition;
  const [v, setV] = useState({
    measureTypeId: p.measureTypeId,
    addressee: p.addressee as AuthorityKind,
    targets: p.persons.filter((x) => x.target).map((x) => x.personId),
    aims: p.persons.filter((x) => x.actionAim).map((x) => x.personId),
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    patch({
      measureTypeId: v.measureTypeId,
      addressee: v.addressee,
      targetPersonIds: v.targets,
      actionAimPersonIds: v.aims.filter((id) => !v.targets.includes(id)),
    }),
  );
  return (
    <FormFrame
      legend={t('legal.start.change')}
      idPrefix="cm"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('casework.save')}
    >
      <MeasureFields
        idPrefix="cm"
        members={props.members}
        relations={props.relations}
        value={v}
        onChange={setV}
        error={error}
      />
    </FormFrame>
  );
}
