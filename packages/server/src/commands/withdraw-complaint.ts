import type { ComplaintWithdrawal } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { closeComplaint } from '../db/repositories/complaint.repository';
import { shownBack } from '../presenters/viewer';
import { showComplaint } from '../queries/get-complaint';
import { recordWrite } from './casework';
import { assertComplaintState, assertNotBeforeReceipt, changed, requireComplaint } from './complaint-guards';

/**
 * KT9-R3: the complainant withdraws the complaint; the team records it, with what they said if they want it
 * kept. The complaint closes, its open terms are cancelled, and a handler's ground ends.
 * @throws AppError complaint_closed | complaint_date_before_receipt | version_conflict
 */
export async function withdrawComplaint(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
  input: ComplaintWithdrawal,
) {
  const a = await requireComplaint(ctx, householdId, complaintId, 'complaint.manage');
  assertComplaintState(a, input.version);
  assertNotBeforeReceipt(a, input.withdrawnOn, 'withdrawnOn');
  await changed(
    ctx,
    a,
    await closeComplaint(
      ctx.tx,
      complaintId,
      { version: input.version, acknowledged: false },
      {
        outcome: 'WITHDRAWN',
        decidedOn: input.withdrawnOn,
        reasons: input.note ?? null,
        changes: null,
        closedBy: ctx.actor.id,
      },
      ctx.now,
    ),
  );
  await recordWrite(ctx, a.viewer, {
    event: {
      type: 'complaint.withdrawn',
      entityId: complaintId,
      personIds: [a.complaint.personId],
      payload: { withdrawnOn: input.withdrawnOn },
    },
    resourceType: 'complaint',
    action: 'update',
  });
  return shownBack(await showComplaint(ctx, a.viewer, complaintId));
}
