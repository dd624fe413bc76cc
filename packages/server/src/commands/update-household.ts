import { AppError, type HouseholdUpdate } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import {
  findHousehold,
  findMunicipality,
  updateHousehold as writeHousehold,
} from '../db/repositories/household.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { throwConflict } from './conflict';

/**
 * Renames a household, records its address, or its move to another municipality (and so region).
 * Version-checked.
 */
export async function updateHousehold(ctx: RequestContext, householdId: string, input: HouseholdUpdate) {
  const access = await requireHousehold(ctx, householdId, 'household.update');
  const before = await findHousehold(ctx.tx, householdId);
  const patch: Parameters<typeof writeHousehold>[3] = {};
  if (input.displayName !== undefined) {
    patch.displayName = input.displayName;
  }
  if (input.postcode !== undefined && input.houseNumber !== undefined) {
    patch.postcode = input.postcode;
    patch.houseNumber = input.houseNumber;
  }
  if (input.municipalityCode !== undefined) {
    const municipality = await findMunicipality(ctx.tx, input.municipalityCode);
    if (!municipality) {
      throw new AppError('municipality_unknown');
    }
    patch.municipalityCode = municipality.code;
    patch.regionId = municipality.regionId;
  }
  logAccess(ctx, {
    action: 'update',
    resourceType: 'household',
    resourceId: householdId,
    householdId,
    personIds: [],
    purpose: accessPurpose(access),
  });
  if (!(await writeHousehold(ctx.tx, householdId, input.version, patch, ctx.now))) {
    throwConflict(await findHousehold(ctx.tx, householdId));
  }
  const after = await findHousehold(ctx.tx, householdId);
  await recordEvent(ctx, {
    type: 'household.updated',
    entityType: 'household',
    entityId: householdId,
    householdId,
    before,
    after,
  });
  return after;
}
