import {
  AppError,
  decisionTypeOfStep,
  type ExtendedDecision,
  type FirstDecision,
  type Judgement,
  type PathwayState,
  type Proposal,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { countConcernsOfCase } from '../db/repositories/concern.repository';
import {
  findOpenInvestigation,
  insertInvestigationConcerns,
  listInvestigations,
  recordDecision as writeDecision,
} from '../db/repositories/investigation.repository';
import { insertJudgements } from '../db/repositories/judgement.repository';
import { checkPathwayStep, type PathwayStep } from './apply-pathway-step';
import { type CaseAccess, meetDeadlines } from './casework';
import { type DecisionExecution, type Weighed, weighDecision } from './weigh-decision';

/**
 * The open investigation of a kind, in the state that belongs to it. Each refusal says what is the case:
 * the named investigation was decided (or stopped) already, the open one is of the other kind, the path
 * is elsewhere for now (e.g. during spoed), or there is no open investigation at all.
 * @throws AppError investigation_already_decided | investigation_other_kind | investigation_on_hold |
 *   investigation_not_open | not_found
 */
export async function requireOpenInvestigation(
  ctx: RequestContext,
  c: CaseAccess,
  kind: 'FIRST' | 'EXTENDED',
  states: PathwayState[],
  expectedId?: string,
) {
  const investigation = await findOpenInvestigation(ctx.tx, c.caseId);
  if (expectedId !== undefined && investigation?.id !== expectedId) {
    const named = (await listInvestigations(ctx.tx, c.caseId)).find((i) => i.id === expectedId);
    if (!named || !c.viewer.sees(named.id)) {
      throw new AppError('not_found');
    }
    throw new AppError('investigation_already_decided', {
      data: {
        current: {
          investigationId: named.id,
          decided: named.decidedAt !== null,
          stopped: named.cancelledAt !== null,
        },
      },
    });
  }
  if (!investigation) {
    throw new AppError('investigation_not_open', { data: { kind, pathwayState: c.pathwayState } });
  }
  if (investigation.kind !== kind) {
    throw new AppError('investigation_other_kind', { data: { open: investigation.kind } });
  }
  if (!states.includes(c.pathwayState)) {
    throw new AppError('investigation_on_hold', { data: { pathwayState: c.pathwayState } });
  }
  return investigation;
}

/** The named concerns belong to this case and are visible to the actor (E-1; also a fact's concerns). */
export async function assertConcernsOfCase(
  ctx: RequestContext,
  c: CaseAccess,
  ids: string[],
  path = 'establishment.concernIds',
): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const unique = [...new Set(ids)];
  if (
    (await countConcernsOfCase(ctx.tx, c.caseId, unique)) !== unique.length ||
    !unique.every((id) => c.viewer.sees(id))
  ) {
    throw new AppError('concern_unknown', {
      issues: [{ path, code: 'concern_unknown', message: 'concern_unknown' }],
    });
  }
}

/** A decision as the decision forms send it: the establishment, the decision questions, outcome and reasons. */
export interface DecisionInput {
  establishment: {
    concernIds: string[];
    reducibleVia: string[];
    [question: string]: Judgement | string[];
  };
  outcome: string;
  rationale: string;
  householdView?: string | null | undefined;
  deviationReason?: string | null | undefined;
  [question: string]: unknown;
}

/** The judgements of a decision as rows: E-2, E-3, E-5 first, then the decision table's questions. */
function judgementsOf(input: DecisionInput, questions: readonly string[]) {
  const rows: {
    question: string;
    value: Judgement['value'];
    rationale: string;
    householdView: string | null;
  }[] = [];
  for (const [question, value] of Object.entries(input.establishment)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      rows.push({
        question,
        value: value.value,
        rationale: value.rationale,
        householdView: value.householdView ?? null,
      });
    }
  }
  for (const question of questions) {
    const j = input[question] as Judgement;
    rows.push({ question, value: j.value, rationale: j.rationale, householdView: j.householdView ?? null });
  }
  return rows;
}

/**
 * Records a decision on the open investigation at the round the caller's request found (so two concurrent
 * decisions cannot both pass), with its judgements and concerns; a final decision closes the investigation
 * and meets its decision deadline.
 * @throws AppError investigation_already_decided when another decision came first
 */
export async function recordDecision(
  ctx: RequestContext,
  c: CaseAccess,
  investigation: { id: string; kind: 'FIRST' | 'EXTENDED'; decisionRound: number },
  input: DecisionInput,
  questions: readonly string[],
  result: { proposal: Proposal<string>; deviates: boolean; final: boolean; decidedBy: string },
): Promise<void> {
  const written = await writeDecision(ctx.tx, investigation.id, investigation.decisionRound, {
    final: result.final,
    decidedBy: result.decidedBy,
    now: ctx.now,
    proposedRule: result.proposal.rule,
    proposalOptions: result.proposal.options,
    outcome: input.outcome,
    deviates: result.deviates,
    rationale: input.rationale,
    householdView: input.householdView ?? null,
    deviationReason: input.deviationReason ?? null,
    reducibleVia: input.establishment.reducibleVia,
  });
  if (!written) {
    throw new AppError('investigation_already_decided', {
      data: { current: { investigationId: investigation.id, decided: true, stopped: false } },
    });
  }
  const round = investigation.decisionRound + 1;
  await insertJudgements(ctx.tx, investigation.id, c.householdId, round, judgementsOf(input, questions));
  await insertInvestigationConcerns(ctx.tx, investigation.id, c.householdId, input.establishment.concernIds);
  if (result.final) {
    await meetDeadlines(
      ctx,
      c,
      investigation.kind === 'FIRST' ? 'FIRST_INVESTIGATION_DECIDED' : 'EXTENDED_INVESTIGATION_DECIDED',
      { subjectId: investigation.id },
    );
  }
}

/**
 * Checks that an investigation decision's step may be taken and weighs it when it is a weighty decision
 * (EO-1, EO-3, UO-3: its record, and the region's gates that may hold it). Null when the outcome is not a
 * weighty decision of its own.
 */
export async function weighInvestigationDecision(
  ctx: RequestContext,
  c: CaseAccess,
  w: {
    investigationId: string;
    step: PathwayStep;
    input: FirstDecision | ExtendedDecision;
    rule: string;
    command: 'decideFirstInvestigation' | 'decideExtendedInvestigation';
    execution: DecisionExecution | undefined;
  },
): Promise<Weighed | null> {
  await checkPathwayStep(ctx, c, w.step);
  const type = decisionTypeOfStep(w.step.to, w.step.trigger);
  return type
    ? weighDecision(ctx, c, {
        type,
        record: w.input.decision,
        reasons: w.input.rationale,
        rule: w.rule,
        subject: { type: 'investigation', id: w.investigationId },
        held: { command: w.command, input: w.input, target: w.investigationId },
        execution: w.execution,
        concernIds: w.input.establishment.concernIds,
      })
    : null;
}
