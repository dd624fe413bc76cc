import type { PetitionUpdate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { recordWrite } from './casework';
import { changePetition, requireMeasure, requirePetition, savePetitionPersons } from './petition-guards';
import { currentPetition, showPetition } from '../queries/get-petition';

/**
 * KT6: changes the petition's own fields while it is drafted (also after CORRECT_FIRST), at the version the
 * author saw: the measure and addressee (from the catalogue), whom it targets and whom its actions aim at,
 * proportionality (LS-01), the child's interest (LS-10), the legal advice (KT6-R3) and the family summary
 * (LS-11). Persons are taken again from the household as it is now.
 */
export async function updatePetitionFields(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: PetitionUpdate,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.write');
  const measureTypeId = input.measureTypeId ?? a.petition.measureTypeId;
  const addressee = input.addressee ?? a.petition.addressee;
  const fields = Object.keys(input).filter((k) => k !== 'version');
  const personsChanged =
    input.measureTypeId !== undefined ||
    input.addressee !== undefined ||
    input.targetPersonIds !== undefined ||
    input.actionAimPersonIds !== undefined;
  const measure = requireMeasure(measureTypeId);
  await changePetition(
    ctx,
    a,
    { version: input.version, states: ['DRAFT'] },
    {
      ...(input.measureTypeId !== undefined ? { measureTypeId: measure.id } : {}),
      ...(input.addressee !== undefined ? { addressee: input.addressee } : {}),
      ...(input.proportionality !== undefined
        ? { proportionality: input.proportionality ? JSON.stringify(input.proportionality) : null }
        : {}),
      ...(input.childInterest !== undefined ? { childInterest: input.childInterest } : {}),
      ...(input.legalAdvice !== undefined
        ? { legalAdvice: input.legalAdvice ? JSON.stringify(input.legalAdvice) : null }
        : {}),
      ...(input.familySummary !== undefined ? { familySummary: input.familySummary || null } : {}),
    },
  );
  let personIds: string[] = [];
  if (personsChanged) {
    const current = await currentPetition(ctx, a.c.viewer, petitionId);
    const targets =
      input.targetPersonIds ?? current?.persons.filter((p) => p.target).map((p) => p.personId) ?? [];
    const aims =
      input.actionAimPersonIds ?? current?.persons.filter((p) => p.actionAim).map((p) => p.personId) ?? [];
    await savePetitionPersons(ctx, { c: a.c, petitionId }, measure, addressee, targets, aims);
    personIds = [...targets, ...aims];
  }
  await recordWrite(ctx, a.c.viewer, {
    event: { type: 'petition.updated', entityId: petitionId, personIds, payload: { fields } },
    resourceType: 'petition',
    action: 'update',
  });
  return showPetition(ctx, a.c.viewer, petitionId);
}
