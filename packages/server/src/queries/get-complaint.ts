import { type TeamRole, todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  type ComplaintRow,
  findComplaint,
  findComplaintPetitions,
  listAkjOffers,
} from '../db/repositories/complaint.repository';
import { activeTeam } from '../db/repositories/team.repository';
import { requireHousehold } from '../policies/require';
import {
  type ComplaintContext,
  type ComplaintJson,
  presentComplaint,
} from '../presenters/complaint.presenter';
import { shownBack, Viewer } from '../presenters/viewer';

/**
 * What presenting complaints needs besides their rows: the AKJ offers, the petitions they are about, and
 * for the team the open case's roles (who holds a term when a complaint is about a duo member).
 */
export async function complaintContext(
  ctx: RequestContext,
  viewer: Viewer,
  rows: readonly ComplaintRow[],
): Promise<ComplaintContext> {
  const petitionIds = rows.flatMap((r) => (r.subject === 'PETITION' && r.referenceId ? [r.referenceId] : []));
  // The handler does not see the team (null); the team sees its open case's roles (none without a case).
  const teamRoles = viewer.can('complaint.manage') ? new Map<string, TeamRole[]>() : null;
  if (teamRoles && viewer.access.caseId) {
    for (const m of await activeTeam(ctx.tx, viewer.access.caseId)) {
      teamRoles.set(m.professionalId, [...(teamRoles.get(m.professionalId) ?? []), m.role as TeamRole]);
    }
  }
  return {
    akjOffers: await listAkjOffers(
      ctx.tx,
      rows.map((r) => r.id),
    ),
    petitions: await findComplaintPetitions(ctx.tx, viewer.householdId, petitionIds),
    teamRoles,
    today: todayInNetherlands(ctx.now),
  };
}

/**
 * A view of one complaint: its own access-log row names the complaint (not the household), so that the log
 * of a professional a complaint is about shows no trace of it.
 */
export function complaintView(ctx: RequestContext, viewer: Viewer, complaintId: string): Viewer {
  const view = new Viewer(ctx.actor, viewer.access);
  view.resource = { action: 'read', type: 'complaint', id: complaintId };
  ctx.views.push(view);
  return view;
}

/** One complaint as this viewer may see it now; null when it is gone or not theirs to see. */
export async function showComplaint(
  ctx: RequestContext,
  viewer: Viewer,
  complaintId: string,
): Promise<ComplaintJson | null> {
  const row = await findComplaint(ctx.tx, viewer.householdId, complaintId);
  if (!row) {
    return null;
  }
  return presentComplaint(
    complaintView(ctx, viewer, row.id),
    row,
    await complaintContext(ctx, viewer, [row]),
  );
}

/**
 * One complaint (KT9-R3): for the case team (never the professional it is about), or for its handler while
 * it is open.
 * @throws AppError not_found (no access, no such complaint, or not theirs to see) | permission_denied
 */
export async function getComplaint(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
): Promise<ComplaintJson> {
  const viewer = await requireHousehold(ctx, householdId, 'complaint.read');
  return shownBack(await showComplaint(ctx, viewer, complaintId));
}
