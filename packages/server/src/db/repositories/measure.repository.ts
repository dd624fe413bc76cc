import type { Tx } from './tx';

/** Rulings of the authority (KT8) and the running measures they grant, with their persons. */

export async function insertRuling(
  tx: Tx,
  row: {
    id: string;
    petitionId: string;
    householdId: string;
    decidedOn: string;
    outcome: string;
    judge: string;
    legalGround: string | null;
    conditions: string | null;
    counterExpertise: string | null;
    hearings: string;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('rulings')
    .values({ ...values, recordedAt: now })
    .execute();
}

export async function listRulings(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('rulings as r')
    .leftJoin('runningMeasures as m', 'm.rulingId', 'r.id')
    .select([
      'r.id',
      'r.decidedOn',
      'r.outcome',
      'r.judge',
      'r.legalGround',
      'r.conditions',
      'r.counterExpertise',
      'r.hearings',
      'm.id as measureId',
    ])
    .where('r.petitionId', '=', petitionId)
    .orderBy('r.decidedOn')
    .orderBy('r.recordedAt')
    .execute();
}
export type RulingRow = Awaited<ReturnType<typeof listRulings>>[number];

export async function insertRunningMeasure(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    caseId: string;
    petitionId: string;
    rulingId: string;
    measureTypeId: string;
    executorOrganisationId: string | null;
    judge: string;
    startsOn: string;
    endsOn: string | null;
    endingGoals: string | null;
    personIds: readonly string[];
    now: Date;
  },
): Promise<void> {
  const { now, personIds, ...values } = row;
  await tx
    .insertInto('runningMeasures')
    .values({ ...values, createdAt: now })
    .execute();
  if (personIds.length > 0) {
    await tx
      .insertInto('runningMeasurePersons')
      .values(personIds.map((personId) => ({ measureId: row.id, householdId: row.householdId, personId })))
      .execute();
  }
}

/** The household's measures, running first, with the persons they apply to. */
export async function listMeasures(tx: Tx, householdId: string) {
  return tx
    .selectFrom('runningMeasures as m')
    .leftJoin('organisations as o', 'o.id', 'm.executorOrganisationId')
    .select((eb) => [
      'm.id',
      'm.caseId',
      'm.petitionId',
      'm.rulingId',
      'm.measureTypeId',
      'm.executorOrganisationId',
      'o.name as executorName',
      'm.judge',
      'm.startsOn',
      'm.endsOn',
      'm.endingGoals',
      'm.status',
      'm.endedOn',
      'm.endReason',
      'm.version',
      eb
        .fn<string[]>('array', [
          eb
            .selectFrom('runningMeasurePersons as p')
            .select('p.personId')
            .whereRef('p.measureId', '=', 'm.id'),
        ])
        .as('personIds'),
    ])
    .where('m.householdId', '=', householdId)
    .orderBy('m.status', 'desc')
    .orderBy('m.startsOn', 'desc')
    .execute();
}
export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

export async function insertOrderedHelp(
  tx: Tx,
  measureId: string,
  householdId: string,
  help: readonly { id: string; category: string; description: string }[],
): Promise<void> {
  if (help.length === 0) {
    return;
  }
  await tx
    .insertInto('measureOrderedHelp')
    .values(help.map((h, i) => ({ ...h, measureId, householdId, position: i + 1 })))
    .execute();
}

export async function listOrderedHelp(tx: Tx, householdId: string) {
  return tx
    .selectFrom('measureOrderedHelp')
    .select(['id', 'measureId', 'category', 'description'])
    .where('householdId', '=', householdId)
    .orderBy('measureId')
    .orderBy('position')
    .execute();
}
export type OrderedHelpRow = Awaited<ReturnType<typeof listOrderedHelp>>[number];

/** Ends a running measure at the version the caller saw. @returns false when it moved on or ended */
export async function endMeasure(
  tx: Tx,
  id: string,
  version: number,
  end: { endedOn: string; endReason: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('runningMeasures')
    .set({ ...end, status: 'ENDED', version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'RUNNING')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertMeasureEvaluation(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    measureId: string;
    evaluatedOn: string;
    summary: string;
    goalsReached: boolean;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('measureEvaluations')
    .values({ ...values, recordedAt: now })
    .execute();
}

export async function listMeasureEvaluations(tx: Tx, householdId: string) {
  return tx
    .selectFrom('measureEvaluations')
    .select(['id', 'measureId', 'evaluatedOn', 'summary', 'goalsReached'])
    .where('householdId', '=', householdId)
    .orderBy('evaluatedOn')
    .orderBy('id')
    .execute();
}
export type MeasureEvaluationRow = Awaited<ReturnType<typeof listMeasureEvaluations>>[number];
