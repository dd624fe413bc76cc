import { type ComplaintExtension, todayInNetherlands } from '@gezinsdossier/domain';
import { extendedComplaintDecision, rulePack } from '@gezinsdossier/domain/deadlines';
import type { RequestContext } from '../context';
import { extendComplaintTerm as extend } from '../db/repositories/complaint.repository';
import { shownBack } from '../presenters/viewer';
import { showComplaint } from '../queries/get-complaint';
import { recordWrite } from './casework';
import { assertComplaintState, changed, requireComplaint } from './complaint-guards';

/**
 * KT9-R3: the handler extends the decision term once, before it ends, by the rule pack's extension (4
 * weeks from the end of the original term), with the reason the complainant is told.
 * @throws AppError complaint_closed | complaint_already_extended | complaint_term_passed | version_conflict
 */
export async function extendComplaintTerm(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
  input: ComplaintExtension,
) {
  const a = await requireComplaint(ctx, householdId, complaintId, 'complaint.handle');
  assertComplaintState(a, input.version, [
    [a.complaint.extendedDueOn !== null, 'complaint_already_extended'],
    [todayInNetherlands(ctx.now) > a.complaint.decideDueOn, 'complaint_term_passed'],
  ]);
  const dueOn = extendedComplaintDecision(a.complaint.receivedOn, rulePack(a.complaint.rulePackVersion));
  await changed(
    ctx,
    a,
    await extend(
      ctx.tx,
      complaintId,
      input.version,
      { extendedDueOn: dueOn, extensionReason: input.reason, extendedBy: ctx.actor.id },
      ctx.now,
    ),
  );
  await recordWrite(ctx, a.viewer, {
    event: {
      type: 'complaint.term_extended',
      entityId: complaintId,
      payload: { decideDueOn: dueOn, previousDueOn: a.complaint.decideDueOn },
    },
    resourceType: 'complaint',
    action: 'update',
  });
  return shownBack(await showComplaint(ctx, a.viewer, complaintId));
}
