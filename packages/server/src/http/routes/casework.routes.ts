import {
  ConcernCreateSchema,
  ConcernUpdateSchema,
  EndSafetyMonitoringSchema,
  ExpertAdviceSchema,
  ExpertConsultSchema,
  ExtendedDecisionSchema,
  FactCreateSchema,
  FactResponseSchema,
  FactVerificationSchema,
  FirstDecisionSchema,
  GoalCreateSchema,
  GoalUpdateSchema,
  HouseholdMatchQuerySchema,
  IntakeCreateSchema,
  InterventionCreateSchema,
  InterventionProgressSchema,
  NetworkConferenceSchema,
  PathwayMoveSchema,
  PlanActionCreateSchema,
  PlanEvaluationSchema,
  ReporterFeedbackSchema,
  SafetyAssessmentCreateSchema,
  SafetyPlanBreachSchema,
  SafetyPlanEvaluationSchema,
  SafetyPlanVersionSchema,
  ScoreCreateSchema,
  TriageSchema,
  todayInNetherlands,
  UrgentSafetyEndSchema,
  UrgentSafetyStartSchema,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import { addConcern } from '../../commands/add-concern';
import { addFact } from '../../commands/add-fact';
import { addGoal } from '../../commands/add-goal';
import { addPlanAction } from '../../commands/add-plan-action';
import { decideExtendedInvestigation } from '../../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../../commands/decide-first-investigation';
import { endSafetyMonitoring } from '../../commands/end-safety-monitoring';
import { endUrgentSafety } from '../../commands/end-urgent-safety';
import { evaluatePlan } from '../../commands/evaluate-plan';
import { movePathway } from '../../commands/move-pathway';
import { progressIntervention } from '../../commands/progress-intervention';
import { recordExpertAdvice } from '../../commands/record-expert-advice';
import { recordIntake } from '../../commands/record-intake';
import { recordNetworkConference } from '../../commands/record-network-conference';
import { recordSafetyAssessment } from '../../commands/record-safety-assessment';
import { recordSafetyPlanEvent } from '../../commands/record-safety-plan-event';
import { recordScore } from '../../commands/record-score';
import { requestExpertConsult } from '../../commands/request-expert-consult';
import { requestIntervention } from '../../commands/request-intervention';
import { respondToFact } from '../../commands/respond-to-fact';
import { saveSafetyPlan } from '../../commands/save-safety-plan';
import { sendReporterFeedback } from '../../commands/send-reporter-feedback';
import { startUrgentSafety } from '../../commands/start-urgent-safety';
import { triageReport } from '../../commands/triage-report';
import { updateConcern } from '../../commands/update-concern';
import { updateGoal } from '../../commands/update-goal';
import { verifyFact } from '../../commands/verify-fact';
import type { RequestContext } from '../../context';
import { getCasework } from '../../queries/get-casework';
import { getWorklist } from '../../queries/get-worklist';
import { matchHouseholds } from '../../queries/match-households';
import type { App, Run } from '../app';
import { HouseholdParams } from './params';

const ReportParams = HouseholdParams.extend({ reportId: z.uuid() });
const ConcernParams = HouseholdParams.extend({ concernId: z.uuid() });
const FactParams = HouseholdParams.extend({ factId: z.uuid() });
const ConsultParams = HouseholdParams.extend({ consultId: z.uuid() });
const GoalParams = HouseholdParams.extend({ goalId: z.uuid() });
const InterventionParams = HouseholdParams.extend({ interventionId: z.uuid() });

/**
 * The path of a worry (KT2–KT5): intake with search before create, triage, concerns and facts, the first
 * and extended investigation, safety assessment and plan, the one family plan, help, spoed, and the
 * worklist. Every write is one use case in one transaction with its audit.
 */
export async function registerCaseworkRoutes(app: App, run: Run): Promise<void> {
  const tags = ['casework'];

  /** A POST that creates or changes something and answers 201 with the use case's result. */
  function post<P extends z.ZodType, B extends z.ZodType>(
    path: string,
    summary: string,
    params: P,
    body: B,
    handler: (ctx: RequestContext, params: z.infer<P>, body: z.infer<B>) => Promise<unknown>,
  ): void {
    app.post(path, { schema: { tags, summary, params, body } }, async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(request, (ctx) => handler(ctx, request.params as z.infer<P>, request.body as z.infer<B>)),
        ),
    );
  }

  app.post(
    '/api/intake',
    {
      schema: {
        tags,
        summary: 'Record a question, advice request or report (KT2)',
        body: IntakeCreateSchema,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await run(request, (ctx) => recordIntake(ctx, request.body))),
  );
  app.get(
    '/api/intake/matches',
    {
      schema: {
        tags,
        summary: 'Search before create: existing households by BSN or name and birth date',
        querystring: HouseholdMatchQuerySchema,
      },
    },
    (request) => run(request, (ctx) => matchHouseholds(ctx, request.query)),
  );
  app.get(
    '/api/worklist',
    { schema: { tags, summary: 'My deadlines, and my teams’ for a team lead' } },
    (request) => run(request, (ctx) => getWorklist(ctx)),
  );
  app.get(
    '/api/households/:householdId/casework',
    {
      schema: {
        tags,
        summary: 'Where the family is on the path, what is due next, and the casework',
        params: HouseholdParams,
      },
    },
    (request) => run(request, (ctx) => getCasework(ctx, request.params.householdId)),
  );

  const h = '/api/households/:householdId';
  post(`${h}/reports/:reportId/triage`, 'Triage a report', ReportParams, TriageSchema, (ctx, p, b) =>
    triageReport(ctx, p.householdId, p.reportId, b),
  );
  post(
    `${h}/reports/:reportId/feedback`,
    'Tell the professional reporter what happened next',
    ReportParams,
    ReporterFeedbackSchema,
    (ctx, p, b) => sendReporterFeedback(ctx, p.householdId, p.reportId, b.kind),
  );
  post(`${h}/concerns`, 'Add a concern', HouseholdParams, ConcernCreateSchema, (ctx, p, b) =>
    addConcern(ctx, p.householdId, b),
  );
  post(
    `${h}/concerns/:concernId`,
    'Change a concern’s status',
    ConcernParams,
    ConcernUpdateSchema,
    (ctx, p, b) => updateConcern(ctx, p.householdId, p.concernId, b),
  );
  post(`${h}/facts`, 'Record a fact with its source', HouseholdParams, FactCreateSchema, (ctx, p, b) =>
    addFact(ctx, p.householdId, b),
  );
  post(
    `${h}/facts/:factId/response`,
    'The household’s response to a fact',
    FactParams,
    FactResponseSchema,
    (ctx, p, b) => respondToFact(ctx, p.householdId, p.factId, b),
  );
  post(
    `${h}/facts/:factId/verification`,
    'Mark a fact corroborated or disputed',
    FactParams,
    FactVerificationSchema,
    (ctx, p, b) => verifyFact(ctx, p.householdId, p.factId, b),
  );
  post(
    `${h}/investigation/first-decision`,
    'Decide the first investigation (KT3a)',
    HouseholdParams,
    FirstDecisionSchema,
    (ctx, p, b) => decideFirstInvestigation(ctx, p.householdId, b),
  );
  post(
    `${h}/investigation/extended-decision`,
    'Decide the extended investigation (KT3b)',
    HouseholdParams,
    ExtendedDecisionSchema,
    (ctx, p, b) => decideExtendedInvestigation(ctx, p.householdId, b),
  );
  post(
    `${h}/investigation/network-conferences`,
    'Record a (family) network conference',
    HouseholdParams,
    NetworkConferenceSchema,
    (ctx, p, b) => recordNetworkConference(ctx, p.householdId, b),
  );
  post(
    `${h}/investigation/expert-consults`,
    'Ask an independent expert',
    HouseholdParams,
    ExpertConsultSchema,
    (ctx, p, b) => requestExpertConsult(ctx, p.householdId, b),
  );
  post(
    `${h}/investigation/expert-consults/:consultId/advice`,
    'Record the independent expert’s advice',
    ConsultParams,
    ExpertAdviceSchema,
    (ctx, p, b) => recordExpertAdvice(ctx, p.householdId, p.consultId, b.advice),
  );
  post(
    `${h}/pathway/moves`,
    'Close, or move voluntary help into an extended investigation',
    HouseholdParams,
    PathwayMoveSchema,
    (ctx, p, b) => movePathway(ctx, p.householdId, b.to, b.reason),
  );
  post(
    `${h}/safety-monitoring/end`,
    'End RVT safety monitoring (VAL-08)',
    HouseholdParams,
    EndSafetyMonitoringSchema,
    (ctx, p, b) => endSafetyMonitoring(ctx, p.householdId, b.reason),
  );
  post(
    `${h}/safety-assessments`,
    'Record a safety assessment',
    HouseholdParams,
    SafetyAssessmentCreateSchema,
    (ctx, p, b) => recordSafetyAssessment(ctx, p.householdId, b),
  );
  post(
    `${h}/safety-plans`,
    'Save a new version of the safety plan',
    HouseholdParams,
    SafetyPlanVersionSchema,
    (ctx, p, b) => saveSafetyPlan(ctx, p.householdId, b),
  );
  post(
    `${h}/safety-plans/breaches`,
    'Record a breach of the safety plan and what followed',
    HouseholdParams,
    SafetyPlanBreachSchema,
    (ctx, p, b) => recordSafetyPlanEvent(ctx, p.householdId, { kind: 'BREACH', ...b }),
  );
  post(
    `${h}/safety-plans/evaluations`,
    'Evaluate the safety plan',
    HouseholdParams,
    SafetyPlanEvaluationSchema,
    (ctx, p, b) =>
      recordSafetyPlanEvent(ctx, p.householdId, {
        kind: 'EVALUATION',
        occurredOn: todayInNetherlands(ctx.now),
        ...b,
      }),
  );
  post(
    `${h}/family-plan/goals`,
    'Add a goal to the family plan',
    HouseholdParams,
    GoalCreateSchema,
    (ctx, p, b) => addGoal(ctx, p.householdId, b),
  );
  post(
    `${h}/family-plan/goals/:goalId`,
    'Mark a goal achieved, stopped or active',
    GoalParams,
    GoalUpdateSchema,
    (ctx, p, b) => updateGoal(ctx, p.householdId, p.goalId, b),
  );
  post(
    `${h}/family-plan/scores`,
    'Record a self-sufficiency score',
    HouseholdParams,
    ScoreCreateSchema,
    (ctx, p, b) => recordScore(ctx, p.householdId, b),
  );
  post(
    `${h}/family-plan/actions`,
    'Add an action to a goal',
    HouseholdParams,
    PlanActionCreateSchema,
    (ctx, p, b) => addPlanAction(ctx, p.householdId, b),
  );
  post(
    `${h}/family-plan/evaluations`,
    'Evaluate the family plan',
    HouseholdParams,
    PlanEvaluationSchema,
    (ctx, p, b) => evaluatePlan(ctx, p.householdId, b),
  );
  post(
    `${h}/interventions`,
    'Request help with an explicit frame',
    HouseholdParams,
    InterventionCreateSchema,
    (ctx, p, b) => requestIntervention(ctx, p.householdId, b),
  );
  post(
    `${h}/interventions/:interventionId/progress`,
    'Help started, ended or not available',
    InterventionParams,
    InterventionProgressSchema,
    (ctx, p, b) => progressIntervention(ctx, p.householdId, p.interventionId, b),
  );
  post(`${h}/urgent-safety`, 'Start spoed (KT5)', HouseholdParams, UrgentSafetyStartSchema, (ctx, p, b) =>
    startUrgentSafety(ctx, p.householdId, b),
  );
  post(
    `${h}/urgent-safety/end`,
    'End spoed with the return to the pathway',
    HouseholdParams,
    UrgentSafetyEndSchema,
    (ctx, p, b) => endUrgentSafety(ctx, p.householdId, b),
  );
}
