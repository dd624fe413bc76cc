import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { deleteAlternative } from '../db/repositories/petition.repository';
import { recordWrite } from './casework';
import { changePetition, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/** Removes a lighter alternative from a drafted petition, at the version the author saw. */
export async function removePetitionAlternative(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  alternativeId: string,
  version: number,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  await changePetition(ctx, a, { version, states: ['DRAFT'] }, {});
  if (!(await deleteAlternative(ctx.tx, petitionId, alternativeId))) {
    throw new AppError('not_found');
  }
  await recordWrite(ctx, a.c.viewer, {
    event: { type: 'petition.alternative_removed', entityId: petitionId, payload: { alternativeId } },
    resourceType: 'petition',
    action: 'delete',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
