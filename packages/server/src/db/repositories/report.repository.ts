import type { Tx } from './tx';

/** Questions, advice requests and reports (KT2), with the reporter kept apart from the timeline (KT2-R3). */

export async function insertReport(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    kind: string;
    channel: string;
    receivedAt: Date;
    receivedBy: string;
    receivedByOrganisationId: string;
    summary: string;
    reporterKind: string;
    reporterAnonymous: boolean;
    reporterName: string | null;
    reporterOrganisation: string | null;
    reporterContact: string | null;
    meldcodeStep: string | null;
  },
): Promise<void> {
  await tx.insertInto('reports').values(row).execute();
}

export async function findReport(tx: Tx, caseId: string, reportId: string) {
  return tx
    .selectFrom('reports')
    .select(['id', 'triagedAt', 'reporterKind', 'reporterAnonymous', 'receivedAt', 'channel'])
    .where('id', '=', reportId)
    .where('caseId', '=', caseId)
    .executeTakeFirst();
}

/**
 * Records the triage of a report, only if it has not been triaged yet: a second, concurrent triage changes
 * nothing. @returns false when the report was triaged already
 */
export async function triageReport(
  tx: Tx,
  reportId: string,
  triage: { urgency: string; nextStep: string; triageRationale: string; triagedAt: Date; triagedBy: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('reports')
    .set(triage)
    .where('id', '=', reportId)
    .where('triagedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listReports(tx: Tx, caseId: string) {
  return tx
    .selectFrom('reports')
    .select([
      'id',
      'kind',
      'channel',
      'receivedAt',
      'summary',
      'reporterKind',
      'reporterAnonymous',
      'reporterName',
      'reporterOrganisation',
      'reporterContact',
      'meldcodeStep',
      'urgency',
      'nextStep',
      'triageRationale',
      'triagedAt',
    ])
    .where('caseId', '=', caseId)
    .orderBy('receivedAt')
    .orderBy('id')
    .execute();
}
export type ReportRow = Awaited<ReturnType<typeof listReports>>[number];

export async function insertReporterFeedback(
  tx: Tx,
  row: {
    id: string;
    reportId: string;
    caseId: string;
    householdId: string;
    kind: string;
    sentAt: Date;
    sentBy: string;
  },
): Promise<void> {
  await tx.insertInto('reporterFeedback').values(row).execute();
}

export async function listReporterFeedback(tx: Tx, caseId: string) {
  return tx
    .selectFrom('reporterFeedback')
    .select(['id', 'reportId', 'kind', 'sentAt'])
    .where('caseId', '=', caseId)
    .orderBy('sentAt')
    .orderBy('id')
    .execute();
}
export type ReporterFeedbackRow = Awaited<ReturnType<typeof listReporterFeedback>>[number];
