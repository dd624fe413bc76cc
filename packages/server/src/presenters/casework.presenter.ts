import {
  findPathwayTransition,
  isLocalTeamLinked,
  manualPathwayMoves,
  nextPathwayStates,
  PATHWAY_STATES,
  type PathwayState,
  urgentSafetyReturns,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import type { ActionRow } from '../db/repositories/action.repository';
import type { AssessmentRow } from '../db/repositories/assessment.repository';
import type { CaseRow } from '../db/repositories/case.repository';
import type { ConcernRow } from '../db/repositories/concern.repository';
import type { ConferenceRow } from '../db/repositories/conference.repository';
import type { DeadlineRow } from '../db/repositories/deadline.repository';
import type { ConsultRow } from '../db/repositories/expert-consult.repository';
import type { FactResponseRow, FactRow } from '../db/repositories/fact.repository';
import type { GoalRow } from '../db/repositories/goal.repository';
import type { InterventionRow } from '../db/repositories/intervention.repository';
import type { InvestigationRow } from '../db/repositories/investigation.repository';
import type { JudgementRow } from '../db/repositories/judgement.repository';
import type { MonitoringRow } from '../db/repositories/monitoring.repository';
import type { EvaluationRow } from '../db/repositories/plan-evaluation.repository';
import type { ReportRow, ReporterFeedbackRow } from '../db/repositories/report.repository';
import type { PlanEventRow, PlanVersionRow } from '../db/repositories/safety-plan.repository';
import type { ScoreRow } from '../db/repositories/score.repository';
import type { EpisodeRow } from '../db/repositories/spoed.repository';
import type { TeamRow } from '../db/repositories/team.repository';
import type { TransitionRow } from '../db/repositories/transition.repository';
import { HouseholdAbilitiesSchema } from './abilities';
import { presentSafetyAssessment, SafetyAssessmentSchema } from './assessment.presenter';
import { ConcernSchema, presentConcern } from './concern.presenter';
import { DeadlineSchema, presentDeadline } from './deadline.presenter';
import { FactSchema, presentFact } from './fact.presenter';
import {
  GoalSchema,
  PlanActionSchema,
  PlanEvaluationSchema,
  presentGoal,
  presentPlanAction,
  presentPlanEvaluation,
  presentScore,
  ScoreSchema,
} from './family-plan.presenter';
import { InterventionSchema, presentIntervention } from './intervention.presenter';
import { InvestigationSchema, presentInvestigation } from './investigation.presenter';
import { presentSafetyMonitoring, SafetyMonitoringSchema } from './monitoring.presenter';
import {
  presentReport,
  presentReporterFeedback,
  ReporterFeedbackSchema,
  ReportSchema,
} from './report.presenter';
import {
  presentSafetyPlan,
  presentSafetyPlanEvent,
  SafetyPlanEventSchema,
  SafetyPlanSchema,
} from './safety-plan.presenter';
import { Code, Id, named, Timestamp } from './schemas';
import { presentUrgentSafety, UrgentSafetySchema } from './spoed.presenter';
import { presentTransition, TransitionSchema } from './transition.presenter';
import { iso, presentEach, type Viewer } from './viewer';

const State = z.enum(PATHWAY_STATES);
const Contact = z.strictObject({ id: Id, displayName: z.string(), organisationName: z.string() });

export const CaseworkSchema = named(
  'Casework',
  z.strictObject({
    case: z
      .strictObject({
        id: Id,
        pathwayState: State,
        stateChangedAt: Timestamp.nullable(),
        openedAt: Timestamp,
        rulePackVersion: Code,
        nextStates: z.array(State),
        manualMoves: z.array(z.strictObject({ to: State, label: z.string() })),
        /** KT5-R3: where spoed may return to from here. */
        urgentSafetyReturns: z.array(State),
        /** False while the case waits for its Lokaal Team (VAL-01): no step, no triage until it is linked. */
        localTeamLinked: z.boolean(),
      })
      .nullable(),
    /** INV-08: the vast gezicht answers the family's and the reporter's questions. */
    answersQuestions: Contact.nullable(),
    rvtPartner: Contact.nullable(),
    dueNext: DeadlineSchema.nullable(),
    deadlines: z.array(DeadlineSchema),
    transitions: z.array(TransitionSchema),
    reports: z.array(ReportSchema),
    reporterFeedback: z.array(ReporterFeedbackSchema),
    concerns: z.array(ConcernSchema),
    facts: z.array(FactSchema),
    openInvestigationId: Id.nullable(),
    investigations: z.array(InvestigationSchema),
    safetyAssessments: z.array(SafetyAssessmentSchema),
    safetyPlans: z.array(SafetyPlanSchema),
    safetyPlanEvents: z.array(SafetyPlanEventSchema),
    familyPlan: z.strictObject({
      lifeDomains: z.array(z.strictObject({ code: Code, labelNl: z.string(), labelEn: z.string() })),
      goals: z.array(GoalSchema),
      scores: z.array(ScoreSchema),
      actions: z.array(PlanActionSchema),
      evaluations: z.array(PlanEvaluationSchema),
    }),
    interventions: z.array(InterventionSchema),
    urgentSafety: z.array(UrgentSafetySchema),
    safetyMonitoring: z.array(SafetyMonitoringSchema),
    abilities: HouseholdAbilitiesSchema,
  }),
);
export type CaseworkJson = z.infer<typeof CaseworkSchema>;

export interface CaseworkParts {
  kase: CaseRow;
  team: TeamRow[];
  deadlines: DeadlineRow[];
  transitions: TransitionRow[];
  reports: ReportRow[];
  feedback: ReporterFeedbackRow[];
  concerns: ConcernRow[];
  facts: FactRow[];
  responses: FactResponseRow[];
  investigations: InvestigationRow[];
  judgements: JudgementRow[];
  investigationConcerns: { investigationId: string; concernId: string }[];
  conferences: ConferenceRow[];
  consults: ConsultRow[];
  assessments: AssessmentRow[];
  plans: PlanVersionRow[];
  planEvents: PlanEventRow[];
  lifeDomains: { code: string; labelNl: string; labelEn: string }[];
  goals: GoalRow[];
  scores: ScoreRow[];
  actions: ActionRow[];
  evaluations: EvaluationRow[];
  interventions: InterventionRow[];
  episodes: EpisodeRow[];
  monitoring: MonitoringRow[];
  today: string;
}

const EMPTY = {
  answersQuestions: null,
  rvtPartner: null,
  dueNext: null,
  deadlines: [],
  transitions: [],
  reports: [],
  reporterFeedback: [],
  concerns: [],
  facts: [],
  openInvestigationId: null,
  investigations: [],
  safetyAssessments: [],
  safetyPlans: [],
  safetyPlanEvents: [],
  familyPlan: { lifeDomains: [], goals: [], scores: [], actions: [], evaluations: [] },
  interventions: [],
  urgentSafety: [],
  safetyMonitoring: [],
};

function contact(t: TeamRow | undefined) {
  return t
    ? { id: t.professionalId, displayName: t.professionalName, organisationName: t.organisationName }
    : null;
}

/**
 * The path of a worry for one household (KT2–KT5) as this viewer may see it: where the family is (§4.3),
 * what is due next, and every item of the casework through its own presenter.
 */
export function presentCasework(v: Viewer, p: CaseworkParts | null): CaseworkJson {
  v.touch();
  if (!p) {
    return { case: null, ...EMPTY, abilities: v.abilities() };
  }
  const state = p.kase.pathwayState as PathwayState;
  const active = p.team.filter((t) => t.endedAt === null);
  const linked = isLocalTeamLinked(p.team);
  const deadlines = presentEach(p.deadlines, (d) => presentDeadline(v, d, p.today));
  const investigations = presentEach(p.investigations, (i) =>
    presentInvestigation(v, i, {
      judgements: p.judgements,
      concerns: p.investigationConcerns,
      conferences: p.conferences,
      consults: p.consults,
    }),
  );
  return {
    case: {
      id: p.kase.id,
      pathwayState: state,
      stateChangedAt: iso(p.kase.stateChangedAt),
      openedAt: iso(p.kase.openedAt),
      rulePackVersion: p.kase.ruleSetVersion,
      nextStates: nextPathwayStates(state),
      manualMoves: manualPathwayMoves(state).map((to) => ({
        to,
        label: findPathwayTransition(state, to)?.label ?? '',
      })),
      urgentSafetyReturns: urgentSafetyReturns(state, linked),
      localTeamLinked: linked,
    },
    answersQuestions: contact(active.find((t) => t.role === 'FIXED_PROFESSIONAL')),
    rvtPartner: contact(active.find((t) => t.role === 'RVT_PARTNER')),
    dueNext: deadlines.find((d) => d.status !== 'MET') ?? null,
    deadlines,
    transitions: presentEach(p.transitions, (t) => presentTransition(v, t)),
    reports: presentEach(p.reports, (r) => presentReport(v, r)),
    reporterFeedback: presentEach(p.feedback, (f) => presentReporterFeedback(v, f)),
    concerns: presentEach(p.concerns, (c) => presentConcern(v, c)),
    facts: presentEach(p.facts, (f) => presentFact(v, f, p.responses)),
    openInvestigationId:
      investigations.find((i) => i.decidedAt === null && i.cancelledAt === null)?.id ?? null,
    investigations,
    safetyAssessments: presentEach(p.assessments, (a) => presentSafetyAssessment(v, a)),
    safetyPlans: presentEach(p.plans, (x) => presentSafetyPlan(v, x)),
    safetyPlanEvents: presentEach(p.planEvents, (e) => presentSafetyPlanEvent(v, e)),
    familyPlan: {
      lifeDomains: p.lifeDomains,
      goals: presentEach(p.goals, (g) => presentGoal(v, g)),
      scores: presentEach(p.scores, (s) => presentScore(v, s)),
      actions: presentEach(p.actions, (a) => presentPlanAction(v, a)),
      evaluations: presentEach(p.evaluations, (e) => presentPlanEvaluation(v, e)),
    },
    interventions: presentEach(p.interventions, (i) => presentIntervention(v, i, p.today)),
    urgentSafety: presentEach(p.episodes, (e) => presentUrgentSafety(v, e)),
    safetyMonitoring: presentEach(p.monitoring, (m) => presentSafetyMonitoring(v, m)),
    abilities: v.abilities(),
  };
}
