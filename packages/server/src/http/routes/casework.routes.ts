import {
  ConcernCreateSchema,
  ConcernUpdateSchema,
  EndSafetyMonitoringSchema,
  ExpertAdviceSchema,
  ExpertConsultSchema,
  ExtendedDecisionSchema,
  FactCreateSchema,
  FactResponseCreateSchema,
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
  ShieldCreateSchema,
  ShieldEndSchema,
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
import { addShield } from '../../commands/add-shield';
import { decideExtendedInvestigation } from '../../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../../commands/decide-first-investigation';
import { endSafetyMonitoring } from '../../commands/end-safety-monitoring';
import { endShield } from '../../commands/end-shield';
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
import { CaseworkSchema } from '../../presenters/casework.presenter';
import { HouseholdMatchSchema } from '../../presenters/household-match.presenter';
import { ShieldingRecordSchema } from '../../presenters/shielding.presenter';
import { getCasework } from '../../queries/get-casework';
import { getWorklist, WorklistSchema } from '../../queries/get-worklist';
import { listShielding } from '../../queries/list-shielding';
import { matchHouseholds } from '../../queries/match-households';
import type { App, Run } from '../app';
import { route } from './define';
import { HouseholdParams } from './params';
import {
  CreatedSchema,
  CreatedVersionedSchema,
  DecidedSchema,
  FactCreatedSchema,
  FactResponseCreatedSchema,
  FeedbackSentSchema,
  IntakeRecordedSchema,
  DecisionStepSchema,
  HelpRequestedSchema,
  PathwayPositionSchema,
  SafetyPlanSavedSchema,
  TriagedSchema,
  UrgentSafetyEndedSchema,
  UrgentSafetyStartedSchema,
  VersionedSchema,
} from './schemas';

const item = <K extends string>(key: K) =>
  HouseholdParams.extend({ [key]: z.uuid() } as Record<K, z.ZodUUID>);
const ReportParams = item('reportId');
const ConcernParams = item('concernId');
const FactParams = item('factId');
const InvestigationParams = item('investigationId');
const ConsultParams = item('consultId');
const GoalParams = item('goalId');
const InterventionParams = item('interventionId');
const EpisodeParams = item('episodeId');
const MonitoringParams = item('monitoringId');
const ShieldParams = item('shieldId');

/**
 * The path of a worry (KT2–KT5): intake with search before create, triage, concerns and facts, the first
 * and extended investigation, safety assessment and plan, the one family plan, help, spoed, and the
 * worklist; and shielding (what is withheld from whom). Every write is one use case in one transaction
 * with its audit; every read goes through the presenters.
 */
export async function registerCaseworkRoutes(app: App, run: Run): Promise<void> {
  const tags = ['casework'];
  const h = '/households/:householdId';

  route(app, run, {
    method: 'POST',
    path: '/intakes',
    operationId: 'recordIntake',
    summary: 'Record a question, advice request or report (KT2)',
    tags,
    body: IntakeCreateSchema,
    response: IntakeRecordedSchema,
    status: 201,
    handler: (ctx, { body }) => recordIntake(ctx, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/household-matches',
    operationId: 'matchHouseholds',
    summary: 'Search before create: existing households by BSN, name and birth date, or address',
    description:
      'Search before create, with a purpose (recording an intake or opening a dossier). A BSN must pass the 11-proef. At most 30 searches per professional per 10 minutes; every search is logged, also one that finds nothing. A household you may not open is reported only as existing.',
    tags,
    query: HouseholdMatchQuerySchema,
    rateLimit: { max: 30, timeWindow: '10 minutes', perActor: true },
    response: z.array(HouseholdMatchSchema),
    handler: (ctx, { query }) => matchHouseholds(ctx, query),
  });
  route(app, run, {
    method: 'GET',
    path: '/worklist',
    operationId: 'getWorklist',
    summary: 'My deadlines, and my teams’ overdue work for a team lead',
    tags,
    response: WorklistSchema,
    handler: (ctx) => getWorklist(ctx),
  });
  route(app, run, {
    method: 'GET',
    path: `${h}/casework`,
    operationId: 'getCasework',
    summary: 'Where the family is on the path, what is due next, and the casework',
    tags,
    params: HouseholdParams,
    response: CaseworkSchema,
    handler: (ctx, { params }) => getCasework(ctx, params.householdId),
  });
  route(app, run, {
    method: 'PUT',
    path: `${h}/reports/:reportId/triage`,
    operationId: 'triageReport',
    summary: 'Triage a report (once)',
    tags,
    params: ReportParams,
    body: TriageSchema,
    response: TriagedSchema,
    handler: (ctx, { params, body }) => triageReport(ctx, params.householdId, params.reportId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/reports/:reportId/feedback-messages`,
    operationId: 'sendReporterFeedback',
    summary: 'Tell the professional reporter what happened next',
    tags,
    params: ReportParams,
    body: ReporterFeedbackSchema,
    response: FeedbackSentSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      sendReporterFeedback(ctx, params.householdId, params.reportId, body.kind),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/concerns`,
    operationId: 'addConcern',
    summary: 'Add a concern',
    tags,
    params: HouseholdParams,
    body: ConcernCreateSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addConcern(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/concerns/:concernId`,
    operationId: 'updateConcern',
    summary: 'Change a concern’s status',
    tags,
    params: ConcernParams,
    body: ConcernUpdateSchema,
    response: VersionedSchema,
    handler: (ctx, { params, body }) => updateConcern(ctx, params.householdId, params.concernId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/facts`,
    operationId: 'addFact',
    summary: 'Record a fact with its source',
    tags,
    params: HouseholdParams,
    body: FactCreateSchema,
    response: FactCreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addFact(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/facts/:factId`,
    operationId: 'verifyFact',
    summary: 'Mark a fact unverified, corroborated or disputed',
    tags,
    params: FactParams,
    body: FactVerificationSchema,
    response: VersionedSchema,
    handler: (ctx, { params, body }) => verifyFact(ctx, params.householdId, params.factId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/facts/:factId/responses`,
    operationId: 'respondToFact',
    summary: 'A household member’s response to a fact (hoor en wederhoor)',
    tags,
    params: FactParams,
    body: FactResponseCreateSchema,
    response: FactResponseCreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => respondToFact(ctx, params.householdId, params.factId, body),
  });
  route(app, run, {
    method: 'PUT',
    path: `${h}/investigations/:investigationId/first-decision`,
    operationId: 'decideFirstInvestigation',
    summary: 'Decide the first investigation (KT3a)',
    tags,
    params: InvestigationParams,
    body: FirstDecisionSchema,
    response: DecidedSchema,
    handler: (ctx, { params, body }) =>
      decideFirstInvestigation(ctx, params.householdId, body, params.investigationId),
  });
  route(app, run, {
    method: 'PUT',
    path: `${h}/investigations/:investigationId/extended-decision`,
    operationId: 'decideExtendedInvestigation',
    summary: 'Decide the extended investigation (KT3b)',
    tags,
    params: InvestigationParams,
    body: ExtendedDecisionSchema,
    response: DecidedSchema,
    handler: (ctx, { params, body }) =>
      decideExtendedInvestigation(ctx, params.householdId, body, params.investigationId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/investigations/:investigationId/network-conferences`,
    operationId: 'recordNetworkConference',
    summary: 'Record a (family) network conference',
    tags,
    params: InvestigationParams,
    body: NetworkConferenceSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      recordNetworkConference(ctx, params.householdId, body, params.investigationId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/investigations/:investigationId/expert-consults`,
    operationId: 'requestExpertConsult',
    summary: 'Ask an independent expert',
    tags,
    params: InvestigationParams,
    body: ExpertConsultSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      requestExpertConsult(ctx, params.householdId, body, params.investigationId),
  });
  route(app, run, {
    method: 'PUT',
    path: `${h}/expert-consults/:consultId/advice`,
    operationId: 'recordExpertAdvice',
    summary: 'Record the independent expert’s advice (once)',
    tags,
    params: ConsultParams,
    body: ExpertAdviceSchema,
    response: PathwayPositionSchema,
    handler: (ctx, { params, body }) =>
      recordExpertAdvice(ctx, params.householdId, params.consultId, body.advice),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/pathway-transitions`,
    operationId: 'movePathway',
    summary: 'Close, or move voluntary help into an extended investigation (with a reason)',
    tags,
    params: HouseholdParams,
    body: PathwayMoveSchema,
    response: DecisionStepSchema,
    status: 201,
    handler: (ctx, { params, body }) => movePathway(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/safety-monitorings/:monitoringId`,
    operationId: 'endSafetyMonitoring',
    summary: 'End RVT safety monitoring, with a reason (VAL-08)',
    tags,
    params: MonitoringParams,
    body: EndSafetyMonitoringSchema,
    response: DecisionStepSchema,
    handler: (ctx, { params, body }) =>
      endSafetyMonitoring(ctx, params.householdId, body, params.monitoringId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/safety-assessments`,
    operationId: 'recordSafetyAssessment',
    summary: 'Record a safety assessment',
    tags,
    params: HouseholdParams,
    body: SafetyAssessmentCreateSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordSafetyAssessment(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/safety-plans`,
    operationId: 'saveSafetyPlan',
    summary: 'Save a new version of the safety plan',
    tags,
    params: HouseholdParams,
    body: SafetyPlanVersionSchema,
    response: SafetyPlanSavedSchema,
    status: 201,
    handler: (ctx, { params, body }) => saveSafetyPlan(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/safety-plan-breaches`,
    operationId: 'recordSafetyPlanBreach',
    summary: 'Record a breach of the safety plan and what followed',
    tags,
    params: HouseholdParams,
    body: SafetyPlanBreachSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      recordSafetyPlanEvent(ctx, params.householdId, { kind: 'BREACH', ...body }),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/safety-plan-evaluations`,
    operationId: 'evaluateSafetyPlan',
    summary: 'Evaluate the safety plan',
    tags,
    params: HouseholdParams,
    body: SafetyPlanEvaluationSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      recordSafetyPlanEvent(ctx, params.householdId, {
        kind: 'EVALUATION',
        occurredOn: todayInNetherlands(ctx.now),
        ...body,
      }),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/goals`,
    operationId: 'addGoal',
    summary: 'Add a goal to the family plan',
    tags,
    params: HouseholdParams,
    body: GoalCreateSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addGoal(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/goals/:goalId`,
    operationId: 'updateGoal',
    summary: 'Mark a goal achieved, stopped or active',
    tags,
    params: GoalParams,
    body: GoalUpdateSchema,
    response: VersionedSchema,
    handler: (ctx, { params, body }) => updateGoal(ctx, params.householdId, params.goalId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/scores`,
    operationId: 'recordScore',
    summary: 'Record a self-sufficiency score',
    tags,
    params: HouseholdParams,
    body: ScoreCreateSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordScore(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/plan-actions`,
    operationId: 'addPlanAction',
    summary: 'Add an action to a goal',
    tags,
    params: HouseholdParams,
    body: PlanActionCreateSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addPlanAction(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/plan-evaluations`,
    operationId: 'evaluatePlan',
    summary: 'Evaluate the family plan',
    tags,
    params: HouseholdParams,
    body: PlanEvaluationSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => evaluatePlan(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/interventions`,
    operationId: 'requestIntervention',
    summary: 'Request help with an explicit frame',
    tags,
    params: HouseholdParams,
    body: InterventionCreateSchema,
    response: HelpRequestedSchema,
    status: 201,
    handler: (ctx, { params, body }) => requestIntervention(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/interventions/:interventionId`,
    operationId: 'progressIntervention',
    summary: 'Help started, ended or not available',
    tags,
    params: InterventionParams,
    body: InterventionProgressSchema,
    response: VersionedSchema,
    handler: (ctx, { params, body }) =>
      progressIntervention(ctx, params.householdId, params.interventionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/urgent-safety-episodes`,
    operationId: 'startUrgentSafety',
    summary: 'Start spoed (KT5)',
    tags,
    params: HouseholdParams,
    body: UrgentSafetyStartSchema,
    response: UrgentSafetyStartedSchema,
    status: 201,
    handler: (ctx, { params, body }) => startUrgentSafety(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/urgent-safety-episodes/:episodeId`,
    operationId: 'endUrgentSafety',
    summary: 'End spoed with the return to the pathway',
    tags,
    params: EpisodeParams,
    body: UrgentSafetyEndSchema,
    response: UrgentSafetyEndedSchema,
    handler: (ctx, { params, body }) => endUrgentSafety(ctx, params.householdId, body, params.episodeId),
  });
  route(app, run, {
    method: 'GET',
    path: `${h}/shielding-records`,
    operationId: 'listShielding',
    summary: 'What is withheld from whom, and why (for the duo)',
    tags: ['shielding'],
    params: HouseholdParams,
    response: z.array(ShieldingRecordSchema),
    handler: (ctx, { params }) => listShielding(ctx, params.householdId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/shielding-records`,
    operationId: 'addShield',
    summary: 'Withhold one item from a household member, a professional or a ground, with a reason',
    tags: ['shielding'],
    params: HouseholdParams,
    body: ShieldCreateSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addShield(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/shielding-records/:shieldId`,
    operationId: 'endShield',
    summary: 'End a shielding record, with a reason (the item is shown again)',
    tags: ['shielding'],
    params: ShieldParams,
    body: ShieldEndSchema.extend({ version: z.number().int().positive() }),
    response: VersionedSchema,
    handler: (ctx, { params, body }) => endShield(ctx, params.householdId, params.shieldId, body),
  });
}
