import { todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import { listDeadlines } from '../db/repositories/deadline.repository';
import { listInterventions } from '../db/repositories/intervention.repository';
import { listMeasureEvaluations, listMeasures, listOrderedHelp } from '../db/repositories/measure.repository';
import { listPetitions } from '../db/repositories/petition.repository';
import {
  listContactAgreements,
  listContactMoments,
  listPlacements,
  listReturnHomePlans,
} from '../db/repositories/placement.repository';
import { listRightsNotices } from '../db/repositories/rights.repository';
import { listSupportOffers } from '../db/repositories/support-offer.repository';
import type { Tx } from '../db/repositories/tx';
import { requireHousehold } from '../policies/require';
import { type LegalRouteJson, presentLegalRoute } from '../presenters/legal-route.presenter';

/**
 * The household's legal route: petitions, running measures with their deadlines, children placed out of home
 * (places, moves, return home, contact agreed against contact that happened), support offered (KT6–KT9).
 */
export async function getLegalRoute(ctx: RequestContext, householdId: string): Promise<LegalRouteJson> {
  const viewer = await requireHousehold(ctx, householdId, 'casework.read');
  viewer.resource = { action: 'read', type: 'legal_route', id: householdId };
  return presentLegalRoute(viewer, await loadLegalRoute(ctx.tx, householdId, todayInNetherlands(ctx.now)));
}

/** Everything the legal route is presented from (also read by the subject-access export). */
export async function loadLegalRoute(
  tx: Tx,
  householdId: string,
  today: string,
): Promise<Parameters<typeof presentLegalRoute>[1]> {
  const kase = await findOpenCase(tx, householdId);
  const measures = await listMeasures(tx, householdId);
  const deadlines = (
    await Promise.all([...new Set(measures.map((m) => m.caseId))].map((id) => listDeadlines(tx, id)))
  ).flat();
  return {
    petitions: await listPetitions(tx, householdId),
    measures,
    deadlines,
    supportOffers: kase ? await listSupportOffers(tx, kase.id) : [],
    orderedHelp: await listOrderedHelp(tx, householdId),
    evaluations: await listMeasureEvaluations(tx, householdId),
    interventions: kase ? await listInterventions(tx, kase.id) : [],
    placements: await listPlacements(tx, householdId),
    rightsNotices: kase ? await listRightsNotices(tx, kase.id) : [],
    returnHomePlans: await listReturnHomePlans(tx, householdId),
    contactAgreements: await listContactAgreements(tx, householdId),
    contactMoments: await listContactMoments(tx, householdId),
    pathwayState: kase?.pathwayState ?? null,
    today,
  };
}
