import { todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import { listComplaints } from '../db/repositories/complaint.repository';
import { listDecisions } from '../db/repositories/decision.repository';
import { listInterventions } from '../db/repositories/intervention.repository';
import { listFamilyVisibility } from '../db/repositories/family-visibility.repository';
import { listMeasureEvaluations, listMeasures, listRulings } from '../db/repositories/measure.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { listPetitionPersons, listPetitions } from '../db/repositories/petition.repository';
import { listPlacements, listReturnHomePlans } from '../db/repositories/placement.repository';
import { listRelations } from '../db/repositories/relation.repository';
import { listReviews } from '../db/repositories/review.repository';
import { listRightsNotices } from '../db/repositories/rights.repository';
import { listSupportOffers } from '../db/repositories/support-offer.repository';
import type { Tx } from '../db/repositories/tx';
import { requireHousehold } from '../policies/require';
import {
  type FamilyViewData,
  type FamilyViewJson,
  presentFamilyView,
} from '../presenters/family-view.presenter';
import type { Viewer } from '../presenters/viewer';

/**
 * What one household member will see of the legal route (issue 10.8: "the professional's screens show what
 * the family will see"): each item they see with its family summary, what they do not see, and per item
 * every member's visibility. The case team reads it; it is logged as a read of the family view of that
 * member, naming the persons it presented.
 * @throws AppError not_found when the household or the member is not there for this viewer
 */
export async function getFamilyView(
  ctx: RequestContext,
  householdId: string,
  personId: string,
): Promise<FamilyViewJson> {
  const viewer = await requireHousehold(ctx, householdId, 'family_view.read');
  return showFamilyView(ctx, viewer, personId);
}

/** Loads and presents the family view of one member for a viewer already let in (also used after a change). */
export async function showFamilyView(
  ctx: RequestContext,
  viewer: Viewer,
  personId: string,
): Promise<FamilyViewJson> {
  viewer.resource = { action: 'read', type: 'family_view', id: personId };
  return presentFamilyView(viewer, await loadFamilyViewData(ctx.tx, viewer.householdId, ctx.now), personId);
}

async function loadFamilyViewData(tx: Tx, householdId: string, now: Date): Promise<FamilyViewData> {
  const kase = await findOpenCase(tx, householdId);
  const petitions = [];
  for (const petition of await listPetitions(tx, householdId)) {
    petitions.push({
      petition,
      persons: await listPetitionPersons(tx, petition.id),
      reviews: await listReviews(tx, petition.id),
      rulings: await listRulings(tx, petition.id),
    });
  }
  return {
    members: await listMembers(tx, householdId),
    relations: await listRelations(tx, householdId),
    petitions,
    measures: await listMeasures(tx, householdId),
    evaluations: await listMeasureEvaluations(tx, householdId),
    placements: await listPlacements(tx, householdId),
    returnHomePlans: await listReturnHomePlans(tx, householdId),
    supportOffers: kase ? await listSupportOffers(tx, kase.id) : [],
    complaints: await listComplaints(tx, householdId),
    rightsNotices: kase ? await listRightsNotices(tx, kase.id) : [],
    decisions: kase ? await listDecisions(tx, kase.id) : [],
    interventions: kase ? await listInterventions(tx, kase.id) : [],
    overrides: await listFamilyVisibility(tx, householdId),
    today: todayInNetherlands(now),
  };
}
