import { findMeasureType, HELP_CATEGORIES, RULING_OUTCOMES, type RulingOutcome } from '@gezinsdossier/domain';
import { Button, Checkbox, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { type ApiError, client, newIdempotencyKey, ok, withIdempotencyKey } from '../api/client';
import { AreaField, ChoiceField, TextField, todayIso } from '../casework/kit';
import { byId, ConfirmAction } from '../components/ConfirmAction';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { Field } from '../components/Field';
import { EnumSelect } from '../components/forms';
import { type PetitionFormProps, pathOf } from './forms-petition';
import { NEXT_STEP_ID } from './gate';
import { useLegalWords } from './words';

/**
 * Filing with the authority (KT8): the court and the date, after a PROCEED review with nothing missing. When
 * a measure already runs for the family, the judge who decided on it is proposed (VAL-07: the same judge).
 */
export function FilingForm(props: PetitionFormProps) {
  const w = useLegalWords();
  const { t } = w;
  const p = props.petition;
  const [filedOn, setFiledOn] = useState(todayIso());
  const [court, setCourt] = useState(p.sameJudge ?? '');
  const addressee = t(`legal.authorities.${p.addressee}`);
  return (
    <ConfirmedForm
      legend={t('legal.filing.title')}
      idPrefix="fi"
      submitLabel={t('legal.filing.submit')}
      onCancel={props.onCancel}
      confirm={{
        title: t('legal.filing.confirmTitle', { court: court || addressee }),
        confirmLabel: t('legal.filing.confirm'),
        body: <Paragraph>{t('legal.filing.confirmWhat', { addressee })}</Paragraph>,
      }}
      send={() =>
        ok(
          client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/filings', {
            params: { path: pathOf(props) },
            body: { version: p.version, filedOn, court },
          }),
        )
      }
      onDone={props.onDone}
    >
      {(error) => (
        <>
          {p.sameJudge && <Paragraph>{t('legal.filing.sameJudge', { judge: p.sameJudge })}</Paragraph>}
          <TextField
            id="fi-court"
            label={t('legal.filing.court')}
            hint={t('legal.filing.courtHint', { addressee })}
            value={court}
            onChange={setCourt}
            error={error}
            field="court"
          />
          <TextField
            id="fi-filedOn"
            type="date"
            label={t('legal.filing.filedOn')}
            value={filedOn}
            onChange={setFiledOn}
            error={error}
            field="filedOn"
          />
        </>
      )}
    </ConfirmedForm>
  );
}

/** The most forms of help one ruling can order (the server's limit). */
const MAX_ORDERED_HELP = 10;

interface Hearing {
  key: number;
  heldOn: string;
  note: string;
}

/** One form of help the judge orders with the measure, as a row of the ruling form. */
interface OrderedHelp {
  key: number;
  category: (typeof HELP_CATEGORIES)[number];
  description: string;
}

/**
 * The authority's decision (KT8-R1, KT8-R3): granted, partly granted, rejected, or counter-expertise ordered
 * first; with the legal ground, conditions, the persons it applies to, its start and end, the goals for
 * ending it, the help the judge orders with it (R-008: later set against the help delivered) and the
 * hearings. A granted measure starts its evaluation and extension deadlines.
 */
