import { findMeasureType, RULING_OUTCOMES, type RulingOutcome } from '@gezinsdossier/domain';
import { Button, Checkbox, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { client, newIdempotencyKey, ok, withIdempotencyKey } from '../api/client';
import { AreaField, ChoiceField, TextField, todayIso } from '../casework/kit';
import { byId, ConfirmAction } from '../components/ConfirmAction';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { Field } from '../components/Field';
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

interface Hearing {
  key: number;
  heldOn: string;
  note: string;
}

/**
 * The authority's decision (KT8-R1, KT8-R3): granted, partly granted, rejected, or counter-expertise ordered
 * first; with the legal ground, conditions, the persons it applies to, its start and end, the goals for
 * ending it and the hearings. A granted measure starts its evaluation and extension deadlines.
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
  const nextKey = useRef(1);
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
                const key = nextKey.current;
                nextKey.current += 1;
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
