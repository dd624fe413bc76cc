import {
  AppError,
  assertInterventionProgress,
  type InterventionProgress,
  type InterventionStatus,
  waitingDays,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { throwConflict } from './conflict';
import { addStep, fieldError, recordWrite, requireCase } from './casework';

const STATUS_NL = {
  STARTED: 'gestart',
  ENDED: 'beëindigd',
  UNAVAILABLE: 'niet beschikbaar (onvervulde hulpvraag)',
} as const;

/**
 * requested → started → ended, or requested → unavailable: help that was needed but not there is kept as
 * unmet need with its reason (KT4-R3). Optimistic: the caller sends the version it saw.
 */
export async function progressIntervention(
  ctx: RequestContext,
  householdId: string,
  interventionId: string,
  input: InterventionProgress,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const current = await ctx.tx
    .selectFrom('interventions')
    .select(['id', 'status', 'version', 'title', 'requestedOn', 'startedOn', 'targetPersonIds'])
    .where('id', '=', interventionId)
    .where('caseId', '=', access.caseId)
    .executeTakeFirst();
  if (!current) {
    throw new AppError('not_found');
  }
  if (current.version !== input.version) {
    throwConflict(
      await ctx.tx
        .selectFrom('interventions')
        .selectAll()
        .where('id', '=', interventionId)
        .executeTakeFirst(),
    );
  }
  assertInterventionProgress(current.status as InterventionStatus, input.status);
  const since = input.status === 'ENDED' ? current.startedOn : current.requestedOn;
  if (since && input.on < since) {
    fieldError('period_ends_before_start', 'on');
  }
  const changes =
    input.status === 'STARTED'
      ? { startedOn: input.on }
      : input.status === 'ENDED'
        ? { endedOn: input.on, endReason: input.reason }
        : { unavailableOn: input.on, unmetReason: input.reason };
  const updated = await ctx.tx
    .updateTable('interventions')
    .set({ ...changes, status: input.status, version: current.version + 1 })
    .where('id', '=', interventionId)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    // Another request changed it between our read and this write.
    throwConflict(
      await ctx.tx
        .selectFrom('interventions')
        .selectAll()
        .where('id', '=', interventionId)
        .executeTakeFirst(),
    );
  }
  await recordWrite(ctx, access, {
    event: 'intervention.progressed',
    resourceType: 'intervention',
    resourceId: interventionId,
    personIds: current.targetPersonIds,
    action: 'update',
    before: { status: current.status },
    after: {
      status: input.status,
      waitingDays: input.status === 'STARTED' ? waitingDays(current.requestedOn, input.on) : undefined,
    },
  });
  await addStep(
    ctx,
    access,
    `Hulp ${STATUS_NL[input.status]}: ${current.title}`,
    'reason' in input ? input.reason : '',
    current.targetPersonIds,
  );
  return { id: interventionId, version: current.version + 1 };
}
