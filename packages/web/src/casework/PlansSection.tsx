import { Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import { byId, ConfirmAction } from '../components/ConfirmAction';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { type CaseworkSectionProps, useCaseworkWords } from './common';
import { ActionForm, GoalForm, PlanEvaluationForm, ScoreForm } from './forms-plan';
import { AssessmentForm, BreachForm, SafetyEvaluationForm, SafetyPlanForm } from './forms-safety';
import { FamilyPlanPicture } from './pictures';

/** The chart library is loaded only when a dossier with assessments is opened. */
const SafetyChart = lazy(() => import('./SafetyChart'));

/**
 * "Plannen": safety (the assessments over time, the safety plan with its owned agreements and what
 * happened to them) and the one family plan (goals, scores, actions, evaluations). Issue 9.2.
 */
export function PlansSection({ householdId, members, cw, reload }: CaseworkSectionProps) {
  const { t, i18n, date, nameOf } = useCaseworkWords(members);
  const p = usePanels();
  const write = Boolean(cw.abilities['casework.write']);
  const done = () => {
    p.done();
    void reload();
  };
  const common = { householdId, members, onDone: done, onCancel: p.cancel };
  const latestPlan = cw.safetyPlans[0];
  const domainLabel = (code: string) => {
    const d = cw.familyPlan.lifeDomains.find((x) => x.code === code);
    return d ? (i18n.language === 'nl' ? d.labelNl : d.labelEn) : code;
  };
  const plan = cw.familyPlan;
  return (
    <div className="gd-casework">
      <Subsection
        id="assessments-title"
        title={t('casework.safety.title')}
        empty={cw.safetyAssessments.length === 0}
        emptyText={t('casework.safety.noAssessments')}
        actions={
          <>
            {write && p.opener('assess', t('casework.safety.assess'))}
            {p.slot('assess', <AssessmentForm {...common} />)}
          </>
        }
      >
        <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>
          <SafetyChart assessments={cw.safetyAssessments} members={members} />
        </Suspense>
        {cw.safetyAssessments[0] && <AssessmentContent assessment={cw.safetyAssessments[0]} />}
      </Subsection>

      <Subsection
        id="safety-plan-title"
        title={t('casework.safety.plan')}
        empty={!latestPlan && cw.safetyPlanEvents.length === 0}
        emptyText={t('casework.safety.noPlan')}
        actions={
          <>
            {write && p.opener('plan', t('casework.safety.plan'))}
            {write && latestPlan && p.opener('breach', t('casework.safety.breach'))}
            {write && latestPlan && p.opener('safetyEval', t('casework.safety.evaluate'))}
            {p.slot('plan', <SafetyPlanForm {...common} latest={latestPlan} />)}
            {p.slot('breach', <BreachForm {...common} />)}
            {p.slot('safetyEval', <SafetyEvaluationForm {...common} />)}
          </>
        }
      >
        {latestPlan && (
          <div className="gd-card">
            <Paragraph className="gd-muted">
              {t('casework.safety.planVersion', {
                n: latestPlan.versionNo,
                date: date(latestPlan.createdAt),
              })}{' '}
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
          </div>
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
      </Subsection>

      <Subsection
        id="family-plan-title"
        title={t('casework.plan.title')}
        empty={plan.goals.length === 0 && plan.scores.length === 0 && plan.evaluations.length === 0}
        emptyText={t('casework.plan.empty')}
        actions={
          <>
            {write && p.opener('goal', t('casework.plan.addGoal'))}
            {write && p.opener('score', t('casework.plan.addScore'))}
            {write && plan.goals.length > 0 && p.opener('action', t('casework.plan.addAction'))}
            {write && p.opener('planEval', t('casework.plan.evaluate'))}
            {p.slot('goal', <GoalForm {...common} domains={plan.lifeDomains} />)}
            {p.slot('score', <ScoreForm {...common} domains={plan.lifeDomains} />)}
            {p.slot('action', <ActionForm {...common} goals={plan.goals} />)}
            {p.slot('planEval', <PlanEvaluationForm {...common} />)}
          </>
        }
      >
        <Paragraph className="gd-muted">{t('casework.plan.intro')}</Paragraph>
        {plan.scores.length > 0 && <FamilyPlanPicture plan={plan} />}
        <Subsection
          id="goals-title"
          level={4}
          title={t('casework.plan.goals')}
          empty={plan.goals.length === 0}
          emptyText={t('casework.plan.noGoals')}
        >
          <ul className="gd-list" aria-label={t('casework.plan.goals')}>
            {plan.goals.map((g) => (
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
                  {plan.actions
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
        </Subsection>
        {plan.evaluations.length > 0 && (
          <Subsection id="plan-evaluations-title" level={4} title={t('casework.plan.evaluations')}>
            <ul className="gd-list">
              {plan.evaluations.map((e) => (
                <li key={e.id}>
                  {date(e.evaluatedAt)}: {e.summary}
                  {e.householdView && ` — ${t('casework.plan.householdView')} ${e.householdView}`}
                </li>
              ))}
            </ul>
          </Subsection>
        )}
      </Subsection>
    </div>
  );
}

/**
 * What the latest assessment says, not only its score (issue 9.6): the dangers, what protects, the
 * conditions for safety, what is uncertain and what people disagree about.
 */
function AssessmentContent({ assessment }: { assessment: Schemas['SafetyAssessment'] }) {
  const { t } = useTranslation();
  const list = (title: string, items: string[]) =>
    items.length > 0 && (
      <>
        <Heading level={4}>{title}</Heading>
        <ul className="gd-list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </>
    );
  return (
    <section className="gd-card" aria-labelledby="assessment-latest">
      <Heading level={3} id="assessment-latest">
        {t('casework.safety.latest', { date: new Date(assessment.assessedAt).toLocaleDateString() })}
      </Heading>
      {list(t('casework.safety.dangersShown'), assessment.dangers)}
      {list(t('casework.safety.protectiveShown'), assessment.protectiveFactors)}
      {list(t('casework.safety.conditionsShown'), assessment.safetyConditions)}
      {assessment.uncertainty && (
        <>
          <Heading level={4}>{t('casework.safety.uncertaintyShown')}</Heading>
          <Paragraph>{assessment.uncertainty}</Paragraph>
        </>
      )}
      {assessment.disagreement && (
        <>
          <Heading level={4}>{t('casework.safety.disagreementShown')}</Heading>
          <Paragraph>{assessment.disagreement}</Paragraph>
        </>
      )}
    </section>
  );
}
