import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, recordWrite, requireCase, transitionPathway } from './casework';

/** The independent expert's advice is in: the extended investigation continues and decides again. */
export async function recordExpertAdvice(
  ctx: RequestContext,
  householdId: string,
  consultId: string,
  advice: string,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const consult = await ctx.tx
    .selectFrom('expertConsults')
    .select(['id', 'advisedAt'])
    .where('id', '=', consultId)
    .where('caseId', '=', access.caseId)
    .executeTakeFirst();
  if (!consult) {
    throw new AppError('not_found');
  }
  if (consult.advisedAt || access.pathwayState !== 'INDEPENDENT_EXPERT') {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from: access.pathwayState, to: 'EXTENDED_INVESTIGATION' },
    });
  }
  await ctx.tx
    .updateTable('expertConsults')
    .set({ advice, advisedAt: ctx.now })
    .where('id', '=', consultId)
    .execute();
  await recordWrite(ctx, access, {
    event: 'expert_consult.advised',
    resourceType: 'expert_consult',
    resourceId: consultId,
    action: 'update',
  });
  await addStep(ctx, access, 'Advies onafhankelijke deskundige ontvangen', advice);
  await transitionPathway(ctx, access, 'EXTENDED_INVESTIGATION', 'Advies ontvangen');
  return { pathwayState: access.pathwayState };
}
