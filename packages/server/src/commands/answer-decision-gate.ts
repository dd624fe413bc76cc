import { randomUUID } from 'node:crypto';
import {
  AppError,
  type DecisionGateAnswer,
  type DecisionType,
  decisionGateRefusals,
  nextDecisionGate,
  statusForGate,
  teamRolesOf,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findDecision,
  insertDecisionGate,
  listDecisionGates,
  updateDecisionStatus,
} from '../db/repositories/decision.repository';
import { effectivePolicyOf, passedGates } from '../presenters/decision.presenter';
import { currentDecision, showDecision } from '../queries/get-decisions';
import { addStep, recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';
import { HELD_COMMANDS } from './held-commands';
import { issuesError } from './petition-guards';
import { type HeldCommand, policyFor } from './weigh-decision';

/**
 * A colleague answers the gate a held decision waits for (KT7-R5 lighter counter-review, or four-eyes
 * approval; issue 10 point 1 and 4): never the decider, never twice by one person, only in a configured team
 * role, at the version they saw. RECONSIDER or REJECT returns the decision to the decider with the reasons,
 * and nothing else changes. The gates are those the decision was taken under, made stricter by the region's
 * configuration now (a gate added since applies too). When the last gate passes, the decision is taken: the decider's command is
 * carried out now, in this transaction — if the dossier has moved on so that it can no longer be carried out,
 * the answer is refused with that command's own error and nothing changes (the decider may withdraw it).
 * @throws AppError not_found | decision_not_awaiting | decision_gate_refused | version_conflict
 */
export async function answerDecisionGate(
  ctx: RequestContext,
  householdId: string,
  decisionId: string,
  answer: DecisionGateAnswer,
) {
  const c = await requireCase(ctx, householdId, 'decision.approve');
  const decision = await findDecision(ctx.tx, householdId, decisionId);
  // Through the one door: a decision (or what it is about) withheld from this viewer is not there.
  if (!decision || decision.caseId !== c.caseId || !(await currentDecision(ctx, c.viewer, decisionId))) {
    throw new AppError('not_found');
  }
  if (decision.version !== answer.version) {
    throwConflict(await currentDecision(ctx, c.viewer, decisionId));
  }
  const policy = effectivePolicyOf(
    decision,
    await policyFor(ctx, c.viewer.access.regionId, decision.type as DecisionType),
  );
  const gates = await listDecisionGates(ctx.tx, [decisionId]);
  const waiting = decision.status === 'AWAITING_REVIEW' || decision.status === 'AWAITING_APPROVAL';
  const gate = waiting ? nextDecisionGate(policy, passedGates(gates)) : null;
  if (gate !== answer.gate) {
    throw new AppError('decision_not_awaiting', { data: { status: decision.status, gate } });
  }
  const refusals = decisionGateRefusals(
    gate,
    policy,
    { decidedBy: decision.decidedBy, gatesPassedBy: gates.map((g) => g.answeredBy) },
    { id: ctx.actor.id, teamRoles: teamRolesOf(c.viewer.access.grounds) },
  );
  if (refusals.length > 0) {
    throw issuesError(
      'decision_gate_refused',
      refusals.map((code) => ({ path: 'gate', code })),
    );
  }
  await insertDecisionGate(ctx.tx, {
    id: randomUUID(),
    decisionId,
    householdId,
    gate,
    outcome: answer.outcome,
    bestForHousehold: answer.gate === 'REVIEW' ? answer.bestForHousehold : null,
    followsFromInformation: answer.gate === 'REVIEW' ? answer.followsFromInformation : null,
    rationale: answer.rationale,
    answeredBy: ctx.actor.id,
    answeredAt: ctx.now,
  });
  const passes = answer.outcome === 'PROCEED' || answer.outcome === 'APPROVE';
  const next = passes ? nextDecisionGate(policy, [...passedGates(gates), gate]) : null;
  const status = passes ? statusForGate(next) : 'RETURNED';
  if (
    !(await updateDecisionStatus(ctx.tx, decisionId, decision.version, {
      status,
      ...(status === 'TAKEN' ? { takenAt: ctx.now } : {}),
      ...(status === 'RETURNED' ? { closedReason: answer.rationale } : {}),
    }))
  ) {
    throwConflict(await currentDecision(ctx, c.viewer, decisionId));
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'decision.gate_answered',
      entityId: decisionId,
      payload: { gate, outcome: answer.outcome, status },
    },
    resourceType: 'decision',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'decision.gate_answered',
    params: { type: decision.type, gate, outcome: answer.outcome },
    source: { type: 'decision', id: decisionId },
  });
  if (status === 'TAKEN') {
    const held = decision.commandInput as unknown as { input: unknown; target: string | null };
    await HELD_COMMANDS[decision.command as HeldCommand](ctx, householdId, held, {
      decisionId,
      decidedBy: decision.decidedBy,
    });
  }
  return showDecision(ctx, c.viewer, decisionId);
}
