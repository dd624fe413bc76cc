import { AppError, type ComplaintHandlerInput, handlerRefusals } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  assignComplaintHandler as assign,
  householdTeamHistory,
  professionalOrganisations,
} from '../db/repositories/complaint.repository';
import { shownBack } from '../presenters/viewer';
import { showComplaint } from '../queries/get-complaint';
import { fieldError, recordWrite } from './casework';
import { assertComplaintState, changed, requireComplaint } from './complaint-guards';

/**
 * KT9-R3: the team gives the complaint to an independent handler — a professional who is not and was not in
 * the family's case team, and whom the complaint is not about (like LS-17 for a petition's reviewer). The
 * handler then holds the ground COMPLAINT_HANDLER for this complaint while it is open: it opens the complaint
 * (and for a complaint about a petition, the petition's own row) and nothing else of the household. A
 * handler may be replaced while the complaint is open; the one replaced loses the ground.
 * @throws AppError complaint_closed | complaint_handler_unknown | complaint_handler_not_independent (every
 *   reason, by safeguard) | version_conflict
 */
export async function assignComplaintHandler(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
  input: ComplaintHandlerInput,
) {
  const a = await requireComplaint(ctx, householdId, complaintId, 'complaint.manage');
  assertComplaintState(a, input.version);
  const organisations = await professionalOrganisations(ctx.tx, input.handlerId);
  const organisationId = organisations?.[0];
  if (!organisationId) {
    fieldError('complaint_handler_unknown', 'handlerId');
  }
  const team = await householdTeamHistory(ctx.tx, householdId);
  const refusals = handlerRefusals(input.handlerId, {
    currentTeamIds: team.filter((m) => m.active).map((m) => m.professionalId),
    formerTeamIds: team.filter((m) => !m.active).map((m) => m.professionalId),
    aboutProfessionalId: a.complaint.aboutProfessionalId,
  });
  if (refusals.length > 0) {
    throw new AppError('complaint_handler_not_independent', {
      data: { refusals: refusals.map((code) => ({ safeguard: 'KT9-R3', code })) },
      issues: refusals.map((code) => ({ path: 'handlerId', code, message: code })),
    });
  }
  await changed(
    ctx,
    a,
    await assign(
      ctx.tx,
      complaintId,
      input.version,
      { handlerId: input.handlerId, handlerOrganisationId: organisationId, handlerAssignedBy: ctx.actor.id },
      ctx.now,
    ),
  );
  await recordWrite(ctx, a.viewer, {
    event: {
      type: 'complaint.handler_assigned',
      entityId: complaintId,
      payload: {
        handlerId: input.handlerId,
        handlerOrganisationId: organisationId,
        previousHandlerId: a.complaint.handlerId,
      },
    },
    resourceType: 'complaint',
    action: 'update',
  });
  return shownBack(await showComplaint(ctx, a.viewer, complaintId));
}
