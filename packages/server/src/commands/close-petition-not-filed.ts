import { AppError, type PetitionNotFiled } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listReviews } from '../db/repositories/review.repository';
import { lastSubmittedReview } from '../policies/petition-gate';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite } from './casework';
import { changePetition, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * KT7 outcome (b), DO_NOT_FILE: a legal measure is too heavy. The petition is closed without filing and the
 * family returns to voluntary help. Where the measure was proposed because the help that was needed was not
 * available, that unmet need is recorded with it (the reviewer's finding, or the team's words), so it is
 * counted where help is missing rather than lost.
 * @throws AppError petition_state_invalid (the last review did not say DO_NOT_FILE) | version_conflict
 */
export async function closePetitionNotFiled(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: PetitionNotFiled,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.file');
  const review = lastSubmittedReview(await listReviews(ctx.tx, petitionId));
  if (a.petition.state === 'REVIEWED' && review?.outcome !== 'DO_NOT_FILE') {
    throw new AppError('petition_state_invalid', {
      data: { state: a.petition.state, outcome: review?.outcome ?? null },
    });
  }
  const unmetNeed = input.unmetNeed ?? review?.unmetNeed ?? null;
  await changePetition(
    ctx,
    a,
    { version: input.version, states: ['REVIEWED'] },
    {
      state: 'NOT_FILED',
      notFiledReason: input.reason,
      unmetNeed,
    },
  );
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.not_filed',
      entityId: petitionId,
      payload: { reviewId: (review as NonNullable<typeof review>).id, unmetNeed: unmetNeed !== null },
    },
    resourceType: 'petition',
    action: 'update',
  });
  await addStep(ctx, a.c, { code: 'petition.not_filed', source: { type: 'petition', id: petitionId } });
  await applyPathwayStep(ctx, a.c, {
    to: 'VOLUNTARY_HELP',
    trigger: 'LEGAL_ROUTE',
    reason: input.reason,
    source: { type: 'petition', id: petitionId },
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
