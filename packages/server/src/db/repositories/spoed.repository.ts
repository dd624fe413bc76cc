import type { Tx } from './tx';

/** Spoed (KT5): urgent-safety episodes overlaying the pathway. */

export async function insertEpisode(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    situation: string;
    stateAtStart: string;
    startedAt: Date;
    startedBy: string;
  },
): Promise<void> {
  await tx.insertInto('urgentSafetyEpisodes').values(row).execute();
}

export async function findActiveEpisode(tx: Tx, caseId: string) {
  return tx
    .selectFrom('urgentSafetyEpisodes')
    .select(['id', 'stateAtStart', 'startedAt'])
    .where('caseId', '=', caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
}

/** Ends an episode once: a second, concurrent end changes nothing. @returns false when it had ended */
export async function endEpisode(
  tx: Tx,
  id: string,
  end: {
    immediateMeasures: string[];
    safetyReached: string;
    returnedTo: string;
    endedAt: Date;
    endedBy: string;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('urgentSafetyEpisodes')
    .set({ ...end, immediateMeasures: JSON.stringify(end.immediateMeasures) })
    .where('id', '=', id)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listEpisodes(tx: Tx, caseId: string) {
  return tx
    .selectFrom('urgentSafetyEpisodes')
    .select([
      'id',
      'situation',
      'stateAtStart',
      'startedAt',
      'immediateMeasures',
      'safetyReached',
      'returnedTo',
      'endedAt',
    ])
    .where('caseId', '=', caseId)
    .orderBy('startedAt')
    .orderBy('id')
    .execute();
}
export type EpisodeRow = Awaited<ReturnType<typeof listEpisodes>>[number];
