import { sql } from 'kysely';
import type { DecisionPolicy } from '@gezinsdossier/domain';
import type { Tx } from './tx';

/** Weighty decisions (issue 10 point 1), their facts and gates, and the region's gate configuration. */

export async function findDecisionPolicy(tx: Tx, regionId: string, decisionType: string) {
  return tx
    .selectFrom('decisionPolicies')
    .select(['decisionType', 'reviewRoles', 'fourEyesRoles', 'reason', 'version', 'updatedAt'])
    .where('regionId', '=', regionId)
    .where('decisionType', '=', decisionType)
    .executeTakeFirst();
}

export async function listDecisionPolicies(tx: Tx, regionId: string) {
  return tx
    .selectFrom('decisionPolicies')
    .select(['decisionType', 'reviewRoles', 'fourEyesRoles', 'reason', 'version', 'updatedAt'])
    .where('regionId', '=', regionId)
    .orderBy('decisionType')
    .execute();
}
export type DecisionPolicyRow = Awaited<ReturnType<typeof listDecisionPolicies>>[number];

/**
 * Writes a region's gates for one decision type at the version the administrator saw (0: none yet).
 * @returns false when another change came first
 */
export async function saveDecisionPolicy(
  tx: Tx,
  row: {
    regionId: string;
    decisionType: string;
    policy: DecisionPolicy;
    reason: string;
    by: string;
    now: Date;
  },
  expectedVersion: number,
): Promise<boolean> {
  const values = {
    reviewRoles: row.policy.review?.roles ?? null,
    fourEyesRoles: row.policy.fourEyes?.roles ?? null,
    reason: row.reason,
    updatedBy: row.by,
    updatedAt: row.now,
  };
  if (expectedVersion === 0) {
    const inserted = await tx
      .insertInto('decisionPolicies')
      .values({ regionId: row.regionId, decisionType: row.decisionType, version: 1, ...values })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await tx
    .updateTable('decisionPolicies')
    .set({ ...values, version: expectedVersion + 1 })
    .where('regionId', '=', row.regionId)
    .where('decisionType', '=', row.decisionType)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export interface NewDecision {
  id: string;
  householdId: string;
  caseId: string;
  type: string;
  status: string;
  decidedBy: string;
  decidedAt: Date;
  organisationId: string | null;
  rule: string | null;
  rulePackVersion: string;
  reasons: string;
  childInterest: string | null;
  familyView: string | null;
  alternatives: unknown[];
  heard: unknown[];
  dissent: unknown[];
  policy: DecisionPolicy;
  subjectType: string | null;
  subjectId: string | null;
  command: string | null;
  commandInput: unknown;
  facts: { factId: string; factVersion: number }[];
}

export async function insertDecision(tx: Tx, d: NewDecision): Promise<void> {
  const { facts, alternatives, heard, dissent, policy, commandInput, ...values } = d;
  await tx
    .insertInto('decisions')
    .values({
      ...values,
      alternatives: JSON.stringify(alternatives),
      heard: JSON.stringify(heard),
      dissent: JSON.stringify(dissent),
      policy: JSON.stringify(policy),
      commandInput: commandInput === null ? null : JSON.stringify(commandInput),
      takenAt: d.status === 'TAKEN' ? d.decidedAt : null,
    })
    .execute();
  if (facts.length > 0) {
    await tx
      .insertInto('decisionFacts')
      .values(facts.map((f) => ({ decisionId: d.id, householdId: d.householdId, ...f })))
      .execute();
  }
}

const DECISION_COLUMNS = [
  'd.id',
  'd.caseId',
  'd.householdId',
  'd.type',
  'd.status',
  'd.decidedBy',
  'a.displayName as decidedByName',
  'd.decidedAt',
  'd.organisationId',
  'd.rule',
  'd.rulePackVersion',
  'd.reasons',
  'd.childInterest',
  'd.familyView',
  'd.alternatives',
  'd.heard',
  'd.dissent',
  'd.policy',
  'd.subjectType',
  'd.subjectId',
  'd.command',
  'd.commandInput',
  'd.takenAt',
  'd.closedReason',
  'd.version',
] as const;

function decisionQuery(tx: Tx) {
  return tx
    .selectFrom('decisions as d')
    .innerJoin('accounts as a', 'a.id', 'd.decidedBy')
    .select(DECISION_COLUMNS);
}

export async function findDecision(tx: Tx, householdId: string, decisionId: string) {
  return decisionQuery(tx)
    .where('d.householdId', '=', householdId)
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
}

export async function listDecisions(tx: Tx, caseId: string) {
  return decisionQuery(tx)
    .where('d.caseId', '=', caseId)
    .orderBy('d.decidedAt', 'desc')
    .orderBy('d.id')
    .execute();
}

/** The decision of a type waiting for its gates in a case, if any (one at a time). */
export async function findWaitingDecision(tx: Tx, caseId: string, type: string) {
  return tx
    .selectFrom('decisions')
    .select(['id'])
    .where('caseId', '=', caseId)
    .where('type', '=', type)
    .where('status', 'in', ['AWAITING_REVIEW', 'AWAITING_APPROVAL'])
    .executeTakeFirst();
}

/** Decisions of others waiting for a gate in the cases where the account is in the team (its worklist). */
export async function listWaitingDecisionsFor(tx: Tx, accountId: string) {
  return (
    decisionQuery(tx)
      .innerJoin('caseTeamMembers as t', (join) =>
        join
          .onRef('t.caseId', '=', 'd.caseId')
          .on('t.professionalId', '=', accountId)
          .on('t.endedAt', 'is', null),
      )
      .select(['t.organisationId as viewerOrganisationId'])
      .distinctOn(['d.decidedAt', 'd.id'])
      .where('d.status', 'in', ['AWAITING_REVIEW', 'AWAITING_APPROVAL'])
      .where('d.decidedBy', '<>', accountId)
      // Only what this member's role may answer at the gate it waits for, and not answered by them already.
      .where(
        sql<boolean>`case d.status when 'AWAITING_REVIEW' then d.policy->'review'->'roles' else d.policy->'fourEyes'->'roles' end ? t.role`,
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('decisionGates as g')
              .select('g.id')
              .whereRef('g.decisionId', '=', 'd.id')
              .where('g.answeredBy', '=', accountId),
          ),
        ),
      )
      // A decision about an item withheld from this professional is not theirs to see.
      .where(
        sql<boolean>`(d.subject_id is null
        or not exists (select 1 from shielding_records sr where sr.household_id = d.household_id and sr.ended_at is null)
        or not app_item_withheld(d.household_id, d.subject_id))`,
      )
      .orderBy('d.decidedAt')
      .orderBy('d.id')
      .limit(200)
      .execute()
  );
}

