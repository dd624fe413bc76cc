import {
  SHIELD_REASONS,
  SHIELDABLE_GROUNDS,
  SHIELDABLE_ITEM_TYPES,
  type ShieldableGround,
  type ShieldableItemType,
  type ShieldReason,
} from '@gezinsdossier/domain';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useCallback, useEffect, useState, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ApiError,
  type Body,
  client,
  ok,
  type Schemas,
  newIdempotencyKey,
  withIdempotencyKey,
} from '../api/client';
import { addressLine } from './address';
import { shieldGroundKey } from './shielding-keys';
import { ErrorSummary, fieldError } from './ErrorSummary';
import { Field } from './Field';
import { EnumSelect, FormFrame, ProfessionalPicker, splitChoice, useSubmit } from './forms';
import { usePanels } from './panels';

type Dossier = Schemas['Dossier'];
type Shield = Schemas['ShieldingRecord'];
type Target = Body<'/api/v1/households/{householdId}/shielding-records', 'post'>['target'];

/** One item of the dossier that can be withheld, with the words that name it. */
interface ItemOption {
  itemType: ShieldableItemType;
  itemId: string;
  label: string;
}

/**
 * The items of this dossier the duo can withhold, grouped by kind: current addresses, persons, relations,
 * network members and the timeline entries on screen. An item outside this list (e.g. a fact) is named by
 * its kind in the overview.
 */
function itemOptions(t: TFunction, dossier: Dossier, nameOf: (id: string) => string): ItemOption[] {
  const current = dossier.members.filter((m) => m.isCurrent);
  return [
    ...dossier.addresses
      .filter((a) => a.isCurrent)
      .map((a) => ({
        itemType: 'address' as const,
        itemId: a.id,
        label: t('shielding.items.address', { name: nameOf(a.personId), address: addressLine(t, a) }),
      })),
    ...current.map((m) => ({
      itemType: 'person' as const,
      itemId: m.person.id,
      label: t('shielding.items.person', { name: nameOf(m.person.id) }),
    })),
    ...dossier.relations.map((r) => ({
      itemType: 'relation' as const,
      itemId: r.id,
      label: t('shielding.items.relation', {
        text: `${nameOf(r.fromPersonId)} ${t(`relations.${r.kind}`)} ${nameOf(r.toPersonId)}`,
      }),
    })),
    ...dossier.network.map((n) => ({
      itemType: 'network_member' as const,
      itemId: n.id,
      label: t('shielding.items.network_member', { name: n.displayName }),
    })),
    ...(dossier.timeline?.items ?? [])
      .filter((e) => e.kind !== 'STEP')
      .map((e) => ({
        itemType: 'timeline_entry' as const,
        itemId: e.id,
        label: t('shielding.items.timeline_entry', { title: e.title }),
      })),
  ];
}

/**
 * Afschermen: what is withheld from whom in this household, and why. For the duo (vast gezicht and RVT
 * partner): withhold an item from a household member, a colleague or everyone on a ground, with a reason
 * category and a reason (saved only after a confirmation), and end a shield with a reason.
 */
