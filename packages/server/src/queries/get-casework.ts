import { todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listActions } from '../db/repositories/action.repository';
import { listAssessments } from '../db/repositories/assessment.repository';
import { type CaseRow, findOpenCase } from '../db/repositories/case.repository';
import { listConcerns } from '../db/repositories/concern.repository';
import { listConferences } from '../db/repositories/conference.repository';
import { listDeadlines } from '../db/repositories/deadline.repository';
import { listConsults } from '../db/repositories/expert-consult.repository';
import { listFactResponses, listFacts } from '../db/repositories/fact.repository';
import { listGoals } from '../db/repositories/goal.repository';
import { listInterventions } from '../db/repositories/intervention.repository';
import { listInvestigationConcerns, listInvestigations } from '../db/repositories/investigation.repository';
import { listJudgements } from '../db/repositories/judgement.repository';
import { listMonitoring } from '../db/repositories/monitoring.repository';
import { listEvaluations } from '../db/repositories/plan-evaluation.repository';
import { listActiveLifeDomains } from '../db/repositories/reference.repository';
import { listReporterFeedback, listReports } from '../db/repositories/report.repository';
import { listPlanEvents, listPlanVersions } from '../db/repositories/safety-plan.repository';
import { listScores } from '../db/repositories/score.repository';
import { listEpisodes } from '../db/repositories/spoed.repository';
import { listTeam } from '../db/repositories/team.repository';
import { listTransitions } from '../db/repositories/transition.repository';
import type { Tx } from '../db/repositories/tx';
import { requireHousehold } from '../policies/require';
import { type CaseworkJson, type CaseworkParts, presentCasework } from '../presenters/casework.presenter';

/**
 * The path of the worry for one household (KT2–KT5): where the family is (§4.3), what is due next, the
 * reports, concerns and facts (kept apart from judgements), investigations with their recorded judgements
 * and the decision table's proposal, safety assessments and plan, the one family plan, help, spoed and
 * safety monitoring, and who answers questions (INV-08). Every item goes through its presenter, which
 * leaves out what is withheld from this viewer and states whose data it showed.
 */
export async function getCasework(ctx: RequestContext, householdId: string): Promise<CaseworkJson> {
  const viewer = await requireHousehold(ctx, householdId, 'casework.read');
  viewer.resource = { action: 'read', type: 'casework', id: householdId };
  const kase = await findOpenCase(ctx.tx, householdId);
  return presentCasework(
    viewer,
    kase ? await loadCaseworkParts(ctx.tx, kase, todayInNetherlands(ctx.now)) : null,
  );
}

/** Everything of one case that the casework presenter shows. */
export async function loadCaseworkParts(tx: Tx, kase: CaseRow, today: string): Promise<CaseworkParts> {
  const c = kase.id;
  return {
    kase,
    team: await listTeam(tx, c),
    deadlines: await listDeadlines(tx, c),
    transitions: await listTransitions(tx, c),
    reports: await listReports(tx, c),
    feedback: await listReporterFeedback(tx, c),
    concerns: await listConcerns(tx, c),
    facts: await listFacts(tx, c),
    responses: await listFactResponses(tx, c),
    investigations: await listInvestigations(tx, c),
    judgements: await listJudgements(tx, c),
    investigationConcerns: await listInvestigationConcerns(tx, c),
    conferences: await listConferences(tx, c),
    consults: await listConsults(tx, c),
    assessments: await listAssessments(tx, c),
    plans: await listPlanVersions(tx, c),
    planEvents: await listPlanEvents(tx, c),
    lifeDomains: await listActiveLifeDomains(tx),
    goals: await listGoals(tx, c),
    scores: await listScores(tx, c),
    actions: await listActions(tx, c),
    evaluations: await listEvaluations(tx, c),
    interventions: await listInterventions(tx, c),
    episodes: await listEpisodes(tx, c),
    monitoring: await listMonitoring(tx, c),
    today,
  };
}