export function RulingForm(props: PetitionFormProps) {
  const w = useLegalWords();
  const { t } = w;
  const p = props.petition;
  const targets = p.persons.filter((x) => x.target);
  const measure = findMeasureType(p.measureTypeId);
  const [v, setV] = useState<{
    outcome: RulingOutcome;
    decidedOn: string;
    judge: string;
    legalGround: string;
    conditions: string;
    targetPersonIds: string[];
    startsOn: string;
    endsOn: string;
    endingGoals: string;
    counterExpertise: string;
  }>({
    outcome: 'GRANTED',
    decidedOn: todayIso(),
    judge: p.sameJudge ?? '',
    legalGround: '',
    conditions: '',
    targetPersonIds: targets.map((x) => x.personId),
    startsOn: todayIso(),
    endsOn: '',
    endingGoals: '',
    counterExpertise: '',
  });
  const [hearings, setHearings] = useState<Hearing[]>([]);
  const [orderedHelp, setOrderedHelp] = useState<OrderedHelp[]>([]);
  const nextKey = useRef(1);
  const newKey = () => {
    const key = nextKey.current;
    nextKey.current += 1;
    return key;
  };
  const granted = v.outcome === 'GRANTED' || v.outcome === 'PARTIALLY_GRANTED';
  const outcomeWords = t(`legal.rulingOutcomes.${v.outcome}`);
  return (
    <ConfirmedForm
      legend={t('legal.ruling.title')}
      idPrefix="ru"
      submitLabel={t('legal.ruling.submit')}
      onCancel={props.onCancel}
      confirm={{
        title: t('legal.ruling.confirmTitle', { outcome: outcomeWords }),
        confirmLabel: t('legal.ruling.confirm'),
        body: (
          <Paragraph>
            {granted
              ? t('legal.ruling.confirmGranted', { date: v.startsOn ? w.date(v.startsOn) : '' })
              : v.outcome === 'REJECTED'
                ? t('legal.ruling.confirmRejected')
                : t('legal.ruling.confirmCounterExpertise')}
          </Paragraph>
        ),
      }}
      send={() =>
        ok(
          client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/rulings', {
            params: { path: pathOf(props) },
            body: {
              version: p.version,
              outcome: v.outcome,
              decidedOn: v.decidedOn,
              judge: v.judge,
              legalGround: v.legalGround || null,
              conditions: v.conditions || null,
              targetPersonIds: granted ? v.targetPersonIds : [],
              startsOn: granted ? v.startsOn || null : null,
              endsOn: granted ? v.endsOn || null : null,
              endingGoals: granted ? v.endingGoals || null : null,
              counterExpertise: v.outcome === 'COUNTER_EXPERTISE_ORDERED' ? v.counterExpertise || null : null,
              hearings: hearings
                .filter((h) => h.heldOn)
                .map((h) => ({ heldOn: h.heldOn, note: h.note || null })),
              ...(granted && orderedHelp.length > 0
                ? {
                    orderedHelp: orderedHelp.map((o) => ({
                      category: o.category,
                      description: o.description,
                    })),
                  }
                : {}),
            },
          }),
        )
      }
      onDone={props.onDone}
    >
      {(error) => (
        <>
          <ChoiceField
            id="ru-outcome"
            label={t('legal.ruling.outcome')}
            values={RULING_OUTCOMES}
            labelKey="legal.rulingOutcomes"
            value={v.outcome}
            onChange={(outcome) => setV({ ...v, outcome })}
            error={error}
            field="outcome"
          />
          <TextField
            id="ru-decidedOn"
            type="date"
            label={t('legal.ruling.decidedOn')}
            value={v.decidedOn}
            onChange={(decidedOn) => setV({ ...v, decidedOn })}
            error={error}
            field="decidedOn"
          />
          <TextField
            id="ru-judge"
            label={t('legal.ruling.judge')}
            value={v.judge}
            onChange={(judge) => setV({ ...v, judge })}
            error={error}
            field="judge"
          />
          <TextField
            id="ru-legalGround"
            label={t('legal.ruling.legalGround')}
            hint={measure ? t('legal.ruling.legalGroundHint', { basis: measure.legalBasis }) : undefined}
            value={v.legalGround}
            onChange={(legalGround) => setV({ ...v, legalGround })}
            error={error}
            field="legalGround"
          />
          <AreaField
            id="ru-conditions"
            label={t('legal.ruling.conditions')}
            value={v.conditions}
            onChange={(conditions) => setV({ ...v, conditions })}
            error={error}
            field="conditions"
            rows={2}
          />
          {granted && (
            <>
              <fieldset className="gd-fieldset">
                <legend>{t('legal.ruling.targets')}</legend>
                {targets.map((x) => (
                  <div className="gd-checkbox" key={x.personId}>
                    <Checkbox
                      id={`ru-target-${x.personId}`}
                      checked={v.targetPersonIds.includes(x.personId)}
                      onChange={(e) =>
                        setV({
                          ...v,
                          targetPersonIds: e.target.checked
                            ? [...v.targetPersonIds, x.personId]
                            : v.targetPersonIds.filter((id) => id !== x.personId),
                        })
                      }
                    />
                    <label htmlFor={`ru-target-${x.personId}`}>{x.name}</label>
                  </div>
                ))}
              </fieldset>
              <TextField
                id="ru-startsOn"
                type="date"
                label={t('legal.ruling.startsOn')}
                value={v.startsOn}
                onChange={(startsOn) => setV({ ...v, startsOn })}
                error={error}
                field="startsOn"
              />
              <TextField
                id="ru-endsOn"
                type="date"
                label={t('legal.ruling.endsOn')}
                value={v.endsOn}
                onChange={(endsOn) => setV({ ...v, endsOn })}
                error={error}
                field="endsOn"
              />
              <AreaField
                id="ru-endingGoals"
                label={t('legal.ruling.endingGoals')}
                value={v.endingGoals}
                onChange={(endingGoals) => setV({ ...v, endingGoals })}
                error={error}
                field="endingGoals"
                rows={2}
              />
              <OrderedHelpFields
                value={orderedHelp}
                onChange={setOrderedHelp}
                newKey={newKey}
                error={error}
              />
            </>
          )}
          {v.outcome === 'COUNTER_EXPERTISE_ORDERED' && (
            <AreaField
              id="ru-counterExpertise"
              label={t('legal.ruling.counterExpertise')}
              value={v.counterExpertise}
              onChange={(counterExpertise) => setV({ ...v, counterExpertise })}
              error={error}
              field="counterExpertise"
              rows={2}
            />
          )}
          <fieldset className="gd-fieldset">
            <legend>{t('legal.ruling.hearings')}</legend>
            {hearings.map((h, i) => (
              <div key={h.key} className="gd-inline-form">
                <TextField
                  id={`ru-hearing-${h.key}`}
                  type="date"
                  label={t('legal.ruling.hearingOn', { number: i + 1 })}
                  value={h.heldOn}
                  onChange={(heldOn) =>
                    setHearings(hearings.map((x) => (x.key === h.key ? { ...x, heldOn } : x)))
                  }
                  error={error}
                />
                <TextField
                  id={`ru-hearing-note-${h.key}`}
                  label={t('legal.ruling.hearingNote', { number: i + 1 })}
                  value={h.note}
                  onChange={(note) =>
                    setHearings(hearings.map((x) => (x.key === h.key ? { ...x, note } : x)))
                  }
                  error={error}
                />
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => setHearings(hearings.filter((x) => x.key !== h.key))}
                >
                  {t('legal.ruling.removeHearing', { number: i + 1 })}
                </Button>
              </div>
            ))}
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                const key = newKey();
                setHearings([...hearings, { key, heldOn: '', note: '' }]);
                requestAnimationFrame(() => document.getElementById(`ru-hearing-${key}`)?.focus());
              }}
            >
              {t('legal.ruling.addHearing')}
            </Button>
          </fieldset>
        </>
      )}
    </ConfirmedForm>
  );
}

