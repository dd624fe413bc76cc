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
import { requireHousehold } from '../policies/require';
import { type LegalRouteJson, presentLegalRoute } from '../presenters/legal-route.presenter';

/**
 * The household's legal route: petitions, running measures with their deadlines, children placed out of home
 * (places, moves, return home, contact agreed against contact that happened), support offered (KT6–KT9).
 */
export async function getLegalRoute(ctx: RequestContext, householdId: string): Promise<LegalRouteJson> {
  const viewer = await requireHousehold(ctx, householdId, 'casework.read');
  viewer.resource = { action: 'read', type: 'legal_route', id: householdId };
  const kase = await findOpenCase(ctx.tx, householdId);
  const measures = await listMeasures(ctx.tx, householdId);
  const deadlines = (
    await Promise.all([...new Set(measures.map((m) => m.caseId))].map((id) => listDeadlines(ctx.tx, id)))
  ).flat();
  return presentLegalRoute(viewer, {
    petitions: await listPetitions(ctx.tx, householdId),
    measures,
    deadlines,
    supportOffers: kase ? await listSupportOffers(ctx.tx, kase.id) : [],
    orderedHelp: await listOrderedHelp(ctx.tx, householdId),
    evaluations: await listMeasureEvaluations(ctx.tx, householdId),
    interventions: kase ? await listInterventions(ctx.tx, kase.id) : [],
    placements: await listPlacements(ctx.tx, householdId),
    rightsNotices: kase ? await listRightsNotices(ctx.tx, kase.id) : [],
    returnHomePlans: await listReturnHomePlans(ctx.tx, householdId),
    contactAgreements: await listContactAgreements(ctx.tx, householdId),
    contactMoments: await listContactMoments(ctx.tx, householdId),
    pathwayState: kase?.pathwayState ?? null,
    today: todayInNetherlands(ctx.now),
  });
}
