import { AppError, type Verification } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findFact, listFactResponses, updateFactVerification } from '../db/repositories/fact.repository';
import { presentFact } from '../presenters/fact.presenter';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/**
 * Marks a fact unverified, corroborated or disputed, at the version the caller saw (checked in the update
 * itself, so of two concurrent changes one wins and the other gets the current fact).
 */
export async function verifyFact(
  ctx: RequestContext,
  householdId: string,
  factId: string,
  input: { verification: Verification; version: number },
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const before = await findFact(ctx.tx, householdId, factId);
  if (!before || !c.viewer.sees(factId)) {
    throw new AppError('not_found');
  }
  if (
    before.version !== input.version ||
    !(await updateFactVerification(ctx.tx, factId, input.version, input.verification))
  ) {
    const current = await findFact(ctx.tx, householdId, factId);
    throwConflict(current ? presentFact(c.viewer, current, await listFactResponses(ctx.tx, c.caseId)) : null);
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'fact.verified',
      entityId: factId,
      personIds: before.aboutPersonIds,
      payload: { verification: input.verification, previousVerification: before.verification },
    },
    resourceType: 'fact',
    action: 'update',
  });
  return { id: factId, version: input.version + 1 };
}
