import { randomUUID } from 'node:crypto';
import { AppError, MEASURE_CATALOGUE_VERSION, type PetitionCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenPetition, insertPetition } from '../db/repositories/petition.repository';
import { addStep, recordWrite, requireCase } from './casework';
import { requireMeasure, savePetitionPersons } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * KT6: the RVT professional starts a petition once the extended investigation decided to prepare one (UO-3).
 * The measure comes from the catalogue (CFG-MEAS), the addressee must be able to decide on it, and every
 * target must be someone the measure can be aimed at; the measures the actions aim at may name others.
 * One petition at a time per case.
 * @throws AppError petition_not_in_preparation | petition_already_open | measure_unknown |
 *   measure_addressee_invalid | measure_target_not_allowed | person_not_in_household
 */
export async function startPetition(ctx: RequestContext, householdId: string, input: PetitionCreate) {
  const c = await requireCase(ctx, householdId, 'petition.file');
  if (c.pathwayState !== 'PETITION_PREPARATION') {
    throw new AppError('petition_not_in_preparation', { data: { pathwayState: c.pathwayState } });
  }
  if (await findOpenPetition(ctx.tx, c.caseId)) {
    throw new AppError('petition_already_open');
  }
  const measure = requireMeasure(input.measureTypeId);
  const ground = c.viewer.access.grounds.find((g) => g.kind === 'TEAM_MEMBER' && g.role === 'RVT_PARTNER');
  const organisationId = ground?.kind === 'TEAM_MEMBER' ? ground.organisationId : undefined;
  if (!organisationId) {
    throw new AppError('permission_denied', { data: { permission: 'petition.file' } });
  }
  const id = randomUUID();
  await insertPetition(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    measureTypeId: measure.id,
    catalogueVersion: MEASURE_CATALOGUE_VERSION,
    addressee: input.addressee,
    petitionerId: ctx.actor.id,
    organisationId,
    now: ctx.now,
  });
  await savePetitionPersons(
    ctx,
    { c, petitionId: id },
    measure,
    input.addressee,
    input.targetPersonIds,
    input.actionAimPersonIds,
  );
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'petition.started',
      entityId: id,
      personIds: [...input.targetPersonIds, ...input.actionAimPersonIds],
      payload: {
        measureTypeId: measure.id,
        addressee: input.addressee,
        catalogueVersion: MEASURE_CATALOGUE_VERSION,
      },
    },
    resourceType: 'petition',
  });
  await addStep(ctx, c, {
    code: 'petition.started',
    params: { measureTypeId: measure.id },
    source: { type: 'petition', id },
    personIds: input.targetPersonIds,
  });
  return showPetition(ctx, c.viewer, id);
}
