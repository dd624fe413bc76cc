import { AppError, type UrgentSafetyEnd, urgentSafetyReturns } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endEpisode, findActiveEpisode } from '../db/repositories/spoed.repository';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite, requireCase } from './casework';

/**
 * Ends the urgent-safety episode with the immediate measures taken, the safety reached and the explicit
 * return to the pathway (KT5-R3): back where the case was, or one escalation step (the domain's
 * `urgentSafetyReturns`), through the one transition use case — so the state entered gets what it needs
 * (an extended investigation opens one) and the deadlines of the state left are cancelled. An episode ends
 * once: a second (or concurrent) end changes nothing.
 * @throws AppError urgent_safety_not_active | pathway_transition_not_allowed
 */
export async function endUrgentSafety(
  ctx: RequestContext,
  householdId: string,
  input: UrgentSafetyEnd,
  episodeId?: string,
) {
  const c = await requireCase(ctx, householdId, 'urgent_safety.manage');
  const episode = await findActiveEpisode(ctx.tx, c.caseId);
  if (!episode || (episodeId !== undefined && episode.id !== episodeId)) {
    throw new AppError('urgent_safety_not_active');
  }
  const returnTo = input.returnTo ?? c.pathwayState;
  if (!urgentSafetyReturns(c.pathwayState).includes(returnTo)) {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from: c.pathwayState, to: returnTo, allowed: urgentSafetyReturns(c.pathwayState) },
    });
  }
  const ended = await endEpisode(ctx.tx, episode.id, {
    immediateMeasures: input.immediateMeasures,
    safetyReached: input.safetyReached,
    returnedTo: returnTo,
    endedAt: ctx.now,
    endedBy: ctx.actor.id,
  });
  if (!ended) {
    throw new AppError('urgent_safety_not_active');
  }
  if (returnTo !== c.pathwayState) {
    await applyPathwayStep(ctx, c, {
      to: returnTo,
      trigger: 'URGENT_SAFETY_RETURN',
      source: { type: 'urgent_safety', id: episode.id },
    });
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'urgent_safety.ended',
      entityId: episode.id,
      payload: { returnedTo: returnTo, measureCount: input.immediateMeasures.length },
    },
    resourceType: 'urgent_safety',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'urgent_safety.ended',
    params: { returnedTo: returnTo },
    source: { type: 'urgent_safety', id: episode.id },
  });
  return { id: episode.id, pathwayState: c.pathwayState };
}
