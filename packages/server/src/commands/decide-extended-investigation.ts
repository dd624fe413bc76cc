import { randomUUID } from 'node:crypto';
import {
  assertDecisionConsistent,
  type ExtendedDecision,
  type ExtendedOutcome,
  type PathwayState,
  proposeExtendedOutcome,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  addStep,
  type CaseAccess,
  recordWrite,
  requireCase,
  startDeadline,
  transitionPathway,
} from './casework';
import { assertConcernsOfCase, closeInvestigation, requireOpenInvestigation } from './decide-investigation';

const NEXT_STATE: Record<ExtendedOutcome, PathwayState> = {
  UO1_VOLUNTARY_HELP: 'VOLUNTARY_HELP',
  UO1_SAFETY_MONITORING: 'SAFETY_MONITORING',
  UO2_INDEPENDENT_EXPERT: 'INDEPENDENT_EXPERT',
  UO3_PETITION: 'PETITION_PREPARATION',
};

/**
 * KT3b decision by the RVT duo partner (the Lokaal Team stays involved). UO-2 (independent expert) is an
 * interim step: the investigation stays open until the advice is in. Every final decision starts RVT
 * safety monitoring, which runs until it is ended explicitly (VAL-08). UO-3 leads to petition preparation;
 * nothing is filed automatically (KT3-R5).
 */
export async function decideExtendedInvestigation(
  ctx: RequestContext,
  householdId: string,
  input: ExtendedDecision,
) {
  const access = await requireCase(ctx, householdId, 'extended_investigation.decide');
  const investigation = await requireOpenInvestigation(ctx, access, 'EXTENDED', ['EXTENDED_INVESTIGATION']);
  await assertConcernsOfCase(ctx, access.caseId, input.establishment.concernIds);
  const proposal = proposeExtendedOutcome(input);
  const deviates = assertDecisionConsistent(proposal, input.outcome, input.deviationReason);
  const interim = input.outcome === 'UO2_INDEPENDENT_EXPERT';
  if (interim) {
    await ctx.tx
      .updateTable('investigations')
      .set({
        proposedRule: proposal.rule,
        outcome: input.outcome,
        deviates,
        decision: JSON.stringify({ ...input, proposal }),
      })
      .where('id', '=', investigation.id)
      .execute();
  } else {
    await closeInvestigation(ctx, access, investigation.id, {
      rule: proposal.rule,
      outcome: input.outcome,
      deviates,
      record: { ...input, proposal },
    });
  }
  await transitionPathway(ctx, access, NEXT_STATE[input.outcome], input.rationale);
  if (!interim) {
    await startSafetyMonitoring(ctx, access, investigation.id);
  }
  if (input.outcome === 'UO1_VOLUNTARY_HELP') {
    const goals = await ctx.tx
      .selectFrom('planGoals')
      .select('id')
      .where('caseId', '=', access.caseId)
      .execute();
    if (goals.length === 0) {
      await startDeadline(ctx, access, 'FAMILY_PLAN', 'FIXED_PROFESSIONAL', access.caseId);
    }
  }
  await recordWrite(ctx, access, {
    event: 'investigation.decided',
    resourceType: 'investigation',
    resourceId: investigation.id,
    action: 'update',
    after: { kind: 'EXTENDED', rule: proposal.rule, outcome: input.outcome, deviates, interim },
  });
  await addStep(
    ctx,
    access,
    `Besluit uitgebreid onderzoek: ${input.outcome.slice(0, 3).replace('UO', 'UO-')}${deviates ? ' (afwijkend van de beslistabel)' : ''}`,
    [input.rationale, input.deviationReason ? `Reden om af te wijken: ${input.deviationReason}` : '']
      .filter(Boolean)
      .join('\n'),
  );
  return { proposal, deviates, pathwayState: access.pathwayState };
}

/** VAL-08: RVT safety monitoring after an extended investigation, reviewed on the rule pack's rhythm. */
async function startSafetyMonitoring(ctx: RequestContext, access: CaseAccess, investigationId: string) {
  const active = await ctx.tx
    .selectFrom('safetyMonitoring')
    .select('id')
    .where('caseId', '=', access.caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  if (active) {
    return;
  }
  const id = randomUUID();
  await ctx.tx
    .insertInto('safetyMonitoring')
    .values({
      id,
      caseId: access.caseId,
      householdId: access.householdId,
      investigationId,
      startedAt: ctx.now,
      startedBy: ctx.actor.id,
    })
    .execute();
  await startDeadline(ctx, access, 'SAFETY_MONITORING_REVIEW', 'RVT_PARTNER', id);
  await recordWrite(ctx, access, {
    event: 'safety_monitoring.started',
    resourceType: 'safety_monitoring',
    resourceId: id,
  });
}
