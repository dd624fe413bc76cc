import { AppError } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listNetwork, listRelations } from '../db/repositories/composition.repository';
import { findHousehold } from '../db/repositories/household.repository';
import { listMembers } from '../db/repositories/person.repository';
import { findOpenCase, listTeam } from '../db/repositories/team.repository';
import { listTimeline } from '../db/repositories/timeline.repository';
import { accessPurpose, householdRules } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { abilities, can } from '../policies/rulebook';
import { presentDossier } from '../presenters/present-dossier';
import { encodeCursor } from './cursor';

export const DOSSIER_TIMELINE_SIZE = 50;

/**
 * Opens the gezinsdossier: composition (persons, ages, roles, parental authority), network, case and team,
 * and the latest timeline entries when the actor may read them. One access-log row names every person
 * whose data is shown.
 */
export async function getDossier(ctx: RequestContext, householdId: string) {
  const access = await requireHousehold(ctx, householdId, 'household.read');
  const household = await findHousehold(ctx.tx, householdId);
  if (!household) {
    throw new AppError('not_found');
  }
  const [members, relations, network, kase] = [
    await listMembers(ctx.tx, householdId),
    await listRelations(ctx.tx, householdId),
    await listNetwork(ctx.tx, householdId),
    await findOpenCase(ctx.tx, householdId),
  ];
  const team = kase ? await listTeam(ctx.tx, kase.id) : [];
  const mayReadTimeline = can(householdRules, ctx.actor, 'timeline.read', access);
  const timeline = mayReadTimeline
    ? await listTimeline(ctx.tx, householdId, DOSSIER_TIMELINE_SIZE + 1)
    : null;
  const hasMore = timeline !== null && timeline.length > DOSSIER_TIMELINE_SIZE;
  const shown = timeline?.slice(0, DOSSIER_TIMELINE_SIZE) ?? null;
  const last = shown?.at(-1);
  logAccess(ctx, {
    action: 'read',
    resourceType: 'household',
    resourceId: householdId,
    householdId,
    personIds: [...new Set(members.map((m) => m.personId))],
    purpose: accessPurpose(access),
    breakGlassGrantId: access.teamRoles.length === 0 ? access.breakGlassGrantId : null,
  });
  return presentDossier({
    household,
    members,
    relations,
    network,
    kase: kase ?? null,
    team,
    timeline: shown,
    timelineNextCursor:
      hasMore && last ? encodeCursor({ occurredAt: last.occurredAt.toISOString(), id: last.id }) : null,
    abilities: abilities(householdRules, ctx.actor, access),
    accessBasis: accessPurpose(access) as 'CASEWORK' | 'BREAK_GLASS' | 'REGIONAL_INTAKE',
    breakGlassExpiresAt: access.breakGlassExpiresAt,
    now: ctx.now,
  });
}
