import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { CONCERN_STATUSES, triageNextSteps, VERIFICATIONS } from '@gezinsdossier/domain';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import { byId, ConfirmAction } from '../components/ConfirmAction';
import { ConcernForm, FeedbackForm, TriageForm } from './forms-intake';
import {
  AdviceForm,
  ConferenceForm,
  ConsultForm,
  DecisionForm,
  FactForm,
  FactResponseForm,
} from './forms-investigation';
import {
  ActionForm,
  GoalForm,
  InterventionForm,
  PlanEvaluationForm,
  ProgressForm,
  ScoreForm,
} from './forms-plan';
import {
  AssessmentForm,
  BreachForm,
  ReasonForm,
  SafetyEvaluationForm,
  SafetyPlanForm,
  SpoedEndForm,
  SpoedStartForm,
} from './forms-safety';
import { DecisionRecord } from './DecisionRecord';
import { SaveableSelect } from './kit';
import { FamilyPlanPicture } from './pictures';

/** The chart library is loaded only when a dossier with assessments is opened. */
const SafetyChart = lazy(() => import('./SafetyChart'));

type Member = Schemas['Member'];
type Casework = Schemas['Casework'];

/** Which form is open; one at a time keeps the page calm. */
type Panel = string | null;

/**
 * The path of a worry on the dossier page: where the family is and what is due next, then the reports,
 * concerns, facts (kept apart from judgements), investigations, safety, the one family plan and help.
 */
