import { randomUUID } from 'node:crypto';
import type { ConcernCreate } from '@gezinsdossier/domain';
import { rulePack } from '@gezinsdossier/domain/deadlines';
import type { RequestContext } from '../context';
import { assertPersonsInHousehold, type CaseAccess, recordWrite, requireCase } from './casework';

/** A concern (E-1): what, about whom, held by whom; recorded with the case's taxonomy version (AMB-15). */
export async function addConcern(ctx: RequestContext, householdId: string, input: ConcernCreate) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  await assertPersonsInHousehold(ctx, householdId, input.aboutPersonIds, 'aboutPersonIds');
  return { id: await insertConcern(ctx, access, input, null) };
}

/** Stores one concern (from triage or added later) with its audit; the persons are checked by the caller. */
export async function insertConcern(
  ctx: RequestContext,
  access: CaseAccess,
  input: ConcernCreate,
  reportId: string | null,
): Promise<string> {
  const householdId = access.householdId;
  const id = randomUUID();
  await ctx.tx
    .insertInto('concerns')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      reportId,
      type: input.type,
      description: input.description,
      aboutPersonIds: input.aboutPersonIds,
      heldBy: JSON.stringify(input.heldBy),
      taxonomyVersion: rulePack(access.ruleSetVersion).taxonomyVersion,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
      updatedAt: ctx.now,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'concern.created',
    resourceType: 'concern',
    resourceId: id,
    personIds: input.aboutPersonIds,
    after: { type: input.type, heldBy: input.heldBy.map((h) => h.kind) },
  });
  return id;
}
