import { randomUUID } from 'node:crypto';
import { AppError, type IntakeChannel, type IntakeCreate, todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertReport } from '../db/repositories/report.repository';
import { globalRules } from '../policies/global';
import { requireHousehold } from '../policies/require';
import { authorizeGlobal } from '../policies/rulebook';
import { addStep, caseOf, recordWrite, startDeadline } from './casework';
import { openHousehold } from './create-household';
import { reopenCaseIfClosed } from './reopen-case';

/**
 * KT2: records a question, advice request or report, about a household found by searching first or a new
 * one (KT2-R1: one intake for the Lokaal Team, the RVT and the crisis service, so opening the dossier for it
 * is part of recording it). The reporter is stored apart from the timeline (KT2-R3). Starts the triage
 * deadline from the day the report was received; a report the RVT receives also starts the deadline to
 * involve the Lokaal Team (spec §1.3, KT2-R2). A report the RVT or the crisis service receives about a family
 * not yet known may open the dossier before the Lokaal Team is linked (VAL-01's exception, AMB-06): the
 * case then waits for its vast gezicht, with that deadline. When the previous pathway was closed, a new case
 * opens with the same team.
 * @throws AppError permission_denied | local_team_required | fixed_professional_not_local_team | not_found
 */
export async function recordIntake(ctx: RequestContext, input: IntakeCreate) {
  authorizeGlobal(globalRules, ctx.actor, 'intake.create');
  const channelMembership = ctx.actor.memberships.find((m) =>
    (['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE'] as const).includes(m.organisationKind as IntakeChannel),
  );
  if (!channelMembership) {
    throw new AppError('not_found');
  }
  const channel = channelMembership.organisationKind as IntakeChannel;
  let householdId = input.householdId;
  let openedWithoutLocalTeam = false;
  if (input.newHousehold) {
    const opened = await openHousehold(ctx, input.newHousehold, {
      opener: channelMembership,
      intake: { kind: input.kind, channel },
    });
    householdId = opened.householdId;
    openedWithoutLocalTeam = !opened.localTeamLinked;
  }
  if (!householdId) {
    throw new AppError('validation_failed');
  }
  const viewer = await requireHousehold(ctx, householdId, 'household.read');
  await reopenCaseIfClosed(ctx, viewer);
  const c = await caseOf(ctx, viewer);
  const reportId = randomUUID();
  const reporter = input.reporter;
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : ctx.now;
  await insertReport(ctx.tx, {
    id: reportId,
    caseId: c.caseId,
    householdId,
    kind: input.kind,
    channel,
    receivedAt,
    receivedBy: ctx.actor.id,
    receivedByOrganisationId: channelMembership.organisationId,
    summary: input.summary,
    reporterKind: reporter.kind,
    reporterAnonymous: reporter.anonymous,
    reporterName: reporter.anonymous ? null : (reporter.name ?? null),
    reporterOrganisation: reporter.organisation ?? null,
    reporterContact: reporter.anonymous ? null : (reporter.contact ?? null),
    meldcodeStep: reporter.meldcodeStep ?? null,
  });
  const receivedOn = todayInNetherlands(receivedAt);
  const triageDue = await startDeadline(ctx, c, 'TRIAGE', reportId, receivedOn);
  const localTeamDue =
    channel === 'RVT' || openedWithoutLocalTeam
      ? await startDeadline(ctx, c, 'LINK_LOCAL_TEAM', reportId, receivedOn)
      : null;
  await recordWrite(ctx, viewer, {
    event: {
      type: 'report.received',
      entityId: reportId,
      payload: { kind: input.kind, channel, reporterKind: reporter.kind, anonymous: reporter.anonymous },
    },
    resourceType: 'report',
  });
  await addStep(ctx, c, {
    code: 'report.received',
    params: { kind: input.kind },
    source: { type: 'report', id: reportId },
  });
  return { reportId, householdId, caseId: c.caseId, triageDue, localTeamDue };
}
