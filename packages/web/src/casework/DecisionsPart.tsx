import { Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { ConfirmAction } from '../components/ConfirmAction';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { fieldError } from '../components/ErrorSummary';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { type Casework, type Member, useCaseworkWords } from './common';
import './i18n-decisions';
import { AreaField } from './kit';

type Decision = Schemas['DecisionRecord'];
type Outcome = 'PROCEED' | 'RECONSIDER' | 'APPROVE' | 'REJECT';

/** The id of the heading of the decisions list; the worklist links here (`…/pad#besluiten`). */
export const DECISIONS_ANCHOR = 'besluiten';

/**
 * "Besluiten" (issue 10 point 1): the case's weighty decisions, newest first, each with its record — who
 * decided and when, the reasons, the child's interest, who was heard, the lighter options, dissent and the
 * facts (a fact changed since is marked) — and its gates with their answers. A decision that waits shows,
 * for a colleague who may answer, the review or approval form (confirmed); for everyone else why not, in
 * words; the decider may withdraw it. The list loads again whenever the casework does.
 */
export function DecisionsPart(props: {
  householdId: string;
  members: Member[];
  cw: Casework;
  reload: () => Promise<void>;
}) {
  const { t, date, nameOf } = useCaseworkWords(props.members);
  const [decisions, setDecisions] = useState<Decision[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { householdId, cw } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `cw` is a new object after every reload of the dossier, and the decisions follow it
  useEffect(() => {
    let current = true;
    ok(client.GET('/api/v1/households/{householdId}/decisions', { params: { path: { householdId } } }))
      .then((list) => {
        if (current) {
          setDecisions(list.items);
          setProblem(null);
        }
      })
      .catch((error: unknown) => {
        if (current) {
          setProblem(error instanceof ApiError ? error.title : String(error));
        }
      });
    return () => {
      current = false;
    };
  }, [householdId, cw]);
  // Arrived by a link to the decisions (the worklist's): once they are on the page, go there.
  const loaded = decisions !== null;
  useEffect(() => {
    if (loaded && window.location.hash === `#${DECISIONS_ANCHOR}`) {
      document.getElementById(DECISIONS_ANCHOR)?.focus();
    }
  }, [loaded]);
  const factText = (id: string) => cw.facts.find((f) => f.id === id)?.statement;
  return (
    <Subsection
      id={DECISIONS_ANCHOR}
      title={t('decisions.list.title')}
      empty={decisions !== null && decisions.length === 0}
      emptyText={t('decisions.list.none')}
    >
      {problem && <Paragraph>{problem}</Paragraph>}
      {decisions === null && !problem && <Paragraph>{t('app.loading')}</Paragraph>}
      {decisions && decisions.length > 0 && (
        <Paragraph className="gd-muted">{t('decisions.list.intro')}</Paragraph>
      )}
      {decisions?.map((d) => (
        <article key={d.id} className="gd-card" aria-labelledby={`decision-${d.id}`}>
          <Heading level={4} id={`decision-${d.id}`}>
            {t(`decisions.types.${d.type}`)}
          </Heading>
          <Paragraph>
            <strong className={`gd-status gd-decision-${d.status.toLowerCase()}`}>
              {t(`decisions.statuses.${d.status}`)}
            </strong>
            {' — '}
            {t('decisions.list.decided', { name: d.decidedBy.name, date: date(d.decidedAt) })}
            {d.takenAt && d.status === 'TAKEN' && (
              <> · {t('decisions.list.taken', { date: date(d.takenAt) })}</>
            )}
          </Paragraph>
          <dl className="gd-decision-record-list">
            <div>
              <dt>{t('decisions.list.reasons')}</dt>
              <dd>{d.reasons}</dd>
            </div>
            {d.childInterest && (
              <div>
                <dt>{t('decisions.list.childInterest')}</dt>
                <dd>{d.childInterest}</dd>
              </div>
            )}
            {d.heard.length > 0 && (
              <div>
                <dt>{t('decisions.list.heard')}</dt>
                <dd>
                  <ul className="gd-list">
                    {d.heard.map((h) => (
                      <li key={h.personId}>
                        {t('decisions.list.heardEntry', {
                          name: nameOf(h.personId),
                          mode: t(`decisions.record.heardModes.${h.mode}`),
                        })}
                        {(h.view ?? h.reason) && <>: {h.view ?? h.reason}</>}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {d.familyView && (
              <div>
                <dt>{t('decisions.list.familyView')}</dt>
                <dd>{d.familyView}</dd>
              </div>
            )}
            {d.alternatives.length > 0 && (
              <div>
                <dt>{t('decisions.list.alternatives')}</dt>
                <dd>
                  <ul className="gd-list">
                    {d.alternatives.map((a) => (
                      <li key={`${a.option}-${a.whyNot}`}>{t('decisions.list.alternativeEntry', a)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {d.dissent.length > 0 && (
              <div>
                <dt>{t('decisions.list.dissent')}</dt>
                <dd>
                  <ul className="gd-list">
                    {d.dissent.map((x) => (
                      <li key={`${x.by}-${x.view}`}>
                        {x.by}: {x.view}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {d.facts.length > 0 && (
              <div>
                <dt>{t('decisions.list.facts')}</dt>
                <dd>
                  <ul className="gd-list">
                    {d.facts.flatMap((f) => {
                      const text = factText(f.factId);
                      return text === undefined
                        ? []
                        : [
                            <li key={f.factId}>
                              {text}
                              {f.changedSince && <strong> {t('decisions.list.factChanged')}</strong>}
                            </li>,
                          ];
                    })}
                  </ul>
                </dd>
              </div>
            )}
            {d.gates.length > 0 && (
              <div>
                <dt>{t('decisions.list.gates')}</dt>
                <dd>
                  <ul className="gd-list">
                    {d.gates.map((g) => (
                      <li key={g.id}>
                        {t('decisions.list.gateAnswer', {
                          gate: t(`decisions.gates.${g.gate}`),
                          outcome: t(`decisions.gateOutcomes.${g.outcome}`),
                          name: g.answeredBy.name,
                          date: date(g.answeredAt),
                        })}
                        {g.bestForHousehold && (
                          <div>
                            {t('decisions.list.bestForHousehold')} {g.bestForHousehold}
                          </div>
                        )}
                        {g.followsFromInformation && (
                          <div>
                            {t('decisions.list.followsFromInformation')} {g.followsFromInformation}
                          </div>
                        )}
                        <div>
                          {t('decisions.list.rationale')}: {g.rationale}
                        </div>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {d.closedReason && (
              <div>
                <dt>{t('decisions.list.closedReason')}</dt>
                <dd>{d.closedReason}</dd>
              </div>
            )}
          </dl>
          {d.nextGate && (
            <WaitingDecision householdId={householdId} decision={d} gate={d.nextGate} reload={props.reload} />
          )}
        </article>
      ))}
    </Subsection>
  );
}

/** What a waiting decision offers this viewer: the gate's form, why not, and the decider's withdrawal. */
function WaitingDecision(props: {
  householdId: string;
  decision: Decision;
  gate: 'REVIEW' | 'FOUR_EYES';
  reload: () => Promise<void>;
}) {
  const { t } = useCaseworkWords([]);
  const p = usePanels();
  const { decision: d, gate } = props;
  const label = gate === 'REVIEW' ? t('decisions.list.answerReview') : t('decisions.list.answerApprove');
  const type = t(`decisions.types.${d.type}`);
  return (
    <>
      <Paragraph>{t('decisions.list.waitsFor', { gate: t(`decisions.gates.${gate}`) })}</Paragraph>
      {!d.abilities.answer &&
        d.abilities.answerRefusals.map((r) => (
          <Paragraph key={r} className="gd-muted">
            {t(`decisions.refusals.${r}`)}
          </Paragraph>
        ))}
      <div className="gd-actions">
        {d.abilities.answer && p.opener('answer', label, { hidden: type })}
        {d.abilities.withdraw && (
          <ConfirmAction
            trigger={
              <>
                {t('decisions.list.withdraw')}
                <span className="gd-visually-hidden"> {type}</span>
              </>
            }
            appearance="secondary-action-button"
            title={t('decisions.list.withdrawTitle')}
            reason={{ label: t('decisions.list.withdrawReason'), required: true }}
            confirmLabel={t('decisions.list.withdraw')}
            run={(reason) =>
              ok(
                client.POST('/api/v1/households/{householdId}/decisions/{decisionId}/withdrawal', {
                  params: { path: { householdId: props.householdId, decisionId: d.id } },
                  body: { reason: reason ?? '', version: d.version },
                }),
              )
            }
            onDone={props.reload}
            focusAfter={() => document.getElementById(DECISIONS_ANCHOR)}
          >
            <Paragraph>{t('decisions.list.withdrawBody')}</Paragraph>
          </ConfirmAction>
        )}
      </div>
      {p.slot(
        'answer',
        <GateAnswerForm
          householdId={props.householdId}
          decision={d}
          gate={gate}
          legend={`${label}: ${type}`}
          onCancel={p.cancel}
          onDone={() => {
            p.done(t('decisions.list.answered'));
            void props.reload();
          }}
        />,
      )}
    </>
  );
}

/** A radio group with nothing chosen first: a judgement is made on purpose. */
function OutcomeChoice(props: {
  id: string;
  legend: string;
  choices: { value: Outcome; label: string }[];
  value: Outcome | '';
  onChange: (value: Outcome) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className="gd-fieldset"
      id={props.id}
      aria-describedby={props.error ? `${props.id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.error && (
        <p className="gd-field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.choices.map((c) => (
        <div className="gd-checkbox" key={c.value}>
          <RadioButton
            id={`${props.id}-${c.value}`}
            name={props.id}
            value={c.value}
            checked={props.value === c.value}
            invalid={Boolean(props.error)}
            onChange={() => props.onChange(c.value)}
          />
          <label htmlFor={`${props.id}-${c.value}`}>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A colleague's answer to a held decision: a lighter review answers whether it is the best solution for the
 * household and whether it follows from the information; four eyes approves or rejects. Both give their
 * reasons; the submission is confirmed first, because the last passing gate carries the decision out.
 */
function GateAnswerForm(props: {
  householdId: string;
  decision: Decision;
  gate: 'REVIEW' | 'FOUR_EYES';
  legend: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useCaseworkWords([]);
  const [v, setV] = useState<{
    bestForHousehold: string;
    followsFromInformation: string;
    outcome: Outcome | '';
    rationale: string;
  }>({ bestForHousehold: '', followsFromInformation: '', outcome: '', rationale: '' });
  const review = props.gate === 'REVIEW';
  const outcomes: Outcome[] = review ? ['PROCEED', 'RECONSIDER'] : ['APPROVE', 'REJECT'];
  const idPrefix = `ga-${props.decision.id.slice(0, 8)}`;
  const send = () => {
    const path = { householdId: props.householdId, decisionId: props.decision.id };
    const version = props.decision.version;
    const body =
      v.outcome === 'PROCEED' || v.outcome === 'RECONSIDER'
        ? {
            gate: 'REVIEW' as const,
            bestForHousehold: v.bestForHousehold,
            followsFromInformation: v.followsFromInformation,
            outcome: v.outcome,
            rationale: v.rationale,
            version,
          }
        : { gate: 'FOUR_EYES' as const, outcome: v.outcome || 'APPROVE', rationale: v.rationale, version };
    return ok(
      client.POST('/api/v1/households/{householdId}/decisions/{decisionId}/gate-answers', {
        params: { path },
        body,
      }),
    );
  };
  return (
    <ConfirmedForm
      legend={props.legend}
      idPrefix={idPrefix}
      submitLabel={t('decisions.list.confirmLabel')}
      onCancel={props.onCancel}
      confirm={{
        title: t('decisions.list.confirmTitle'),
        body: <Paragraph>{t('decisions.list.confirmBody')}</Paragraph>,
        confirmLabel: t('decisions.list.confirmLabel'),
      }}
      check={() =>
        v.outcome === ''
          ? new ApiError(422, 'validation_failed', t('decisions.list.outcome'), [
              { path: 'outcome', code: 'required', message: t('decisions.list.outcome') },
            ])
          : null
      }
      send={send}
      onDone={props.onDone}
    >
      {(error) => (
        <>
          {review && (
            <>
              <AreaField
                id={`${idPrefix}-bestForHousehold`}
                label={t('decisions.list.bestForHousehold')}
                value={v.bestForHousehold}
                onChange={(bestForHousehold) => setV({ ...v, bestForHousehold })}
                error={error}
                field="bestForHousehold"
              />
              <AreaField
                id={`${idPrefix}-followsFromInformation`}
                label={t('decisions.list.followsFromInformation')}
                value={v.followsFromInformation}
                onChange={(followsFromInformation) => setV({ ...v, followsFromInformation })}
                error={error}
                field="followsFromInformation"
              />
            </>
          )}
          <OutcomeChoice
            id={`${idPrefix}-outcome`}
            legend={t('decisions.list.outcome')}
            choices={outcomes.map((o) => ({ value: o, label: t(`decisions.answerOutcomes.${o}`) }))}
            value={v.outcome}
            onChange={(outcome) => setV({ ...v, outcome })}
            error={fieldError(error, 'outcome')}
          />
          <AreaField
            id={`${idPrefix}-rationale`}
            label={t('decisions.list.rationale')}
            value={v.rationale}
            onChange={(rationale) => setV({ ...v, rationale })}
            error={error}
            field="rationale"
          />
        </>
      )}
    </ConfirmedForm>
  );
}
