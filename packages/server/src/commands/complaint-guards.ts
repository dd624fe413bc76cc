import { randomUUID } from 'node:crypto';
import { type AkjMoment, type AkjOfferInput, AppError, type ErrorCode } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { type ComplaintRow, findComplaint, insertAkjOffers } from '../db/repositories/complaint.repository';
import { requireHousehold } from '../policies/require';
import { complaintVisibleTo } from '../presenters/complaint.presenter';
import type { Viewer } from '../presenters/viewer';
import { showComplaint } from '../queries/get-complaint';
import { fieldError } from './casework';
import { throwConflict } from './conflict';

/** What the complaint use cases share: the complaint behind the one door, its state, the AKJ's offers. */

export interface ComplaintAccess {
  viewer: Viewer;
  complaint: ComplaintRow;
}

/**
 * Authorizes a complaint permission and loads the complaint, as the viewer may see it: never one about the
 * actor, and for the handler only the open complaint they handle (both lines: presenter and row policy).
 * @throws AppError not_found (no access, no such complaint, or not theirs to see) | permission_denied
 */
export async function requireComplaint(
  ctx: RequestContext,
  householdId: string,
  complaintId: string,
  permission: 'complaint.manage' | 'complaint.handle',
): Promise<ComplaintAccess> {
  const viewer = await requireHousehold(ctx, householdId, permission);
  const complaint = await findComplaint(ctx.tx, householdId, complaintId);
  if (!complaint || !complaintVisibleTo(viewer, complaint)) {
    throw new AppError('not_found');
  }
  viewer.resource = { action: 'read', type: 'complaint', id: complaintId };
  return { viewer, complaint };
}

/**
 * Checks the state a change needs when the caller saw the current version (a stale version is answered with
 * the current complaint instead, by `changed`).
 * @throws AppError complaint_closed | the given code
 */
export function assertComplaintState(
  a: ComplaintAccess,
  version: number,
  refusals: readonly [boolean, ErrorCode][] = [],
): void {
  if (a.complaint.version !== version) {
    return;
  }
  if (a.complaint.closedAt !== null) {
    throw new AppError('complaint_closed');
  }
  for (const [refused, code] of refusals) {
    if (refused) {
      throw new AppError(code);
    }
  }
}

/** When a guarded update changed nothing: the complaint changed meanwhile. @throws AppError version_conflict */
export async function changed(ctx: RequestContext, a: ComplaintAccess, updated: boolean): Promise<void> {
  if (!updated) {
    throwConflict(await showComplaint(ctx, a.viewer, a.complaint.id));
  }
}

/** @throws AppError complaint_date_before_receipt (field `path`) for a date before the complaint came in */
export function assertNotBeforeReceipt(a: ComplaintAccess, date: string, path: string): void {
  if (date < a.complaint.receivedOn) {
    fieldError('complaint_date_before_receipt', path);
  }
}

/**
 * Records to whom the AKJ's independent support was offered. Where it applies (a minor, or a youth-care
 * matter) at least one recipient is required. A recipient is one of `members` (ids the actor may name), or
 * the representative when someone complains on a member's behalf.
 * @throws AppError complaint_akj_required | complaint_akj_recipient_invalid (field `akj`)
 * @returns whether support was offered
 */
export async function recordAkjOffers(
  ctx: RequestContext,
  a: ComplaintAccess,
  offer: AkjOfferInput | null | undefined,
  at: { moment: AkjMoment; offeredOn: string; members: readonly string[] },
): Promise<boolean> {
  const personIds = [...new Set(offer?.personIds ?? [])];
  const representative = offer?.representative ?? false;
  if (
    personIds.some((id) => !at.members.includes(id)) ||
    (representative && a.complaint.representativeName === null)
  ) {
    fieldError('complaint_akj_recipient_invalid', 'akj');
  }
  if (a.complaint.akjApplicable && personIds.length === 0 && !representative) {
    fieldError('complaint_akj_required', 'akj');
  }
  const base = {
    complaintId: a.complaint.id,
    householdId: a.complaint.householdId,
    moment: at.moment,
    offeredOn: at.offeredOn,
    recordedBy: ctx.actor.id,
  };
  await insertAkjOffers(
    ctx.tx,
    [
      ...personIds.map((personId) => ({ ...base, id: randomUUID(), personId, representative: false })),
      ...(representative ? [{ ...base, id: randomUUID(), personId: null, representative: true }] : []),
    ],
    ctx.now,
  );
  return personIds.length > 0 || representative;
}
