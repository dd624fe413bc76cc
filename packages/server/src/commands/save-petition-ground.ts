import { randomUUID } from 'node:crypto';
import { AppError, type PetitionGroundInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  factIdsOfHousehold,
  insertGround,
  linkGroundFacts,
  listGrounds,
  updateGroundClaim,
} from '../db/repositories/petition.repository';
import { recordWrite } from './casework';
import { changePetition, issuesError, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * KT6-R1 / LS-11: a ground is a claim resting on at least one fact. Saving it links each fact at its current
 * version — the fact's content and every household member's response as they are now — so the petition says
 * what was known when it was written. Saving an existing ground again takes the facts' current versions.
 * @throws AppError ground_fact_required | fact_not_in_case | petition_state_invalid | version_conflict
 */
export async function savePetitionGround(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: PetitionGroundInput,
  groundId?: string,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  const factIds = [...new Set(input.factIds)];
  if (factIds.length === 0) {
    throw issuesError('ground_fact_required', [{ path: 'factIds', code: 'ground_fact_required' }]);
  }
  const known = new Set(await factIdsOfHousehold(ctx.tx, householdId, factIds));
  const missing = factIds.filter((id) => !known.has(id) || !a.c.viewer.sees(id));
  if (missing.length > 0) {
    throw issuesError(
      'fact_not_in_case',
      missing.map((id) => ({ path: `factIds.${factIds.indexOf(id)}`, code: 'fact_not_in_case' })),
    );
  }
  if (groundId && !(await listGrounds(ctx.tx, petitionId)).some((g) => g.id === groundId)) {
    throw new AppError('not_found');
  }
  await changePetition(ctx, a, { version: input.version, states: ['DRAFT'] }, {});
  const id = groundId ?? randomUUID();
  if (groundId) {
    await updateGroundClaim(ctx.tx, id, input.claim, ctx.now);
  } else {
    await insertGround(ctx.tx, { id, petitionId, householdId, claim: input.claim, now: ctx.now });
  }
  const linked = await linkGroundFacts(ctx.tx, { id, petitionId, householdId }, factIds);
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.ground_saved',
      entityId: petitionId,
      payload: { groundId: id, factCount: linked },
    },
    resourceType: 'petition',
    action: groundId ? 'update' : 'create',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
