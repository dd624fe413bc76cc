import { randomUUID } from 'node:crypto';
import type { ConsultationInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertConsultation } from '../db/repositories/petition.repository';
import { assertPersonsInHousehold, recordWrite } from './casework';
import { changePetition, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * KT6-R2: a consultation before the petition — with the household, the vast gezicht of the Lokaal Team, or
 * another party (spec KT6 "na consultatie van het gezin, het vaste gezicht … en andere betrokken partijen").
 * @throws AppError person_not_in_household | petition_state_invalid | version_conflict
 */
export async function recordConsultation(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: ConsultationInput,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  await assertPersonsInHousehold(ctx, a.c.viewer, [input.personId], 'personId');
  await changePetition(ctx, a, { version: input.version, states: ['DRAFT'] }, {});
  await insertConsultation(ctx.tx, {
    id: randomUUID(),
    petitionId,
    householdId,
    party: input.party,
    personId: input.personId ?? null,
    heldOn: input.heldOn,
    summary: input.summary,
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.consultation_recorded',
      entityId: petitionId,
      personIds: input.personId ? [input.personId] : [],
      payload: { party: input.party },
    },
    resourceType: 'petition',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
