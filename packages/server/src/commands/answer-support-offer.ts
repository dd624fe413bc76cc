import { AppError, type SupportResponse } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  answerSupportOffer as answerRow,
  listSupportOffers,
} from '../db/repositories/support-offer.repository';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/** Records a person's answer to support offered (accepted, declined), at the version the author saw. */
export async function answerSupportOffer(
  ctx: RequestContext,
  householdId: string,
  offerId: string,
  input: { version: number; response: SupportResponse },
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const offers = await listSupportOffers(ctx.tx, c.caseId);
  const offer = offers.find((o) => o.id === offerId);
  if (!offer || !c.viewer.sees(offer.personId) || !c.viewer.sees(offer.id)) {
    throw new AppError('not_found');
  }
  const previous = await answerRow(ctx.tx, c.caseId, offerId, input.version, input.response);
  if (previous === null) {
    const now = (await listSupportOffers(ctx.tx, c.caseId)).find((o) => o.id === offerId);
    throwConflict(now ? { id: now.id, response: now.response, version: now.version } : null);
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'support.updated',
      entityId: offerId,
      personIds: [offer.personId],
      payload: { kind: offer.kind, response: input.response, previousResponse: previous as string },
    },
    resourceType: 'support_offer',
    action: 'update',
  });
  return { id: offerId, version: input.version + 1 };
}
