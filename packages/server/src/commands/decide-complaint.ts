import type { ComplaintOutcomeInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { closeComplaint } from '../db/repositories/complaint.repository';
import { recordWrite } from './casework';
import {
  assertComplaintState,
  assertNotBeforeReceipt,
  changed,
  recordAkjOffers,
  requireComplaint,
} from './complaint-guards';

/**
 * KT9-R3, LS-15: the handler decides — upheld, partly upheld or not upheld — with the reasons, what will
 * change (when upheld, wholly or partly), and the AKJ's support offered again where it applies (to the
 * complainant, or the representative: the handler does not see the rest of the household). Only the
 * assigned handler decides, once, after the complaint was acknowledged. Deciding closes the complaint and
 * ends the handler's ground, so the answer is a receipt.
 * @throws AppError permission_denied (the team) | not_found (anyone else) | complaint_closed |
 *   complaint_not_acknowledged | complaint_date_before_receipt | complaint_akj_required |
 *   complaint_akj_recipient_invalid | version_conflict
 */
export async function decideComplaint(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
  input: ComplaintOutcomeInput,
) {
  const a = await requireComplaint(ctx, householdId, complaintId, 'complaint.handle');
  assertComplaintState(a, input.version, [
    [a.complaint.acknowledgedOn === null, 'complaint_not_acknowledged'],
  ]);
  assertNotBeforeReceipt(a, input.decidedOn, 'decidedOn');
  // Recorded while the complaint is still open (the handler may write it only then).
  const akjOffered = await recordAkjOffers(ctx, a, input.akj, {
    moment: 'OUTCOME',
    offeredOn: input.decidedOn,
    members: [a.complaint.personId],
  });
  // Last: closing ends the handler's ground.
  await changed(
    ctx,
    a,
    await closeComplaint(
      ctx.tx,
      complaintId,
      { version: input.version, acknowledged: true },
      {
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        reasons: input.reasons,
        changes: input.changes ?? null,
        closedBy: ctx.actor.id,
      },
      ctx.now,
    ),
  );
  await recordWrite(ctx, a.viewer, {
    event: {
      type: 'complaint.decided',
      entityId: complaintId,
      personIds: [a.complaint.personId],
      payload: {
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        late: input.decidedOn > (a.complaint.extendedDueOn ?? a.complaint.decideDueOn),
        akjOffered,
      },
    },
    resourceType: 'complaint',
    action: 'update',
  });
  return { id: complaintId, outcome: input.outcome, decidedOn: input.decidedOn, version: input.version + 1 };
}
