import { randomUUID } from 'node:crypto';
import { addCalendarDays } from '@gezinsdossier/domain/deadlines';
import { type AddressRecord, AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { presentAddress } from '../presenters/address.presenter';
import { throwConflict } from './conflict';
import {
  currentAddresses,
  endAddress,
  insertAddress,
  listAddresses,
} from '../db/repositories/address.repository';
import { requireHousehold } from '../policies/require';
import type { Viewer } from '../presenters/viewer';
import { assertPersonsInHousehold, recordWrite } from './casework';

/**
 * Records where one or more members live from a date: each gets an address item of their own (so one can
 * be withheld from another member), and each one's current address ends the day before. A move is
 * history, never an edit.
 */
export async function recordAddress(ctx: RequestContext, householdId: string, input: AddressRecord) {
  const viewer = await requireHousehold(ctx, householdId, 'person.update');
  await assertPersonsInHousehold(ctx, viewer, input.personIds, 'personIds');
  return { ids: await storeAddress(ctx, viewer, input) };
}

/** Stores the address items and ends the previous ones; the persons are checked by the caller. */
export async function storeAddress(
  ctx: RequestContext,
  viewer: Viewer,
  input: AddressRecord,
): Promise<string[]> {
  const ids: string[] = [];
  const previous = await currentAddresses(ctx.tx, viewer.householdId, input.personIds);
  for (const personId of [...new Set(input.personIds)]) {
    const current = previous.find((a) => a.personId === personId);
    if (current) {
      if (input.from <= current.validFrom) {
        throw new AppError('period_ends_before_start', {
          issues: [{ path: 'from', code: 'period_ends_before_start', message: 'period_ends_before_start' }],
        });
      }
      const validTo = addCalendarDays(input.from, -1);
      if (!(await endAddress(ctx.tx, current.id, current.version, validTo))) {
        // Someone recorded a move for this person at the same moment: answer with the address as it is now.
        const now = (await listAddresses(ctx.tx, viewer.householdId)).find((a) => a.id === current.id);
        throwConflict(now ? presentAddress(viewer, now) : null);
      }
      await recordWrite(ctx, viewer, {
        event: {
          type: 'address.ended',
          entityId: current.id,
          personIds: [personId],
          payload: { personId, validTo },
        },
        resourceType: 'address',
        action: 'update',
      });
    }
    const id = randomUUID();
    await insertAddress(ctx.tx, {
      id,
      householdId: viewer.householdId,
      personId,
      street: input.street ?? null,
      houseNumber: input.houseNumber,
      postcode: input.postcode,
      town: input.town ?? null,
      validFrom: input.from,
      createdBy: ctx.actor.id,
      now: ctx.now,
    });
    await recordWrite(ctx, viewer, {
      event: {
        type: 'address.recorded',
        entityId: id,
        personIds: [personId],
        payload: { personId, validFrom: input.from, previousAddressId: current?.id ?? null },
      },
      resourceType: 'address',
    });
    ids.push(id);
  }
  return ids;
}
