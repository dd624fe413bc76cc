import { INTAKE_CHANNELS, type IntakeChannel } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { ReportRow, ReporterFeedbackRow } from '../db/repositories/report.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const ReportSchema = named(
  'Report',
  z.strictObject({
    id: Id,
    kind: z.enum(['QUESTION', 'ADVICE_REQUEST', 'REPORT']),
    /** Who received it: a report the RVT received may go straight to an extended investigation (§5.10). */
    channel: z.enum(INTAKE_CHANNELS),
    receivedAt: Timestamp,
    summary: z.string(),
    /** KT2-R3: the reporter's identity for the duo only; others see the kind of reporter. */
    reporter: z.strictObject({
      kind: Code,
      anonymous: z.boolean(),
      name: z.string().nullable().optional(),
      organisation: z.string().nullable().optional(),
      contact: z.string().nullable().optional(),
      meldcodeStep: z.string().nullable().optional(),
    }),
    urgency: z.enum(['ROUTINE', 'PRIORITY', 'ACUTE']).nullable(),
    nextStep: Code.nullable(),
    triageRationale: z.string().nullable(),
    triagedAt: Timestamp.nullable(),
  }),
);
export type ReportJson = z.infer<typeof ReportSchema>;

export function presentReport(v: Viewer, r: ReportRow): ReportJson | null {
  if (!v.shows('casework.read', r.id)) {
    return null;
  }
  v.household();
  const identity = v.can('reporter.read');
  return {
    id: r.id,
    kind: r.kind as ReportJson['kind'],
    channel: r.channel as IntakeChannel,
    receivedAt: iso(r.receivedAt),
    summary: r.summary,
    reporter: identity
      ? {
          kind: r.reporterKind,
          anonymous: r.reporterAnonymous,
          name: r.reporterName,
          organisation: r.reporterOrganisation,
          contact: r.reporterContact,
          meldcodeStep: r.meldcodeStep,
        }
      : { kind: r.reporterKind, anonymous: r.reporterAnonymous },
    urgency: r.urgency as ReportJson['urgency'],
    nextStep: r.nextStep,
    triageRationale: r.triageRationale,
    triagedAt: iso(r.triagedAt),
  };
}

export const ReporterFeedbackSchema = named(
  'ReporterFeedback',
  z.strictObject({ id: Id, reportId: Id, kind: Code, sentAt: Timestamp }),
);
export type ReporterFeedbackJson = z.infer<typeof ReporterFeedbackSchema>;

/** A minimal message to a professional reporter; it goes with its report. */
export function presentReporterFeedback(v: Viewer, f: ReporterFeedbackRow): ReporterFeedbackJson | null {
  if (!v.shows('casework.read', f.id) || !v.sees(f.reportId)) {
    return null;
  }
  v.touch();
  return { id: f.id, reportId: f.reportId, kind: f.kind, sentAt: iso(f.sentAt) };
}
