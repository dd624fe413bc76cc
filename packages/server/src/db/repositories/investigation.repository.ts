import type { Tx } from './tx';

/** Investigations (KT3) and their decisions; judgements are rows of their own (judgement.repository). */

export async function insertInvestigation(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    kind: 'FIRST' | 'EXTENDED';
    leadOrganisationKind: 'LOCAL_TEAM' | 'RVT';
    startedAt: Date;
    startedBy: string;
    ruleSetVersion: string;
  },
): Promise<void> {
  await tx.insertInto('investigations').values(row).execute();
}

/** The open (undecided, not cancelled) investigation of a case, if any. */
export async function findOpenInvestigation(tx: Tx, caseId: string) {
  return tx
    .selectFrom('investigations')
    .select(['id', 'kind', 'decisionRound'])
    .where('caseId', '=', caseId)
    .where('decidedAt', 'is', null)
    .where('cancelledAt', 'is', null)
    .executeTakeFirst();
}

/**
 * Records a decision on an open investigation at the round the caller saw; a final decision closes it.
 * Two concurrent decisions cannot both pass: the round moves on with the first.
 * @returns false when the investigation was decided or cancelled meanwhile
 */
export async function recordDecision(
  tx: Tx,
  investigationId: string,
  round: number,
  decision: {
    final: boolean;
    decidedBy: string;
    now: Date;
    proposedRule: string;
    proposalOptions: string[];
    outcome: string;
    deviates: boolean;
    rationale: string;
    householdView: string | null;
    deviationReason: string | null;
    reducibleVia: string[];
  },
): Promise<boolean> {
  const { final, now, decidedBy, ...fields } = decision;
  const result = await tx
    .updateTable('investigations')
    .set({
      ...fields,
      decisionRound: round + 1,
      ...(final ? { decidedAt: now, decidedBy } : {}),
    })
    .where('id', '=', investigationId)
    .where('decisionRound', '=', round)
    .where('decidedAt', 'is', null)
    .where('cancelledAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Cancels an open investigation that the case leaves without a decision (e.g. a return after spoed). */
export async function cancelInvestigation(tx: Tx, investigationId: string, reason: string, now: Date) {
  const result = await tx
    .updateTable('investigations')
    .set({ cancelledAt: now, cancelReason: reason })
    .where('id', '=', investigationId)
    .where('decidedAt', 'is', null)
    .where('cancelledAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listInvestigations(tx: Tx, caseId: string) {
  return tx
    .selectFrom('investigations')
    .select((eb) => [
      // The organisation the decider decided for (their involvement in this case), for the appeal route.
      eb
        .selectFrom('caseTeamMembers as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisationId')
        .select('o.kind')
        .whereRef('m.caseId', '=', 'investigations.caseId')
        .whereRef('m.professionalId', '=', 'investigations.decidedBy')
        .orderBy('m.startedAt', 'desc')
        .limit(1)
        .as('deciderOrganisationKind'),
      eb
        .selectFrom('caseTeamMembers as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisationId')
        .select('o.legalNature')
        .whereRef('m.caseId', '=', 'investigations.caseId')
        .whereRef('m.professionalId', '=', 'investigations.decidedBy')
        .orderBy('m.startedAt', 'desc')
        .limit(1)
        .as('deciderLegalNature'),
      'id',
      'kind',
      'leadOrganisationKind',
      'startedAt',
      'decidedAt',
      'cancelledAt',
      'cancelReason',
      'proposedRule',
      'proposalOptions',
      'outcome',
      'deviates',
      'rationale',
      'householdView',
      'deviationReason',
      'reducibleVia',
      'decisionRound',
      'ruleSetVersion',
    ])
    .where('caseId', '=', caseId)
    .orderBy('startedAt')
    .orderBy('id')
    .execute();
}
export type InvestigationRow = Awaited<ReturnType<typeof listInvestigations>>[number];

export async function insertInvestigationConcerns(
  tx: Tx,
  investigationId: string,
  householdId: string,
  concernIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(concernIds)];
  if (ids.length === 0) {
    return;
  }
  await tx
    .insertInto('investigationConcerns')
    .values(ids.map((concernId) => ({ investigationId, concernId, householdId })))
    .onConflict((c) => c.doNothing())
    .execute();
}

export async function listInvestigationConcerns(tx: Tx, caseId: string) {
  return tx
    .selectFrom('investigationConcerns as ic')
    .innerJoin('investigations as i', 'i.id', 'ic.investigationId')
    .select(['ic.investigationId', 'ic.concernId'])
    .where('i.caseId', '=', caseId)
    .execute();
}
