import { randomUUID } from 'node:crypto';
import {
  AppError,
  ageOn,
  type DecisionPolicy,
  type DecisionRecord,
  type DecisionStatus,
  type DecisionType,
  decisionRecordIssues,
  EMPTY_DECISION_RECORD,
  gatesPassableBy,
  NO_GATES,
  nextDecisionGate,
  policyOfRoles,
  statusForGate,
  type TeamRole,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findDecisionPolicy,
  findWaitingDecision,
  insertDecision,
} from '../db/repositories/decision.repository';
import { activeTeam } from '../db/repositories/team.repository';
import { listFacts } from '../db/repositories/fact.repository';
import { actingOrganisationId } from '../policies/household';
import { addStep, type CaseAccess, currentMembers, recordWrite } from './casework';
import { issuesError } from './petition-guards';

/** The commands a held decision carries out when its last gate passes (see held-commands.ts). */
export type HeldCommand =
  | 'decideFirstInvestigation'
  | 'decideExtendedInvestigation'
  | 'movePathway'
  | 'endSafetyMonitoring'
  | 'requestIntervention';

/** A held decision being carried out after its last gate: the decider's decision, by the gate's actor. */
export interface DecisionExecution {
  decisionId: string;
  decidedBy: string;
}

/** What the decision forms' responses say of the decision: taken, or waiting for a gate. */
export interface DecisionOutcome {
  id: string;
  status: DecisionStatus;
  version: number;
}

export type Weighed =
  | { held: false; decision: DecisionOutcome | null; decidedBy: string }
  | { held: true; decision: DecisionOutcome };

/** The gates a region configured for a decision type (none configured: none). */
export async function policyFor(
  ctx: RequestContext,
  regionId: string,
  type: DecisionType,
): Promise<DecisionPolicy> {
  const row = await findDecisionPolicy(ctx.tx, regionId, type);
  return row ? policyOfRoles(row.reviewRoles, row.fourEyesRoles) : NO_GATES;
}

/**
 * Records a weighty decision with its reasons (LS-04, LS-05, LS-07, LS-10, LS-02) and decides, by the
 * region's configuration, whether it takes effect now or is held for a lighter counter-review and/or
 * four-eyes approval (KT7-R5, AMB-03). A held decision keeps the command and its input, and the caller
 * returns without changing anything else; the gate use case carries it out later (`execution`).
 * Facts default to the facts of the concerns the decision establishes; each is stored at its version.
 * @throws AppError decision_record_incomplete (by safeguard) | fact_not_in_case | decision_already_waiting |
 *   decision_gate_unavailable (nobody else in the team may pass the gate)
 */
export async function weighDecision(
  ctx: RequestContext,
  c: CaseAccess,
  w: {
    type: DecisionType;
    record: DecisionRecord | undefined;
    reasons: string;
    rule: string | null;
    subject: { type: string; id: string } | null;
    held: { command: HeldCommand; input: unknown; target?: string | null };
    execution?: DecisionExecution | undefined;
    /** Facts used when the record names none: those of the concerns the decision establishes (E-1). */
    concernIds?: readonly string[];
    /** A help decision is recorded only when the region gates it or the team recorded a record. */
    optional?: boolean;
  },
): Promise<Weighed> {
  if (w.execution) {
    return {
      held: false,
      decision: { id: w.execution.decisionId, status: 'TAKEN', version: 0 },
      decidedBy: w.execution.decidedBy,
    };
  }
  const policy = await policyFor(ctx, c.viewer.access.regionId, w.type);
  const gate = nextDecisionGate(policy, []);
  if (w.optional && gate === null && w.record === undefined) {
    return { held: false, decision: null, decidedBy: ctx.actor.id };
  }
  const record = w.record ?? EMPTY_DECISION_RECORD;
  const today = todayInNetherlands(ctx.now);
  const members = [...(await currentMembers(ctx, c.viewer)).entries()].map(([personId, m]) => ({
    personId,
    minor: m.birthDate !== null && ageOn(m.birthDate, today) < 18,
  }));
  const facts = (await listFacts(ctx.tx, c.caseId)).filter((f) => c.viewer.sees(f.id));
  const unknownFact = record.factIds.find((id) => !facts.some((f) => f.id === id));
  if (unknownFact) {
    throw issuesError('fact_not_in_case', [{ path: 'decision.factIds', code: 'fact_not_in_case' }]);
  }
  const factIds =
    record.factIds.length > 0
      ? record.factIds
      : facts.filter((f) => f.concernIds.some((id) => w.concernIds?.includes(id))).map((f) => f.id);
  const issues = decisionRecordIssues(w.type, { ...record, factIds }, members);
  if (issues.length > 0) {
    throw new AppError('decision_record_incomplete', {
      data: { missing: issues.map((i) => ({ safeguard: i.safeguard, code: i.code, path: i.path })) },
      issues: issues.map((i) => ({ path: i.path, code: i.code, message: i.code })),
    });
  }
  if (gate) {
    const waiting = await findWaitingDecision(ctx.tx, c.caseId, w.type);
    if (waiting) {
      throw new AppError('decision_already_waiting', { data: { current: { id: waiting.id } } });
    }
    const team = (await activeTeam(ctx.tx, c.caseId)).map((t) => ({
      professionalId: t.professionalId,
      role: t.role as TeamRole,
    }));
    if (!gatesPassableBy(policy, ctx.actor.id, team)) {
      throw new AppError('decision_gate_unavailable', { data: { gate } });
    }
  }
  const id = randomUUID();
  const status = statusForGate(gate);
  await insertDecision(ctx.tx, {
    id,
    householdId: c.householdId,
    caseId: c.caseId,
    type: w.type,
    status,
    decidedBy: ctx.actor.id,
    decidedAt: ctx.now,
    organisationId: actingOrganisationId(c.viewer.access),
    rule: w.rule,
    rulePackVersion: c.ruleSetVersion,
    reasons: w.reasons,
    childInterest: record.childInterest ?? null,
    familyView: record.familyView ?? null,
    alternatives: record.alternatives,
    heard: record.heard,
    dissent: record.dissent,
    policy,
    subjectType: w.subject?.type ?? null,
    subjectId: w.subject?.id ?? null,
    command: gate ? w.held.command : null,
    commandInput: gate ? { input: w.held.input, target: w.held.target ?? null } : null,
    facts: factIds.map((factId) => ({
      factId,
      factVersion: facts.find((f) => f.id === factId)?.version ?? 1,
    })),
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'decision.recorded',
      entityId: id,
      personIds: record.heard.map((h) => h.personId),
      payload: { decisionType: w.type, status, factCount: factIds.length, rule: w.rule },
    },
    resourceType: 'decision',
  });
  await addStep(ctx, c, {
    code: gate ? 'decision.held' : 'decision.recorded',
    params: { type: w.type, ...(gate ? { gate } : {}) },
    source: { type: 'decision', id },
  });
  const decision = { id, status, version: 1 };
  return gate ? { held: true, decision } : { held: false, decision, decidedBy: ctx.actor.id };
}
