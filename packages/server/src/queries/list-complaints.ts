import type { RequestContext } from '../context';
import { listComplaints } from '../db/repositories/complaint.repository';
import { requireHousehold } from '../policies/require';
import { type ComplaintListJson, presentComplaints } from '../presenters/complaint.presenter';
import { complaintContext, complaintView } from './get-complaint';

/**
 * The household's complaints (KT9-R3, LS-15) with their terms and where each stands: for the case team,
 * without those about the viewer; a handler sees only the open complaint they handle. Each complaint shown
 * leaves its own access-log row.
 */
export async function listHouseholdComplaints(
  ctx: RequestContext,
  householdId: string,
): Promise<ComplaintListJson> {
  const viewer = await requireHousehold(ctx, householdId, 'complaint.read');
  const rows = await listComplaints(ctx.tx, householdId);
  const context = await complaintContext(ctx, viewer, rows);
  return {
    items: presentComplaints((row) => complaintView(ctx, viewer, row.id), rows, context),
    abilities: { record: viewer.can('complaint.manage') },
  };
}
