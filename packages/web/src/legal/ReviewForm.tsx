import {
  REVIEW_ANSWERS,
  REVIEW_OUTCOMES,
  type ReviewAnswer,
  type ReviewOutcome,
} from '@gezinsdossier/domain';
import { SAFEGUARD_NAMES } from '@gezinsdossier/domain/labels';
import { Button, Checkbox, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { AreaField, ChoiceField } from '../casework/kit';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { REVIEW_QUESTIONS } from './OutcomeParts';
import { type Petition, useLegalWords } from './words';

type Question = (typeof REVIEW_QUESTIONS)[number];
interface Finding {
  key: number;
  groundId: string;
  safeguard: string;
  text: string;
}

/** The safeguards a finding may point at (those a finding's reference accepts), in their order. */
const FINDING_SAFEGUARDS = Object.keys(SAFEGUARD_NAMES).filter((id) =>
  /^(LS|VAL|INV|KT\d)-?[0-9R-]{1,6}$/.test(id),
);

/**
 * The counter-review (KT7-R2): the reviewer attests not being involved, answers the three questions with an
 * explanation each, chooses the outcome, and points each finding at a ground and/or a safeguard. A
 * DO_NOT_FILE may say which help was needed but missing. Sent only after a confirmation, because the
 * reviewer's access to the petition ends with it.
 */
export function ReviewForm(props: {
  householdId: string;
  petition: Petition;
  reviewId: string;
  onDone: (receipt: Schemas['ReviewSubmitted']) => void;
  onCancel: () => void;
}) {
  const w = useLegalWords();
  const { t } = w;
  const grounds = [...props.petition.grounds].sort((a, b) => a.position - b.position);
  const [notInvolved, setNotInvolved] = useState(false);
  const [answers, setAnswers] = useState<Record<Question, { answer: ReviewAnswer; explanation: string }>>({
    bestSolution: { answer: 'YES', explanation: '' },
    followsFromInformation: { answer: 'YES', explanation: '' },
    legalFoundation: { answer: 'YES', explanation: '' },
  });
  const [outcome, setOutcome] = useState<ReviewOutcome>('PROCEED');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [unmetNeed, setUnmetNeed] = useState('');
  const nextKey = useRef(1);
  const receipt = useRef<Schemas['ReviewSubmitted'] | null>(null);
  const change = (key: number, part: Partial<Finding>) =>
    setFindings(findings.map((f) => (f.key === key ? { ...f, ...part } : f)));
  const check = () => {
    const issue = (path: string, message: string) => ({ path, code: 'required', message });
    const issues = [
      ...(notInvolved ? [] : [issue('notInvolved', t('legal.review.attestRequired'))]),
      ...REVIEW_QUESTIONS.filter((q) => !answers[q].explanation.trim()).map((q) =>
        issue(
          `${q}-explanation`,
          t('legal.review.explanationRequired', { question: t(`legal.review.questions.${q}`) }),
        ),
      ),
      ...findings
        .filter((f) => !f.text.trim() || (!f.groundId && !f.safeguard))
        .map((f) => issue(`finding-${f.key}-text`, t('legal.review.findingIncomplete'))),
      ...(outcome === 'CORRECT_FIRST' && findings.length === 0
        ? [issue('findings', t('legal.review.findingsRequired'))]
        : []),
    ];
    return issues.length > 0
      ? new ApiError(422, 'validation_failed', t('legal.review.incomplete'), issues)
      : null;
  };
  return (
    <ConfirmedForm
      legend={t('legal.review.title')}
      idPrefix="rv"
      submitLabel={t('legal.review.submit')}
      onCancel={props.onCancel}
      check={check}
      confirm={{
        title: t('legal.review.confirmTitle'),
        confirmLabel: t('legal.review.submit'),
        body: (
          <>
            <Paragraph>
              {t('legal.review.confirmOutcome', { outcome: t(`legal.reviewOutcomes.${outcome}`) })}
            </Paragraph>
            <Paragraph>{t('legal.review.confirmWhat')}</Paragraph>
          </>
        ),
      }}
      send={() =>
        ok(
          client.PUT('/api/v1/households/{householdId}/petitions/{petitionId}/reviews/{reviewId}', {
            params: {
              path: {
                householdId: props.householdId,
                petitionId: props.petition.id,
                reviewId: props.reviewId,
              },
            },
            body: {
              notInvolved: true,
              ...answers,
              outcome,
              findings: findings.map((f) => ({
                groundId: f.groundId || null,
                safeguard: f.safeguard || null,
                text: f.text,
              })),
              unmetNeed: outcome === 'DO_NOT_FILE' ? unmetNeed.trim() || null : null,
            },
          }),
        ).then((r) => {
          receipt.current = r;
        })
      }
      onDone={() => {
        if (receipt.current) {
          props.onDone(receipt.current);
        }
      }}
    >
      {(error) => (
        <>
          <div className="gd-checkbox">
            <Checkbox
              id="rv-notInvolved"
              checked={notInvolved}
              aria-describedby={fieldError(error, 'notInvolved') ? 'rv-notInvolved-error' : undefined}
              onChange={(e) => setNotInvolved(e.target.checked)}
            />
            <label htmlFor="rv-notInvolved">{t('legal.review.attest')}</label>
            {fieldError(error, 'notInvolved') && (
              <p className="gd-field-error" id="rv-notInvolved-error">
                {fieldError(error, 'notInvolved')}
              </p>
            )}
          </div>
          {REVIEW_QUESTIONS.map((q) => (
            <fieldset key={q} className="gd-fieldset">
              <legend>{t(`legal.review.questions.${q}`)}</legend>
              <ChoiceField
                id={`rv-${q}-answer`}
                label={t('legal.review.answer')}
                values={REVIEW_ANSWERS}
                labelKey="legal.review.answers"
                value={answers[q].answer}
                onChange={(answer) => setAnswers({ ...answers, [q]: { ...answers[q], answer } })}
                error={error}
              />
              <AreaField
                id={`rv-${q}-explanation`}
                label={t('legal.review.explanation')}
                value={answers[q].explanation}
                onChange={(explanation) => setAnswers({ ...answers, [q]: { ...answers[q], explanation } })}
                error={error}
                field={`${q}-explanation`}
                rows={2}
              />
            </fieldset>
          ))}
          <ChoiceField
            id="rv-outcome"
            label={t('legal.review.outcome')}
            values={REVIEW_OUTCOMES}
            labelKey="legal.reviewOutcomes"
            value={outcome}
            onChange={setOutcome}
            error={error}
            field="outcome"
          />
          <fieldset className="gd-fieldset" id="rv-findings">
            <legend>{t('legal.review.findings')}</legend>
            <Paragraph className="gd-muted">{t('legal.review.findingsHint')}</Paragraph>
            {fieldError(error, 'findings') && (
              <p className="gd-field-error">{fieldError(error, 'findings')}</p>
            )}
            {findings.map((f, i) => (
              <fieldset key={f.key} className="gd-fieldset">
                <legend>{t('legal.review.findingNumber', { number: i + 1 })}</legend>
                <Field id={`rv-finding-${f.key}-ground`} label={t('legal.review.findingGround')}>
                  {(a) => (
                    <Select
                      {...a}
                      value={f.groundId}
                      onChange={(e) => change(f.key, { groundId: e.target.value })}
                    >
                      <SelectOption value="">{t('legal.review.noGround')}</SelectOption>
                      {grounds.map((g) => (
                        <SelectOption key={g.id} value={g.id}>
                          {t('legal.doc.groundNumber', { number: g.position })}: {g.claim}
                        </SelectOption>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field id={`rv-finding-${f.key}-safeguard`} label={t('legal.review.findingSafeguard')}>
                  {(a) => (
                    <Select
                      {...a}
                      value={f.safeguard}
                      onChange={(e) => change(f.key, { safeguard: e.target.value })}
                    >
                      <SelectOption value="">{t('legal.review.noSafeguard')}</SelectOption>
                      {FINDING_SAFEGUARDS.map((id) => (
                        <SelectOption key={id} value={id}>
                          {w.safeguard(id)}
                        </SelectOption>
                      ))}
                    </Select>
                  )}
                </Field>
                <AreaField
                  id={`rv-finding-${f.key}-text`}
                  label={t('legal.review.findingText')}
                  value={f.text}
                  onChange={(text) => change(f.key, { text })}
                  error={error}
                  field={`finding-${f.key}-text`}
                  rows={2}
                />
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => setFindings(findings.filter((x) => x.key !== f.key))}
                >
                  {t('legal.review.removeFinding', { number: i + 1 })}
                </Button>
              </fieldset>
            ))}
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                const key = nextKey.current;
                nextKey.current += 1;
                setFindings([...findings, { key, groundId: '', safeguard: '', text: '' }]);
                // The new finding's first field takes focus, where the keyboard user goes on.
                requestAnimationFrame(() => document.getElementById(`rv-finding-${key}-ground`)?.focus());
              }}
            >
              {t('legal.review.addFinding')}
            </Button>
          </fieldset>
          {outcome === 'DO_NOT_FILE' && (
            <AreaField
              id="rv-unmetNeed"
              label={t('legal.review.unmetNeedLabel')}
              value={unmetNeed}
              onChange={setUnmetNeed}
              error={error}
              field="unmetNeed"
            />
          )}
        </>
      )}
    </ConfirmedForm>
  );
}
