import { AppError, todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { loadPetitionAggregate } from '../db/repositories/petition-aggregate';
import { findPetition } from '../db/repositories/petition.repository';
import { everInvolvedProfessionalIds } from '../db/repositories/review.repository';
import { type GateContext, petitionGate } from '../policies/petition-gate';
import { requireHousehold } from '../policies/require';
import { type PetitionJson, presentPetition } from '../presenters/petition.presenter';
import { shownBack, type Viewer } from '../presenters/viewer';

/**
 * One petition with everything it rests on and its gate, for the case team and for the counter-reviewer of
 * its open review (whose ground opens the petition and nothing else of the household). The petition use
 * cases show the petition back through `currentPetition`.
 */
export async function getPetition(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
): Promise<PetitionJson> {
  const viewer = await requireHousehold(ctx, householdId, 'petition.read');
  viewer.resource = { action: 'read', type: 'petition', id: petitionId };
  const petition = await currentPetition(ctx, viewer, petitionId);
  if (!petition) {
    throw new AppError('not_found');
  }
  return petition;
}

/** The gate's context for this household: today, its region, and everyone ever in its case teams. */
export async function gateContext(ctx: RequestContext, viewer: Viewer): Promise<GateContext> {
  return {
    today: todayInNetherlands(ctx.now),
    householdRegionId: viewer.access.regionId,
    everInvolvedIds: await everInvolvedProfessionalIds(ctx.tx, viewer.householdId),
  };
}

/** The petition as this viewer may see it now, with its gate (for answers and conflict answers). */
export async function currentPetition(ctx: RequestContext, viewer: Viewer, petitionId: string) {
  const petition = await findPetition(ctx.tx, viewer.householdId, petitionId);
  if (!petition) {
    return null;
  }
  const aggregate = await loadPetitionAggregate(ctx.tx, petition);
  if (!reviewsThisPetition(viewer, aggregate.reviews)) {
    return null;
  }
  const context = await gateContext(ctx, viewer);
  return presentPetition(viewer, aggregate, {
    gate: petitionGate(aggregate, context),
    today: context.today,
    now: ctx.now,
  });
}

/**
 * VAL-06: a viewer who reads petitions only as a counter-reviewer (or supporter) reads the one petition under
 * their review, not the household's earlier or later ones.
 */
function reviewsThisPetition(viewer: Viewer, reviews: readonly { id: string }[]): boolean {
  const grounds = viewer.access.grounds;
  const review = grounds.find((g) => g.kind === 'COUNTER_REVIEWER');
  const other = grounds.some((g) => g.kind === 'TEAM_MEMBER' || g.kind === 'BREAK_GLASS');
  return (
    other || !review || (review.kind === 'COUNTER_REVIEWER' && reviews.some((r) => r.id === review.reviewId))
  );
}

/** The petition a write just changed, shown back as the writer may see it. */
export async function showPetition(
  ctx: RequestContext,
  viewer: Viewer,
  petitionId: string,
): Promise<PetitionJson> {
  return shownBack(await currentPetition(ctx, viewer, petitionId));
}
