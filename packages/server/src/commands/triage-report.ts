import { AppError, type IntakeChannel, isLocalTeamLinked, type Triage } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findReport, triageReport as recordTriage } from '../db/repositories/report.repository';
import { storeConcern } from './add-concern';
import { applyPathwayStep } from './apply-pathway-step';
import {
  addStep,
  assertPersonsInHousehold,
  meetDeadlines,
  recordWrite,
  requireCase,
  startDeadline,
} from './casework';
import { loadCaseTeam } from './team-guards';

/**
 * KT2 triage: urgency, the concerns (what, about whom, held by whom — E-1) and the next step with a
 * rationale. Meets the triage deadline (and the RVT's deadline to involve the Lokaal Team). The next step
 * goes through the pathway's one transition use case, which opens the first investigation with its
 * deadlines — or, for a report the RVT received, the extended investigation straight away (§5.10 flow 2).
 * The triage is done together with the Lokaal Team, so a case still waiting for its vast gezicht is not
 * triaged yet (VAL-01). A report is triaged once: a second (or concurrent) triage changes nothing.
 * @throws AppError not_found | report_already_triaged | pathway_transition_not_allowed |
 *   local_team_not_linked | extended_investigation_needs_rvt_report
 */
export async function triageReport(
  ctx: RequestContext,
  householdId: string,
  reportId: string,
  input: Triage,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const report = await findReport(ctx.tx, c.caseId, reportId);
  if (!report || !c.viewer.sees(reportId)) {
    throw new AppError('not_found');
  }
  if (report.triagedAt) {
    throw new AppError('report_already_triaged');
  }
  // The triage is a joint look with the Lokaal Team (spec §1.3): it waits until the vast gezicht is linked.
  if (!isLocalTeamLinked((await loadCaseTeam(ctx, householdId)).team)) {
    throw new AppError('local_team_not_linked');
  }
  if (input.nextStep === 'KEEP_CURRENT' && c.pathwayState === 'SIGNAL_RECEIVED') {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from: c.pathwayState, to: c.pathwayState },
    });
  }
  await assertPersonsInHousehold(
    ctx,
    c.viewer,
    input.concerns.flatMap((x) => x.aboutPersonIds),
    'concerns',
  );
  const triaged = await recordTriage(ctx.tx, reportId, {
    urgency: input.urgency,
    nextStep: input.nextStep,
    triageRationale: input.rationale,
    triagedAt: ctx.now,
    triagedBy: ctx.actor.id,
  });
  if (!triaged) {
    throw new AppError('report_already_triaged');
  }
  for (const concern of input.concerns) {
    await storeConcern(ctx, c, concern, reportId);
  }
  await meetDeadlines(ctx, c, 'REPORT_TRIAGED', { subjectId: reportId });
  if (report.reporterKind === 'PROFESSIONAL' && !report.reporterAnonymous) {
    await startDeadline(ctx, c, 'REPORTER_FEEDBACK', reportId);
  }
  let investigationId: string | null = null;
  if (input.nextStep !== 'KEEP_CURRENT') {
    const step = await applyPathwayStep(ctx, c, {
      to: input.nextStep,
      trigger: 'TRIAGE',
      source: { type: 'report', id: reportId },
      reportChannel: report.channel as IntakeChannel,
    });
    investigationId = step.openedInvestigationId;
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'report.triaged',
      entityId: reportId,
      payload: { urgency: input.urgency, nextStep: input.nextStep, concernCount: input.concerns.length },
    },
    resourceType: 'report',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'report.triaged',
    params: { urgency: input.urgency },
    source: { type: 'report', id: reportId },
  });
  return { reportId, pathwayState: c.pathwayState, investigationId };
}
