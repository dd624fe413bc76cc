import type { ChildVoiceInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listPetitionPersons, saveChildVoice as saveVoiceRow } from '../db/repositories/petition.repository';
import { recordWrite } from './casework';
import { changePetition, issuesError, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * VAL-10 / LS-09: the voice of one involved child — how they were heard or represented and what they said,
 * or the reasoned exception (e.g. too young to be heard in words). One per child; saving again replaces it.
 * @throws AppError child_not_involved | petition_state_invalid | version_conflict
 */
export async function saveChildVoice(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: ChildVoiceInput,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  const persons = await listPetitionPersons(ctx.tx, petitionId);
  if (
    !persons.some((p) => p.personId === input.childId && p.involvedChild) ||
    !a.c.viewer.sees(input.childId)
  ) {
    throw issuesError('child_not_involved', [{ path: 'childId', code: 'child_not_involved' }]);
  }
  await changePetition(ctx, a, { version: input.version, states: ['DRAFT'] }, {});
  await saveVoiceRow(ctx.tx, {
    petitionId,
    householdId,
    childId: input.childId,
    how: input.how,
    view: input.how === 'EXCEPTION' ? null : (input.view ?? null),
    interests: input.interests ?? null,
    exceptionReason: input.how === 'EXCEPTION' ? (input.exceptionReason ?? null) : null,
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'petition.child_voice_saved',
      entityId: petitionId,
      personIds: [input.childId],
      payload: { childId: input.childId, how: input.how },
    },
    resourceType: 'petition',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
