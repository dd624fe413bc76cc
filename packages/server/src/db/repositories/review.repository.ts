import { sql } from 'kysely';
import type { Tx } from './tx';

/** Counter-reviews of petitions (KT7): assignment, the reviewer's pool, submission and findings. */

export async function insertReview(
  tx: Tx,
  row: {
    id: string;
    petitionId: string;
    householdId: string;
    reviewerId: string;
    reviewerOrganisationId: string;
    juristId: string;
    behaviouralScientistId: string;
    assignedBy: string;
    until: Date;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('petitionReviews')
    .values({ ...values, assignedAt: now })
    .execute();
}

function reviewQuery(tx: Tx) {
  return tx
    .selectFrom('petitionReviews as r')
    .innerJoin('accounts as ra', 'ra.id', 'r.reviewerId')
    .innerJoin('organisations as ro', 'ro.id', 'r.reviewerOrganisationId')
    .innerJoin('accounts as ja', 'ja.id', 'r.juristId')
    .innerJoin('accounts as ba', 'ba.id', 'r.behaviouralScientistId')
    .select([
      'r.id',
      'r.petitionId',
      'r.householdId',
      'r.reviewerId',
      'ra.displayName as reviewerName',
      'r.reviewerOrganisationId',
      'ro.name as reviewerOrganisationName',
      'ro.regionId as reviewerRegionId',
      'r.juristId',
      'ja.displayName as juristName',
      'r.behaviouralScientistId',
      'ba.displayName as behaviouralScientistName',
      'r.assignedBy',
      'r.assignedAt',
      'r.until',
      'r.submittedAt',
      'r.lapsedAt',
      'r.answers',
      'r.outcome',
      'r.unmetNeed',
    ]);
}

export async function listReviews(tx: Tx, petitionId: string) {
  return reviewQuery(tx)
    .where('r.petitionId', '=', petitionId)
    .orderBy('r.assignedAt')
    .orderBy('r.id')
    .execute();
}
export type ReviewRow = Awaited<ReturnType<typeof listReviews>>[number];

/** The reviews assigned to a reviewer (or a supporting jurist or behavioural scientist) that are still open. */
export async function listOpenReviewsOf(tx: Tx, accountId: string, now: Date) {
  return reviewQuery(tx)
    .innerJoin('petitions as p', 'p.id', 'r.petitionId')
    .select(['p.measureTypeId', 'p.addressee'])
    .where('r.submittedAt', 'is', null)
    .where('r.lapsedAt', 'is', null)
    .where('r.until', '>', now)
    .where((eb) =>
      eb.or([
        eb('r.reviewerId', '=', accountId),
        eb('r.juristId', '=', accountId),
        eb('r.behaviouralScientistId', '=', accountId),
      ]),
    )
    .orderBy('r.until')
    .orderBy('r.id')
    .execute();
}

/**
 * Submits the open review, once: only while it is open and its term has not passed.
 * @returns false when it was submitted already or expired
 */
export async function submitReview(
  tx: Tx,
  id: string,
  values: { answers: string; outcome: string; unmetNeed: string | null },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('petitionReviews')
    .set({ ...values, submittedAt: now, attestedAt: now })
    .where('id', '=', id)
    .where('submittedAt', 'is', null)
    .where('lapsedAt', 'is', null)
    .where('until', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Closes a review whose term passed without an answer, so it can be given to someone else. */
export async function lapseReview(tx: Tx, id: string, now: Date): Promise<boolean> {
  const result = await tx
    .updateTable('petitionReviews')
    .set({ lapsedAt: now })
    .where('id', '=', id)
    .where('submittedAt', 'is', null)
    .where('lapsedAt', 'is', null)
    .where('until', '<=', now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertFindings(
  tx: Tx,
  reviewId: string,
  householdId: string,
  findings: readonly { id: string; safeguard: string | null; groundId: string | null; text: string }[],
): Promise<void> {
  if (findings.length === 0) {
    return;
  }
  await tx
    .insertInto('petitionReviewFindings')
    .values(findings.map((f, i) => ({ ...f, reviewId, householdId, position: i + 1 })))
    .execute();
}

export async function listFindings(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionReviewFindings as f')
    .innerJoin('petitionReviews as r', 'r.id', 'f.reviewId')
    .select(['f.reviewId', 'f.safeguard', 'f.groundId', 'f.text'])
    .where('r.petitionId', '=', petitionId)
    .orderBy('f.reviewId')
    .orderBy('f.position')
    .execute();
}
export type FindingRow = Awaited<ReturnType<typeof listFindings>>[number];

/** Everyone who is or ever was in the household's case teams (LS-17: none of them may review). */
export async function everInvolvedProfessionalIds(tx: Tx, householdId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('caseTeamMembers')
    .select('professionalId')
    .distinct()
    .where('householdId', '=', householdId)
    .execute();
  return rows.map((r) => r.professionalId);
}

/**
 * Professionals holding a counter-review role (reviewer, jurist or behavioural scientist) in an RVT, with
 * their organisation's region: the pool the independence policy chooses from (KT7-R1).
 */
export async function listReviewPool(tx: Tx, accountIds?: readonly string[]) {
  let query = tx
    .selectFrom('organisationMemberships as om')
    .innerJoin('organisations as o', 'o.id', 'om.organisationId')
    .innerJoin('regions as rg', 'rg.id', 'o.regionId')
    .innerJoin('accounts as a', 'a.id', 'om.accountId')
    .select([
      'a.id as accountId',
      'a.displayName as name',
      'om.role',
      'o.id as organisationId',
      'o.name as organisationName',
      'o.regionId',
      'rg.name as regionName',
    ])
    .where('om.role', 'in', ['COUNTER_REVIEWER', 'JURIST', 'BEHAVIOURAL_SCIENTIST'])
    .where('om.endedAt', 'is', null)
    .where('o.kind', '=', 'RVT')
    .where('a.disabledAt', 'is', null);
  if (accountIds) {
    if (accountIds.length === 0) {
      return [];
    }
    query = query.where('a.id', 'in', [...accountIds]);
  }
  return query.orderBy('rg.name').orderBy('a.displayName').orderBy(sql`a.id`).execute();
}
export type ReviewPoolRow = Awaited<ReturnType<typeof listReviewPool>>[number];

/** Whether the actor's own review is open, submitted or expired (null: not the actor's review). */
export async function ownReviewState(
  tx: Tx,
  reviewId: string,
): Promise<'OPEN' | 'SUBMITTED' | 'EXPIRED' | null> {
  const result = await sql<{ state: 'OPEN' | 'SUBMITTED' | 'EXPIRED' | null }>`
    select app_own_review_state(${reviewId}::uuid) as state`.execute(tx);
  return result.rows[0]?.state ?? null;
}
