import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endShield as writeEnd, findShield } from '../db/repositories/shielding.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

/** Ends a shielding record (the item is shown again), with a reason, at the version the caller saw. */
export async function endShield(
  ctx: RequestContext,
  householdId: string,
  shieldId: string,
  input: { reason: string; version: number },
) {
  const viewer = await requireHousehold(ctx, householdId, 'shielding.manage');
  const shield = await findShield(ctx.tx, householdId, shieldId);
  if (!shield) {
    throw new AppError('not_found');
  }
  if (
    !(await writeEnd(ctx.tx, shieldId, input.version, {
      endedAt: ctx.now,
      endedBy: ctx.actor.id,
      endReason: input.reason,
    }))
  ) {
    const current = await findShield(ctx.tx, householdId, shieldId);
    throwConflict(
      current
        ? { id: current.id, endedAt: current.endedAt?.toISOString() ?? null, version: current.version }
        : null,
    );
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'shielding.ended',
      entityId: shieldId,
      payload: { itemType: shield.itemType as 'person' },
    },
    resourceType: 'shielding_record',
    action: 'update',
  });
  return { id: shieldId, version: input.version + 1 };
}
