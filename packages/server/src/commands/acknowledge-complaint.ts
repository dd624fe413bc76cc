import type { ComplaintAcknowledgement } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { acknowledgeComplaint as acknowledge } from '../db/repositories/complaint.repository';
import { shownBack } from '../presenters/viewer';
import { showComplaint } from '../queries/get-complaint';
import { currentMembers, recordWrite } from './casework';
import {
  assertComplaintState,
  assertNotBeforeReceipt,
  changed,
  recordAkjOffers,
  requireComplaint,
} from './complaint-guards';

/**
 * KT9-R3: the team confirms to the complainant that the complaint was received, once, and offers the AKJ's
 * independent support where it applies (a minor, or a youth-care matter) — to whom is recorded.
 * @throws AppError complaint_closed | complaint_already_acknowledged | complaint_date_before_receipt |
 *   complaint_akj_required | complaint_akj_recipient_invalid | version_conflict
 */
export async function acknowledgeComplaint(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
  input: ComplaintAcknowledgement,
) {
  const a = await requireComplaint(ctx, householdId, complaintId, 'complaint.manage');
  assertComplaintState(a, input.version, [
    [a.complaint.acknowledgedOn !== null, 'complaint_already_acknowledged'],
  ]);
  assertNotBeforeReceipt(a, input.acknowledgedOn, 'acknowledgedOn');
  await changed(
    ctx,
    a,
    await acknowledge(
      ctx.tx,
      complaintId,
      input.version,
      { acknowledgedOn: input.acknowledgedOn, acknowledgedBy: ctx.actor.id },
      ctx.now,
    ),
  );
  const akjOffered = await recordAkjOffers(ctx, a, input.akj, {
    moment: 'ACKNOWLEDGEMENT',
    offeredOn: input.acknowledgedOn,
    members: [...(await currentMembers(ctx, a.viewer)).keys()],
  });
  await recordWrite(ctx, a.viewer, {
    event: {
      type: 'complaint.acknowledged',
      entityId: complaintId,
      personIds: [a.complaint.personId, ...(input.akj?.personIds ?? [])],
      payload: {
        acknowledgedOn: input.acknowledgedOn,
        late: input.acknowledgedOn > a.complaint.acknowledgeDueOn,
        akjOffered,
      },
    },
    resourceType: 'complaint',
    action: 'update',
  });
  return shownBack(await showComplaint(ctx, a.viewer, complaintId));
}
