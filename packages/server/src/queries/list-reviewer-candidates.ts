import {
  DEFAULT_PETITION_REVIEW_POLICY,
  type GateIssue,
  reviewerRefusals,
  supporterRefusals,
} from '@gezinsdossier/domain';
import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findPetition } from '../db/repositories/petition.repository';
import { requireHousehold } from '../policies/require';
import { gateContext } from './get-petition';
import { listReviewPool } from '../db/repositories/review.repository';
import { presentReviewerCandidate, type ReviewerCandidateJson } from '../presenters/legal-route.presenter';

/**
 * KT7-R1: the pool for a petition's counter-review — reviewers, jurists and behavioural scientists of the
 * RVTs — each with the reasons they may not take the role here (VAL-06: the independence policy, default
 * another RVT; LS-17: never the petitioner or anyone ever in the case team). Staff data, not client data.
 */
export async function listReviewerCandidates(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
): Promise<ReviewerCandidateJson[]> {
  const viewer = await requireHousehold(ctx, householdId, 'petition.file');
  const petition = await findPetition(ctx.tx, householdId, petitionId);
  if (!petition || !viewer.sees(petition.id)) {
    throw new AppError('not_found');
  }
  viewer.touch();
  const context = await gateContext(ctx, viewer);
  const pool = await listReviewPool(ctx.tx);
  return pool.map((row) => {
    const refusals: GateIssue[] =
      row.role === 'COUNTER_REVIEWER'
        ? reviewerRefusals(
            { professionalId: row.accountId, rvtRegionId: row.regionId, notInvolvedAttestation: true },
            {
              caseRegionId: context.householdRegionId,
              petitionerId: petition.petitionerId,
              caseTeamIds: [...context.everInvolvedIds],
            },
            DEFAULT_PETITION_REVIEW_POLICY,
          )
        : supporterRefusals(
            { professionalId: row.accountId, rvtRegionId: row.regionId },
            {
              caseRegionId: context.householdRegionId,
              petitionerId: petition.petitionerId,
              caseTeamIds: [...context.everInvolvedIds],
              reviewerId: null,
            },
            DEFAULT_PETITION_REVIEW_POLICY,
          );
    return presentReviewerCandidate(row, refusals);
  });
}
