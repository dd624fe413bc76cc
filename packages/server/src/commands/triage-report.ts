import { randomUUID } from 'node:crypto';
import { AppError, type Triage } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertConcern } from './add-concern';
import {
  addStep,
  assertPersonsInHousehold,
  type CaseAccess,
  meetDeadlines,
  recordWrite,
  requireCase,
  startDeadline,
  transitionPathway,
} from './casework';

/**
 * KT2 triage: urgency, the concerns (what, about whom, held by whom — E-1) and the next step with a
 * rationale. Meets the triage deadline (and the RVT's deadline to involve the Lokaal Team). Choosing a
 * first investigation opens it (KT3a, led by the Lokaal Team) with its contact and decision deadlines.
 */
export async function triageReport(
  ctx: RequestContext,
  householdId: string,
  reportId: string,
  input: Triage,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const report = await ctx.tx
    .selectFrom('reports')
    .select(['id', 'triagedAt', 'reporterKind', 'reporterAnonymous'])
    .where('id', '=', reportId)
    .where('caseId', '=', access.caseId)
    .executeTakeFirst();
  if (!report) {
    throw new AppError('not_found');
  }
  if (report.triagedAt) {
    throw new AppError('report_already_triaged');
  }
  if (input.nextStep === 'KEEP_CURRENT' && access.pathwayState === 'SIGNAL_RECEIVED') {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from: access.pathwayState, to: access.pathwayState },
    });
  }
  await assertPersonsInHousehold(
    ctx,
    householdId,
    input.concerns.flatMap((c) => c.aboutPersonIds),
    'concerns',
  );
  if (input.nextStep !== 'KEEP_CURRENT') {
    await transitionPathway(ctx, access, input.nextStep, input.rationale);
  }
  for (const concern of input.concerns) {
    await insertConcern(ctx, access, concern, reportId);
  }
  await ctx.tx
    .updateTable('reports')
    .set({
      urgency: input.urgency,
      nextStep: input.nextStep,
      triageRationale: input.rationale,
      triagedAt: ctx.now,
      triagedBy: ctx.actor.id,
    })
    .where('id', '=', reportId)
    .execute();
  await meetDeadlines(ctx, access.caseId, ['TRIAGE', 'LINK_LOCAL_TEAM'], reportId);
  if (report.reporterKind === 'PROFESSIONAL' && !report.reporterAnonymous) {
    await startDeadline(ctx, access, 'REPORTER_FEEDBACK', 'FIXED_PROFESSIONAL', reportId);
  }
  let investigationId: string | null = null;
  if (input.nextStep === 'FIRST_INVESTIGATION') {
    investigationId = await openInvestigation(ctx, access, 'FIRST');
  }
  await recordWrite(ctx, access, {
    event: 'report.triaged',
    resourceType: 'report',
    resourceId: reportId,
    action: 'update',
    after: { urgency: input.urgency, nextStep: input.nextStep, concerns: input.concerns.length },
  });
  await addStep(ctx, access, `Beoordeeld: urgentie ${URGENCY_NL[input.urgency]}`, input.rationale);
  return { reportId, pathwayState: access.pathwayState, investigationId };
}

const URGENCY_NL = { ROUTINE: 'gewoon', PRIORITY: 'voorrang', ACUTE: 'acuut' } as const;

/**
 * Opens an investigation with its deadlines: a first one is led by the Lokaal Team, an extended one by the
 * RVT (the Lokaal Team stays involved, spec §5 KT3b).
 */
export async function openInvestigation(
  ctx: RequestContext,
  access: CaseAccess,
  kind: 'FIRST' | 'EXTENDED',
): Promise<string> {
  const id = randomUUID();
  await ctx.tx
    .insertInto('investigations')
    .values({
      id,
      caseId: access.caseId,
      householdId: access.householdId,
      kind,
      leadOrganisationKind: kind === 'FIRST' ? 'LOCAL_TEAM' : 'RVT',
      startedAt: ctx.now,
      startedBy: ctx.actor.id,
      ruleSetVersion: access.ruleSetVersion,
    })
    .execute();
  if (kind === 'FIRST') {
    await startDeadline(ctx, access, 'FIRST_CONTACT', 'FIXED_PROFESSIONAL', id);
    await startDeadline(ctx, access, 'FIRST_INVESTIGATION_DECISION', 'FIXED_PROFESSIONAL', id);
  } else {
    await startDeadline(ctx, access, 'EXTENDED_INVESTIGATION_DECISION', 'RVT_PARTNER', id);
  }
  await recordWrite(ctx, access, {
    event: 'investigation.started',
    resourceType: 'investigation',
    resourceId: id,
    after: { kind },
  });
  return id;
}
