import { AppError, isLocalTeamLinked } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listAddresses } from '../db/repositories/address.repository';
import { listDeadlines } from '../db/repositories/deadline.repository';
import { findHouseholdWithOpenCase } from '../db/repositories/household.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { listNetwork } from '../db/repositories/network.repository';
import { listRelationChanges, listRelations } from '../db/repositories/relation.repository';
import { listTeam } from '../db/repositories/team.repository';
import { listTimeline } from '../db/repositories/timeline.repository';
import { requireHousehold } from '../policies/require';
import { type DossierJson, presentDossier } from '../presenters/dossier.presenter';
import { encodeCursor } from './cursor';

export const DOSSIER_TIMELINE_SIZE = 50;

/**
 * Opens the gezinsdossier: composition (persons, ages, roles, parental authority, addresses), network, case
 * and team, and the latest timeline entries when the viewer may read them. The access-log row names every
 * person whose data was presented.
 */
export async function getDossier(ctx: RequestContext, householdId: string): Promise<DossierJson> {
  const viewer = await requireHousehold(ctx, householdId, 'household.read');
  const found = await findHouseholdWithOpenCase(ctx.tx, householdId);
  if (!found) {
    throw new AppError('not_found');
  }
  const { household, openCase: kase } = found;
  const members = await listMembers(ctx.tx, householdId);
  const addresses = await listAddresses(ctx.tx, householdId);
  const relations = await listRelations(ctx.tx, householdId);
  const relationChanges = await listRelationChanges(ctx.tx, householdId);
  const network = await listNetwork(ctx.tx, householdId);
  const team = kase ? await listTeam(ctx.tx, kase.id) : [];
  // A case still waiting for its Lokaal Team shows by when it must be linked (VAL-01).
  const deadlines = kase && !isLocalTeamLinked(team) ? await listDeadlines(ctx.tx, kase.id) : [];
  // Fetch as many extra rows as items could be withheld, so a page is full whenever it can be.
  const reserve = viewer.access.shields.length;
  const rows = viewer.can('timeline.read')
    ? await listTimeline(ctx.tx, householdId, DOSSIER_TIMELINE_SIZE + 1 + reserve)
    : null;
  const page = rows
    ? pageOf(rows, DOSSIER_TIMELINE_SIZE, (e) => viewer.sees(e.id) && viewer.sees(e.sourceId))
    : null;
  return presentDossier(viewer, {
    household,
    members,
    addresses,
    relations,
    relationChanges,
    network,
    kase,
    team,
    deadlines,
    timeline: page?.items ?? null,
    timelineNextCursor: page?.last
      ? encodeCursor({ occurredAt: page.last.occurredAt.toISOString(), id: page.last.id })
      : null,
    now: ctx.now,
  });
}

/**
 * The first `size` visible rows of a keyset page, and the row to continue after when more follow. Withheld
 * rows are skipped without a trace: a page is as full as it would be without them.
 */
export function pageOf<R>(
  rows: R[],
  size: number,
  visible: (row: R) => boolean,
): { items: R[]; last: R | null } {
  const items: R[] = [];
  for (const row of rows) {
    if (!visible(row)) {
      continue;
    }
    if (items.length === size) {
      return { items, last: items.at(-1) ?? null };
    }
    items.push(row);
  }
  return { items, last: null };
}
