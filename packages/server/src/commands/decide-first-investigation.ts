import {
  FIRST_OUTCOME_STATES,
  assertDecisionConsistent,
  type FirstDecision,
  proposeFirstOutcome,
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

const QUESTIONS = ['factsOfConcern', 'managesWithSupport', 'wantsHelp', 'helpSeemsNeeded'] as const;

/**
 * KT3a decision by the vast gezicht: the recorded judgements (E-1..E-5 and the decision questions), the
 * decision table's proposal (EO-1..EO-3), the chosen outcome and — when it deviates — the reason
 * (KT3-R1, LS-04). The system checks, the professional decides; what the outcome leads to (the next state,
 * an extended investigation, a family-plan deadline) is the pathway's rule. Closing (EO-1) and an extended
 * investigation (EO-3) are weighty decisions with their record, held when the region gates them
 * (`weighDecision`); `execution` carries a held decision out after its last gate.
 */
export async function decideFirstInvestigation(
  ctx: RequestContext,
  householdId: string,
  input: FirstDecision,
  investigationId?: string,
  execution?: DecisionExecution,
) {
  const c = await requireCase(
    ctx,
    householdId,
    execution ? 'decision.approve' : 'first_investigation.decide',
  );
  const investigation = await requireOpenInvestigation(
    ctx,
    c,
    'FIRST',
    ['FIRST_INVESTIGATION'],
    investigationId,
  );
  await assertConcernsOfCase(ctx, c, input.establishment.concernIds);
  const proposal = proposeFirstOutcome(input);
  const deviates = assertDecisionConsistent(proposal, input.outcome, input.deviationReason);
  const to = FIRST_OUTCOME_STATES[input.outcome];
  const weighed = await weighInvestigationDecision(ctx, c, {
    investigationId: investigation.id,
    step: { to, trigger: 'FIRST_DECISION' },
    input,
    rule: proposal.rule,
    command: 'decideFirstInvestigation',
    execution,
  });
  if (weighed?.held) {
    return {
      proposal,
      deviates,
      pathwayState: c.pathwayState,
      extendedInvestigationId: null,
      decision: weighed.decision,
    };
  }
  await recordDecision(ctx, c, investigation, input as unknown as DecisionInput, QUESTIONS, {
    proposal,
    deviates,
    final: true,
    decidedBy: weighed?.decidedBy ?? ctx.actor.id,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'investigation.decided',
      entityId: investigation.id,
      payload: { kind: 'FIRST', rule: proposal.rule, outcome: input.outcome, deviates, interim: false },
    },
    resourceType: 'investigation',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'investigation.decided',
    params: { kind: 'FIRST', outcome: input.outcome, deviates: String(deviates) },
    source: { type: 'investigation', id: investigation.id },
  });
  const step = await applyPathwayStep(ctx, c, {
    to,
    trigger: 'FIRST_DECISION',
    source: { type: 'investigation', id: investigation.id },
  });
  return {
    proposal,
    deviates,
    pathwayState: c.pathwayState,
    extendedInvestigationId: step.openedInvestigationId,
    decision: weighed?.decision ?? null,
  };
}
