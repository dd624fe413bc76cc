import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listReviews } from '../db/repositories/review.repository';
import { lastSubmittedReview } from '../policies/petition-gate';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite } from './casework';
import { changePetition, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * KT7 outcome (c), CORRECT_FIRST: the petition goes back to the drafting table to correct what the reviewer
 * found; it needs a new review before it can be filed. The case returns to petition preparation.
 * @throws AppError petition_state_invalid (the last review did not ask for corrections) | version_conflict
 */
export async function reopenPetition(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  version: number,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.file');
  const review = lastSubmittedReview(await listReviews(ctx.tx, petitionId));
  if (a.petition.state === 'REVIEWED' && review?.outcome !== 'CORRECT_FIRST') {
    throw new AppError('petition_state_invalid', {
      data: { state: a.petition.state, outcome: review?.outcome ?? null },
    });
  }
  await changePetition(ctx, a, { version, states: ['REVIEWED'] }, { state: 'DRAFT' });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.reopened',
      entityId: petitionId,
      payload: { reviewId: (review as NonNullable<typeof review>).id },
    },
    resourceType: 'petition',
    action: 'update',
  });
  await addStep(ctx, a.c, { code: 'petition.reopened', source: { type: 'petition', id: petitionId } });
  await applyPathwayStep(ctx, a.c, {
    to: 'PETITION_PREPARATION',
    trigger: 'LEGAL_ROUTE',
    source: { type: 'petition', id: petitionId },
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
