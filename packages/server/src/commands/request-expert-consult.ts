import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { addStep, recordWrite, requireCase } from './casework';
import { requireOpenInvestigation } from './decide-investigation';

/**
 * UO-2: an independent expert is asked to look along ("waarom is er geen overeenstemming en hoe moeten we
 * verder?"). The household itself may be the one asking (KT3-R3); it is recorded who asked.
 */
export async function requestExpertConsult(
  ctx: RequestContext,
  householdId: string,
  input: { requestedBy: 'HOUSEHOLD' | 'PROFESSIONAL'; expertName: string; question: string },
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const investigation = await requireOpenInvestigation(ctx, access, 'EXTENDED', ['INDEPENDENT_EXPERT']);
  const id = randomUUID();
  await ctx.tx
    .insertInto('expertConsults')
    .values({
      id,
      investigationId: investigation.id,
      caseId: access.caseId,
      householdId,
      ...input,
      requestedAt: ctx.now,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'expert_consult.requested',
    resourceType: 'expert_consult',
    resourceId: id,
    after: { requestedBy: input.requestedBy },
  });
  await addStep(ctx, access, 'Onafhankelijke deskundige gevraagd', input.question);
  return { id };
}
