import {
  AUTHORITY_KINDS,
  type AuthorityKind,
  canTarget,
  MEASURE_CATALOGUE,
  type MeasureType,
  SUPPORT_KINDS,
  SUPPORT_RESPONSES,
  type SupportKind,
  type SupportResponse,
} from '@gezinsdossier/domain';
import { Alert, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { client, ok, type Schemas } from '../api/client';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { FormFrame, useSubmit } from '../components/forms';
import { ChoiceField, PersonChecks, TextField, todayIso } from '../casework/kit';
import { useLegalWords } from './words';

type Member = Schemas['Member'];
type Relation = Schemas['Relation'];

/** Whether a member holds parental authority now (a current relation with authority over a child). */
function holdsAuthority(relations: Relation[], personId: string): boolean {
  return relations.some((r) => r.fromPersonId === personId && r.hasParentalAuthority && r.to === null);
}

/** The current members a measure may be aimed at (a household measure: everyone). */
export function targetableMembers(measure: MeasureType, members: Member[], relations: Relation[]): Member[] {
  return members.filter(
    (m) =>
      m.isCurrent &&
      (measure.targetRoles.includes('HOUSEHOLD') ||
        canTarget(measure, {
          age: m.person.age,
          holdsParentalAuthority: holdsAuthority(relations, m.person.id),
        })),
  );
}

/** The addressees that may decide on a measure, in the catalogue's order (the usual one first). */
export const decidersOf = (measure: MeasureType): AuthorityKind[] =>
  AUTHORITY_KINDS.filter((a) => measure.deciders.includes(a)).sort(
    (a, b) => measure.deciders.indexOf(a) - measure.deciders.indexOf(b),
  );

/**
 * The measure, the addressee and the persons: the choice that starts a petition (and changes it while it is
 * drafted). Experimental measures are marked: they may be prepared and discussed, never filed. Only the
 * authorities that can decide on the chosen measure are offered, and only the members it can be aimed at.
 */
export function MeasureFields(props: {
  idPrefix: string;
  members: Member[];
  relations: Relation[];
  value: { measureTypeId: string; addressee: AuthorityKind; targets: string[]; aims: string[] };
  onChange: (value: {
    measureTypeId: string;
    addressee: AuthorityKind;
    targets: string[];
    aims: string[];
  }) => void;
  error: Parameters<typeof fieldError>[0];
}) {
  const { t, language } = useLegalWords();
  const v = props.value;
  const measure = MEASURE_CATALOGUE.find((m) => m.id === v.measureTypeId) ?? MEASURE_CATALOGUE[0];
  if (!measure) {
    return null;
  }
  const deciders = decidersOf(measure);
  const targetable = targetableMembers(measure, props.members, props.relations);
  const choose = (measureTypeId: string) => {
    const next = MEASURE_CATALOGUE.find((m) => m.id === measureTypeId);
    if (!next) {
      return;
    }
    const allowed = targetableMembers(next, props.members, props.relations).map((m) => m.person.id);
    props.onChange({
      measureTypeId,
      addressee: decidersOf(next)[0] ?? 'OTHER',
      targets: v.targets.filter((id) => allowed.includes(id)),
      aims: v.aims,
    });
  };
  return (
    <>
      <Field
        id={`${props.idPrefix}-measureTypeId`}
        label={t('legal.start.measure')}
        hint={t('legal.start.measureHint')}
        error={fieldError(props.error, 'measureTypeId')}
      >
        {(a) => (
          <Select {...a} value={measure.id} onChange={(e) => choose(e.target.value)}>
            {MEASURE_CATALOGUE.map((m) => (
              <SelectOption key={m.id} value={m.id}>
                {m.name[language]}
                {m.experimental ? ` — ${t('legal.start.experimentalShort')}` : ''}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {measure.experimental && (
        <Alert type="warning">
          <Paragraph>{t('legal.start.experimental')}</Paragraph>
        </Alert>
      )}
      <ChoiceField
        id={`${props.idPrefix}-addressee`}
        label={t('legal.start.addressee')}
        values={deciders}
        labelKey="legal.authorities"
        value={deciders.includes(v.addressee) ? v.addressee : (deciders[0] ?? 'OTHER')}
        onChange={(addressee) => props.onChange({ ...v, addressee })}
        error={props.error}
        field="addressee"
      />
      {targetable.length === 0 ? (
        <Paragraph className="gd-muted">{t('legal.start.nobodyTargetable')}</Paragraph>
      ) : (
        <PersonChecks
          id={`${props.idPrefix}-targets`}
          legend={t('legal.start.targets')}
          members={targetable}
          value={v.targets}
          onChange={(targets) => props.onChange({ ...v, targets })}
          error={props.error}
          field="targetPersonIds"
        />
      )}
      <PersonChecks
        id={`${props.idPrefix}-aims`}
        legend={t('legal.start.aims')}
        members={props.members.filter((m) => !v.targets.includes(m.person.id))}
        value={v.aims.filter((id) => !v.targets.includes(id))}
        onChange={(aims) => props.onChange({ ...v, aims })}
        error={props.error}
        field="actionAimPersonIds"
      />
    </>
  );
}

/** Starts a petition (KT6) after the decision to prepare one; the new petition opens on its own page. */
export function StartPetitionForm(props: {
  householdId: string;
  members: Member[];
  relations: Relation[];
  onDone: (petitionId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useLegalWords();
  const first = MEASURE_CATALOGUE[0];
  const [v, setV] = useState({
    measureTypeId: first?.id ?? '',
    addressee: (first ? decidersOf(first)[0] : undefined) ?? ('OTHER' as AuthorityKind),
    targets: [] as string[],
    aims: [] as string[],
  });
  // The new petition's id, read when the submission is done (state would still hold the old value there).
  const created = useRef<string | null>(null);
  const { error, busy, submit } = useSubmit(() => {
    if (created.current) {
      props.onDone(created.current);
    }
  });
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/petitions', {
        params: { path: { householdId: props.householdId } },
        body: {
          measureTypeId: v.measureTypeId,
          addressee: v.addressee,
          targetPersonIds: v.targets,
          actionAimPersonIds: v.aims.filter((id) => !v.targets.includes(id)),
        },
      }),
    ).then((p) => {
      created.current = p.id;
    }),
  );
  return (
    <FormFrame
      legend={t('legal.start.title')}
      idPrefix="sp"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.start.title')}
    >
      <MeasureFields
        idPrefix="sp"
        members={props.members}
        relations={props.relations}
        value={v}
        onChange={setV}
        error={error}
      />
    </FormFrame>
  );
}

/** Support offered to one person (KT9-R2, LS-14): legal aid, client support or a confidant, and the answer. */
export function SupportOfferForm(props: {
  householdId: string;
  members: { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useLegalWords();
  const [v, setV] = useState<{
    personId: string;
    kind: SupportKind;
    offeredOn: string;
    response: SupportResponse;
    provider: string;
  }>({
    personId: props.members[0]?.id ?? '',
    kind: 'LEGAL_AID',
    offeredOn: todayIso(),
    response: 'PENDING',
    provider: '',
  });
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.POST('/api/v1/households/{householdId}/support-offers', {
        params: { path: { householdId: props.householdId } },
        body: { ...v, provider: v.provider || null },
      }),
    ),
  );
  return (
    <FormFrame
      legend={t('legal.support.offer')}
      idPrefix="so"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('legal.support.offer')}
    >
      <Field id="so-personId" label={t('legal.support.person')} error={fieldError(error, 'personId')}>
        {(a) => (
          <Select {...a} value={v.personId} onChange={(e) => setV({ ...v, personId: e.target.value })}>
            {props.members.map((m) => (
              <SelectOption key={m.id} value={m.id}>
                {m.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <ChoiceField
        id="so-kind"
        label={t('legal.support.kind')}
        values={SUPPORT_KINDS}
        labelKey="legal.supportKinds"
        value={v.kind}
        onChange={(kind) => setV({ ...v, kind })}
        error={error}
        field="kind"
      />
      <TextField
        id="so-provider"
        label={t('legal.support.provider')}
        value={v.provider}
        onChange={(provider) => setV({ ...v, provider })}
        error={error}
        field="provider"
      />
      <TextField
        id="so-offeredOn"
        type="date"
        label={t('legal.support.offeredOn')}
        value={v.offeredOn}
        onChange={(offeredOn) => setV({ ...v, offeredOn })}
        error={error}
        field="offeredOn"
      />
      <ChoiceField
        id="so-response"
        label={t('legal.support.response')}
        values={SUPPORT_RESPONSES}
        labelKey="legal.supportResponses"
        value={v.response}
        onChange={(response) => setV({ ...v, response })}
        error={error}
        field="response"
      />
    </FormFrame>
  );
}
