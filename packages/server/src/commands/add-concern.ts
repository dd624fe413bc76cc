import { randomUUID } from 'node:crypto';
import type { ConcernCreate } from '@gezinsdossier/domain';
import { rulePack } from '@gezinsdossier/domain/deadlines';
import type { RequestContext } from '../context';
import { insertConcern } from '../db/repositories/concern.repository';
import { assertPersonsInHousehold, type CaseAccess, recordWrite, requireCase } from './casework';

/** A concern (E-1): what, about whom, held by whom; recorded with the case's taxonomy version (AMB-15). */
export async function addConcern(ctx: RequestContext, householdId: string, input: ConcernCreate) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  await assertPersonsInHousehold(ctx, c.viewer, input.aboutPersonIds, 'aboutPersonIds');
  return { id: await storeConcern(ctx, c, input, null), version: 1 };
}

/** Stores one concern (from triage or added later) with its audit; the persons are checked by the caller. */
export async function storeConcern(
  ctx: RequestContext,
  c: CaseAccess,
  input: ConcernCreate,
  reportId: string | null,
): Promise<string> {
  const id = randomUUID();
  await insertConcern(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId: c.householdId,
    reportId,
    type: input.type,
    description: input.description,
    aboutPersonIds: input.aboutPersonIds,
    heldBy: input.heldBy,
    taxonomyVersion: rulePack(c.ruleSetVersion).taxonomyVersion,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'concern.created',
      entityId: id,
      personIds: input.aboutPersonIds,
      payload: { type: input.type, reportId },
    },
    resourceType: 'concern',
  });
  return id;
}
