import { AppError, type UrgentSafetyEnd } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, recordWrite, requireCase, transitionPathway } from './casework';

/**
 * Ends the urgent-safety episode with the immediate measures taken, the safety reached and the explicit
 * return to the pathway (KT5-R3): back where the case was, or one allowed step on (§4.3).
 * @throws AppError urgent_safety_not_active | pathway_transition_not_allowed
 */
export async function endUrgentSafety(ctx: RequestContext, householdId: string, input: UrgentSafetyEnd) {
  const access = await requireCase(ctx, householdId, 'urgent_safety.manage');
  const episode = await ctx.tx
    .selectFrom('urgentSafetyEpisodes')
    .select(['id', 'stateAtStart'])
    .where('caseId', '=', access.caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  if (!episode) {
    throw new AppError('urgent_safety_not_active');
  }
  const returnTo = input.returnTo ?? access.pathwayState;
  if (returnTo !== access.pathwayState) {
    await transitionPathway(ctx, access, returnTo, `Na spoed: ${input.safetyReached}`);
  }
  await ctx.tx
    .updateTable('urgentSafetyEpisodes')
    .set({
      immediateMeasures: JSON.stringify(input.immediateMeasures),
      safetyReached: input.safetyReached,
      returnedTo: returnTo,
      endedAt: ctx.now,
      endedBy: ctx.actor.id,
    })
    .where('id', '=', episode.id)
    .execute();
  await recordWrite(ctx, access, {
    event: 'urgent_safety.ended',
    resourceType: 'urgent_safety',
    resourceId: episode.id,
    action: 'update',
    after: { measures: input.immediateMeasures.length, returnedTo: returnTo },
  });
  await addStep(
    ctx,
    access,
    'Spoed afgerond: terug naar het gewone traject',
    [
      `Genomen maatregelen: ${input.immediateMeasures.join('; ')}`,
      `Bereikte veiligheid: ${input.safetyReached}`,
    ].join('\n'),
  );
  return { id: episode.id, pathwayState: access.pathwayState };
}