/**
 * The help the judge orders with a granted measure, as a short list of rows: the kind of help and
 * what exactly. The running measure later shows each against the help actually delivered under it.
 */
function OrderedHelpFields(props: {
  value: OrderedHelp[];
  onChange: (value: OrderedHelp[]) => void;
  newKey: () => number;
  error: ApiError | null;
}) {
  const { t } = useLegalWords();
  const rows = props.value;
  const change = (key: number, patch: Partial<OrderedHelp>) =>
    props.onChange(rows.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  // A refusal names the row by its position ("orderedHelp.1.description").
  const rowError = (i: number, field: string) =>
    props.error?.issues.find((issue) => issue.path === `orderedHelp.${i}.${field}`)?.message;
  return (
    <fieldset className="gd-fieldset" aria-describedby="ru-orderedHelp-hint">
      <legend>{t('legal.ruling.orderedHelp')}</legend>
      <Paragraph className="gd-muted" id="ru-orderedHelp-hint">
        {t('legal.ruling.orderedHelpHint')}
      </Paragraph>
      {rows.map((o, i) => (
        <div key={o.key} className="gd-inline-form">
          <Field id={`ru-help-category-${o.key}`} label={t('legal.ruling.helpCategory', { number: i + 1 })}>
            {(a) => (
              <EnumSelect
                {...a}
                values={HELP_CATEGORIES}
                labelKey="casework.helpCategories"
                value={o.category}
                onChange={(category) => change(o.key, { category })}
              />
            )}
          </Field>
          <Field
            id={`ru-help-description-${o.key}`}
            label={t('legal.ruling.helpDescription', { number: i + 1 })}
            error={rowError(i, 'description')}
          >
            {(a) => (
              <Textbox
                {...a}
                value={o.description}
                onChange={(e) => change(o.key, { description: e.target.value })}
                autoComplete="off"
              />
            )}
          </Field>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => props.onChange(rows.filter((x) => x.key !== o.key))}
          >
            {t('legal.ruling.removeHelp', { number: i + 1 })}
          </Button>
        </div>
      ))}
      {rows.length < MAX_ORDERED_HELP && (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            const key = props.newKey();
            props.onChange([...rows, { key, category: 'YOUTH_CARE', description: '' }]);
            requestAnimationFrame(() => document.getElementById(`ru-help-category-${key}`)?.focus());
          }}
        >
          {t('legal.ruling.addHelp')}
        </Button>
      )}
    </fieldset>
  );
}

