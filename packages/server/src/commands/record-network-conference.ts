import { randomUUID } from 'node:crypto';
import type { NetworkConference } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, recordWrite, requireCase } from './casework';
import { requireOpenInvestigation } from './decide-investigation';

/** KT3-R2: a (family) network conference in the extended investigation, ending in next steps. */
export async function recordNetworkConference(
  ctx: RequestContext,
  householdId: string,
  input: NetworkConference,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const investigation = await requireOpenInvestigation(ctx, access, 'EXTENDED', ['EXTENDED_INVESTIGATION']);
  const id = randomUUID();
  await ctx.tx
    .insertInto('networkConferences')
    .values({
      id,
      investigationId: investigation.id,
      caseId: access.caseId,
      householdId,
      heldOn: input.heldOn,
      participants: JSON.stringify(input.participants),
      outcome: input.outcome,
      nextSteps: input.nextSteps,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'network_conference.held',
    resourceType: 'network_conference',
    resourceId: id,
    after: { heldOn: input.heldOn, participants: input.participants.length },
  });
  await addStep(
    ctx,
    access,
    'Netwerkberaad gehouden',
    `${input.outcome}\nVervolgstappen: ${input.nextSteps}`,
  );
  return { id };
}
