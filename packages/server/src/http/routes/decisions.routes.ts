import {
  DECISION_TYPES,
  DecisionGateAnswerSchema,
  DecisionPolicyChangeSchema,
  DecisionWithdrawalSchema,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import { answerDecisionGate } from '../../commands/answer-decision-gate';
import { setDecisionPolicy } from '../../commands/set-decision-policy';
import { withdrawDecision } from '../../commands/withdraw-decision';
import {
  DecisionAssignmentSchema,
  DecisionListSchema,
  DecisionPoliciesSchema,
  DecisionSchema,
} from '../../presenters/decision.presenter';
import { getDecisions, listDecisionAssignments } from '../../queries/get-decisions';
import { listDecisionPolicies } from '../../queries/list-decision-policies';
import type { App, Run } from '../app';
import { route } from './define';
import { HouseholdParams } from './params';

const DecisionParams = HouseholdParams.extend({ decisionId: z.uuid() });
const RegionParams = z.object({ regionId: z.uuid() });
const PolicyParams = RegionParams.extend({ decisionType: z.enum(DECISION_TYPES) });

/**
 * Weighty decisions with their reasons (issue 10 point 1) and their gates: the household's decisions, a
 * colleague's review or four-eyes approval of a held decision (KT7-R5), the decider's withdrawal, the
 * worklist of decisions waiting for me, and the region's configuration of the gates per decision type.
 */
export async function registerDecisionRoutes(app: App, run: Run): Promise<void> {
  const tags = ['decisions'];
  const h = '/households/:householdId';
  route(app, run, {
    method: 'GET',
    path: `${h}/decisions`,
    operationId: 'listDecisions',
    summary: 'The weighty decisions of the open case, newest first, with their records and gates',
    tags,
    params: HouseholdParams,
    response: DecisionListSchema,
    handler: (ctx, { params }) => getDecisions(ctx, params.householdId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/decisions/:decisionId/gate-answers`,
    operationId: 'answerDecisionGate',
    summary: "Review or approve a colleague's held decision (never your own); the last gate carries it out",
    tags,
    params: DecisionParams,
    body: DecisionGateAnswerSchema,
    response: DecisionSchema,
    status: 201,
    handler: (ctx, { params, body }) => answerDecisionGate(ctx, params.householdId, params.decisionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/decisions/:decisionId/withdrawal`,
    operationId: 'withdrawDecision',
    summary: 'Withdraw your own decision while it waits for a gate, with a reason',
    tags,
    params: DecisionParams,
    body: DecisionWithdrawalSchema,
    response: DecisionSchema,
    status: 201,
    handler: (ctx, { params, body }) => withdrawDecision(ctx, params.householdId, params.decisionId, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/decision-assignments',
    operationId: 'listDecisionAssignments',
    summary: "Colleagues' decisions waiting for a review or approval in the cases I am in",
    tags,
    response: z.array(DecisionAssignmentSchema),
    handler: (ctx) => listDecisionAssignments(ctx),
  });
  route(app, run, {
    method: 'GET',
    path: '/admin/regions/:regionId/decision-policies',
    operationId: 'listDecisionPolicies',
    summary: "A region's gates per decision type (lighter counter-review, four-eyes approval)",
    tags,
    params: RegionParams,
    response: DecisionPoliciesSchema,
    handler: (ctx, { params }) => listDecisionPolicies(ctx, params.regionId),
  });
  route(app, run, {
    method: 'PUT',
    path: '/admin/regions/:regionId/decision-policies/:decisionType',
    operationId: 'setDecisionPolicy',
    summary: "Set a region's gates for one decision type, with a reason, at the version seen",
    tags,
    params: PolicyParams,
    body: DecisionPolicyChangeSchema,
    response: DecisionPoliciesSchema,
    handler: (ctx, { params, body }) => setDecisionPolicy(ctx, params.regionId, params.decisionType, body),
  });
}
