import {
  Checkbox,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { COMPLAINT_DECISIONS, type ComplaintDecision, findMeasureType } from '@gezinsdossier/domain';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, client, ok, type Schemas } from '../api/client';
import { AreaField, TextField, todayIso } from '../casework/kit';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { type ComplaintWords, complaintWordsEn, complaintWordsNl } from './complaint-words';
import { choiceMissing, RadioChoice } from './forms-placement';

/**
 * What the team's complaints part (`ComplaintsPart.tsx`) and the handler's page (`pages/ComplaintHandling.tsx`)
 * share (KT9-R3, LS-15): one complaint as the viewer may see it, and the handler's two weighty forms —
 * extend the term once, and decide — each confirmed before anything is sent.
 */

type Complaint = Schemas['Complaint'];
type Member = Schemas['Member'];

/** The language the page is shown in. */
export function useLanguage(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? 'en' : 'nl';
}

/** The words in the language the page is shown in. */
export function useComplaintWords(): ComplaintWords {
  return useLanguage() === 'en' ? complaintWordsEn : complaintWordsNl;
}

/** A day (YYYY-MM-DD) in words: "2 april 2026". */
export function dayIn(day: string, language: 'nl' | 'en'): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** A measure's name from the catalogue, in the page's language. */
export function measureName(measureTypeId: string, language: 'nl' | 'en'): string {
  return findMeasureType(measureTypeId)?.name[language] ?? measureTypeId;
}

/**
 * To whom the AKJ's support was offered, by name: the complainant is named on the complaint; another member
 * only when the viewer has the household's members (the handler does not, and reads "a family member").
 */
function offeredTo(c: Complaint, members: readonly Member[], personId: string | null, w: ComplaintWords) {
  if (personId === c.complainant.personId) {
    return c.complainant.name;
  }
  const m = members.find((x) => x.person.id === personId);
  return m ? `${m.person.givenName} ${m.person.familyName}` : w.labels.akjToMember;
}

