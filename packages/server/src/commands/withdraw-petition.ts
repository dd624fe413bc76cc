import type { RequestContext } from '../context';
import { showPetition } from '../queries/get-petition';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite } from './casework';
import { changePetition, requirePetition } from './petition-guards';

/**
 * KT6: a drafted petition is withdrawn — the team no longer asks for a measure (UO-3 is a possibility, not a
 * one-way street). The reason is kept with the petition and the family returns to voluntary help.
 * @throws AppError petition_state_invalid (only a draft can be withdrawn) | version_conflict
 */
export async function withdrawPetition(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: { version: number; reason: string },
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.file');
  await changePetition(
    ctx,
    a,
    { version: input.version, states: ['DRAFT'] },
    {
      state: 'WITHDRAWN',
      notFiledReason: input.reason,
    },
  );
  await recordWrite(ctx, a.c.viewer, {
    event: { type: 'petition.withdrawn', entityId: petitionId, payload: {} },
    resourceType: 'petition',
    action: 'update',
  });
  await addStep(ctx, a.c, { code: 'petition.withdrawn', source: { type: 'petition', id: petitionId } });
  await applyPathwayStep(ctx, a.c, {
    to: 'VOLUNTARY_HELP',
    trigger: 'LEGAL_ROUTE',
    reason: input.reason,
    source: { type: 'petition', id: petitionId },
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