export function CaseworkSection({
  householdId,
  members,
  onChanged,
}: {
  householdId: string;
  members: Member[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [cw, setCw] = useState<Casework | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const load = useCallback(
    async () =>
      setCw(
        await ok(
          client.GET('/api/v1/households/{householdId}/casework', { params: { path: { householdId } } }),
        ),
      ),
    [householdId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  if (!cw?.case) {
    return null;
  }
  const kase = cw.case;
  const can = cw.abilities;
  const write = Boolean(can['casework.write']);
  const done = () => {
    setPanel(null);
    void load();
    onChanged();
  };
  const cancel = () => setPanel(null);
  /** After a change made without a form (a saved status, a confirmed action): reload, and tell the page. */
  const reload = async () => {
    await load();
    onChanged();
  };
  const common = { householdId, members, onDone: done, onCancel: cancel };
  const nameOf = (id: string | null) => {
    if (!id) {
      return t('casework.plan.wholeHousehold');
    }
    const m = members.find((x) => x.person.id === id);
    return m ? `${m.person.givenName} ${m.person.familyName}` : '?';
  };
  /** A button that opens one form; `name` gives it a fuller accessible name when the label repeats. */
  const open = (key: string, label: string, name?: string) =>
    panel !== key && (
      <Button appearance="secondary-action-button" onClick={() => setPanel(key)} aria-label={name}>
        {label}
      </Button>
    );
  const show = (key: string, form: ReactNode) => panel === key && form;
  const openInvestigation = cw.investigations.find((i) => i.id === cw.openInvestigationId);
  const activeSpoed = cw.urgentSafety.find((u) => u.active);
  const activeMonitoring = cw.safetyMonitoring.find((m) => m.active);
  // The path so far: where the case started, then every step it took (§4.3), the current one last.
  const first = cw.transitions[0];
  const visited = first
    ? [
        { key: 'start', state: first.fromState },
        ...cw.transitions.map((x) => ({ key: x.id, state: x.toState })),
      ]
    : [{ key: 'start', state: kase.pathwayState }];
  const latestPlan = cw.safetyPlans[0];
  const domainLabel = (code: string) => {
    const d = cw.familyPlan.lifeDomains.find((x) => x.code === code);
    return d ? (i18n.language === 'nl' ? d.labelNl : d.labelEn) : code;
  };
  const openDeadlines = cw.deadlines.filter((d) => d.status !== 'MET');
  const investigationStatus = (inv: Casework['investigations'][number]) => {
    if (inv.cancelledAt) {
      return t('casework.investigation.cancelled', { date: date(inv.cancelledAt) });
    }
    if (!inv.decision) {
      return t('casework.investigation.open', { date: date(inv.startedAt) });
    }
    const outcome = `${t(`casework.outcomes.${inv.decision.outcome}`)}${inv.decision.deviates ? ` (${t('casework.investigation.deviated')})` : ''}`;
    return inv.decidedAt
      ? t('casework.investigation.decided', { date: date(inv.decidedAt), outcome })
      : t('casework.investigation.interim', { outcome });
  };

  return (
    <section aria-labelledby="casework-title" className="gd-casework">
      <Heading level={2} id="casework-title">
        {t('casework.title')}
      </Heading>
      {activeSpoed && (
        <Alert type="error">
          <Paragraph>
            {t('casework.spoed.active', {
              date: date(activeSpoed.startedAt),
              situation: activeSpoed.situation,
            })}
          </Paragraph>
        </Alert>
      )}
      <div className="gd-card">
        <Heading level={3}>{t('casework.now')}</Heading>
        <Paragraph>
          <strong className="gd-state">{t(`casework.states.${kase.pathwayState}`)}</strong>{' '}
          {kase.stateChangedAt && (
            <span className="gd-muted">({t('casework.since', { date: date(kase.stateChangedAt) })})</span>
          )}
        </Paragraph>
        <ol className="gd-stepper" aria-label={t('casework.steps')}>
          {visited.map((step, i) => (
            <li key={step.key} aria-current={i === visited.length - 1 ? 'step' : undefined}>
              {t(`casework.states.${step.state}`)}
            </li>
          ))}
        </ol>
        {cw.answersQuestions && (
          <Paragraph>
            {t('casework.answers', {
              name: cw.answersQuestions.displayName,
              org: cw.answersQuestions.organisationName,
            })}
          </Paragraph>
        )}
        {cw.rvtPartner && (
          <Paragraph>
            {t('casework.rvtPartner', {
              name: cw.rvtPartner.displayName,
              org: cw.rvtPartner.organisationName,
            })}
          </Paragraph>
        )}
        <Paragraph>
          <strong>{t('casework.dueNext')}: </strong>
          {cw.dueNext
            ? `${t(`casework.deadlineKinds.${cw.dueNext.kind}`)} — ${t('casework.dueOn', { date: date(cw.dueNext.dueOn) })} (${t(`casework.deadlineStatus.${cw.dueNext.status}`)})`
            : t('casework.nothingDue')}
        </Paragraph>
        <Paragraph className="gd-muted">
          {t('casework.rulePack', { version: kase.rulePackVersion })}
        </Paragraph>
        {activeMonitoring && (
          <Paragraph>{t('casework.safety.monitoring', { date: date(activeMonitoring.startedAt) })}</Paragraph>
        )}
        <div className="gd-actions">
          {openInvestigation?.kind === 'FIRST' &&
            can['first_investigation.decide'] &&
            open('decide', t('casework.investigation.decideFirst'))}
          {openInvestigation?.kind === 'EXTENDED' &&
            kase.pathwayState === 'EXTENDED_INVESTIGATION' &&
            can['extended_investigation.decide'] &&
            open('decide', t('casework.investigation.decideExtended'))}
          {write &&
            kase.manualMoves.map((m) => (
              <span key={m.to}>
                {open(`move:${m.to}`, t('casework.moveTo', { state: t(`casework.states.${m.to}`) }))}
              </span>
            ))}
          {activeMonitoring &&
            can['extended_investigation.decide'] &&
            open('endMonitoring', t('casework.safety.endMonitoring'))}
          {can['urgent_safety.manage'] && !activeSpoed && open('spoed', t('casework.spoed.start'))}
          {can['urgent_safety.manage'] && activeSpoed && open('spoedEnd', t('casework.spoed.end'))}
        </div>
        {show(
          'decide',
          openInvestigation && (
            <DecisionForm
              {...common}
              kind={openInvestigation.kind}
              investigationId={openInvestigation.id}
              concerns={cw.concerns}
            />
          ),
        )}
        {kase.manualMoves.map((m) =>
          show(
            `move:${m.to}`,
            <ReasonForm
              key={m.to}
              legend={t('casework.moveTo', { state: t(`casework.states.${m.to}`) })}
              idPrefix="mv"
              label={t('casework.moveReason')}
              send={(reason) =>
                ok(
                  client.POST('/api/v1/households/{householdId}/pathway-transitions', {
                    params: { path: { householdId } },
                    body: { from: kase.pathwayState, to: m.to, reason },
                  }),
                )
              }
              onDone={done}
              onCancel={cancel}
            />,
          ),
        )}
        {show(
          'endMonitoring',
          activeMonitoring && (
            <ReasonForm
              legend={t('casework.safety.endMonitoring')}
              idPrefix="em"
              label={t('casework.safety.reason')}
              send={(reason) =>
                ok(
                  client.PATCH('/api/v1/households/{householdId}/safety-monitorings/{monitoringId}', {
                    params: { path: { householdId, monitoringId: activeMonitoring.id } },
                    body: { reason },
                  }),
                )
              }
              onDone={done}
              onCancel={cancel}
            />
          ),
        )}
        {show('spoed', <SpoedStartForm {...common} />)}
        {show(
          'spoedEnd',
          activeSpoed && (
            <SpoedEndForm
              {...common}
              episodeId={activeSpoed.id}
              current={kase.pathwayState}
              returns={kase.urgentSafetyReturns}
            />
          ),
        )}
      </div>

      <Heading level={3}>{t('casework.deadlines')}</Heading>
      {openDeadlines.length === 0 ? (
        <Paragraph>{t('casework.nothingDue')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('casework.worklist.columns.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.worklist.columns.due')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.worklist.columns.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {openDeadlines.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{t(`casework.deadlineKinds.${d.kind}`)}</TableCell>
                <TableCell>{date(d.dueOn)}</TableCell>
                <TableCell>
                  <span className={`gd-status gd-status-${d.status.toLowerCase()}`}>
                    {t(`casework.deadlineStatus.${d.status}`)}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Heading level={3}>{t('casework.reports.title')}</Heading>
      {cw.reports.length === 0 && <Paragraph>{t('casework.reports.none')}</Paragraph>}
      {cw.reports.map((r) => (
        <article key={r.id} className="gd-card" aria-label={t(`casework.kinds.${r.kind}`)}>
          <Paragraph>
            <strong>
              {/* Headed by its source (who reported), then who received it: a police report is "van de politie". */}
              {t('casework.reports.receivedFrom', {
                kind: t(`casework.kinds.${r.kind}`),
                source: t(`casework.sources.${r.reporter.kind}`),
                receiver: t(`casework.receivers.${r.channel}`),
                date: date(r.receivedAt),
              })}
            </strong>
          </Paragraph>
          <Paragraph>{r.summary}</Paragraph>
          <Paragraph className="gd-muted">
            {t('casework.reports.reporter', {
              who: r.reporter.anonymous
                ? t('casework.reports.anonymous')
                : [t(`casework.reporterKinds.${r.reporter.kind}`), r.reporter.name, r.reporter.organisation]
                    .filter(Boolean)
                    .join(', '),
            })}
          </Paragraph>
          <Paragraph>
            {r.triagedAt
              ? t('casework.reports.triaged', {
                  urgency: t(`casework.urgencies.${r.urgency}`),
                  next: t(`casework.nextSteps.${r.nextStep}`),
                })
              : t('casework.reports.notTriaged')}
          </Paragraph>
          {cw.reporterFeedback
            .filter((f) => f.reportId === r.id)
            .map((f) => (
              <Paragraph key={f.sentAt} className="gd-muted">
                {t('casework.reports.feedbackSent', { kind: t(`casework.feedbackKinds.${f.kind}`) })}
              </Paragraph>
            ))}
          <div className="gd-actions">
            {write &&
              !r.triagedAt &&
              (kase.localTeamLinked ? (
                open(`triage:${r.id}`, t('casework.reports.triage'))
              ) : (
                <Paragraph className="gd-muted">{t('casework.reports.triageAfterLink')}</Paragraph>
              ))}
            {write &&
              r.reporter.kind === 'PROFESSIONAL' &&
              !r.reporter.anonymous &&
              r.reporter.name &&
              open(`feedback:${r.id}`, t('casework.reports.feedback'))}
          </div>
          {show(
            `triage:${r.id}`,
            <TriageForm
              {...common}
              reportId={r.id}
              nextSteps={triageNextSteps(kase.pathwayState, r.channel, kase.localTeamLinked)}
            />,
          )}
          {show(`feedback:${r.id}`, <FeedbackForm {...common} reportId={r.id} />)}
        </article>
      ))}

      <Heading level={3}>{t('casework.concerns.title')}</Heading>
      {cw.concerns.length === 0 ? (
        <Paragraph>{t('casework.concerns.none')}</Paragraph>
      ) : (
        <ul className="gd-list">
          {cw.concerns.map((c) => (
            <li key={c.id}>
              <strong>{t(`casework.concernTypes.${c.type}`)}</strong>: {c.description}{' '}
              <span className="gd-muted">
                ({t('casework.concerns.about')}: {c.aboutPersonIds.map(nameOf).join(', ')};{' '}
                {t('casework.concerns.heldBy').toLowerCase()}:{' '}
                {c.heldBy.map((h) => h.name ?? t(`casework.holders.${h.kind}`)).join(', ')};{' '}
                {t(`casework.concernStatuses.${c.status}`)})
              </span>
              {write && (
                <SaveableSelect
                  id={`concern-status-${c.id}`}
                  label={t('casework.concerns.changeStatus', { description: c.description })}
                  values={CONCERN_STATUSES}
                  labelKey="casework.concernStatuses"
                  value={c.status}
                  save={(status) =>
                    ok(
                      client.PATCH('/api/v1/households/{householdId}/concerns/{concernId}', {
                        params: { path: { householdId, concernId: c.id } },
                        body: { status, version: c.version },
                      }),
                    )
                  }
                  onSaved={() => void reload()}
                  currentOf={(current) => codeIn(current, 'status', CONCERN_STATUSES)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {write && open('concern', t('casework.concerns.add'))}
      {show('concern', <ConcernForm {...common} />)}

      <Heading level={3}>{t('casework.facts.title')}</Heading>
      <Paragraph className="gd-muted">{t('casework.facts.intro')}</Paragraph>
      {cw.facts.length === 0 ? (
        <Paragraph>{t('casework.facts.none')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('casework.facts.statement')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.facts.sourceKind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.facts.verification')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.facts.response')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cw.facts.map((f) => (
              <TableRow key={f.id}>
                <TableCell>
                  {f.statement}
                  {f.observedOn && <span className="gd-muted"> ({date(f.observedOn)})</span>}
                </TableCell>
                <TableCell>
                  {t(`casework.sourceKinds.${f.source.kind}`)}: {f.source.description}{' '}
                  <span className="gd-muted">
                    (
                    {f.source.obtainedWithConsent || f.source.kind === 'HOUSEHOLD'
                      ? t('casework.facts.withConsent')
                      : t('casework.facts.withoutConsent', { basis: f.source.legalBasis })}
                    )
                  </span>
                </TableCell>
                <TableCell>
                  {write ? (
                    <SaveableSelect
                      id={`fact-verification-${f.id}`}
                      label={t('casework.facts.changeVerification', { statement: f.statement })}
                      values={VERIFICATIONS}
                      labelKey="casework.verifications"
                      value={f.verification}
                      save={(verification) =>
                        ok(
                          client.PATCH('/api/v1/households/{householdId}/facts/{factId}', {
                            params: { path: { householdId, factId: f.id } },
                            body: { verification, version: f.version },
                          }),
                        )
                      }
                      onSaved={() => void reload()}
                      currentOf={(current) => codeIn(current, 'verification', VERIFICATIONS)}
                    />
                  ) : (
                    t(`casework.verifications.${f.verification}`)
                  )}
                </TableCell>
                <TableCell>
                  {f.responses.length === 0 ? (
                    <span className="gd-muted">{t('casework.facts.noResponse')}</span>
                  ) : (
                    <ul
                      className="gd-list"
                      aria-label={t('casework.facts.responsesTo', { statement: f.statement })}
                    >
                      {f.responses.map((r) => (
                        <li key={r.id}>
                          <strong>{nameOf(r.personId)}</strong>: {r.text}{' '}
                          <span className="gd-muted">({date(r.respondedAt)})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {write &&
                    open(
                      `respond:${f.id}`,
                      t('casework.facts.respond'),
                      t('casework.facts.respondTo', { statement: f.statement }),
                    )}
                  {show(
                    `respond:${f.id}`,
                    <FactResponseForm {...common} factId={f.id} statement={f.statement} />,
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {write && open('fact', t('casework.facts.add'))}
      {show('fact', <FactForm {...common} />)}

      <Heading level={3}>{t('casework.investigation.title')}</Heading>
      {cw.investigations.map((inv) => (
        <article
          key={inv.id}
          className="gd-card"
          aria-label={
            inv.kind === 'FIRST' ? t('casework.investigation.first') : t('casework.investigation.extended')
          }
        >
          <Heading level={4}>
            {inv.kind === 'FIRST' ? t('casework.investigation.first') : t('casework.investigation.extended')}
          </Heading>
          <Paragraph>{investigationStatus(inv)}</Paragraph>
          {inv.decision && <DecisionRecord decision={inv.decision} concerns={cw.concerns} />}
          {inv.conferences.length > 0 && (
            <>
              <Heading level={5}>{t('casework.investigation.conferences')}</Heading>
              <ul className="gd-list">
                {inv.conferences.map((c) => (
                  <li key={c.id}>
                    {date(c.heldOn)}: {c.outcome} — {t('casework.investigation.nextStepsLabel')}:{' '}
                    {c.nextSteps}{' '}
                    <span className="gd-muted">({c.participants.map((p) => p.name).join(', ')})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {inv.consults.length > 0 && (
            <>
              <Heading level={5}>{t('casework.investigation.consults')}</Heading>
              <ul className="gd-list">
                {inv.consults.map((c) => (
                  <li key={c.id}>
                    {c.expertName}: {c.question} {c.advice && <>— {c.advice}</>}
                    {write &&
                      !c.advice &&
                      kase.pathwayState === 'INDEPENDENT_EXPERT' &&
                      open(`advice:${c.id}`, t('casework.investigation.advice'))}
                    {show(`advice:${c.id}`, <AdviceForm {...common} consultId={c.id} />)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {write && inv.id === cw.openInvestigationId && inv.kind === 'EXTENDED' && (
            <div className="gd-actions">
              {kase.pathwayState === 'EXTENDED_INVESTIGATION' &&
                open('conference', t('casework.investigation.conference'))}
              {kase.pathwayState === 'INDEPENDENT_EXPERT' &&
                open('consult', t('casework.investigation.consult'))}
            </div>
          )}
          {!inv.decidedAt && show('conference', <ConferenceForm {...common} investigationId={inv.id} />)}
          {!inv.decidedAt && show('consult', <ConsultForm {...common} investigationId={inv.id} />)}
        </article>
      ))}

      <Heading level={3}>{t('casework.safety.title')}</Heading>
      {cw.safetyAssessments.length > 0 && (
        <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>
          <SafetyChart assessments={cw.safetyAssessments} members={members} />
        </Suspense>
      )}
      {write && open('assess', t('casework.safety.assess'))}
      {show('assess', <AssessmentForm {...common} />)}
      <Heading level={4}>{t('casework.safety.plan')}</Heading>
      {latestPlan ? (
        <section className="gd-card" aria-label={t('casework.safety.plan')}>
          <Paragraph className="gd-muted">
            {t('casework.safety.planVersion', { n: latestPlan.versionNo, date: date(latestPlan.createdAt) })}{' '}
            — {t(`casework.familyAgreements.${latestPlan.familyAgreementStatus}`)}
            {latestPlan.familyAgreementNote && `: ${latestPlan.familyAgreementNote}`}
          </Paragraph>
          <ul className="gd-list">
            {latestPlan.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <ul className="gd-list">
            {latestPlan.agreements.map((a) => (
              <li key={a.text}>
                {a.text} — <strong>{a.owner.name}</strong> ({t(`casework.ownerKinds.${a.owner.kind}`)})
              </li>
            ))}
          </ul>
          {latestPlan.checkDates.length > 0 && (
            <Paragraph>
              {t('casework.safety.checkDates')}: {latestPlan.checkDates.map(date).join(', ')}
            </Paragraph>
          )}
        </section>
      ) : (
        <Paragraph>{t('casework.safety.noPlan')}</Paragraph>
      )}
      {cw.safetyPlanEvents.length > 0 && (
        <ul className="gd-list" aria-label={t('casework.safety.events')}>
          {cw.safetyPlanEvents.map((e) => (
            <li key={e.id}>
              {date(e.occurredOn)} —{' '}
              {e.kind === 'BREACH' ? t('casework.safety.breach') : t('casework.safety.evaluate')}:{' '}
              {e.description}
              {e.followUp && ` → ${e.followUp}`}
            </li>
          ))}
        </ul>
      )}
      <div className="gd-actions">
        {write && open('plan', t('casework.safety.plan'))}
        {write && latestPlan && open('breach', t('casework.safety.breach'))}
        {write && latestPlan && open('safetyEval', t('casework.safety.evaluate'))}
      </div>
      {show('plan', <SafetyPlanForm {...common} latest={latestPlan} />)}
      {show('breach', <BreachForm {...common} />)}
      {show('safetyEval', <SafetyEvaluationForm {...common} />)}

      <Heading level={3}>{t('casework.plan.title')}</Heading>
      <Paragraph className="gd-muted">{t('casework.plan.intro')}</Paragraph>
      <FamilyPlanPicture plan={cw.familyPlan} />
      <Heading level={4}>{t('casework.plan.goals')}</Heading>
      {cw.familyPlan.goals.length === 0 ? (
        <Paragraph>{t('casework.plan.noGoals')}</Paragraph>
      ) : (
        <ul className="gd-list" aria-label={t('casework.plan.goals')}>
          {cw.familyPlan.goals.map((g) => (
            <li key={g.id} id={`goal-${g.id}`} tabIndex={-1}>
              <strong>{domainLabel(g.lifeDomain)}</strong> — {nameOf(g.personId)}: {g.description}{' '}
              <span className="gd-muted">
                ({t(`casework.plan.goalStatus.${g.status}`)}
                {g.statusReason && `: ${g.statusReason}`})
              </span>
              {write && g.status === 'ACTIVE' && (
                <ConfirmAction
                  trigger={
                    <>
                      {t('casework.plan.markAchieved')}
                      <span className="gd-visually-hidden">{g.description}</span>
                    </>
                  }
                  title={t('casework.plan.achievedConfirm.title')}
                  reason={{ label: t('casework.plan.achievedConfirm.reason'), required: true }}
                  confirmLabel={t('casework.plan.achievedConfirm.yes')}
                  run={(reason) =>
                    ok(
                      client.PATCH('/api/v1/households/{householdId}/goals/{goalId}', {
                        params: { path: { householdId, goalId: g.id } },
                        body: { status: 'ACHIEVED', reason, version: g.version },
                      }),
                    )
                  }
                  onDone={reload}
                  focusAfter={byId(`goal-${g.id}`)}
                >
                  <Paragraph>
                    {t('casework.plan.achievedConfirm.what', {
                      goal: g.description,
                      who: nameOf(g.personId),
                    })}
                  </Paragraph>
                </ConfirmAction>
              )}
              <ul>
                {cw.familyPlan.actions
                  .filter((a) => a.goalId === g.id)
                  .map((a) => (
                    <li key={a.id}>
                      {a.description} — {a.owner.name} ({t(`casework.ownerKinds.${a.owner.kind}`)})
                      {a.dueOn && `, ${date(a.dueOn)}`}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {cw.familyPlan.evaluations.length > 0 && (
        <>
          <Heading level={4}>{t('casework.plan.evaluations')}</Heading>
          <ul className="gd-list">
            {cw.familyPlan.evaluations.map((e) => (
              <li key={e.id}>
                {date(e.evaluatedAt)}: {e.summary}
                {e.householdView && ` — ${t('casework.plan.householdView')} ${e.householdView}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="gd-actions">
        {write && open('goal', t('casework.plan.addGoal'))}
        {write && open('score', t('casework.plan.addScore'))}
        {write && cw.familyPlan.goals.length > 0 && open('action', t('casework.plan.addAction'))}
        {write && open('planEval', t('casework.plan.evaluate'))}
      </div>
      {show('goal', <GoalForm {...common} domains={cw.familyPlan.lifeDomains} />)}
      {show('score', <ScoreForm {...common} domains={cw.familyPlan.lifeDomains} />)}
      {show('action', <ActionForm {...common} goals={cw.familyPlan.goals} />)}
      {show('planEval', <PlanEvaluationForm {...common} />)}

      <Heading level={3}>{t('casework.help.title')}</Heading>
      {cw.interventions.length === 0 ? (
        <Paragraph>{t('casework.help.none')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('casework.help.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.help.forWhom')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.help.frame')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casework.help.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cw.interventions.map((h) => (
              <TableRow key={h.id}>
                <TableCell>
                  {h.title} <span className="gd-muted">({h.provider})</span>
                </TableCell>
                <TableCell>{h.targetPersonIds.map(nameOf).join(', ')}</TableCell>
                <TableCell>
                  <strong>{t(`casework.frames.${h.frame}`)}</strong>
                </TableCell>
                <TableCell>
                  {t(`casework.helpStatuses.${h.status}`)} —{' '}
                  {t('casework.help.waiting', { days: h.waitingDays })}
                  {h.unmetReason && <div>{t('casework.help.unmet', { reason: h.unmetReason })}</div>}
                  {write && h.status === 'REQUESTED' && (
                    <>
                      {open(`start:${h.id}`, t('casework.help.start'))}
                      {open(`unavailable:${h.id}`, t('casework.help.unavailable'))}
                    </>
                  )}
                  {write && h.status === 'STARTED' && open(`end:${h.id}`, t('casework.help.end'))}
                  {show(
                    `start:${h.id}`,
                    <ProgressForm {...common} interventionId={h.id} version={h.version} status="STARTED" />,
                  )}
                  {show(
                    `unavailable:${h.id}`,
                    <ProgressForm
                      {...common}
                      interventionId={h.id}
                      version={h.version}
                      status="UNAVAILABLE"
                    />,
                  )}
                  {show(
                    `end:${h.id}`,
                    <ProgressForm {...common} interventionId={h.id} version={h.version} status="ENDED" />,
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {write && open('help', t('casework.help.request'))}
      {show('help', <InterventionForm {...common} goals={cw.familyPlan.goals} />)}
    </section>
  );
}

/** The code a conflict's `current` holds in `field`, when it is one of `values`. */
function codeIn<T extends string>(current: unknown, field: string, values: readonly T[]): T | null {
  if (typeof current !== 'object' || current === null || !(field in current)) {
    return null;
  }
  const value: unknown = (current as Record<string, unknown>)[field];
  return values.find((v) => v === value) ?? null;
}
