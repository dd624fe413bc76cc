import { randomUUID } from 'node:crypto';
import { AppError, type ReviewSubmission } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findPetition, listGrounds, updatePetition } from '../db/repositories/petition.repository';
import {
  insertFindings,
  listReviews,
  ownReviewState,
  submitReview,
} from '../db/repositories/review.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';
import { issuesError } from './petition-guards';

/**
 * KT7-R2/R3: the counter-reviewer answers the three review questions, attests that they are not involved with
 * the household (VAL-06), and gives the outcome: PROCEED, DO_NOT_FILE (too heavy a measure) or CORRECT_FIRST,
 * with findings that point at the grounds or safeguards concerned. The outcome decides what the case team
 * may do next (file, not file, or correct); the review is stored and shown to the family and the judge
 * (KT7-R4). Only the assigned reviewer submits, once, within the review's term; submitting ends the
 * reviewer's access to the petition.
 * @throws AppError review_not_open | review_reviewer_only | review_finding_ground_unknown | unmet_need_only_when_not_filed
 */
export async function submitPetitionReview(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  reviewId: string,
  input: ReviewSubmission,
) {
  const viewer = await requireHousehold(ctx, householdId, 'petition.review').catch(async (error: unknown) => {
    // The reviewer's ground ends with the submission: a second attempt is told the review is closed.
    if (error instanceof AppError && error.code === 'not_found' && (await ownReviewState(ctx.tx, reviewId))) {
      throw new AppError('review_not_open');
    }
    throw error;
  });
  const petition = await findPetition(ctx.tx, householdId, petitionId);
  const review = (await listReviews(ctx.tx, petitionId)).find((r) => r.id === reviewId);
  if (!petition || !review || !viewer.sees(petition.id)) {
    throw new AppError('not_found');
  }
  if (review.reviewerId !== ctx.actor.id) {
    throw new AppError('review_reviewer_only');
  }
  if (
    review.submittedAt !== null ||
    review.lapsedAt !== null ||
    review.until <= ctx.now ||
    petition.state !== 'IN_REVIEW'
  ) {
    throw new AppError('review_not_open');
  }
  const grounds = new Set((await listGrounds(ctx.tx, petitionId)).map((g) => g.id));
  const unknownGround = input.findings.findIndex((f) => f.groundId && !grounds.has(f.groundId));
  if (unknownGround >= 0) {
    throw issuesError('review_finding_ground_unknown', [
      { path: `findings.${unknownGround}.groundId`, code: 'review_finding_ground_unknown' },
    ]);
  }
  if (input.unmetNeed && input.outcome !== 'DO_NOT_FILE') {
    throw issuesError('unmet_need_only_when_not_filed', [
      { path: 'unmetNeed', code: 'unmet_need_only_when_not_filed' },
    ]);
  }
  const answers = {
    bestSolution: input.bestSolution,
    followsFromInformation: input.followsFromInformation,
    legalFoundation: input.legalFoundation,
  };
  await insertFindings(
    ctx.tx,
    reviewId,
    householdId,
    input.findings.map((f) => ({
      id: randomUUID(),
      safeguard: f.safeguard ?? null,
      groundId: f.groundId ?? null,
      text: f.text,
    })),
  );
  if (
    !(await updatePetition(
      ctx.tx,
      petitionId,
      { version: petition.version, states: ['IN_REVIEW'] },
      { state: 'REVIEWED' },
      ctx.now,
    ))
  ) {
    throw new AppError('review_not_open');
  }
  // Last: submitting ends the reviewer's ground (and so their right to write the rows above).
  if (
    !(await submitReview(
      ctx.tx,
      reviewId,
      { answers: JSON.stringify(answers), outcome: input.outcome, unmetNeed: input.unmetNeed ?? null },
      ctx.now,
    ))
  ) {
    throw new AppError('review_not_open');
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'petition.reviewed',
      entityId: petitionId,
      payload: {
        reviewId,
        outcome: input.outcome,
        findingCount: input.findings.length,
        unmetNeed: Boolean(input.unmetNeed),
      },
    },
    resourceType: 'petition_review',
    action: 'update',
  });
  // The reviewer's ground ended with the submission: the answer is the review's receipt, not the petition.
  return { id: reviewId, outcome: input.outcome, submittedAt: ctx.now.toISOString() };
}
