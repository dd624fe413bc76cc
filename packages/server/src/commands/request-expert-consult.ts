import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { insertConsult } from '../db/repositories/expert-consult.repository';
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
  investigationId?: string,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const investigation = await requireOpenInvestigation(
    ctx,
    c,
    'EXTENDED',
    ['INDEPENDENT_EXPERT'],
    investigationId,
  );
  const id = randomUUID();
  await insertConsult(ctx.tx, {
    id,
    investigationId: investigation.id,
    caseId: c.caseId,
    householdId,
    requestedBy: input.requestedBy,
    expertName: input.expertName,
    question: input.question,
    requestedAt: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'expert_consult.requested',
      entityId: id,
      payload: { investigationId: investigation.id, requestedBy: input.requestedBy },
    },
    resourceType: 'expert_consult',
  });
  await addStep(ctx, c, { code: 'expert_consult.requested', source: { type: 'expert_consult', id } });
  return { id };
}
