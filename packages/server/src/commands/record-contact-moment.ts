import { randomUUID } from 'node:crypto';
import { AppError, type ContactMoment } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertContactMoment, listContactAgreements } from '../db/repositories/placement.repository';
import { recordWrite, requireCase } from './casework';
import { issuesError } from './petition-guards';

/** One contact moment under an agreement: it happened, or it did not and why (never silently missing). */
export async function recordContactMoment(
  ctx: RequestContext,
  householdId: string,
  agreementId: string,
  input: ContactMoment,
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const agreement = (await listContactAgreements(ctx.tx, householdId)).find((a) => a.id === agreementId);
  if (!agreement || !c.viewer.sees(agreement.childId)) {
    throw new AppError('not_found');
  }
  if (input.on < agreement.startsOn) {
    throw issuesError('contact_moment_before_agreement', [
      { path: 'on', code: 'contact_moment_before_agreement' },
    ]);
  }
  const id = randomUUID();
  await insertContactMoment(ctx.tx, {
    id,
    householdId,
    agreementId,
    onDate: input.on,
    happened: input.happened,
    reason: input.happened ? null : (input.reason ?? null),
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'contact_moment.recorded',
      entityId: id,
      personIds: [agreement.childId],
      payload: { agreementId, happened: input.happened },
    },
    resourceType: 'contact_moment',
  });
  return { id };
}
