import { Alert, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { COMPLAINT_SUBJECTS, type ComplaintSubject } from '@gezinsdossier/domain';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { AreaField, TextField, todayIso } from '../casework/kit';
import { ConfirmAction } from '../components/ConfirmAction';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, ProfessionalPicker, splitChoice, useSubmit } from '../components/forms';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import {
  AkjChecks,
  CheckboxLine,
  ComplaintItem,
  type ComplaintFormProps as FormProps,
  DecideForm,
  ExtendForm,
  measureName,
  useComplaintWords,
  useLanguage,
  WordSelect,
} from './complaint-parts';

type Complaint = Schemas['Complaint'];
type Member = Schemas['Member'];

/**
 * Complaints of one household (KT9-R3, LS-15): the list with each complaint's terms and where it stands,
 * and the forms the viewer may use — record (the team), confirm receipt with the AKJ's support offered,
 * choose an independent handler, withdraw; extend the term and decide (the handler, who does so on
 * `/klachten/…`; the item and those forms are shared from `complaint-parts.tsx`). Renders from the answer's
 * abilities; the server decides. Words come from `complaint-words.ts` until they join the i18n resources.
 * `members` may be passed by a page that has the dossier already.
 */
export function ComplaintsPart({ householdId, members }: { householdId: string; members?: Member[] }) {
  const w = useComplaintWords();
  const p = usePanels();
  const [list, setList] = useState<Schemas['ComplaintList'] | null>(null);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const [people, setPeople] = useState<Member[]>(members ?? []);
  const load = useCallback(async () => {
    try {
      setList(
        await ok(
          client.GET('/api/v1/households/{householdId}/complaints', { params: { path: { householdId } } }),
        ),
      );
      setFailed(null);
    } catch (error) {
      setFailed(error instanceof ApiError ? error : new ApiError(0, 'internal_error', String(error)));
    }
  }, [householdId]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (members) {
      setPeople(members);
      return;
    }
    // The complainant is chosen among the members: a page without the dossier loads it once.
    void ok(client.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } }))
      .then((d) => setPeople(d.members))
      .catch(() => setPeople([]));
  }, [householdId, members]);
  const done = (message?: string) => {
    p.done(message);
    void load();
  };
  const common = { householdId, w, onCancel: p.cancel };
  if (failed && !list) {
    return <Alert type="error">{failed.message}</Alert>;
  }
  const items = list?.items ?? [];
  return (
    <div className="gd-casework">
      <Subsection
        id="complaints-title"
        title={w.title}
        empty={items.length === 0}
        emptyText={w.empty}
        actions={
          <>
            {list?.abilities.record && p.opener('record', w.actions.record)}
            {p.slot('record', <RecordComplaintForm {...common} members={people} onDone={() => done()} />)}
          </>
        }
      >
        <Paragraph>{w.akjRole}</Paragraph>
        {items.map((c) => (
          <ComplaintItem key={c.id} complaint={c} members={people} w={w}>
            {c.abilities.acknowledge && p.opener(`ack:${c.id}`, w.actions.acknowledge)}
            {c.abilities.assignHandler && p.opener(`handler:${c.id}`, w.actions.assignHandler)}
            {c.abilities.extend && p.opener(`extend:${c.id}`, w.actions.extend)}
            {c.abilities.decide && p.opener(`decide:${c.id}`, w.actions.decide)}
            {c.abilities.withdraw && (
              <ConfirmAction
                trigger={w.actions.withdraw}
                title={w.forms.withdrawTitle}
                reason={{ label: `${w.labels.withdrawalNote} ${w.labels.optional}`, required: false }}
                confirmLabel={w.actions.withdraw}
                run={(note) =>
                  ok(
                    client.POST('/api/v1/households/{householdId}/complaints/{complaintId}/withdrawals', {
                      params: { path: { householdId, complaintId: c.id } },
                      body: { version: c.version, withdrawnOn: todayIso(), note: note || null },
                    }),
                  )
                }
                onDone={load}
              >
                <Paragraph>{w.forms.withdrawBody}</Paragraph>
              </ConfirmAction>
            )}
            {p.slot(
              `ack:${c.id}`,
              <AcknowledgeForm {...common} complaint={c} members={people} onDone={() => done()} />,
            )}
            {p.slot(`handler:${c.id}`, <HandlerForm {...common} complaint={c} onDone={() => done()} />)}
            {p.slot(`extend:${c.id}`, <ExtendForm {...common} complaint={c} onDone={() => done()} />)}
            {p.slot(
              `decide:${c.id}`,
              <DecideForm {...common} complaint={c} onDone={() => done(w.forms.decidedReceipt)} />,
            )}
          </ComplaintItem>
        ))}
      </Subsection>
    </div>
  );
}

