import { listMeasures, listRulings } from './measure.repository';
import {
  listAlternativeInterventions,
  listAlternatives,
  listChildVoices,
  listConsultations,
  listGroundFacts,
  listGrounds,
  listHearingAttempts,
  listPetitionFactResponses,
  listPetitionPersons,
  type PetitionRow,
} from './petition.repository';
import { listFindings, listReviews } from './review.repository';
import { listSupportOffers } from './support-offer.repository';
import type { Tx } from './tx';

/** Everything a petition is built of, loaded together: what the gate checks and the presenter shows. */
export async function loadPetitionAggregate(tx: Tx, petition: PetitionRow) {
  const [persons, grounds, facts, responses, attempts, alternatives, interventions, voices, consultations] = [
    await listPetitionPersons(tx, petition.id),
    await listGrounds(tx, petition.id),
    await listGroundFacts(tx, petition.id),
    await listPetitionFactResponses(tx, petition.id),
    await listHearingAttempts(tx, petition.id),
    await listAlternatives(tx, petition.id),
    await listAlternativeInterventions(tx, petition.id),
    await listChildVoices(tx, petition.id),
    await listConsultations(tx, petition.id),
  ];
  const supportOffers = await listSupportOffers(tx, petition.caseId);
  const reviews = await listReviews(tx, petition.id);
  const findings = await listFindings(tx, petition.id);
  const rulings = await listRulings(tx, petition.id);
  // VAL-07: the judge already deciding on the household's running measures (readable to the case team).
  const running = (await listMeasures(tx, petition.householdId)).filter((m) => m.status === 'RUNNING');
  return {
    petition,
    persons,
    grounds,
    facts,
    responses,
    attempts,
    alternatives,
    interventions,
    voices,
    consultations,
    supportOffers,
    reviews,
    findings,
    rulings,
    sameJudge: running[0]?.judge ?? null,
  };
}
export type PetitionAggregate = Awaited<ReturnType<typeof loadPetitionAggregate>>;
