import {
  assertDecisionConsistent,
  type FirstDecision,
  type FirstOutcome,
  type PathwayState,
  proposeFirstOutcome,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, recordWrite, requireCase, startDeadline, transitionPathway } from './casework';
import { assertConcernsOfCase, closeInvestigation, requireOpenInvestigation } from './decide-investigation';
import { openInvestigation } from './triage-report';

const NEXT_STATE: Record<FirstOutcome, PathwayState> = {
  EO1_CLOSE: 'CLOSED',
  EO2_VOLUNTARY_HELP: 'VOLUNTARY_HELP',
  EO3_EXTENDED: 'EXTENDED_INVESTIGATION',
};

/**
 * KT3a decision by the vast gezicht: the recorded judgements (E-1..E-5 and the decision questions), the
 * decision table's proposal (EO-1..EO-3), the chosen outcome and — when it deviates — the reason
 * (KT3-R1, LS-04). The system checks, the professional decides.
 */
export async function decideFirstInvestigation(
  ctx: RequestContext,
  householdId: string,
  input: FirstDecision,
) {
  const access = await requireCase(ctx, householdId, 'first_investigation.decide');
  const investigation = await requireOpenInvestigation(ctx, access, 'FIRST', ['FIRST_INVESTIGATION']);
  await assertConcernsOfCase(ctx, access.caseId, input.establishment.concernIds);
  const proposal = proposeFirstOutcome(input);
  const deviates = assertDecisionConsistent(proposal, input.outcome, input.deviationReason);
  await closeInvestigation(ctx, access, investigation.id, {
    rule: proposal.rule,
    outcome: input.outcome,
    deviates,
    record: { ...input, proposal },
  });
  await transitionPathway(ctx, access, NEXT_STATE[input.outcome], input.rationale);
  let extendedInvestigationId: string | null = null;
  if (input.outcome === 'EO2_VOLUNTARY_HELP') {
    await startDeadline(ctx, access, 'FAMILY_PLAN', 'FIXED_PROFESSIONAL', access.caseId);
  }
  if (input.outcome === 'EO3_EXTENDED') {
    extendedInvestigationId = await openInvestigation(ctx, access, 'EXTENDED');
  }
  await recordWrite(ctx, access, {
    event: 'investigation.decided',
    resourceType: 'investigation',
    resourceId: investigation.id,
    action: 'update',
    after: { kind: 'FIRST', rule: proposal.rule, outcome: input.outcome, deviates },
  });
  await addStep(
    ctx,
    access,
    `Besluit eerste onderzoek: ${input.outcome.slice(0, 3).replace('EO', 'EO-')}${deviates ? ' (afwijkend van de beslistabel)' : ''}`,
    [input.rationale, input.deviationReason ? `Reden om af te wijken: ${input.deviationReason}` : '']
      .filter(Boolean)
      .join('\n'),
  );
  return { proposal, deviates, pathwayState: access.pathwayState, extendedInvestigationId };
}
