import type { Tx } from './tx';

/** Placements of children under a running measure, their return-home plans and contact (issue 10, KT8). */

export async function insertPlacement(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    caseId: string;
    measureId: string;
    childId: string;
    kind: string;
    place: string;
    withSiblings: boolean | null;
    startsOn: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('placements')
    .values({ ...values, createdAt: now })
    .execute();
}

/** Ends a placement at the version the caller saw. @returns false when it moved on or ended already */
export async function endPlacement(
  tx: Tx,
  id: string,
  version: number,
  end: { endsOn: string; endReason: string; returnedHome: boolean },
): Promise<boolean> {
  const result = await tx
    .updateTable('placements')
    .set({ ...end, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('endsOn', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function listPlacements(tx: Tx, householdId: string) {
  return tx
    .selectFrom('placements')
    .select([
      'id',
      'measureId',
      'childId',
      'kind',
      'place',
      'withSiblings',
      'startsOn',
      'endsOn',
      'endReason',
      'returnedHome',
      'version',
    ])
    .where('householdId', '=', householdId)
    .orderBy('childId')
    .orderBy('startsOn')
    .orderBy('createdAt')
    .execute();
}
export type PlacementRow = Awaited<ReturnType<typeof listPlacements>>[number];

export async function saveReturnHomePlan(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    measureId: string;
    childId: string;
    goal: string;
    conditions: string;
    reviewOn: string;
    updatedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('returnHomePlans')
    .values({ ...values, updatedAt: now })
    .execute();
}

/** Changes a return-home plan at the version the caller saw. @returns false when it moved on */
export async function updateReturnHomePlan(
  tx: Tx,
  id: string,
  version: number,
  plan: { goal: string; conditions: string; reviewOn: string; updatedBy: string; now: Date },
): Promise<boolean> {
  const { now, ...values } = plan;
  const result = await tx
    .updateTable('returnHomePlans')
    .set({ ...values, updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function listReturnHomePlans(tx: Tx, householdId: string) {
  return tx
    .selectFrom('returnHomePlans')
    .select(['id', 'measureId', 'childId', 'goal', 'conditions', 'reviewOn', 'updatedAt', 'version'])
    .where('householdId', '=', householdId)
    .orderBy('childId')
    .execute();
}
export type ReturnHomePlanRow = Awaited<ReturnType<typeof listReturnHomePlans>>[number];

export async function insertContactAgreement(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    measureId: string;
    childId: string;
    withPersonId: string | null;
    withName: string | null;
    timesPerMonth: number;
    supervised: boolean;
    startsOn: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('contactAgreements')
    .values({ ...values, createdAt: now })
    .execute();
}

export async function listContactAgreements(tx: Tx, householdId: string) {
  return tx
    .selectFrom('contactAgreements')
    .select([
      'id',
      'measureId',
      'childId',
      'withPersonId',
      'withName',
      'timesPerMonth',
      'supervised',
      'startsOn',
      'endsOn',
      'version',
    ])
    .where('householdId', '=', householdId)
    .orderBy('startsOn')
    .orderBy('id')
    .execute();
}
export type ContactAgreementRow = Awaited<ReturnType<typeof listContactAgreements>>[number];

export async function insertContactMoment(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    agreementId: string;
    onDate: string;
    happened: boolean;
    reason: string | null;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('contactMoments')
    .values({ ...values, recordedAt: now })
    .execute();
}

export async function listContactMoments(tx: Tx, householdId: string) {
  return tx
    .selectFrom('contactMoments')
    .select(['id', 'agreementId', 'onDate', 'happened', 'reason'])
    .where('householdId', '=', householdId)
    .orderBy('onDate')
    .orderBy('id')
    .execute();
}
export type ContactMomentRow = Awaited<ReturnType<typeof listContactMoments>>[number];
