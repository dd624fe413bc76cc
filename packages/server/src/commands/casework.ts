import { randomUUID } from 'node:crypto';
import {
  type AccessAction,
  AppError,
  DEADLINE_RULES,
  DEADLINES_MET_BY,
  deadlineOwner,
  type DeadlineKindId,
  type DeadlineMeetingEvent,
  type DossierEventInput,
  type ErrorCode,
  type HouseholdPermission,
  isPathwayState,
  type PathwayState,
  type TimedDeadlineKind,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { dueDate, rulePack } from '@gezinsdossier/domain/deadlines';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import {
  cancelDeadlines as cancelDeadlineRows,
  insertDeadline,
  meetDeadlines as meetDeadlineRows,
} from '../db/repositories/deadline.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { activeTeam } from '../db/repositories/team.repository';
import { insertTimelineEntry } from '../db/repositories/timeline.repository';
import { accessPurpose, actingOrganisationId, breakGlassGrantOf } from '../policies/household';
import { requireHousehold } from '../policies/require';
import type { Viewer } from '../presenters/viewer';

/** The household viewer plus the open case the casework belongs to. */
export interface CaseAccess {
  viewer: Viewer;
  householdId: string;
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
  const viewer = await requireHousehold(ctx, householdId, permission);
  return caseOf(ctx, viewer);
}

/** The open case of a household the viewer was authorized for. @throws AppError case_closed */
export async function caseOf(ctx: RequestContext, viewer: Viewer): Promise<CaseAccess> {
  const kase = await findOpenCase(ctx.tx, viewer.householdId);
  if (!kase) {
    throw new AppError('case_closed');
  }
  if (!isPathwayState(kase.pathwayState)) {
    throw new AppError('internal_error', { detail: `unknown pathway state ${kase.pathwayState}` });
  }
  viewer.access.caseId = kase.id;
  return {
    viewer,
    householdId: viewer.householdId,
    caseId: kase.id,
    pathwayState: kase.pathwayState,
    ruleSetVersion: kase.ruleSetVersion,
  };
}

/**
 * Records one write: the typed change-history event and the access-log row (which names the persons the
 * write concerns), in the request's transaction.
 */
export async function recordWrite(
  ctx: RequestContext,
  viewer: Viewer,
  write: { event: DossierEventInput; resourceType: string; action?: AccessAction },
): Promise<void> {
  await recordEvent(ctx, viewer.access, write.event);
  logAccess(ctx, {
    action: write.action ?? 'create',
    resourceType: write.resourceType,
    resourceId: write.event.entityId,
    householdId: viewer.householdId,
    personIds: [...new Set(write.event.personIds ?? [])],
    purpose: accessPurpose(viewer.access),
    breakGlassGrantId: breakGlassGrantOf(viewer.access),
    organisationId: actingOrganisationId(viewer.access),
  });
}

/**
 * A step on the household timeline, so that the timeline shows every step of the path in order. A step
 * holds no copied text: a code with parameters (codes), and the item it is about — withholding that item
 * withholds the step.
 */
export async function addStep(
  ctx: RequestContext,
  c: Pick<CaseAccess, 'householdId' | 'caseId'>,
  step: {
    code: string;
    params?: Record<string, string>;
    source: { type: string; id: string } | null;
    personIds?: readonly string[];
  },
): Promise<void> {
  await insertTimelineEntry(ctx.tx, {
    id: randomUUID(),
    householdId: c.householdId,
    caseId: c.caseId,
    kind: 'STEP',
    title: step.code,
    body: '',
    occurredAt: ctx.now,
    aboutPersonIds: step.personIds ?? [],
    stepCode: step.code,
    stepParams: step.params ?? {},
    sourceType: step.source?.type ?? null,
    sourceId: step.source?.id ?? null,
    authorId: ctx.actor.id,
    now: ctx.now,
  });
}

/**
 * Starts a deadline under the case's rule pack (LS-05), owned by the role the domain names for its kind,
 * counted from `from` (the day the event happened; today by default).
 * @returns the due date
 */
export async function startDeadline(
  ctx: RequestContext,
  c: CaseAccess,
  kind: TimedDeadlineKind,
  subjectId: string | null,
  from: string = todayInNetherlands(ctx.now),
): Promise<string> {
  const dueOn = dueDate(kind, from, rulePack(c.ruleSetVersion));
  await addDeadline(ctx, c, kind, dueOn, subjectId);
  return dueOn;
}

/**
 * Adds a deadline with a given due date (e.g. a check date agreed in the safety plan), owned by the role the
 * domain names for its kind and the team as it is now (`deadlineOwner`).
 */
export async function addDeadline(
  ctx: RequestContext,
  c: CaseAccess,
  kind: DeadlineKindId,
  dueOn: string,
  subjectId: string | null,
): Promise<void> {
  const id = randomUUID();
  // Only a kind with a fallback owner depends on who is in the team.
  const responsibleRole = DEADLINE_RULES[kind].fallback
    ? deadlineOwner(
        kind,
        (await activeTeam(ctx.tx, c.caseId)).map((m) => m.role),
      )
    : DEADLINE_RULES[kind].role;
  await insertDeadline(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId: c.householdId,
    kind,
    subjectId,
    responsibleRole,
    dueOn,
    rulePackVersion: c.ruleSetVersion,
    now: ctx.now,
  });
  await recordEvent(ctx, c.viewer.access, {
    type: 'deadline.started',
    entityId: id,
    payload: { kind, dueOn, rulePackVersion: c.ruleSetVersion, responsibleRole, subjectId },
  });
}

