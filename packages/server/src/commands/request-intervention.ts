import { randomUUID } from 'node:crypto';
import { assertFrameGrounded, type InterventionCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertIntervention } from '../db/repositories/intervention.repository';
import { addStep, assertPersonsInHousehold, recordWrite, requireCase } from './casework';
import { requireGoal } from './family-plan-guards';
import { issueRightsNotice } from './rights-notice';
import { type DecisionExecution, weighDecision } from './weigh-decision';

/**
 * Requests help for household members with an explicit frame (INV-04, LS-12): voluntary or drang rests on
 * recorded informed consent, coerced help on a measure (VAL-03). Waiting time counts from the request.
 * Informed consent may be refused (LS-08): the help is then recorded as declined — a legitimate outcome,
 * not non-compliance and not an unmet need. A help decision is held for a lighter counter-review or
 * four-eyes approval when the region configured one (KT7-R5, AMB-03); its id is reserved meanwhile.
 */
export async function requestIntervention(
  ctx: RequestContext,
  householdId: string,
  input: InterventionCreate,
  reservedId?: string | null,
  execution?: DecisionExecution,
) {
  const c = await requireCase(ctx, householdId, execution ? 'decision.approve' : 'casework.write');
  assertFrameGrounded(input);
  await assertPersonsInHousehold(ctx, c.viewer, input.targetPersonIds, 'targetPersonIds');
  if (input.consent) {
    await assertPersonsInHousehold(ctx, c.viewer, input.consent.givenByPersonIds, 'consent.givenByPersonIds');
  }
  if (input.goalId) {
    await requireGoal(ctx, c, input.goalId, 'goalId');
  }
  const id = reservedId ?? randomUUID();
  const declined = input.frame !== 'COERCED' && input.consent?.decision === 'REFUSED';
  // A family's refusal is recorded at once (LS-08): it is their decision, not ours to review.
  const weighed = declined
    ? { held: false as const, decision: null, decidedBy: ctx.actor.id }
    : await weighDecision(ctx, c, {
        type: 'HELP_DECISION',
        record: input.decision,
        reasons: input.title,
        rule: null,
        subject: { type: 'intervention', id },
        held: { command: 'requestIntervention', input, target: id },
        execution,
        optional: true,
      });
  if (weighed.held) {
    return { id, version: 0, decision: weighed.decision };
  }
  await insertIntervention(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    goalId: input.goalId ?? null,
    title: input.title,
    category: input.category,
    provider: input.provider,
    targetPersonIds: input.targetPersonIds,
    frame: input.frame,
    consent: input.frame === 'COERCED' ? null : (input.consent ?? null),
    measureReference: input.frame === 'COERCED' ? (input.measureReference ?? null) : null,
    requestedOn: input.requestedOn,
    ...(declined && input.consent
      ? {
          status: 'DECLINED',
          declinedOn: input.consent.givenOn,
          declineReason: input.consent.refusalReason ?? null,
        }
      : {}),
    createdBy: weighed.decidedBy,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'intervention.requested',
      entityId: id,
      personIds: input.targetPersonIds,
      payload: {
        frame: input.frame,
        goalId: input.goalId ?? null,
        ...(input.consent ? { consent: input.consent.decision } : {}),
      },
    },
    resourceType: 'intervention',
  });
  // INV-04 / LS-12: drang is a frame of its own; the family is told what it means and what its rights are.
  if (input.frame === 'DRANG') {
    await issueRightsNotice(ctx, c, 'DRANG', 'intervention');
  }
  await addStep(ctx, c, {
    code: 'intervention.requested',
    params: { frame: input.frame },
    source: { type: 'intervention', id },
    personIds: input.targetPersonIds,
  });
  return { id, version: 1, decision: weighed.decision };
}
