import { randomUUID } from 'node:crypto';
import { AppError, type ReporterFeedbackKind } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findReport, insertReporterFeedback } from '../db/repositories/report.repository';
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
  const c = await requireCase(ctx, householdId, 'reporter.read');
  const report = await findReport(ctx.tx, c.caseId, reportId);
  if (!report || !c.viewer.sees(reportId)) {
    throw new AppError('not_found');
  }
  if (report.reporterKind !== 'PROFESSIONAL' || report.reporterAnonymous) {
    throw new AppError('feedback_needs_professional_reporter');
  }
  const id = randomUUID();
  await insertReporterFeedback(ctx.tx, {
    id,
    reportId,
    caseId: c.caseId,
    householdId,
    kind,
    sentAt: ctx.now,
    sentBy: ctx.actor.id,
  });
  await meetDeadlines(ctx, c, 'FEEDBACK_SENT', { subjectId: reportId });
  await recordWrite(ctx, c.viewer, {
    event: { type: 'reporter_feedback.sent', entityId: id, payload: { reportId, kind } },
    resourceType: 'reporter_feedback',
    action: 'export',
  });
  return { id, kind, sentAt: ctx.now.toISOString() };
}