/** Meets the open deadlines an event meets (domain `DEADLINES_MET_BY`), each with a `deadline.met` event. */
export async function meetDeadlines(
  ctx: RequestContext,
  c: CaseAccess,
  event: DeadlineMeetingEvent,
  filter: { subjectId?: string; dueBy?: string } = {},
): Promise<void> {
  const met = await meetDeadlineRows(
    ctx.tx,
    c.caseId,
    { kinds: DEADLINES_MET_BY[event], ...filter },
    ctx.now,
  );
  const today = todayInNetherlands(ctx.now);
  for (const d of met) {
    await recordEvent(ctx, c.viewer.access, {
      type: 'deadline.met',
      entityId: d.id,
      payload: { kind: d.kind as DeadlineKindId, dueOn: d.dueOn, metOn: today, late: today > d.dueOn },
    });
  }
}

/** Cancels open deadlines (all of them with 'ALL'), each with a `deadline.cancelled` event. */
export async function cancelDeadlines(
  ctx: RequestContext,
  c: CaseAccess,
  kinds: readonly DeadlineKindId[] | 'ALL',
  reason: string,
): Promise<void> {
  const cancelled = await cancelDeadlineRows(ctx.tx, c.caseId, kinds, reason, ctx.now);
  for (const d of cancelled) {
    await recordEvent(ctx, c.viewer.access, {
      type: 'deadline.cancelled',
      entityId: d.id,
      payload: { kind: d.kind as DeadlineKindId, reason },
    });
  }
}

/** @throws AppError person_not_in_household when any id is not a (current or former) member */
export async function assertPersonsInHousehold(
  ctx: RequestContext,
  viewer: Viewer,
  personIds: readonly (string | null | undefined)[],
  path: string,
  code: ErrorCode = 'person_not_in_household',
): Promise<void> {
  const ids = personIds.filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) {
    return;
  }
  const members = new Set((await listMembers(ctx.tx, viewer.householdId)).map((m) => m.personId));
  // A person withheld from this viewer is as unknown as a person who is not a member.
  if (!ids.every((id) => members.has(id) && viewer.sees(id))) {
    throw new AppError(code, { issues: [{ path, code, message: code }] });
  }
}

/** Throws a 422 with one field issue. */
export function fieldError(code: ErrorCode, path: string): never {
  throw new AppError(code, { issues: [{ path, code, message: code }] });
}

/** A current member as a use case names them. */
export interface MemberName {
  name: string;
  birthDate: string | null;
}

/** The household's current members this viewer may name (a withheld person is as unknown as a stranger). */
export async function currentMembers(ctx: RequestContext, viewer: Viewer): Promise<Map<string, MemberName>> {
  const today = todayInNetherlands(ctx.now);
  const members = new Map<string, MemberName>();
  for (const m of await listMembers(ctx.tx, viewer.householdId)) {
    if (m.validFrom <= today && (m.validTo === null || m.validTo >= today) && viewer.sees(m.personId)) {
      members.set(m.personId, {
        name: `${m.givenName} ${m.familyName}`.trim(),
        birthDate: m.birthDate,
      });
    }
  }
  return members;
}
