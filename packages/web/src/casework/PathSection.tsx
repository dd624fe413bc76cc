import {
  Alert,
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
import { client, ok } from '../api/client';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { DecisionRecord } from './DecisionRecord';
import { DecisionsPart } from './DecisionsPart';
import { type Casework, type CaseworkSectionProps, codeIn, useCaseworkWords } from './common';
import { ConcernForm, FeedbackForm, TriageForm } from './forms-intake';
import {
  AdviceForm,
  ConferenceForm,
  ConsultForm,
  DecisionForm,
  FactForm,
  FactResponseForm,
} from './forms-investigation';
import { DecisionReasonForm, SpoedEndForm, SpoedStartForm } from './forms-safety';
import { SaveableSelect } from './kit';

/**
 * "Pad en besluiten": where the family is on the path and what can be done next (decide, move, spoed),
 * then the reports, concerns, facts (kept apart from judgements) and the investigations with their
 * decisions (issue 9.2: one section of the dossier, with its own address).
 */
export function PathSection({ householdId, members, cw, reload }: CaseworkSectionProps) {
  const { t, date, nameOf } = useCaseworkWords(members);
  const p = usePanels();
  const kase = cw.case;
  if (!kase) {
    return null;
  }
  const can = cw.abilities;
  const write = Boolean(can['casework.write']);
  const done = (message?: string) => {
    p.done(message);
    void reload();
  };
  const common = { householdId, members, onDone: done, onCancel: p.cancel };
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
    <div className="gd-casework">
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
      <section aria-labelledby="now-title" className="gd-card">
        <Heading level={3} id="now-title" tabIndex={-1}>
          {t('casework.now')}
        </Heading>
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
          {/^nl-\d{4}\.\d+$/.test(kase.rulePackVersion)
            ? t('casework.rulePack', { year: kase.rulePackVersion.slice(3, 7) })
            : t('casework.rulePackOther')}
        </Paragraph>
        {activeMonitoring && (
          <Paragraph>{t('casework.safety.monitoring', { date: date(activeMonitoring.startedAt) })}</Paragraph>
        )}
        <div className="gd-actions">
          {openInvestigation?.kind === 'FIRST' &&
            can['first_investigation.decide'] &&
            p.opener('decide', t('casework.investigation.decideFirst'))}
          {openInvestigation?.kind === 'EXTENDED' &&
            kase.pathwayState === 'EXTENDED_INVESTIGATION' &&
            can['extended_investigation.decide'] &&
            p.opener('decide', t('casework.investigation.decideExtended'))}
          {write &&
            kase.manualMoves.map((m) => (
              <span key={m.to}>
                {p.opener(`move:${m.to}`, t('casework.moveTo', { state: t(`casework.states.${m.to}`) }))}
              </span>
            ))}
          {activeMonitoring &&
            can['extended_investigation.decide'] &&
            p.opener('endMonitoring', t('casework.safety.endMonitoring'))}
          {can['urgent_safety.manage'] && !activeSpoed && p.opener('spoed', t('casework.spoed.start'))}
          {can['urgent_safety.manage'] && activeSpoed && p.opener('spoedEnd', t('casework.spoed.end'))}
        </div>
        {p.slot(
          'decide',
          openInvestigation && (
            <DecisionForm
              {...common}
              kind={openInvestigation.kind}
              investigationId={openInvestigation.id}
              concerns={cw.concerns}
              facts={cw.facts}
            />
          ),
        )}
        {kase.manualMoves.map((m) => (
          <div key={m.to}>
            {p.slot(
              `move:${m.to}`,
              <DecisionReasonForm
                legend={t('casework.moveTo', { state: t(`casework.states.${m.to}`) })}
                idPrefix="mv"
                label={t('casework.moveReason')}
                members={members}
                facts={cw.facts}
                weighsAlternatives={m.to === 'EXTENDED_INVESTIGATION'}
                send={(reason, decision) =>
                  ok(
                    client.POST('/api/v1/households/{householdId}/pathway-transitions', {
                      params: { path: { householdId } },
                      body: { from: kase.pathwayState, to: m.to, reason, decision },
                    }),
                  )
                }
                onDone={done}
                onCancel={p.cancel}
              />,
            )}
          </div>
        ))}
        {p.slot(
          'endMonitoring',
          activeMonitoring && (
            <DecisionReasonForm
              legend={t('casework.safety.endMonitoring')}
              idPrefix="em"
              label={t('casework.safety.reason')}
              members={members}
              facts={cw.facts}
              weighsAlternatives={false}
              send={(reason, decision) =>
                ok(
                  client.PATCH('/api/v1/households/{householdId}/safety-monitorings/{monitoringId}', {
                    params: { path: { householdId, monitoringId: activeMonitoring.id } },
                    body: { reason, decision },
                  }),
                )
              }
              onDone={done}
              onCancel={p.cancel}
            />
          ),
        )}
        {p.slot('spoed', <SpoedStartForm {...common} />)}
        {p.slot(
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
      </section>

      <DecisionsPart householdId={householdId} members={members} cw={cw} reload={reload} />

      <Subsection
        id="reports-title"
        title={t('casework.reports.title')}
        empty={cw.reports.length === 0}
        emptyText={t('casework.reports.none')}
      >
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
                  p.opener(`triage:${r.id}`, t('casework.reports.triage'))
                ) : (
                  <Paragraph className="gd-muted">{t('casework.reports.triageAfterLink')}</Paragraph>
                ))}
              {write &&
                r.reporter.kind === 'PROFESSIONAL' &&
                !r.reporter.anonymous &&
                r.reporter.name &&
                p.opener(`feedback:${r.id}`, t('casework.reports.feedback'))}
            </div>
            {p.slot(
              `triage:${r.id}`,
              <TriageForm
                {...common}
                reportId={r.id}
                nextSteps={triageNextSteps(kase.pathwayState, r.channel, kase.localTeamLinked)}
              />,
            )}
            {p.slot(`feedback:${r.id}`, <FeedbackForm {...common} reportId={r.id} />)}
          </article>
        ))}
      </Subsection>

      <Subsection
        id="concerns-title"
        title={t('casework.concerns.title')}
        empty={cw.concerns.length === 0}
        emptyText={t('casework.concerns.none')}
        actions={
          <>
            {write && p.opener('concern', t('casework.concerns.add'))}
            {p.slot('concern', <ConcernForm {...common} />)}
          </>
        }
      >
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
      </Subsection>

      <Subsection
        id="facts-title"
        title={t('casework.facts.title')}
        empty={cw.facts.length === 0}
        emptyText={t('casework.facts.none')}
        actions={
          <>
            {write && p.opener('fact', t('casework.facts.add'))}
            {p.slot('fact', <FactForm {...common} />)}
          </>
        }
      >
        <Paragraph className="gd-muted">{t('casework.facts.intro')}</Paragraph>
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
                    p.opener(`respond:${f.id}`, t('casework.facts.respond'), {
                      name: t('casework.facts.respondTo', { statement: f.statement }),
                    })}
                  {p.slot(
                    `respond:${f.id}`,
                    <FactResponseForm {...common} factId={f.id} statement={f.statement} />,
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Subsection>

      <Subsection
        id="investigations-title"
        title={t('casework.investigation.title')}
        empty={cw.investigations.length === 0}
        emptyText={t('casework.investigation.none')}
      >
        {cw.investigations.map((inv) => (
          <article
            key={inv.id}
            className="gd-card"
            aria-label={
              inv.kind === 'FIRST' ? t('casework.investigation.first') : t('casework.investigation.extended')
            }
          >
            <Heading level={4}>
              {inv.kind === 'FIRST'
                ? t('casework.investigation.first')
                : t('casework.investigation.extended')}
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
                      <span className="gd-muted">({c.participants.map((x) => x.name).join(', ')})</span>
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
                        p.opener(`advice:${c.id}`, t('casework.investigation.advice'))}
                      {p.slot(`advice:${c.id}`, <AdviceForm {...common} consultId={c.id} />)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {write && inv.id === cw.openInvestigationId && inv.kind === 'EXTENDED' && (
              <div className="gd-actions">
                {kase.pathwayState === 'EXTENDED_INVESTIGATION' &&
                  p.opener('conference', t('casework.investigation.conference'))}
                {kase.pathwayState === 'INDEPENDENT_EXPERT' &&
                  p.opener('consult', t('casework.investigation.consult'))}
              </div>
            )}
            {inv.id === (cw.openInvestigationId ?? cw.investigations[0]?.id) &&
              p.slot('conference', <ConferenceForm {...common} investigationId={inv.id} />)}
            {inv.id === (cw.openInvestigationId ?? cw.investigations[0]?.id) &&
              p.slot('consult', <ConsultForm {...common} investigationId={inv.id} />)}
          </article>
        ))}
      </Subsection>
    </div>
  );
}
