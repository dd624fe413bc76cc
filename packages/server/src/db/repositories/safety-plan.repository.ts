import type { Tx } from './tx';

/** The versioned safety plan and its events (breaches, evaluations). */

export async function insertPlanVersion(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    versionNo: number;
    conditions: string[];
    agreements: { text: string; owner: { kind: string; name: string } }[];
    checkDates: string[];
    familyAgreementStatus: string;
    familyAgreementNote: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('safetyPlanVersions')
    .values({
      ...values,
      conditions: JSON.stringify(row.conditions),
      agreements: JSON.stringify(row.agreements),
      checkDates: JSON.stringify(row.checkDates),
      createdAt: now,
    })
    .execute();
}

/** The newest version of the case's safety plan, if any. */
export async function latestPlanVersion(tx: Tx, caseId: string): Promise<PlanVersionRow | undefined> {
  return (await listPlanVersions(tx, caseId, 1))[0];
}

export async function listPlanVersions(tx: Tx, caseId: string, limit = 1000) {
  return tx
    .selectFrom('safetyPlanVersions')
    .select([
      'id',
      'versionNo',
      'conditions',
      'agreements',
      'checkDates',
      'familyAgreementStatus',
      'familyAgreementNote',
      'createdAt',
    ])
    .where('caseId', '=', caseId)
    .orderBy('versionNo', 'desc')
    .limit(limit)
    .execute();
}
export type PlanVersionRow = Awaited<ReturnType<typeof listPlanVersions>>[number];

export async function insertPlanEvent(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    kind: 'BREACH' | 'EVALUATION';
    occurredOn: string;
    description: string;
    followUp: string | null;
    conditionsMet: string | null;
    householdView: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('safetyPlanEvents')
    .values({ ...values, createdAt: now })
    .execute();
}

export async function listPlanEvents(tx: Tx, caseId: string) {
  return tx
    .selectFrom('safetyPlanEvents')
    .select([
      'id',
      'kind',
      'occurredOn',
      'description',
      'followUp',
      'conditionsMet',
      'householdView',
      'createdAt',
    ])
    .where('caseId', '=', caseId)
    .orderBy('occurredOn')
    .orderBy('id')
    .execute();
}
export type PlanEventRow = Awaited<ReturnType<typeof listPlanEvents>>[number];
