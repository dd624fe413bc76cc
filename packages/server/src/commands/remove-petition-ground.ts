import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { deleteGround } from '../db/repositories/petition.repository';
import { recordWrite } from './casework';
import { changePetition, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/** Removes a ground from a drafted petition, at the version the author saw. */
export async function removePetitionGround(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  groundId: string,
  version: number,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  await changePetition(ctx, a, { version, states: ['DRAFT'] }, {});
  if (!(await deleteGround(ctx.tx, petitionId, groundId))) {
    throw new AppError('not_found');
  }
  await recordWrite(ctx, a.c.viewer, {
    event: { type: 'petition.ground_removed', entityId: petitionId, payload: { groundId } },
    resourceType: 'petition',
    action: 'delete',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