function RecordComplaintForm({
  householdId,
  w,
  members,
  onDone,
  onCancel,
}: FormProps & { members: Member[] }) {
  const current = members.filter((m) => m.isCurrent);
  const [v, setV] = useState({
    personId: current[0]?.person.id ?? '',
    representative: false,
    representativeName: '',
    subject: 'OTHER' as ComplaintSubject,
    referenceId: '',
    about: '',
    receivedOn: todayIso(),
    text: '',
    youthCareMatter: false,
  });
  const [references, setReferences] = useState<{ id: string; label: string }[]>([]);
  const language = useLanguage();
  const { error, busy, submit } = useSubmit(onDone);
  useEffect(() => {
    if (v.subject === 'PETITION') {
      void ok(
        client.GET('/api/v1/households/{householdId}/legal-route', { params: { path: { householdId } } }),
      )
        .then((r) =>
          setReferences(
            r.petitions.map((p) => ({
              id: p.id,
              label: `${measureName(p.measureTypeId, language)} (${p.createdAt.slice(0, 10)})`,
            })),
          ),
        )
        .catch(() => setReferences([]));
    } else if (v.subject === 'DECISION') {
      void ok(client.GET('/api/v1/households/{householdId}/casework', { params: { path: { householdId } } }))
        .then((cw) =>
          setReferences(
            cw.investigations
              .filter((i) => i.decidedAt)
              .map((i) => ({ id: i.id, label: `${w.labels.decision} ${(i.decidedAt ?? '').slice(0, 10)}` })),
          ),
        )
        .catch(() => setReferences([]));
    } else {
      setReferences([]);
    }
  }, [v.subject, householdId, w, language]);
  const referenced = v.subject === 'PETITION' || v.subject === 'DECISION';
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/complaints', {
        params: { path: { householdId } },
        body: {
          complainant: v.representative
            ? { kind: 'REPRESENTATIVE', personId: v.personId, name: v.representativeName }
            : { kind: 'MEMBER', personId: v.personId },
          subject: v.subject,
          referenceId: referenced ? v.referenceId || null : null,
          aboutProfessionalId: v.about ? splitChoice(v.about).professionalId : null,
          receivedOn: v.receivedOn,
          text: v.text,
          youthCareMatter: v.youthCareMatter,
        },
      }),
    ),
  );
  return (
    <FormFrame
      legend={w.actions.record}
      idPrefix="cr"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={w.actions.record}
    >
      <CheckboxLine
        id="cr-representative"
        label={w.labels.representative}
        checked={v.representative}
        onChange={(on) => setV({ ...v, representative: on })}
      />
      {v.representative && (
        <TextField
          id="cr-name"
          label={w.labels.representativeName}
          value={v.representativeName}
          onChange={(representativeName) => setV({ ...v, representativeName })}
          error={error}
          field="name"
        />
      )}
      <Field
        id="cr-person"
        label={v.representative ? w.labels.onBehalfOf : w.labels.complainant}
        error={fieldError(error, 'personId')}
      >
        {(a) => (
          <Select {...a} value={v.personId} onChange={(e) => setV({ ...v, personId: e.target.value })}>
            {current.map((m) => (
              <SelectOption key={m.person.id} value={m.person.id}>
                {m.person.givenName} {m.person.familyName}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <WordSelect
        id="cr-subject"
        label={w.labels.subject}
        values={COMPLAINT_SUBJECTS}
        words={w.subjects}
        value={v.subject}
        onChange={(subject) => setV({ ...v, subject, referenceId: '' })}
      />
      {referenced && (
        <Field id="cr-reference" label={w.labels.reference} error={fieldError(error, 'referenceId')}>
          {(a) => (
            <Select
              {...a}
              value={v.referenceId}
              onChange={(e) => setV({ ...v, referenceId: e.target.value })}
            >
              <SelectOption value="">—</SelectOption>
              {references.map((r) => (
                <SelectOption key={r.id} value={r.id}>
                  {r.label}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      )}
      <ProfessionalPicker
        idPrefix="cr-about"
        label={
          v.subject === 'PROFESSIONAL_CONDUCT'
            ? w.labels.aboutProfessional
            : `${w.labels.aboutProfessional} ${w.labels.optional}`
        }
        value={v.about}
        onChange={(about) => setV({ ...v, about })}
        error={fieldError(error, 'aboutProfessionalId')}
      />
      <TextField
        id="cr-received"
        type="date"
        label={w.labels.received}
        value={v.receivedOn}
        onChange={(receivedOn) => setV({ ...v, receivedOn })}
        error={error}
        field="receivedOn"
      />
      <AreaField
        id="cr-text"
        label={w.labels.text}
        rows={6}
        value={v.text}
        onChange={(text) => setV({ ...v, text })}
        error={error}
        field="text"
      />
      <CheckboxLine
        id="cr-youth-care"
        label={`${w.labels.youthCareMatter}. ${w.labels.youthCareMatterHint}`}
        checked={v.youthCareMatter}
        onChange={(youthCareMatter) => setV({ ...v, youthCareMatter })}
      />
    </FormFrame>
  );
}

function AcknowledgeForm({
  householdId,
  w,
  complaint: c,
  members,
  onDone,
  onCancel,
}: FormProps & { complaint: Complaint; members: Member[] }) {
  const [on, setOn] = useState(todayIso());
  const [akj, setAkj] = useState({ personIds: [c.complainant.personId], representative: false });
  const { error, busy, submit } = useSubmit(onDone);
  const people = members
    .filter((m) => m.isCurrent)
    .map((m) => ({ id: m.person.id, name: `${m.person.givenName} ${m.person.familyName}` }));
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/complaints/{complaintId}/acknowledgements', {
        params: { path: { householdId, complaintId: c.id } },
        body: { version: c.version, acknowledgedOn: on, akj },
      }),
    ),
  );
  return (
    <FormFrame
      legend={w.actions.acknowledge}
      idPrefix={`ca-${c.id}`}
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={w.actions.acknowledge}
    >
      <TextField
        id={`ca-${c.id}-on`}
        type="date"
        label={w.labels.date}
        value={on}
        onChange={setOn}
        error={error}
        field="acknowledgedOn"
      />
      <Paragraph>{w.akjRole}</Paragraph>
      <AkjChecks
        id={`ca-${c.id}-akj`}
        w={w}
        people={people}
        representative={c.complainant.representativeName}
        value={akj}
        onChange={setAkj}
        error={error}
      />
    </FormFrame>
  );
}

function HandlerForm({
  householdId,
  w,
  complaint: c,
  onDone,
  onCancel,
}: FormProps & { complaint: Complaint }) {
  const [choice, setChoice] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  const onSubmit = submit(() =>
    ok(
      client.PUT('/api/v1/households/{householdId}/complaints/{complaintId}/handler', {
        params: { path: { householdId, complaintId: c.id } },
        body: { version: c.version, handlerId: splitChoice(choice).professionalId },
      }),
    ),
  );
  return (
    <FormFrame
      legend={w.actions.assignHandler}
      idPrefix={`ch-${c.id}`}
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={onCancel}
      submitLabel={w.actions.assignHandler}
    >
      <Paragraph>{w.forms.handlerHint}</Paragraph>
      <ProfessionalPicker
        idPrefix={`ch-${c.id}`}
        label={w.labels.handler}
        value={choice}
        onChange={setChoice}
        error={fieldError(error, 'handlerId')}
      />
    </FormFrame>
  );
}
