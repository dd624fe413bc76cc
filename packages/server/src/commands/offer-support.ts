import { randomUUID } from 'node:crypto';
import type { SupportOfferInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenPetition } from '../db/repositories/petition.repository';
import { insertSupportOffer, listSupportOffers } from '../db/repositories/support-offer.repository';
import { assertPersonsInHousehold, recordWrite, requireCase } from './casework';

/**
 * KT9-R2 / LS-14: support offered to one person — legal aid (offered to parents when a petition is drafted),
 * independent client support, or a confidant (vertrouwenspersoon) — and their answer. Declining is a
 * legitimate answer, recorded as such.
 */
export async function offerSupport(ctx: RequestContext, householdId: string, input: SupportOfferInput) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  await assertPersonsInHousehold(ctx, c.viewer, [input.personId], 'personId');
  const id = randomUUID();
  await insertSupportOffer(ctx.tx, {
    id,
    householdId,
    caseId: c.caseId,
    personId: input.personId,
    kind: input.kind,
    offeredOn: input.offeredOn,
    response: input.response,
    provider: input.provider ?? null,
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  const drafting = (await findOpenPetition(ctx.tx, c.caseId))?.state === 'DRAFT';
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'support.offered',
      entityId: id,
      personIds: [input.personId],
      payload: { kind: input.kind, response: input.response, petitionDrafting: drafting },
    },
    resourceType: 'support_offer',
  });
  const row = (await listSupportOffers(ctx.tx, c.caseId)).find((o) => o.id === id);
  return { id, version: row?.version ?? 1 };
}
