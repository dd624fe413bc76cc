import { randomUUID } from 'node:crypto';
import type { PetitionAlternativeInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertAlternative, interventionIdsOfCase } from '../db/repositories/petition.repository';
import { recordWrite } from './casework';
import { changePetition, issuesError, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * LS-02 (subsidiarity): a lighter alternative that was tried or weighed, in the E-4 order, resting on the
 * help actually given (the help records are copied as they are now), with its outcome and why it fell short.
 * @throws AppError intervention_not_in_case | petition_state_invalid | version_conflict
 */
export async function savePetitionAlternative(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: PetitionAlternativeInput,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  const ids = [...new Set(input.interventionIds)];
  const known = new Set(await interventionIdsOfCase(ctx.tx, a.c.caseId, ids));
  const missing = ids.filter((id) => !known.has(id) || !a.c.viewer.sees(id));
  if (missing.length > 0) {
    throw issuesError(
      'intervention_not_in_case',
      missing.map((id) => ({ path: `interventionIds.${ids.indexOf(id)}`, code: 'intervention_not_in_case' })),
    );
  }
  await changePetition(ctx, a, { version: input.version, states: ['DRAFT'] }, {});
  const id = randomUUID();
  const count = await insertAlternative(ctx.tx, {
    id,
    petitionId,
    householdId,
    step: input.step,
    outcome: input.outcome,
    whyInsufficient: input.whyInsufficient,
    interventionIds: ids,
    now: ctx.now,
  });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.alternative_saved',
      entityId: petitionId,
      payload: { alternativeId: id, step: input.step, interventionCount: count },
    },
    resourceType: 'petition',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
