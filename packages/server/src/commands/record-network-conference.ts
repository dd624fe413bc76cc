import { randomUUID } from 'node:crypto';
import type { NetworkConference } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertConference } from '../db/repositories/conference.repository';
import { addStep, recordWrite, requireCase } from './casework';
import { requireOpenInvestigation } from './decide-investigation';

/** KT3-R2: a (family) network conference in the extended investigation, ending in next steps. */
export async function recordNetworkConference(
  ctx: RequestContext,
  householdId: string,
  input: NetworkConference,
  investigationId?: string,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const investigation = await requireOpenInvestigation(
    ctx,
    c,
    'EXTENDED',
    ['EXTENDED_INVESTIGATION'],
    investigationId,
  );
  const id = randomUUID();
  await insertConference(ctx.tx, {
    id,
    investigationId: investigation.id,
    caseId: c.caseId,
    householdId,
    heldOn: input.heldOn,
    participants: input.participants,
    outcome: input.outcome,
    nextSteps: input.nextSteps,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: { type: 'network_conference.held', entityId: id, payload: { investigationId: investigation.id } },
    resourceType: 'network_conference',
  });
  await addStep(ctx, c, { code: 'network_conference.held', source: { type: 'network_conference', id } });
  return { id };
}