export type DecisionRow = Awaited<ReturnType<typeof listDecisions>>[number];

/** Moves a decision on at the version the caller saw. @returns false when it moved on first */
export async function updateDecisionStatus(
  tx: Tx,
  decisionId: string,
  expectedVersion: number,
  change: { status: string; takenAt?: Date; closedReason?: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('decisions')
    .set({
      status: change.status,
      ...(change.takenAt ? { takenAt: change.takenAt } : {}),
      ...(change.closedReason ? { closedReason: change.closedReason } : {}),
      version: expectedVersion + 1,
    })
    .where('id', '=', decisionId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertDecisionGate(
  tx: Tx,
  row: {
    id: string;
    decisionId: string;
    householdId: string;
    gate: string;
    outcome: string;
    bestForHousehold: string | null;
    followsFromInformation: string | null;
    rationale: string;
    answeredBy: string;
    answeredAt: Date;
  },
): Promise<void> {
  await tx.insertInto('decisionGates').values(row).execute();
}

export async function listDecisionGates(tx: Tx, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) {
    return [];
  }
  return tx
    .selectFrom('decisionGates as g')
    .innerJoin('accounts as a', 'a.id', 'g.answeredBy')
    .select([
      'g.id',
      'g.decisionId',
      'g.gate',
      'g.outcome',
      'g.bestForHousehold',
      'g.followsFromInformation',
      'g.rationale',
      'g.answeredBy',
      'a.displayName as answeredByName',
      'g.answeredAt',
    ])
    .where('g.decisionId', 'in', decisionIds)
    .orderBy('g.answeredAt')
    .orderBy('g.id')
    .execute();
}
export type DecisionGateRow = Awaited<ReturnType<typeof listDecisionGates>>[number];

export async function listDecisionFacts(tx: Tx, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) {
    return [];
  }
  return tx
    .selectFrom('decisionFacts')
    .select(['decisionId', 'factId', 'factVersion'])
    .where('decisionId', 'in', decisionIds)
    .orderBy('factId')
    .execute();
}
export type DecisionFactRow = Awaited<ReturnType<typeof listDecisionFacts>>[number];
