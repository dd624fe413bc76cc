import { randomUUID } from 'node:crypto';
import type { ContactAgreement } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertContactAgreement, listPlacements } from '../db/repositories/placement.repository';
import { assertPersonsInHousehold, recordWrite, requireCase } from './casework';
import { issuesError } from './petition-guards';

/**
 * The contact a placed child is promised (implication 12): with whom, how often a month, supervised or not.
 * Recorded for a child with a current placement; what actually happens is recorded per moment.
 * @throws AppError contact_agreement_child_not_placed | person_not_in_household
 */
export async function recordContactAgreement(
  ctx: RequestContext,
  householdId: string,
  input: ContactAgreement,
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const current = (await listPlacements(ctx.tx, householdId)).find(
    (p) => p.childId === input.childId && p.endsOn === null,
  );
  if (!current || !c.viewer.sees(input.childId)) {
    throw issuesError('contact_agreement_child_not_placed', [
      { path: 'childId', code: 'contact_agreement_child_not_placed' },
    ]);
  }
  await assertPersonsInHousehold(ctx, c.viewer, [input.withPersonId], 'withPersonId');
  const id = randomUUID();
  await insertContactAgreement(ctx.tx, {
    id,
    householdId,
    measureId: current.measureId,
    childId: input.childId,
    withPersonId: input.withPersonId ?? null,
    withName: input.withName ?? null,
    timesPerMonth: input.timesPerMonth,
    supervised: input.supervised,
    startsOn: input.startsOn,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'contact_agreement.recorded',
      entityId: id,
      personIds: [input.childId, ...(input.withPersonId ? [input.withPersonId] : [])],
      payload: { childId: input.childId, timesPerMonth: input.timesPerMonth, supervised: input.supervised },
    },
    resourceType: 'contact_agreement',
  });
  return { id, version: 1 };
}
