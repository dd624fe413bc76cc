import { randomUUID } from 'node:crypto';
import type { Tx } from './tx';

/** The judgements of a decision (E-2, E-3, E-5 and the decision questions), one row each, per round. */

export async function insertJudgements(
  tx: Tx,
  investigationId: string,
  householdId: string,
  round: number,
  judgements: readonly {
    question: string;
    value: 'YES' | 'NO' | 'UNCLEAR';
    rationale: string;
    householdView: string | null;
  }[],
): Promise<void> {
  if (judgements.length === 0) {
    return;
  }
  await tx
    .insertInto('judgements')
    .values(
      judgements.map((j, position) => ({
        id: randomUUID(),
        investigationId,
        householdId,
        round,
        position,
        ...j,
      })),
    )
    .execute();
}

export async function listJudgements(tx: Tx, caseId: string) {
  return tx
    .selectFrom('judgements as j')
    .innerJoin('investigations as i', 'i.id', 'j.investigationId')
    .select([
      'j.id',
      'j.investigationId',
      'j.round',
      'j.question',
      'j.value',
      'j.rationale',
      'j.householdView',
    ])
    .where('i.caseId', '=', caseId)
    .orderBy('j.investigationId')
    .orderBy('j.round')
    .orderBy('j.position')
    .execute();
}
export type JudgementRow = Awaited<ReturnType<typeof listJudgements>>[number];
