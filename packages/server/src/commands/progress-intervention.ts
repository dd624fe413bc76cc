import {
  AppError,
  assertInterventionProgress,
  type InterventionProgress,
  type InterventionStatus,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findIntervention,
  progressIntervention as writeProgress,
} from '../db/repositories/intervention.repository';
import { presentIntervention } from '../presenters/intervention.presenter';
import { addStep, fieldError, recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';
import { todayInNetherlands } from '@gezinsdossier/domain';

/**
 * requested → started → ended, or requested → unavailable: help that was needed but not there is kept as
 * unmet need with its reason (KT4-R3). At the version the caller saw, checked in the update itself.
 */
export async function progressIntervention(
  ctx: RequestContext,
  householdId: string,
  interventionId: string,
  input: InterventionProgress,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const current = await findIntervention(ctx.tx, c.caseId, interventionId);
  if (!current || !c.viewer.sees(interventionId)) {
    throw new AppError('not_found');
  }
  const conflict = async () => {
    const now = await findIntervention(ctx.tx, c.caseId, interventionId);
    throwConflict(now ? presentIntervention(c.viewer, now, todayInNetherlands(ctx.now)) : null);
  };
  if (current.version !== input.version) {
    await conflict();
  }
  assertInterventionProgress(current.status as InterventionStatus, input.status, current.frame);
  const since = input.status === 'ENDED' ? current.startedOn : current.requestedOn;
  // (a withdrawal of consent after the start is dated from the request: the help may not have started yet)
  if (since && input.on < since) {
    fieldError('period_ends_before_start', 'on');
  }
  const change =
    input.status === 'STARTED'
      ? { status: input.status, startedOn: input.on }
      : input.status === 'ENDED'
        ? { status: input.status, endedOn: input.on, endReason: input.reason }
        : input.status === 'UNAVAILABLE'
          ? { status: input.status, unavailableOn: input.on, unmetReason: input.reason }
          : { status: input.status, declinedOn: input.on, declineReason: input.reason };
  if (!(await writeProgress(ctx.tx, interventionId, current.version, change))) {
    await conflict();
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'intervention.progressed',
      entityId: interventionId,
      personIds: current.targetPersonIds,
      payload: { status: input.status, previousStatus: current.status },
    },
    resourceType: 'intervention',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'intervention.progressed',
    params: { status: input.status },
    source: { type: 'intervention', id: interventionId },
    personIds: current.targetPersonIds,
  });
  return { id: interventionId, version: current.version + 1 };
}
