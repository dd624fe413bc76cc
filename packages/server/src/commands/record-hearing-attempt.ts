import { randomUUID } from 'node:crypto';
import type { HearingAttemptInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertHearingAttempt, listGroundFacts } from '../db/repositories/petition.repository';
import { assertPersonsInHousehold, recordWrite } from './casework';
import { changePetition, issuesError, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * VAL-09 / LS-07: a documented attempt at hoor en wederhoor — a household member was asked to respond to a
 * fact the petition rests on and did not (yet). It stands in for the response in the gate.
 * @throws AppError fact_not_in_petition | person_not_in_household | petition_state_invalid | version_conflict
 */
export async function recordHearingAttempt(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: HearingAttemptInput,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  const facts = await listGroundFacts(ctx.tx, petitionId);
  if (!facts.some((f) => f.factId === input.factId) || !a.c.viewer.sees(input.factId)) {
    throw issuesError('fact_not_in_petition', [{ path: 'factId', code: 'fact_not_in_petition' }]);
  }
  await assertPersonsInHousehold(ctx, a.c.viewer, [input.personId], 'personId');
  await changePetition(ctx, a, { version: input.version, states: ['DRAFT'] }, {});
  await insertHearingAttempt(ctx.tx, {
    id: randomUUID(),
    petitionId,
    householdId,
    factId: input.factId,
    personId: input.personId,
    attemptedOn: input.attemptedOn,
    description: input.description,
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.hearing_attempt_recorded',
      entityId: petitionId,
      personIds: [input.personId],
      payload: { factId: input.factId, personId: input.personId },
    },
    resourceType: 'petition',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
