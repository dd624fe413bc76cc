import {
  type PathwayState,
  findPathwayTransition,
  manualPathwayMoves,
  nextPathwayStates,
  todayInNetherlands,
  waitingDays,
} from '@gezinsdossier/domain';
import { type DeadlineKind, deadlineStatus, rulePack } from '@gezinsdossier/domain/deadlines';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listMembers } from '../db/repositories/person.repository';
import { findOpenCase } from '../db/repositories/team.repository';
import { accessPurpose, householdRules } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { abilities, can } from '../policies/rulebook';

/**
 * The path of the worry for one household (KT2–KT5): where the family is (§4.3), what is due next, the
 * reports, concerns and facts (kept apart from judgements), investigations with their recorded judgements
 * and the decision table's proposal, safety assessments and plan, the one family plan, help, spoed and
 * safety monitoring, and who answers questions (INV-08). The reporter's identity only for the duo
 * (KT2-R3). One access-log row names every member whose data is shown.
 */
export async function getCasework(ctx: RequestContext, householdId: string) {
  const access = await requireHousehold(ctx, householdId, 'casework.read');
  const members = await listMembers(ctx.tx, householdId);
  logAccess(ctx, {
    action: 'read',
    resourceType: 'casework',
    resourceId: householdId,
    householdId,
    personIds: [...new Set(members.map((m) => m.personId))],
    purpose: accessPurpose(access),
    breakGlassGrantId: access.teamRoles.length === 0 ? access.breakGlassGrantId : null,
  });
  const kase = await findOpenCase(ctx.tx, householdId);
  if (!kase) {
    return { case: null };
  }
  const caseId = kase.id;
  const state = kase.pathwayState as PathwayState;
  const pack = rulePack(kase.ruleSetVersion);
  const today = todayInNetherlands(ctx.now);
  const mayReadReporter = can(householdRules, ctx.actor, 'reporter.read', access);

  const reports = (
    await ctx.tx
      .selectFrom('reports')
      .selectAll()
      .where('caseId', '=', caseId)
      .orderBy('receivedAt')
      .execute()
  ).map((r) => ({
    id: r.id,
    kind: r.kind,
    channel: r.channel,
    receivedAt: r.receivedAt,
    summary: r.summary,
    reporter: mayReadReporter
      ? {
          kind: r.reporterKind,
          anonymous: r.reporterAnonymous,
          name: r.reporterName,
          organisation: r.reporterOrganisation,
          contact: r.reporterContact,
          meldcodeStep: r.meldcodeStep,
        }
      : { kind: r.reporterKind, anonymous: r.reporterAnonymous },
    urgency: r.urgency,
    nextStep: r.nextStep,
    triageRationale: r.triageRationale,
    triagedAt: r.triagedAt,
  }));
  const feedback = await ctx.tx
    .selectFrom('reporterFeedback')
    .select(['reportId', 'kind', 'sentAt'])
    .where('caseId', '=', caseId)
    .orderBy('sentAt')
    .execute();
  const concerns = await ctx.tx
    .selectFrom('concerns')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
  const facts = await ctx.tx
    .selectFrom('facts')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
  const investigations = await ctx.tx
    .selectFrom('investigations')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('startedAt')
    .execute();
  const conferences = await ctx.tx
    .selectFrom('networkConferences')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('heldOn')
    .execute();
  const consults = await ctx.tx
    .selectFrom('expertConsults')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('requestedAt')
    .execute();
  const assessments = await ctx.tx
    .selectFrom('safetyAssessments')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('assessedAt')
    .execute();
  const safetyPlans = await ctx.tx
    .selectFrom('safetyPlanVersions')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('versionNo', 'desc')
    .execute();
  const safetyPlanEvents = await ctx.tx
    .selectFrom('safetyPlanEvents')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('occurredOn')
    .execute();
  const lifeDomains = await ctx.tx
    .selectFrom('lifeDomains')
    .select(['code', 'labelNl', 'labelEn'])
    .where('active', '=', true)
    .orderBy('position')
    .execute();
  const goals = await ctx.tx
    .selectFrom('planGoals')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
  const scores = await ctx.tx
    .selectFrom('planScores')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('scoredAt')
    .execute();
  const actions = await ctx.tx
    .selectFrom('planActions')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
  const evaluations = await ctx.tx
    .selectFrom('planEvaluations')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('evaluatedAt')
    .execute();
  const interventions = await ctx.tx
    .selectFrom('interventions')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
  const urgentSafety = await ctx.tx
    .selectFrom('urgentSafetyEpisodes')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('startedAt')
    .execute();
  const monitoring = await ctx.tx
    .selectFrom('safetyMonitoring')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('startedAt')
    .execute();
  const transitions = await ctx.tx
    .selectFrom('pathwayTransitions as t')
    .leftJoin('accounts as a', 'a.id', 't.actorId')
    .select([
      't.id',
      't.fromState',
      't.toState',
      't.label',
      't.reason',
      't.occurredAt',
      'a.displayName as actorName',
    ])
    .where('t.caseId', '=', caseId)
    .orderBy('t.occurredAt')
    .execute();
  const deadlines = await ctx.tx
    .selectFrom('deadlines')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('cancelledAt', 'is', null)
    .orderBy('dueOn')
    .execute();
  const fixed = await ctx.tx
    .selectFrom('caseTeamMembers as m')
    .innerJoin('accounts as a', 'a.id', 'm.professionalId')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .select(['a.id', 'a.displayName', 'o.name as organisationName', 'm.role'])
    .where('m.caseId', '=', caseId)
    .where('m.endedAt', 'is', null)
    .where('m.role', 'in', ['FIXED_PROFESSIONAL', 'RVT_PARTNER'])
    .execute();

  const openInvestigation = investigations.find((i) => i.decidedAt === null) ?? null;
  const mapped = deadlines.map((d) => ({
    id: d.id,
    kind: d.kind as DeadlineKind,
    subjectId: d.subjectId,
    responsibleRole: d.responsibleRole,
    dueOn: d.dueOn,
    rulePackVersion: d.rulePackVersion,
    metAt: d.metAt,
    status: deadlineStatus({ dueOn: d.dueOn, metAt: d.metAt ? d.metAt.toISOString() : null }, today, pack),
  }));
  const open = mapped.filter((d) => d.status !== 'MET');
  return {
    case: {
      id: caseId,
      pathwayState: state,
      stateChangedAt: kase.stateChangedAt,
      openedAt: kase.openedAt,
      rulePackVersion: kase.ruleSetVersion,
      nextStates: nextPathwayStates(state),
      manualMoves: manualPathwayMoves(state).map((to) => ({
        to,
        label: findPathwayTransition(state, to)?.label ?? '',
      })),
    },
    /** INV-08: the vast gezicht answers the family's and the reporter's questions. */
    answersQuestions: fixed.find((f) => f.role === 'FIXED_PROFESSIONAL') ?? null,
    rvtPartner: fixed.find((f) => f.role === 'RVT_PARTNER') ?? null,
    dueNext: open[0] ?? null,
    deadlines: mapped,
    transitions,
    reports,
    reporterFeedback: feedback,
    concerns,
    facts,
    openInvestigationId: openInvestigation?.id ?? null,
    investigations: investigations.map((i) => ({
      ...i,
      conferences: conferences.filter((c) => c.investigationId === i.id),
      consults: consults.filter((c) => c.investigationId === i.id),
    })),
    safetyAssessments: assessments,
    safetyPlans,
    safetyPlanEvents,
    familyPlan: { lifeDomains, goals, scores, actions, evaluations },
    interventions: interventions.map((i) => ({
      ...i,
      waitingDays: Math.max(0, waitingDays(i.requestedOn, i.startedOn ?? i.unavailableOn ?? today)),
    })),
    urgentSafety: urgentSafety.map((u) => ({ ...u, active: u.endedAt === null })),
    safetyMonitoring: monitoring.map((m) => ({ ...m, active: m.endedAt === null })),
    abilities: abilities(householdRules, ctx.actor, access),
  };
}
