import { policyOfRoles, teamRolesOf } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import {
  type DecisionRow,
  findDecision,
  listDecisionFacts,
  listDecisionPolicies,
  listDecisionGates,
  listDecisions,
  listWaitingDecisionsFor,
} from '../db/repositories/decision.repository';
import { listFacts } from '../db/repositories/fact.repository';
import type { Tx } from '../db/repositories/tx';
import { requireHousehold } from '../policies/require';
import {
  type DecisionAssignmentJson,
  type DecisionJson,
  presentDecision,
  presentDecisionAssignment,
} from '../presenters/decision.presenter';
import { presentEach, shownBack, type Viewer } from '../presenters/viewer';

/** Decisions presented for a viewer, with their facts, gates and what the viewer may do with them. */
export async function presentDecisions(
  tx: Tx,
  viewer: Viewer,
  rows: readonly DecisionRow[],
  caseId: string,
): Promise<DecisionJson[]> {
  const ids = rows.map((r) => r.id);
  const facts = await listDecisionFacts(tx, ids);
  const gates = await listDecisionGates(tx, ids);
  const currentFactVersions = new Map((await listFacts(tx, caseId)).map((f) => [f.id, f.version]));
  const currentPolicies = new Map(
    (await listDecisionPolicies(tx, viewer.access.regionId)).map((p) => [
      p.decisionType,
      policyOfRoles(p.reviewRoles, p.fourEyesRoles),
    ]),
  );
  const actor = {
    id: viewer.actor.id,
    teamRoles: teamRolesOf(viewer.access.grounds),
    mayAnswer: viewer.can('decision.approve'),
    mayWrite: viewer.can('casework.write'),
  };
  return presentEach(rows, (d) =>
    presentDecision(viewer, d, { facts, gates, currentFactVersions, currentPolicies }, actor),
  );
}

/** The weighty decisions of the household's open case, newest first, with their records and gates. */
export async function getDecisions(
  ctx: RequestContext,
  householdId: string,
): Promise<{ items: DecisionJson[] }> {
  const viewer = await requireHousehold(ctx, householdId, 'casework.read');
  viewer.resource = { action: 'read', type: 'decision', id: null };
  const kase = await findOpenCase(ctx.tx, householdId);
  if (!kase) {
    return { items: [] };
  }
  return { items: await presentDecisions(ctx.tx, viewer, await listDecisions(ctx.tx, kase.id), kase.id) };
}

/** One decision as the viewer may see it now, or null (withheld or not there). */
export async function currentDecision(
  ctx: RequestContext,
  viewer: Viewer,
  decisionId: string,
): Promise<DecisionJson | null> {
  const row = await findDecision(ctx.tx, viewer.householdId, decisionId);
  if (!row) {
    return null;
  }
  const [json] = await presentDecisions(ctx.tx, viewer, [row], row.caseId);
  return json ?? null;
}

/** The decision a write just changed, shown back as the writer may see it. */
export async function showDecision(
  ctx: RequestContext,
  viewer: Viewer,
  decisionId: string,
): Promise<DecisionJson> {
  return shownBack(await currentDecision(ctx, viewer, decisionId));
}

/**
 * Colleagues' decisions waiting for a gate in the cases where the viewer is in the team: the worklist of
 * reviews and approvals. No personal data (the type, who decided, when); each is logged as a read.
 */
export async function listDecisionAssignments(ctx: RequestContext): Promise<DecisionAssignmentJson[]> {
  const rows = await listWaitingDecisionsFor(ctx.tx, ctx.actor.id);
  for (const r of rows) {
    logAccess(ctx, {
      action: 'read',
      resourceType: 'decision',
      resourceId: r.id,
      householdId: r.householdId,
      personIds: [],
      purpose: 'CASEWORK',
      organisationId: r.viewerOrganisationId,
    });
  }
  return rows.map(presentDecisionAssignment);
}
