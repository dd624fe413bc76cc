import { randomUUID } from 'node:crypto';
import { AppError, type ReporterFeedbackKind } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { meetDeadlines, recordWrite, requireCase } from './casework';

/**
 * Feedback to a professional reporter on what happened next: one of a few fixed, minimal messages (no case
 * content), logged as a disclosure in the access log and the change history.
 */
export async function sendReporterFeedback(
  ctx: RequestContext,
  householdId: string,
  reportId: string,
  kind: ReporterFeedbackKind,
) {
  const access = await requireCase(ctx, householdId, 'reporter.read');
  const report = await ctx.tx
    .selectFrom('reports')
    .select(['id', 'reporterKind', 'reporterAnonymous'])
    .where('id', '=', reportId)
    .where('caseId', '=', access.caseId)
    .executeTakeFirst();
  if (!report) {
    throw new AppError('not_found');
  }
  if (report.reporterKind !== 'PROFESSIONAL' || report.reporterAnonymous) {
    throw new AppError('feedback_needs_professional_reporter');
  }
  const id = randomUUID();
  await ctx.tx
    .insertInto('reporterFeedback')
    .values({ id, reportId, caseId: access.caseId, householdId, kind, sentAt: ctx.now, sentBy: ctx.actor.id })
    .execute();
  await meetDeadlines(ctx, access.caseId, ['REPORTER_FEEDBACK'], reportId);
  await recordWrite(ctx, access, {
    event: 'reporter_feedback.sent',
    resourceType: 'reporter_feedback',
    resourceId: id,
    action: 'export',
    after: { kind },
  });
  return { id, kind, sentAt: ctx.now };
}
