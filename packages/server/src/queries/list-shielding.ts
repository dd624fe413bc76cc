import type { RequestContext } from '../context';
import { listShields } from '../db/repositories/shielding.repository';
import { requireHousehold } from '../policies/require';
import { presentShieldingRecord, type ShieldingRecordJson } from '../presenters/shielding.presenter';
import { presentEach } from '../presenters/viewer';

/** What is withheld from whom in this household, and why: for the duo that decides on it. */
export async function listShielding(
  ctx: RequestContext,
  householdId: string,
): Promise<ShieldingRecordJson[]> {
  const viewer = await requireHousehold(ctx, householdId, 'shielding.manage');
  viewer.resource = { action: 'read', type: 'shielding_records', id: householdId };
  return presentEach(await listShields(ctx.tx, householdId), (s) => presentShieldingRecord(viewer, s));
}
