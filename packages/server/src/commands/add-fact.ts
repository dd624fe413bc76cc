import { randomUUID } from 'node:crypto';
import { type FactCreate, sourceRefusal } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertFact } from '../db/repositories/fact.repository';
import { findOpenInvestigation } from '../db/repositories/investigation.repository';
import { assertPersonsInHousehold, fieldError, recordWrite, requireCase } from './casework';
import { assertConcernsOfCase } from './decide-investigation';

/**
 * Records a fact with its source and the ground it was obtained on. VAL-04: in a first investigation (and
 * outside investigations) only consented or self-reported sources; without consent only in an extended
 * investigation with a registered legal basis (KT3-R4).
 */
export async function addFact(ctx: RequestContext, householdId: string, input: FactCreate) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const investigation = await findOpenInvestigation(ctx.tx, c.caseId);
  const refusal = sourceRefusal(investigation?.kind ?? null, input.source);
  if (refusal) {
    fieldError(
      refusal,
      refusal === 'legal_basis_required' ? 'source.legalBasis' : 'source.obtainedWithConsent',
    );
  }
  await assertPersonsInHousehold(ctx, c.viewer, input.aboutPersonIds, 'aboutPersonIds');
  await assertConcernsOfCase(ctx, c, input.concernIds, 'concernIds');
  const id = randomUUID();
  await insertFact(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    investigationId: investigation?.id ?? null,
    statement: input.statement,
    observedOn: input.observedOn ?? null,
    sourceKind: input.source.kind,
    sourceDescription: input.source.description,
    obtainedWithConsent: input.source.obtainedWithConsent,
    legalBasis: input.source.legalBasis ?? null,
    verification: input.verification,
    concernIds: input.concernIds,
    aboutPersonIds: input.aboutPersonIds,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'fact.created',
      entityId: id,
      personIds: input.aboutPersonIds,
      payload: {
        sourceKind: input.source.kind,
        obtainedWithConsent: input.source.obtainedWithConsent,
        hasLegalBasis: Boolean(input.source.legalBasis),
        verification: input.verification,
        investigationId: investigation?.id ?? null,
      },
    },
    resourceType: 'fact',
  });
  return { id, investigationId: investigation?.id ?? null, version: 1 };
}
