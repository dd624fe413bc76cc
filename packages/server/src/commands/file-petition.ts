import { AppError, type FilingInput, GATE_SAFEGUARDS, todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { loadPetitionAggregate } from '../db/repositories/petition-aggregate';
import { lastSubmittedReview, petitionGate } from '../policies/petition-gate';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite } from './casework';
import { changePetition, gateError, issuesError, requirePetition } from './petition-guards';
import { showPetition, gateContext } from '../queries/get-petition';

/**
 * KT8: files the petition with the judge or the mayor. Only after a PROCEED review by an eligible reviewer
 * (VAL-05, LS-13) and a passing readiness gate (§6.4), checked again now against the petition as it is; the
 * safeguards checked are stored with the filing, so the judge can see what was checked and when.
 * @throws AppError petition_not_ready (every blocking point by safeguard id) | petition_state_invalid |
 *   version_conflict
 */
export async function filePetition(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: FilingInput,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.file');
  const aggregate = await loadPetitionAggregate(ctx.tx, a.petition);
  const blockers = petitionGate(aggregate, await gateContext(ctx, a.c.viewer));
  if (!['DRAFT', 'IN_REVIEW', 'REVIEWED'].includes(a.petition.state)) {
    throw new AppError('petition_state_invalid', { data: { state: a.petition.state } });
  }
  // Without a PROCEED review the gate says so (LS-13), with everything else that is missing.
  if (blockers.length > 0) {
    throw gateError(blockers);
  }
  // The gate passed, so the last review said PROCEED: the filing cannot be dated before that review.
  const review = lastSubmittedReview(aggregate.reviews) as NonNullable<
    ReturnType<typeof lastSubmittedReview>
  >;
  if (input.filedOn < todayInNetherlands(review.submittedAt as Date)) {
    throw issuesError('filing_before_review', [{ path: 'filedOn', code: 'filing_before_review' }]);
  }
  const passed = GATE_SAFEGUARDS.map((safeguard) => ({ safeguard, code: 'passed', ref: review.id }));
  await changePetition(
    ctx,
    a,
    { version: input.version, states: ['REVIEWED'] },
    {
      state: 'FILED',
      filedOn: input.filedOn,
      court: input.court,
      filedBy: ctx.actor.id,
      filedGate: JSON.stringify(passed),
    },
  );
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.filed',
      entityId: petitionId,
      payload: { filedOn: input.filedOn, gatePassed: true, reviewId: review.id },
    },
    resourceType: 'petition',
    action: 'update',
  });
  await addStep(ctx, a.c, { code: 'petition.filed', source: { type: 'petition', id: petitionId } });
  await applyPathwayStep(ctx, a.c, {
    to: 'AWAITING_DECISION',
    trigger: 'LEGAL_ROUTE',
    source: { type: 'petition', id: petitionId },
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
