import { randomUUID } from 'node:crypto';
import { assertFrameGrounded, type InterventionCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, assertPersonsInHousehold, recordWrite, requireCase } from './casework';
import { requireGoal } from './family-plan-guards';

const FRAME_NL = { VOLUNTARY: 'vrijwillig', DRANG: 'drang', COERCED: 'gedwongen' } as const;

/**
 * Requests help for household members with an explicit frame (INV-04, LS-12): voluntary or drang rests on
 * recorded informed consent, coerced help on a measure (VAL-03). Waiting time counts from the request.
 */
export async function requestIntervention(
  ctx: RequestContext,
  householdId: string,
  input: InterventionCreate,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  assertFrameGrounded(input);
  await assertPersonsInHousehold(ctx, householdId, input.targetPersonIds, 'targetPersonIds');
  if (input.consent) {
    await assertPersonsInHousehold(
      ctx,
      householdId,
      input.consent.givenByPersonIds,
      'consent.givenByPersonIds',
    );
  }
  if (input.goalId) {
    await requireGoal(ctx, access, input.goalId, 'goalId');
  }
  const id = randomUUID();
  await ctx.tx
    .insertInto('interventions')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      goalId: input.goalId ?? null,
      title: input.title,
      category: input.category,
      provider: input.provider,
      targetPersonIds: [...new Set(input.targetPersonIds)],
      frame: input.frame,
      consent: input.frame === 'COERCED' ? null : JSON.stringify(input.consent),
      measureReference: input.frame === 'COERCED' ? (input.measureReference ?? null) : null,
      requestedOn: input.requestedOn,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'intervention.requested',
    resourceType: 'intervention',
    resourceId: id,
    personIds: input.targetPersonIds,
    after: { category: input.category, frame: input.frame, provider: input.provider },
  });
  await addStep(
    ctx,
    access,
    `Hulp aangevraagd (${FRAME_NL[input.frame]}): ${input.title}`,
    `Aanbieder: ${input.provider}`,
    input.targetPersonIds,
  );
  return { id, version: 1 };
}
