import { randomUUID } from 'node:crypto';
import { type FactCreate, sourceRefusal } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { assertPersonsInHousehold, fieldError, recordWrite, requireCase } from './casework';
import { assertConcernsOfCase } from './decide-investigation';

/**
 * Records a fact with its source and the ground it was obtained on. VAL-04: in a first investigation (and
 * outside investigations) only consented or self-reported sources; without consent only in an extended
 * investigation with a registered legal basis (KT3-R4).
 */
export async function addFact(ctx: RequestContext, householdId: string, input: FactCreate) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const investigation = await ctx.tx
    .selectFrom('investigations')
    .select(['id', 'kind'])
    .where('caseId', '=', access.caseId)
    .where('decidedAt', 'is', null)
    .executeTakeFirst();
  const refusal = sourceRefusal(investigation?.kind ?? null, input.source);
  if (refusal) {
    fieldError(
      refusal,
      refusal === 'legal_basis_required' ? 'source.legalBasis' : 'source.obtainedWithConsent',
    );
  }
  await assertPersonsInHousehold(ctx, householdId, input.aboutPersonIds, 'aboutPersonIds');
  await assertConcernsOfCase(ctx, access.caseId, input.concernIds, 'concernIds');
  const id = randomUUID();
  await ctx.tx
    .insertInto('facts')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      investigationId: investigation?.id ?? null,
      statement: input.statement,
      observedOn: input.observedOn ?? null,
      sourceKind: input.source.kind,
      sourceDescription: input.source.description,
      obtainedWithConsent: input.source.obtainedWithConsent,
      legalBasis: input.source.legalBasis ?? null,
      verification: input.verification,
      concernIds: [...new Set(input.concernIds)],
      aboutPersonIds: [...new Set(input.aboutPersonIds)],
      responsePersonIds: [],
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'fact.created',
    resourceType: 'fact',
    resourceId: id,
    personIds: input.aboutPersonIds,
    after: {
      sourceKind: input.source.kind,
      obtainedWithConsent: input.source.obtainedWithConsent,
      legalBasis: input.source.legalBasis ?? null,
      verification: input.verification,
    },
  });
  return { id, investigationId: investigation?.id ?? null };
}
