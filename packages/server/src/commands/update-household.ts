import { AppError, type HouseholdUpdate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findHousehold,
  findMunicipality,
  updateHousehold as writeHousehold,
} from '../db/repositories/household.repository';
import { requireHousehold } from '../policies/require';
import { shownBack } from '../presenters/viewer';
import { presentHousehold } from '../presenters/household.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

/** Renames a household, or records its move to another municipality (and so region). Version-checked. */
export async function updateHousehold(ctx: RequestContext, householdId: string, input: HouseholdUpdate) {
  const viewer = await requireHousehold(ctx, householdId, 'household.update');
  const patch: Parameters<typeof writeHousehold>[3] = {};
  const fields: string[] = [];
  if (input.displayName !== undefined) {
    patch.displayName = input.displayName;
    fields.push('displayName');
  }
  if (input.municipalityCode !== undefined) {
    const municipality = await findMunicipality(ctx.tx, input.municipalityCode);
    if (!municipality) {
      throw new AppError('municipality_unknown', {
        issues: [{ path: 'municipalityCode', code: 'municipality_unknown', message: 'municipality_unknown' }],
      });
    }
    patch.municipalityCode = municipality.code;
    patch.regionId = municipality.regionId;
    fields.push('municipalityCode');
  }
  if (!(await writeHousehold(ctx.tx, householdId, input.version, patch, ctx.now))) {
    const current = await findHousehold(ctx.tx, householdId);
    throwConflict(current ? presentHousehold(viewer, current) : null);
  }
  if (patch.regionId) {
    viewer.access.regionId = patch.regionId;
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'household.updated',
      entityId: householdId,
      payload: { fields, ...(patch.municipalityCode ? { municipalityCode: patch.municipalityCode } : {}) },
    },
    resourceType: 'household',
    action: 'update',
  });
  const after = await findHousehold(ctx.tx, householdId);
  return shownBack(presentHousehold(viewer, after as NonNullable<typeof after>));
}
