import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findConsult, recordAdvice } from '../db/repositories/expert-consult.repository';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite, requireCase } from './casework';

/**
 * The independent expert's advice is in: the extended investigation continues and decides again. Advice is
 * recorded once; a second (or concurrent) advice changes nothing and says the advice is in already.
 * @throws AppError not_found | expert_advice_recorded | pathway_transition_not_allowed
 */
export async function recordExpertAdvice(
  ctx: RequestContext,
  householdId: string,
  consultId: string,
  advice: string,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const consult = await findConsult(ctx.tx, c.caseId, consultId);
  if (!consult || !c.viewer.sees(consultId)) {
    throw new AppError('not_found');
  }
  if (consult.advisedAt) {
    throw new AppError('expert_advice_recorded');
  }
  if (c.pathwayState !== 'INDEPENDENT_EXPERT') {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from: c.pathwayState, to: 'EXTENDED_INVESTIGATION' },
    });
  }
  // Checked in the update itself: of two concurrent advices, the second finds it recorded.
  if (!(await recordAdvice(ctx.tx, consultId, advice, ctx.now))) {
    throw new AppError('expert_advice_recorded');
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'expert_consult.advised',
      entityId: consultId,
      payload: { investigationId: consult.investigationId },
    },
    resourceType: 'expert_consult',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'expert_consult.advised',
    source: { type: 'expert_consult', id: consultId },
  });
  await applyPathwayStep(ctx, c, {
    to: 'EXTENDED_INVESTIGATION',
    trigger: 'EXPERT_ADVICE',
    source: { type: 'expert_consult', id: consultId },
  });
  return { pathwayState: c.pathwayState };
}