export function ShieldingSection({
  householdId,
  dossier,
  nameOf,
}: {
  householdId: string;
  dossier: Dossier;
  nameOf: (personId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const [shields, setShields] = useState<Shield[] | null>(null);
  const p = usePanels();
  const load = useCallback(async () => {
    setShields(
      await ok(
        client.GET('/api/v1/households/{householdId}/shielding-records', {
          params: { path: { householdId } },
        }),
      ),
    );
  }, [householdId]);
  useEffect(() => {
    void load();
  }, [load]);
  const options = itemOptions(t, dossier, nameOf);
  // A former address is no longer offered, but a shield on it still names it.
  const pastAddressLabel = (s: Pick<Shield, 'itemType' | 'itemId'>) => {
    const a = s.itemType === 'address' ? dossier.addresses.find((x) => x.id === s.itemId) : undefined;
    return a ? t('shielding.items.address', { name: nameOf(a.personId), address: addressLine(t, a) }) : null;
  };
  const itemLabel = (s: Pick<Shield, 'itemType' | 'itemId'>) =>
    options.find((o) => o.itemType === s.itemType && o.itemId === s.itemId)?.label ??
    pastAddressLabel(s) ??
    t(`shielding.itemTypes.${s.itemType}`);
  const targetLabel = (target: Shield['target']) =>
    target.kind === 'PERSON'
      ? nameOf(target.personId)
      : target.kind === 'ACCOUNT'
        ? (target.name ?? t('shielding.colleague'))
        : t(`shielding.grounds.${shieldGroundKey(target.ground)}`);
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  const active = shields?.filter((s) => s.active) ?? [];
  const ended = shields?.filter((s) => !s.active) ?? [];
  // Focus goes to the message where the form was (issue 9.4).
  const finish = (message: string) => {
    p.done(message);
    void load();
  };
  return (
    <section aria-labelledby="shielding-title" className="gd-sub">
      <Heading level={3} id="shielding-title">
        {t('shielding.title')}
      </Heading>
      <Paragraph>{t('shielding.intro')}</Paragraph>
      {shields !== null && active.length === 0 && <Paragraph>{t('shielding.none')}</Paragraph>}
      {active.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('shielding.columns.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('shielding.columns.fromWhom')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('shielding.columns.why')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('shielding.columns.since')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="gd-visually-hidden">{t('shielding.end')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {active.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{itemLabel(s)}</TableCell>
                <TableCell>{targetLabel(s.target)}</TableCell>
                <TableCell>
                  <strong>{t(`shielding.reasons.${s.reasonCode}`)}</strong>: {s.reason}
                </TableCell>
                <TableCell>
                  {date(s.createdAt)}
                  {s.createdByName && <span className="gd-muted"> ({s.createdByName})</span>}
                </TableCell>
                <TableCell>
                  {p.opener(`end:${s.id}`, t('shielding.end'), {
                    appearance: 'subtle-button',
                    hidden: `: ${itemLabel(s)}`,
                  })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {(shields ?? []).map((s) => (
        <div key={s.id}>
          {p.slot(
            `end:${s.id}`,
            <EndShieldForm
              householdId={householdId}
              shield={s}
              label={t('shielding.endOf', { item: itemLabel(s), who: targetLabel(s.target) })}
              onDone={() => finish(t('shielding.ended'))}
              onCancel={p.cancel}
            />,
          )}
        </div>
      ))}
      {ended.length > 0 && (
        <details className="gd-decision">
          <summary>{t('shielding.endedTitle', { count: ended.length })}</summary>
          <ul className="gd-list">
            {ended.map((s) => (
              <li key={s.id} className="gd-former">
                {itemLabel(s)} — {targetLabel(s.target)} ({t(`shielding.reasons.${s.reasonCode}`)}):{' '}
                {t('shielding.endedOn', { date: date(s.endedAt ?? s.createdAt), reason: s.endReason ?? '' })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {p.opener('add', t('shielding.add'))}
      {p.slot(
        'add',
        <AddShieldForm
          householdId={householdId}
          dossier={dossier}
          options={options}
          nameOf={nameOf}
          onDone={() => finish(t('shielding.saved'))}
          onCancel={p.cancel}
        />,
      )}
    </section>
  );
}

type TargetKind = Target['kind'];
const TARGET_KINDS: readonly TargetKind[] = ['PERSON', 'ACCOUNT', 'GROUND'];

/** Withhold one item: what, from whom, why; the answer is saved only after the user confirms it. */
function AddShieldForm(props: {
  householdId: string;
  dossier: Dossier;
  options: ItemOption[];
  nameOf: (personId: string) => string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [item, setItem] = useState('');
  const [kind, setKind] = useState<TargetKind>('PERSON');
  const [personId, setPersonId] = useState('');
  const [colleague, setColleague] = useState('');
  const [colleagueName, setColleagueName] = useState('');
  const [ground, setGround] = useState<ShieldableGround>('HOUSEHOLD_MEMBER');
  const [reasonCode, setReasonCode] = useState<ShieldReason>('SAFETY_OF_PERSON');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // One key per submission: pressing save twice repeats the submission, it does not create twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  // Issue 9.4: the opened form takes focus on its first field.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, []);
  const chosen = props.options.find((o) => `${o.itemType}:${o.itemId}` === item);
  const members = props.dossier.members.filter((m) => m.isCurrent);
  const target = (): Target | null => {
    if (kind === 'PERSON') {
      return personId ? { kind, personId } : null;
    }
    if (kind === 'ACCOUNT') {
      const { professionalId } = splitChoice(colleague);
      return professionalId ? { kind, accountId: professionalId } : null;
    }
    return { kind, ground };
  };
  const who = () => {
    const t0 = target();
    if (!t0) {
      return '';
    }
    if (t0.kind === 'PERSON') {
      return props.nameOf(t0.personId);
    }
    if (t0.kind === 'ACCOUNT') {
      return colleagueName || t('shielding.colleague');
    }
    return t(`shielding.grounds.${shieldGroundKey(t0.ground)}`);
  };
  // A missing choice is caught here, before the confirmation; the server checks everything else.
  const missing = !chosen ? 'itemId' : !target() ? 'target' : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirming) {
      if (missing) {
        setError(
          new ApiError(422, 'validation_failed', t('shielding.incomplete'), [
            { path: missing, code: 'required', message: t(`shielding.missing.${missing}`) },
          ]),
        );
        return;
      }
      setError(null);
      setConfirming(true);
      return;
    }
    const t0 = target();
    if (!chosen || !t0) {
      return;
    }
    setBusy(true);
    try {
      await ok(
        withIdempotencyKey(idempotencyKey.current, () =>
          client.POST('/api/v1/households/{householdId}/shielding-records', {
            params: { path: { householdId: props.householdId } },
            body: { itemType: chosen.itemType, itemId: chosen.itemId, target: t0, reasonCode, reason },
          }),
        ),
      );
      props.onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal_error', String(err)));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      ref={form}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="gd-form"
      aria-label={t('shielding.add')}
    >
      <ErrorSummary error={error} idPrefix="sh" />
      <Field id="sh-itemId" label={t('shielding.what')} error={fieldError(error, 'itemId')}>
        {(a) => (
          <Select {...a} value={item} onChange={(e) => setItem(e.target.value)} disabled={confirming}>
            <SelectOption value="">—</SelectOption>
            {SHIELDABLE_ITEM_TYPES.filter((type) => props.options.some((o) => o.itemType === type)).map(
              (type) => (
                <optgroup key={type} label={t(`shielding.itemTypes.${type}`)}>
                  {props.options
                    .filter((o) => o.itemType === type)
                    .map((o) => (
                      <SelectOption key={o.itemId} value={`${o.itemType}:${o.itemId}`}>
                        {o.label}
                      </SelectOption>
                    ))}
                </optgroup>
              ),
            )}
          </Select>
        )}
      </Field>
      <fieldset className="gd-fieldset" id="sh-target" disabled={confirming}>
        <legend>{t('shielding.fromWhom')}</legend>
        {TARGET_KINDS.map((k) => (
          <div className="gd-checkbox" key={k}>
            <RadioButton
              id={`sh-kind-${k}`}
              name="sh-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <label htmlFor={`sh-kind-${k}`}>{t(`shielding.targetKinds.${k}`)}</label>
          </div>
        ))}
        {kind === 'PERSON' && (
          <Field id="sh-personId" label={t('shielding.member')} error={fieldError(error, 'personId')}>
            {(a) => (
              <Select {...a} value={personId} onChange={(e) => setPersonId(e.target.value)}>
                <SelectOption value="">—</SelectOption>
                {members.map((m) => (
                  <SelectOption key={m.person.id} value={m.person.id}>
                    {m.person.givenName} {m.person.familyName}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
        )}
        {kind === 'ACCOUNT' && (
          <ProfessionalPicker
            idPrefix="sh-colleague"
            label={t('shielding.colleagueLabel')}
            value={colleague}
            onChange={(value, option) => {
              setColleague(value);
              setColleagueName(option?.displayName ?? '');
            }}
            error={fieldError(error, 'accountId')}
          />
        )}
        {kind === 'GROUND' && (
          <Field id="sh-ground" label={t('shielding.ground')} error={fieldError(error, 'ground')}>
            {(a) => (
              <Select
                {...a}
                value={ground}
                onChange={(e) => {
                  const picked = SHIELDABLE_GROUNDS.find((g) => g === e.target.value);
                  if (picked) {
                    setGround(picked);
                  }
                }}
              >
                {SHIELDABLE_GROUNDS.map((g) => (
                  <SelectOption key={g} value={g}>
                    {t(`shielding.grounds.${shieldGroundKey(g)}`)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </Field>
        )}
      </fieldset>
      <Field id="sh-reasonCode" label={t('shielding.reasonCode')} error={fieldError(error, 'reasonCode')}>
        {(a) => (
          <EnumSelect
            {...a}
            values={SHIELD_REASONS}
            labelKey="shielding.reasons"
            value={reasonCode}
            onChange={setReasonCode}
          />
        )}
      </Field>
      <Field
        id="sh-reason"
        label={t('shielding.reason')}
        hint={t('shielding.reasonHint')}
        error={fieldError(error, 'reason')}
      >
        {(a) => (
          <Textarea {...a} value={reason} onChange={(e) => setReason(e.target.value)} readOnly={confirming} />
        )}
      </Field>
      {confirming && chosen && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('shielding.confirm', { item: chosen.label, who: who() })}</strong>
          </Paragraph>
          <Paragraph>{t('shielding.confirmHint')}</Paragraph>
        </Alert>
      )}
      <div className="gd-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {confirming ? t('shielding.confirmYes') : t('shielding.save')}
        </Button>
        {confirming ? (
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('shielding.confirmBack')}
          </Button>
        ) : (
          <Button type="button" appearance="secondary-action-button" onClick={props.onCancel}>
            {t('forms.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** Ends a shield: the item is shown again from now on; the reason is kept with the record. */
function EndShieldForm(props: {
  householdId: string;
  shield: Shield;
  label: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(props.onDone);
  const onSubmit = submit(() =>
    ok(
      client.PATCH('/api/v1/households/{householdId}/shielding-records/{shieldId}', {
        params: { path: { householdId: props.householdId, shieldId: props.shield.id } },
        body: { reason, version: props.shield.version },
      }),
    ),
  );
  return (
    <FormFrame
      legend={props.label}
      idPrefix="es"
      error={error}
      busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onCancel={props.onCancel}
      submitLabel={t('shielding.end')}
    >
      <Paragraph>{props.label}</Paragraph>
      <Field id="es-reason" label={t('shielding.endReason')} error={fieldError(error, 'reason')}>
        {(a) => <Textarea {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </FormFrame>
  );
}
