import { randomUUID } from 'node:crypto';
import type { Frame } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertRightsNotice, lastRightsNotice } from '../db/repositories/rights.repository';
import { addStep, type CaseAccess, recordWrite } from './casework';

/**
 * INV-04 / LS-12: when the family's frame changes (voluntary help, drang, a measure), it is told in plain
 * words what that means and what its rights are (the words: domain RIGHTS_NOTICES). Recorded once per change:
 * the same frame again gives no new notice.
 */
export async function issueRightsNotice(
  ctx: RequestContext,
  c: CaseAccess,
  frame: Frame,
  trigger: string,
): Promise<void> {
  if ((await lastRightsNotice(ctx.tx, c.caseId))?.frame === frame) {
    return;
  }
  const id = randomUUID();
  await insertRightsNotice(ctx.tx, {
    id,
    householdId: c.householdId,
    caseId: c.caseId,
    frame,
    trigger,
    issuedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: { type: 'rights_notice.issued', entityId: id, payload: { frame, trigger } },
    resourceType: 'rights_notice',
  });
  await addStep(ctx, c, { code: 'rights_notice.issued', params: { frame }, source: null });
}
