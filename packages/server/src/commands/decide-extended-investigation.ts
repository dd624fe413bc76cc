import {
  EXTENDED_OUTCOME_STATES,
  assertDecisionConsistent,
  type ExtendedDecision,
  proposeExtendedOutcome,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, recordWrite, requireCase } from './casework';
import {
  assertConcernsOfCase,
  type DecisionInput,
  recordDecision,
  requireOpenInvestigation,
  weighInvestigationDecision,
} from './decide-investigation';
import type { DecisionExecution } from './weigh-decision';

const QUESTIONS = [
  'factsRemain',
  'householdLikelyManages',
  'worriesSerious',
  'disagreement',
  'unclarityRemains',
  'worriesUndiminished',
] as const;

/**
 * KT3b decision by the RVT duo partner (the Lokaal Team stays involved). UO-2 (independent expert) is an
 * interim step: the investigation stays open until the advice is in. Every final decision starts RVT
 * safety monitoring, which runs until it is ended explicitly (VAL-08). Preparing a petition (UO-3) is a
 * weighty decision with its record, held when the region gates it. What an outcome leads to is the
 * pathway's rule.
 */
export async function decideExtendedInvestigation(
  ctx: RequestContext,
  householdId: string,
  input: ExtendedDecision,
  investigationId?: string,
  execution?: DecisionExecution,
) {
  const c = await requireCase(
    ctx,
    householdId,
    execution ? 'decision.approve' : 'extended_investigation.decide',
  );
  const investigation = await requireOpenInvestigation(
    ctx,
    c,
    'EXTENDED',
    ['EXTENDED_INVESTIGATION'],
    investigationId,
  );
  await assertConcernsOfCase(ctx, c, input.establishment.concernIds);
  const proposal = proposeExtendedOutcome(input);
  const deviates = assertDecisionConsistent(proposal, input.outcome, input.deviationReason);
  const interim = input.outcome === 'UO2_INDEPENDENT_EXPERT';
  const to = EXTENDED_OUTCOME_STATES[input.outcome];
  const weighed = await weighInvestigationDecision(ctx, c, {
    investigationId: investigation.id,
    step: {
      to,
      trigger: 'EXTENDED_DECISION',
      ...(interim ? {} : { finalExtendedDecisionOf: investigation.id }),
    },
    input,
    rule: proposal.rule,
    command: 'decideExtendedInvestigation',
    execution,
  });
  if (weighed?.held) {
    return { proposal, deviates, pathwayState: c.pathwayState, decision: weighed.decision };
  }
  await recordDecision(ctx, c, investigation, input as unknown as DecisionInput, QUESTIONS, {
    proposal,
    deviates,
    final: !interim,
    decidedBy: weighed?.decidedBy ?? ctx.actor.id,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'investigation.decided',
      entityId: investigation.id,
      payload: { kind: 'EXTENDED', rule: proposal.rule, outcome: input.outcome, deviates, interim },
    },
    resourceType: 'investigation',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'investigation.decided',
    params: { kind: 'EXTENDED', outcome: input.outcome, deviates: String(deviates) },
    source: { type: 'investigation', id: investigation.id },
  });
  await applyPathwayStep(ctx, c, {
    to,
    trigger: 'EXTENDED_DECISION',
    source: { type: 'investigation', id: investigation.id },
    ...(interim ? {} : { finalExtendedDecisionOf: investigation.id }),
  });
  return { proposal, deviates, pathwayState: c.pathwayState, decision: weighed?.decision ?? null };
}
