import { AppError, type PathwayState } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { type CaseAccess, meetDeadlines } from './casework';

/** The open investigation of a kind, in the state that belongs to it. @throws investigation_not_open */
export async function requireOpenInvestigation(
  ctx: RequestContext,
  access: CaseAccess,
  kind: 'FIRST' | 'EXTENDED',
  states: PathwayState[],
) {
  const investigation = await ctx.tx
    .selectFrom('investigations')
    .select(['id', 'kind', 'decision'])
    .where('caseId', '=', access.caseId)
    .where('decidedAt', 'is', null)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!investigation || !states.includes(access.pathwayState)) {
    throw new AppError('investigation_not_open', { data: { kind, pathwayState: access.pathwayState } });
  }
  return investigation;
}

/** The named concerns belong to this case (E-1; also a fact's concerns). @throws concern_unknown */
export async function assertConcernsOfCase(
  ctx: RequestContext,
  caseId: string,
  ids: string[],
  path = 'establishment.concernIds',
): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const known = await ctx.tx
    .selectFrom('concerns')
    .select('id')
    .where('caseId', '=', caseId)
    .where('id', 'in', ids)
    .execute();
  if (known.length !== new Set(ids).size) {
    throw new AppError('concern_unknown', {
      issues: [{ path, code: 'concern_unknown', message: 'concern_unknown' }],
    });
  }
}

/** Closes an investigation with its decision and meets its deadlines. */
export async function closeInvestigation(
  ctx: RequestContext,
  access: CaseAccess,
  investigationId: string,
  decision: { rule: string; outcome: string; deviates: boolean; record: unknown },
): Promise<void> {
  await ctx.tx
    .updateTable('investigations')
    .set({
      decidedAt: ctx.now,
      decidedBy: ctx.actor.id,
      proposedRule: decision.rule,
      outcome: decision.outcome,
      deviates: decision.deviates,
      decision: JSON.stringify(decision.record),
    })
    .where('id', '=', investigationId)
    .execute();
  await meetDeadlines(
    ctx,
    access.caseId,
    ['FIRST_CONTACT', 'FIRST_INVESTIGATION_DECISION', 'EXTENDED_INVESTIGATION_DECISION'],
    investigationId,
  );
}