/** CORRECT_FIRST: take the petition back to correct what the review found, then have it reviewed again. */
export function CorrectionAction(props: {
  householdId: string;
  petition: PetitionFormProps['petition'];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useLegalWords();
  const key = useRef(newIdempotencyKey());
  return (
    <ConfirmAction
      trigger={t('legal.correct.trigger')}
      appearance="primary-action-button"
      title={t('legal.correct.title')}
      confirmLabel={t('legal.correct.confirm')}
      run={() =>
        withIdempotencyKey(key.current, () =>
          ok(
            client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/correction-rounds', {
              params: { path: { householdId: props.householdId, petitionId: props.petition.id } },
              body: { version: props.petition.version },
            }),
          ),
        ).then(() => {
          key.current = newIdempotencyKey();
        })
      }
      onDone={props.onDone}
      focusAfter={byId(NEXT_STEP_ID)}
    >
      <Paragraph>{t('legal.correct.what')}</Paragraph>
    </ConfirmAction>
  );
}

/**
 * DO_NOT_FILE: the petition is closed without filing and the family returns to voluntary help (KT7 b). The
 * reason is asked; the help that was needed but missing (the review's finding, if any) is kept with it.
 */
export function NotFiledAction(props: {
  householdId: string;
  petition: PetitionFormProps['petition'];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useLegalWords();
  const key = useRef(newIdempotencyKey());
  const lastReview = props.petition.reviews.findLast((r) => r.submittedAt);
  const [unmetNeed, setUnmetNeed] = useState(lastReview?.unmetNeed ?? '');
  return (
    <ConfirmAction
      trigger={t('legal.notFiled.trigger')}
      appearance="primary-action-button"
      title={t('legal.notFiled.title')}
      reason={{ label: t('legal.notFiled.reason'), required: true }}
      fields={
        <Field
          id="nf-unmetNeed"
          label={t('legal.notFiled.unmetNeed')}
          hint={t('legal.notFiled.unmetNeedHint')}
        >
          {(a) => (
            <Textarea {...a} rows={3} value={unmetNeed} onChange={(e) => setUnmetNeed(e.target.value)} />
          )}
        </Field>
      }
      confirmLabel={t('legal.notFiled.confirm')}
      run={(reason) =>
        withIdempotencyKey(key.current, () =>
          ok(
            client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/not-filed-decisions', {
              params: { path: { householdId: props.householdId, petitionId: props.petition.id } },
              body: {
                version: props.petition.version,
                reason: reason ?? '',
                unmetNeed: unmetNeed.trim() || null,
              },
            }),
          ),
        ).then(() => {
          key.current = newIdempotencyKey();
        })
      }
      onDone={props.onDone}
      focusAfter={byId(NEXT_STEP_ID)}
    >
      <Paragraph>{t('legal.notFiled.what')}</Paragraph>
    </ConfirmAction>
  );
}

/**
 * Withdrawing a petition while it is being prepared: the family returns to voluntary help. A reason is kept
 * with the record.
 */
export function WithdrawAction(props: {
  householdId: string;
  petition: PetitionFormProps['petition'];
  onDone: () => Promise<unknown>;
}) {
  const { t } = useLegalWords();
  const key = useRef(newIdempotencyKey());
  return (
    <ConfirmAction
      trigger={t('legal.withdraw.trigger')}
      appearance="secondary-action-button"
      title={t('legal.withdraw.title')}
      reason={{ label: t('legal.withdraw.reason'), required: true }}
      confirmLabel={t('legal.withdraw.confirm')}
      run={(reason) =>
        withIdempotencyKey(key.current, () =>
          ok(
            client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/withdrawals', {
              params: { path: { householdId: props.householdId, petitionId: props.petition.id } },
              body: { version: props.petition.version, reason: reason ?? '' },
            }),
          ),
        ).then(() => {
          key.current = newIdempotencyKey();
        })
      }
      onDone={props.onDone}
      focusAfter={byId(NEXT_STEP_ID)}
    >
      <Paragraph>{t('legal.withdraw.what')}</Paragraph>
    </ConfirmAction>
  );
}
