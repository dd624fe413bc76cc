import { randomUUID } from 'node:crypto';
import { AppError, type IntakeChannel, type IntakeCreate, todayInNetherlands } from '@gezinsdossier/domain';
import { rulePackOn } from '@gezinsdossier/domain/deadlines';
import type { RequestContext } from '../context';
import { findOpenCase, listTeam } from '../db/repositories/team.repository';
import { globalRules } from '../policies/global';
import { requireHousehold } from '../policies/require';
import { authorize } from '../policies/rulebook';
import { addStep, recordWrite, requireCase, startDeadline } from './casework';
import { createHousehold } from './create-household';

/**
 * KT2: records a question, advice request or report, about a household found by searching first or a new
 * one. The reporter is stored apart from the timeline (KT2-R3). Starts the triage deadline; a report the
 * RVT receives also starts the deadline to involve the Lokaal Team together (spec §1.3, KT2-R2). When the
 * previous pathway was closed, a new case opens with the same team: the vast gezicht stays.
 */
export async function recordIntake(ctx: RequestContext, input: IntakeCreate) {
  authorize(globalRules, ctx.actor, 'intake.create', null);
  const channelMembership = ctx.actor.memberships.find((m) =>
    (['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE'] as const).includes(m.organisationKind as IntakeChannel),
  );
  if (!channelMembership) {
    throw new AppError('not_found');
  }
  let householdId = input.householdId;
  if (input.newHousehold) {
    householdId = (await createHousehold(ctx, input.newHousehold)).householdId;
  }
  if (!householdId) {
    throw new AppError('validation_failed');
  }
  await requireHousehold(ctx, householdId, 'household.read');
  await reopenCaseIfClosed(ctx, householdId);
  const access = await requireCase(ctx, householdId, 'household.read');
  const reportId = randomUUID();
  const channel = channelMembership.organisationKind as IntakeChannel;
  const reporter = input.reporter;
  await ctx.tx
    .insertInto('reports')
    .values({
      id: reportId,
      caseId: access.caseId,
      householdId,
      kind: input.kind,
      channel,
      receivedAt: input.receivedAt ? new Date(input.receivedAt) : ctx.now,
      receivedBy: ctx.actor.id,
      receivedByOrganisationId: channelMembership.organisationId,
      summary: input.summary,
      reporterKind: reporter.kind,
      reporterAnonymous: reporter.anonymous,
      reporterName: reporter.anonymous ? null : (reporter.name ?? null),
      reporterOrganisation: reporter.organisation ?? null,
      reporterContact: reporter.anonymous ? null : (reporter.contact ?? null),
      meldcodeStep: reporter.meldcodeStep ?? null,
    })
    .execute();
  const triageDue = await startDeadline(ctx, access, 'TRIAGE', 'FIXED_PROFESSIONAL', reportId);
  if (channel === 'RVT') {
    await startDeadline(ctx, access, 'LINK_LOCAL_TEAM', 'FIXED_PROFESSIONAL', reportId);
  }
  await recordWrite(ctx, access, {
    event: 'report.received',
    resourceType: 'report',
    resourceId: reportId,
    after: { kind: input.kind, channel, reporterKind: reporter.kind, anonymous: reporter.anonymous },
  });
  await addStep(ctx, access, KIND_TITLES[input.kind], input.summary);
  return { reportId, householdId, caseId: access.caseId, triageDue };
}

const KIND_TITLES = {
  QUESTION: 'Vraag ontvangen',
  ADVICE_REQUEST: 'Adviesvraag ontvangen',
  REPORT: 'Melding ontvangen',
} as const;

/** A closed pathway stays as it was; a new worry starts a new case with the active team copied. */
export async function reopenCaseIfClosed(ctx: RequestContext, householdId: string): Promise<void> {
  const current = await findOpenCase(ctx.tx, householdId);
  if (current?.pathwayState !== 'CLOSED') {
    return;
  }
  const team = (await listTeam(ctx.tx, current.id)).filter((t) => t.endedAt === null);
  await ctx.tx.updateTable('cases').set({ closedAt: ctx.now }).where('id', '=', current.id).execute();
  const caseId = randomUUID();
  await ctx.tx
    .insertInto('cases')
    .values({
      id: caseId,
      householdId,
      openedAt: ctx.now,
      ruleSetVersion: rulePackOn(todayInNetherlands(ctx.now)).version,
    })
    .execute();
  for (const member of team) {
    await ctx.tx
      .insertInto('caseTeamMembers')
      .values({
        id: randomUUID(),
        caseId,
        householdId,
        professionalId: member.professionalId,
        organisationId: member.organisationId,
        role: member.role,
        expertise: member.expertise,
        startedAt: ctx.now,
      })
      .execute();
  }
}
