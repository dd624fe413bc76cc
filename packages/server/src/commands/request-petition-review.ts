import { randomUUID } from 'node:crypto';
import {
  AppError,
  DEFAULT_PETITION_REVIEW_POLICY,
  type GateIssue,
  isReviewIssue,
  type ReviewRequest,
  reviewerRefusals,
  supporterRefusals,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { loadPetitionAggregate } from '../db/repositories/petition-aggregate';
import { insertReview, lapseReview, listReviewPool, listReviews } from '../db/repositories/review.repository';
import { petitionGate } from '../policies/petition-gate';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite } from './casework';
import { changePetition, gateError, requirePetition } from './petition-guards';
import { showPetition, gateContext } from '../queries/get-petition';

/**
 * KT7: sends a complete petition to organised counter-review (VAL-05, LS-13). Everything but the review
 * must be in order first, so the reviewer reads a finished petition. The reviewer, jurist and behavioural
 * scientist are chosen from the pool under the independence policy (AMB-02, default: not involved, from
 * another RVT — VAL-06); the petitioner and anyone ever in the case team are refused (LS-17). The reviewer
 * and the two supporters then hold an access ground to this petition for the review's term.
 * @throws AppError petition_not_ready (blockers by safeguard id) | reviewer_not_eligible (refusals by
 *   safeguard id) | petition_state_invalid | version_conflict
 */
export async function requestPetitionReview(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: ReviewRequest,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.file');
  const policy = DEFAULT_PETITION_REVIEW_POLICY;
  const reviews = await listReviews(ctx.tx, petitionId);
  const open = reviews.find((r) => r.submittedAt === null && r.lapsedAt === null);
  // A review whose term passed without an answer may be given to someone else.
  const reassigning = a.petition.state === 'IN_REVIEW' && (!open || open.until <= ctx.now);
  if (!reassigning && a.petition.state !== 'DRAFT') {
    throw new AppError('petition_state_invalid', { data: { state: a.petition.state, allowed: ['DRAFT'] } });
  }
  const context = await gateContext(ctx, a.c.viewer);
  const blockers = petitionGate(await loadPetitionAggregate(ctx.tx, a.petition), context).filter(
    (i) => !isReviewIssue(i),
  );
  if (blockers.length > 0) {
    throw gateError(blockers);
  }
  const pool = await listReviewPool(ctx.tx, [input.reviewerId, input.juristId, input.behaviouralScientistId]);
  const holds = (id: string, role: string) => pool.find((p) => p.accountId === id && p.role === role);
  const refusals: GateIssue[] = [];
  const reviewer = holds(input.reviewerId, 'COUNTER_REVIEWER');
  if (!reviewer) {
    refusals.push({ safeguard: 'VAL-06', code: 'reviewer_not_in_pool', ref: input.reviewerId });
  } else {
    refusals.push(
      ...reviewerRefusals(
        { professionalId: reviewer.accountId, rvtRegionId: reviewer.regionId, notInvolvedAttestation: true },
        {
          caseRegionId: context.householdRegionId,
          petitionerId: a.petition.petitionerId,
          caseTeamIds: [...context.everInvolvedIds, ctx.actor.id],
        },
        policy,
      ),
    );
  }
  for (const [id, role] of [
    [input.juristId, 'JURIST'],
    [input.behaviouralScientistId, 'BEHAVIOURAL_SCIENTIST'],
  ] as const) {
    const supporter = holds(id, role);
    if (!supporter) {
      refusals.push({ safeguard: 'VAL-06', code: `${role.toLowerCase()}_not_in_pool`, ref: id });
    } else {
      refusals.push(
        ...supporterRefusals(
          { professionalId: supporter.accountId, rvtRegionId: supporter.regionId },
          {
            caseRegionId: context.householdRegionId,
            petitionerId: a.petition.petitionerId,
            caseTeamIds: [...context.everInvolvedIds],
            reviewerId: input.reviewerId,
          },
          policy,
        ),
      );
    }
  }
  if (refusals.length > 0) {
    throw new AppError('reviewer_not_eligible', {
      data: { refusals: refusals.map((r) => ({ safeguard: r.safeguard, code: r.code, ref: r.ref ?? null })) },
      issues: refusals.map((r) => ({
        path:
          r.ref === input.reviewerId
            ? 'reviewerId'
            : r.ref === input.juristId
              ? 'juristId'
              : 'behaviouralScientistId',
        code: r.code,
        message: `${r.safeguard} ${r.code}`,
      })),
    });
  }
  await changePetition(
    ctx,
    a,
    { version: input.version, states: [reassigning ? 'IN_REVIEW' : 'DRAFT'] },
    {
      state: 'IN_REVIEW',
    },
  );
  if (reassigning && open && !(await lapseReview(ctx.tx, open.id, ctx.now))) {
    throw new AppError('version_conflict', { data: { current: { state: a.petition.state } } });
  }
  const id = randomUUID();
  await insertReview(ctx.tx, {
    id,
    petitionId,
    householdId,
    reviewerId: input.reviewerId,
    reviewerOrganisationId: (reviewer as NonNullable<typeof reviewer>).organisationId,
    juristId: input.juristId,
    behaviouralScientistId: input.behaviouralScientistId,
    assignedBy: ctx.actor.id,
    until: new Date(ctx.now.getTime() + policy.termDays * 86_400_000),
    now: ctx.now,
  });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.review_requested',
      entityId: petitionId,
      payload: {
        reviewId: id,
        reviewerId: input.reviewerId,
        reviewerOrganisationId: (reviewer as NonNullable<typeof reviewer>).organisationId,
        policy: policy.pool,
      },
    },
    resourceType: 'petition_review',
  });
  if (!reassigning) {
    await addStep(ctx, a.c, {
      code: 'petition.review_requested',
      source: { type: 'petition', id: petitionId },
    });
    await applyPathwayStep(ctx, a.c, {
      to: 'REVIEW',
      trigger: 'LEGAL_ROUTE',
      source: { type: 'petition', id: petitionId },
    });
  }
  return showPetition(ctx, a.c.viewer, petitionId);
}