/** One complaint: what it is about, who complains, where it stands, its terms; `children` are its actions. */
export function ComplaintItem(props: {
  complaint: Complaint;
  members: Member[];
  w: ComplaintWords;
  /** The heading's level where the item sits (4 in the dossier's legal section). */
  headingLevel?: 2 | 3 | 4;
  children: ReactNode;
}) {
  const { complaint: c, w, members } = props;
  const language = useLanguage();
  const day = (d: string) => dayIn(d, language);
  const who = c.complainant.representativeName
    ? `${c.complainant.representativeName}, ${w.labels.byRepresentative} ${c.complainant.name}`
    : c.complainant.name;
  const headingId = `complaint-${c.id}`;
  return (
    <article className="gd-sub" aria-labelledby={headingId}>
      <Heading level={props.headingLevel ?? 4} id={headingId}>
        {w.subjects[c.subject]} — {w.statuses[c.status]}
      </Heading>
      <dl className="gd-facts">
        <div>
          <dt>{w.labels.received}</dt>
          <dd>{day(c.receivedOn)}</dd>
        </div>
        <div>
          <dt>{w.labels.complainant}</dt>
          <dd>{who}</dd>
        </div>
        {c.petition && (
          <div>
            <dt>{w.labels.petition}</dt>
            <dd>{measureName(c.petition.measureTypeId, language)}</dd>
          </div>
        )}
        {c.aboutProfessional && (
          <div>
            <dt>{w.labels.aboutProfessional}</dt>
            <dd>{c.aboutProfessional.name}</dd>
          </div>
        )}
        {c.handler && (
          <div>
            <dt>{w.labels.handler}</dt>
            <dd>
              {c.handler.name} ({c.handler.organisation})
            </dd>
          </div>
        )}
        {c.extension && (
          <div>
            <dt>{w.labels.extension}</dt>
            <dd>
              {day(c.extension.dueOn)}: {c.extension.reason}
            </dd>
          </div>
        )}
        {c.outcome && (
          <div>
            <dt>{w.labels.outcome}</dt>
            <dd>
              {w.outcomes[c.outcome.outcome]} ({day(c.outcome.decidedOn)})
              {c.outcome.reasons && <div>{c.outcome.reasons}</div>}
              {c.outcome.changes && (
                <div>
                  {w.labels.changes}: {c.outcome.changes}
                </div>
              )}
            </dd>
          </div>
        )}
        {c.akjOffers.length > 0 && (
          <div>
            <dt>{w.labels.akjOffered}</dt>
            <dd>
              {c.akjOffers
                .map(
                  (o) =>
                    `${w.akjMoments[o.moment]}: ${
                      o.representative
                        ? (c.complainant.representativeName ?? w.labels.akjToRepresentative)
                        : offeredTo(c, members, o.personId, w)
                    }`,
                )
                .join('; ')}
            </dd>
          </div>
        )}
      </dl>
      <blockquote>{c.text}</blockquote>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{w.labels.terms}</TableHeaderCell>
            <TableHeaderCell scope="col">{w.labels.dueOn}</TableHeaderCell>
            <TableHeaderCell scope="col">{w.labels.status}</TableHeaderCell>
            <TableHeaderCell scope="col">{w.labels.owner}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {c.terms.map((t) => (
            <TableRow key={t.kind}>
              <TableCell>{w.terms[t.kind]}</TableCell>
              <TableCell>{day(t.dueOn)}</TableCell>
              <TableCell>
                {w.termStatus[t.status]}
                {t.metOn && ` (${day(t.metOn)})`}
              </TableCell>
              <TableCell>{t.owner ? w.owners[t.owner] : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {c.akjApplicable && c.status !== 'DECIDED' && c.status !== 'WITHDRAWN' && (
        <Paragraph className="gd-muted">{w.akjApplies}</Paragraph>
      )}
      <div className="gd-actions">{props.children}</div>
    </article>
  );
}

export interface ComplaintFormProps {
  householdId: string;
  w: ComplaintWords;
  onDone: () => void;
  onCancel: () => void;
}

/** A select over codes shown in the complaint words (they are not in the i18n resources yet). */
export function WordSelect<T extends string>(props: {
  id: string;
  label: string;
  values: readonly T[];
  words: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  error?: string;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(a) => (
        <Select
          {...a}
          value={props.value}
          onChange={(e) => {
            const chosen = props.values.find((v) => v === e.target.value);
            if (chosen !== undefined) {
              props.onChange(chosen);
            }
          }}
        >
          {props.values.map((v) => (
            <SelectOption key={v} value={v}>
              {props.words[v]}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function CheckboxLine(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div className="gd-checkbox">
      <Checkbox id={props.id} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

/** To whom the AKJ's support was offered: some of `people`, and the representative when there is one. */
export function AkjChecks(props: {
  id: string;
  w: ComplaintWords;
  people: { id: string; name: string }[];
  representative: string | null;
  value: { personIds: string[]; representative: boolean };
  onChange: (value: { personIds: string[]; representative: boolean }) => void;
  error: ApiError | null;
}) {
  const message = fieldError(props.error, 'akj');
  const v = props.value;
  return (
    <fieldset className="gd-fieldset" aria-describedby={message ? `${props.id}-error` : undefined}>
      <legend>
        {props.w.labels.akjOffered}: {props.w.labels.akjTo}
      </legend>
      {message && (
        <p className="gd-field-error" id={`${props.id}-error`}>
          {message}
        </p>
      )}
      {props.people.map((person) => (
        <CheckboxLine
          key={person.id}
          id={`${props.id}-${person.id}`}
          label={person.name}
          checked={v.personIds.includes(person.id)}
          onChange={(on) =>
            props.onChange({
              ...v,
              personIds: on ? [...v.personIds, person.id] : v.personIds.filter((id) => id !== person.id),
            })
          }
        />
      ))}
      {props.representative && (
        <CheckboxLine
          id={`${props.id}-representative`}
          label={props.representative}
          checked={v.representative}
          onChange={(on) => props.onChange({ ...v, representative: on })}
        />
      )}
    </fieldset>
  );
}

/** The handler extends the decision term, once, with the reason the complainant is told; confirmed first. */
export function ExtendForm({
  householdId,
  w,
  complaint: c,
  onDone,
  onCancel,
}: ComplaintFormProps & { complaint: Complaint }) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmedForm
      legend={w.actions.extend}
      idPrefix={`ce-${c.id}`}
      submitLabel={w.actions.extend}
      onCancel={onCancel}
      confirm={{
        title: w.forms.extendConfirmTitle,
        confirmLabel: w.forms.extendConfirm,
        body: <Paragraph>{w.forms.extendConfirmBody}</Paragraph>,
      }}
      send={() =>
        ok(
          client.POST('/api/v1/households/{householdId}/complaints/{complaintId}/extensions', {
            params: { path: { householdId, complaintId: c.id } },
            body: { version: c.version, reason },
          }),
        )
      }
      onDone={onDone}
    >
      {(error) => (
        <>
          <Paragraph>{w.forms.extendHint}</Paragraph>
          <AreaField
            id={`ce-${c.id}-reason`}
            label={w.labels.reasons}
            value={reason}
            onChange={setReason}
            error={error}
            field="reason"
          />
        </>
      )}
    </ConfirmedForm>
  );
}

/**
 * The handler decides: whether the complaint is justified (chosen on purpose, nothing preselected), why, what
 * will change, and the AKJ's support offered again; confirmed first. Deciding ends the handler's access, so
 * `onDone` gets the server's receipt rather than the complaint.
 */
export function DecideForm({
  householdId,
  w,
  complaint: c,
  onDone,
  onCancel,
}: Omit<ComplaintFormProps, 'onDone'> & {
  complaint: Complaint;
  onDone: (decided: Schemas['ComplaintDecided']) => void;
}) {
  const [v, setV] = useState<{
    outcome: ComplaintDecision | '';
    decidedOn: string;
    reasons: string;
    changes: string;
  }>({ outcome: '', decidedOn: todayIso(), reasons: '', changes: '' });
  const [akj, setAkj] = useState({ personIds: [c.complainant.personId], representative: false });
  const decided = useRef<Schemas['ComplaintDecided'] | null>(null);
  const prefix = `cd-${c.id}`;
  return (
    <ConfirmedForm
      legend={w.actions.decide}
      idPrefix={prefix}
      submitLabel={w.actions.decide}
      onCancel={onCancel}
      check={() => (v.outcome === '' ? choiceMissing('outcome', w.forms.outcomeRequired) : null)}
      confirm={{
        title: w.forms.decideConfirmTitle,
        confirmLabel: w.forms.decideConfirm,
        body: <Paragraph>{w.forms.decideConfirmBody(v.outcome ? w.outcomes[v.outcome] : '')}</Paragraph>,
      }}
      send={async () => {
        if (v.outcome === '') {
          return;
        }
        decided.current = await ok(
          client.POST('/api/v1/households/{householdId}/complaints/{complaintId}/outcomes', {
            params: { path: { householdId, complaintId: c.id } },
            body: {
              version: c.version,
              outcome: v.outcome,
              decidedOn: v.decidedOn,
              reasons: v.reasons,
              changes: v.changes || null,
              akj,
            },
          }),
        );
      }}
      onDone={() => {
        if (decided.current) {
          onDone(decided.current);
        }
      }}
    >
      {(error) => (
        <>
          <RadioChoice
            id={`${prefix}-outcome`}
            legend={w.forms.outcomeQuestion}
            choices={COMPLAINT_DECISIONS.map((value) => ({ value, label: w.outcomes[value] }))}
            value={v.outcome}
            onChange={(outcome) => setV({ ...v, outcome })}
            error={fieldError(error, 'outcome')}
          />
          <TextField
            id={`${prefix}-decidedOn`}
            type="date"
            label={w.labels.date}
            value={v.decidedOn}
            onChange={(decidedOn) => setV({ ...v, decidedOn })}
            error={error}
            field="decidedOn"
          />
          <AreaField
            id={`${prefix}-reasons`}
            label={w.labels.reasons}
            value={v.reasons}
            onChange={(reasons) => setV({ ...v, reasons })}
            error={error}
            field="reasons"
          />
          <AreaField
            id={`${prefix}-changes`}
            label={v.outcome === 'NOT_UPHELD' ? `${w.labels.changes} ${w.labels.optional}` : w.labels.changes}
            value={v.changes}
            onChange={(changes) => setV({ ...v, changes })}
            error={error}
            field="changes"
          />
          <AkjChecks
            id={`${prefix}-akj`}
            w={w}
            people={[{ id: c.complainant.personId, name: c.complainant.name }]}
            representative={c.complainant.representativeName}
            value={akj}
            onChange={setAkj}
            error={error}
          />
        </>
      )}
    </ConfirmedForm>
  );
}
