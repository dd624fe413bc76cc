import { randomUUID } from 'node:crypto';
import {
  type AccessAction,
  AppError,
  assertPathwayTransition,
  type DossierEventType,
  type ErrorCode,
  type HouseholdPermission,
  isPathwayState,
  PATHWAY_STATE_NAMES,
  type PathwayState,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { type DeadlineKind, dueDate, rulePack } from '@gezinsdossier/domain/deadlines';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { listMembers } from '../db/repositories/person.repository';
import { accessPurpose, type HouseholdAccess } from '../policies/household';
import { requireHousehold } from '../policies/require';

/** The household access plus the open case the casework belongs to. */
export interface CaseAccess extends HouseholdAccess {
  caseId: string;
  pathwayState: PathwayState;
  ruleSetVersion: string;
}

/**
 * Authorizes a casework permission and loads the open case.
 * @throws AppError not_found (no access) | case_closed (no open case)
 */
export async function requireCase(
  ctx: RequestContext,
  householdId: string,
  permission: HouseholdPermission,
): Promise<CaseAccess> {
  const access = await requireHousehold(ctx, householdId, permission);
  if (!access.caseId) {
    throw new AppError('case_closed');
  }
  const row = await ctx.tx
    .selectFrom('cases')
    .select(['pathwayState', 'ruleSetVersion'])
    .where('id', '=', access.caseId)
    .executeTakeFirstOrThrow();
  if (!isPathwayState(row.pathwayState)) {
    throw new AppError('internal_error', { detail: `unknown pathway state ${row.pathwayState}` });
  }
  return {
    ...access,
    caseId: access.caseId,
    pathwayState: row.pathwayState,
    ruleSetVersion: row.ruleSetVersion,
  };
}

/** Records one write: the change-history event and the access-log row, in the request's transaction. */
export async function recordWrite(
  ctx: RequestContext,
  access: HouseholdAccess,
  write: {
    event: DossierEventType;
    resourceType: string;
    resourceId: string;
    personIds?: string[];
    before?: unknown;
    after?: unknown;
    action?: AccessAction;
  },
): Promise<void> {
  await recordEvent(ctx, {
    type: write.event,
    entityType: write.resourceType,
    entityId: write.resourceId,
    householdId: access.householdId,
    personIds: write.personIds ?? [],
    before: write.before,
    after: write.after,
  });
  logAccess(ctx, {
    action: write.action ?? 'create',
    resourceType: write.resourceType,
    resourceId: write.resourceId,
    householdId: access.householdId,
    personIds: write.personIds ?? [],
    purpose: accessPurpose(access),
    breakGlassGrantId: access.teamRoles.length === 0 ? access.breakGlassGrantId : null,
  });
}

/** A step on the household timeline, so that the timeline shows every step of the path in order. */
export async function addStep(
  ctx: RequestContext,
  access: CaseAccess,
  title: string,
  body = '',
  aboutPersonIds: string[] = [],
): Promise<void> {
  await ctx.tx
    .insertInto('timelineEntries')
    .values({
      id: randomUUID(),
      householdId: access.householdId,
      caseId: access.caseId,
      kind: 'STEP',
      title: title.slice(0, 200),
      body: body.slice(0, 20_000),
      occurredAt: ctx.now,
      aboutPersonIds,
      authorId: ctx.actor.id,
      createdAt: ctx.now,
    })
    .execute();
}

/**
 * Moves the case one step along the §4.3 state machine; audited as an event, a transition row and a
 * timeline step. The caller has authorized the step.
 * @throws AppError pathway_transition_not_allowed
 */
export async function transitionPathway(
  ctx: RequestContext,
  access: CaseAccess,
  to: PathwayState,
  reason: string | null,
): Promise<void> {
  const transition = assertPathwayTransition(access.pathwayState, to);
  const closing = to === 'CLOSED';
  const updated = await ctx.tx
    .updateTable('cases')
    .set((eb) => ({
      pathwayState: to,
      stateChangedAt: ctx.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', access.caseId)
    .where('pathwayState', '=', access.pathwayState)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    // Another request moved the case first: nothing changes here.
    throw new AppError('version_conflict');
  }
  const id = randomUUID();
  await ctx.tx
    .insertInto('pathwayTransitions')
    .values({
      id,
      caseId: access.caseId,
      householdId: access.householdId,
      fromState: access.pathwayState,
      toState: to,
      label: transition.label,
      reason,
      occurredAt: ctx.now,
      actorId: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'pathway.transitioned',
    resourceType: 'case',
    resourceId: access.caseId,
    before: { pathwayState: access.pathwayState },
    after: { pathwayState: to, label: transition.label },
    action: 'update',
  });
  await addStep(
    ctx,
    access,
    `${PATHWAY_STATE_NAMES.nl[access.pathwayState]} → ${PATHWAY_STATE_NAMES.nl[to]}`,
    reason ?? '',
  );
  if (closing) {
    await ctx.tx
      .updateTable('deadlines')
      .set({ cancelledAt: ctx.now })
      .where('caseId', '=', access.caseId)
      .where('metAt', 'is', null)
      .where('cancelledAt', 'is', null)
      .execute();
  }
  access.pathwayState = to;
}

/** Starts a deadline under the case's rule pack (LS-05). */
export async function startDeadline(
  ctx: RequestContext,
  access: Pick<CaseAccess, 'caseId' | 'householdId' | 'ruleSetVersion'>,
  kind: Exclude<DeadlineKind, 'SAFETY_PLAN_CHECK'>,
  responsibleRole: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER',
  subjectId: string | null = null,
): Promise<string> {
  const pack = rulePack(access.ruleSetVersion);
  const dueOn = dueDate(kind, todayInNetherlands(ctx.now), pack);
  await insertDeadline(ctx, access, kind, dueOn, responsibleRole, subjectId);
  return dueOn;
}

export async function insertDeadline(
  ctx: RequestContext,
  access: Pick<CaseAccess, 'caseId' | 'householdId' | 'ruleSetVersion'>,
  kind: DeadlineKind,
  dueOn: string,
  responsibleRole: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER',
  subjectId: string | null,
): Promise<void> {
  await ctx.tx
    .insertInto('deadlines')
    .values({
      id: randomUUID(),
      caseId: access.caseId,
      householdId: access.householdId,
      kind,
      subjectId,
      responsibleRole,
      dueOn,
      rulePackVersion: access.ruleSetVersion,
      createdAt: ctx.now,
    })
    .execute();
}

/** Marks the open deadlines of these kinds as met (optionally only for one subject, or only those due by a date). */
export async function meetDeadlines(
  ctx: RequestContext,
  caseId: string,
  kinds: DeadlineKind[],
  subjectId?: string,
  dueBy?: string,
): Promise<void> {
  let query = ctx.tx
    .updateTable('deadlines')
    .set({ metAt: ctx.now })
    .where('caseId', '=', caseId)
    .where('kind', 'in', kinds)
    .where('metAt', 'is', null)
    .where('cancelledAt', 'is', null);
  if (subjectId) {
    query = query.where('subjectId', '=', subjectId);
  }
  if (dueBy) {
    query = query.where('dueOn', '<=', dueBy);
  }
  await query.execute();
}

/** @throws AppError person_not_in_household when any id is not a (current or former) member */
export async function assertPersonsInHousehold(
  ctx: RequestContext,
  householdId: string,
  personIds: readonly (string | null | undefined)[],
  path: string,
): Promise<void> {
  const ids = personIds.filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) {
    return;
  }
  const members = new Set((await listMembers(ctx.tx, householdId)).map((m) => m.personId));
  if (!ids.every((id) => members.has(id))) {
    throw new AppError('person_not_in_household', {
      issues: [{ path, code: 'person_not_in_household', message: 'person_not_in_household' }],
    });
  }
}

/** Throws a 422 with one field issue. */
export function fieldError(code: ErrorCode, path: string): never {
  throw new AppError(code, { issues: [{ path, code, message: code }] });
}
