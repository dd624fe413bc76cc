import { todayInNetherlands } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listOpenComplaintsOf } from '../db/repositories/complaint.repository';
import { type ComplaintAssignmentJson, presentComplaintAssignment } from '../presenters/complaint.presenter';

/**
 * The open complaints the viewer handles (KT9-R3), soonest decision first: the handler's own worklist. The
 * worklist finds deadlines by team role, and a handler is outside the team, so the handler's terms are
 * listed here. No personal data: the subject and the terms. Each is logged as a read for complaint handling.
 */
export async function listComplaintAssignments(ctx: RequestContext): Promise<ComplaintAssignmentJson[]> {
  const rows = await listOpenComplaintsOf(ctx.tx, ctx.actor.id);
  for (const r of rows) {
    logAccess(ctx, {
      action: 'read',
      resourceType: 'complaint',
      resourceId: r.id,
      householdId: r.householdId,
      personIds: [],
      purpose: 'COMPLAINT_HANDLING',
      organisationId: r.handlerOrganisationId,
    });
  }
  const today = todayInNetherlands(ctx.now);
  return rows.map((r) => presentComplaintAssignment(r, today));
}
