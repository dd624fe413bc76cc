import {
  DEFAULT_PETITION_REVIEW_POLICY,
  type GateIssue,
  LIGHTER_STEPS,
  type LighterStep,
  type PetitionSnapshot,
  petitionBlockers,
  type ReviewPolicy,
  reviewerRefusals,
  ageOn,
} from '@gezinsdossier/domain';
import type { PetitionAggregate } from '../db/repositories/petition-aggregate';
import type { ReviewRow } from '../db/repositories/review.repository';

/**
 * The readiness gate (§6.4, VAL-05) over a loaded petition: the aggregate is turned into the domain's
 * snapshot and `petitionBlockers` lists every blocking point by safeguard id. The independence of the last
 * review is checked again here (VAL-06, LS-17), against the household's region and everyone ever in its
 * case team — so a reviewer who joined the team after the review still blocks filing.
 */
export interface GateContext {
  today: string;
  householdRegionId: string;
  /** Everyone who is or was in the household's case teams. */
  everInvolvedIds: readonly string[];
  policy?: ReviewPolicy;
}

/** The last submitted review, if any. */
export function lastSubmittedReview(reviews: readonly ReviewRow[]): ReviewRow | undefined {
  return reviews.filter((r) => r.submittedAt !== null).at(-1);
}

export function reviewIssuesOf(
  review: Pick<ReviewRow, 'reviewerId' | 'reviewerRegionId'>,
  petitionerId: string,
  context: GateContext,
): GateIssue[] {
  return reviewerRefusals(
    // The attestation is part of every submitted review (the schema requires it).
    { professionalId: review.reviewerId, rvtRegionId: review.reviewerRegionId, notInvolvedAttestation: true },
    { caseRegionId: context.householdRegionId, petitionerId, caseTeamIds: [...context.everInvolvedIds] },
    context.policy ?? DEFAULT_PETITION_REVIEW_POLICY,
  );
}

export function petitionSnapshot(a: PetitionAggregate, context: GateContext): PetitionSnapshot {
  const age = (birthDate: string | null) => (birthDate ? ageOn(birthDate, context.today) : null);
  const stepOrder = (s: string) => LIGHTER_STEPS.indexOf(s as LighterStep);
  const review = lastSubmittedReview(a.reviews);
  return {
    measureTypeId: a.petition.measureTypeId,
    addressee: a.petition.addressee as PetitionSnapshot['addressee'],
    targets: a.persons
      .filter((p) => p.target)
      .map((p) => ({
        personId: p.personId,
        age: age(p.birthDate),
        holdsParentalAuthority: p.holdsParentalAuthority,
      })),
    grounds: a.grounds.map((g) => ({
      id: g.id,
      claim: g.claim,
      facts: a.facts
        .filter((f) => f.groundId === g.id)
        .map((f) => ({
          factId: f.factId,
          version: f.factVersion,
          observedOn: f.observedOn ?? '',
          lawfulSource: f.obtainedWithConsent || f.sourceKind === 'HOUSEHOLD' || f.legalBasis !== null,
          verification: f.verification as 'CORROBORATED' | 'UNVERIFIED' | 'DISPUTED',
          respondedBy: a.responses
            .filter((r) => r.groundId === g.id && r.factId === f.factId)
            .map((r) => r.personId),
          hearingAttemptFor: a.attempts.filter((h) => h.factId === f.factId).map((h) => h.personId),
        })),
    })),
    householdAdults: a.persons
      .filter((p) => {
        const years = age(p.birthDate);
        return years === null || years >= 18;
      })
      .map((p) => p.personId),
    lighterAlternatives: [...a.alternatives]
      .sort((x, y) => stepOrder(x.step) - stepOrder(y.step))
      .map((alt) => ({
        step: alt.step as LighterStep,
        interventionIds: a.interventions
          .filter((i) => i.alternativeId === alt.id)
          .map((i) => i.interventionId),
        outcome: alt.outcome,
        whyInsufficient: alt.whyInsufficient,
      })),
    proportionality: a.petition.proportionality,
    involvedChildren: a.persons.filter((p) => p.involvedChild).map((p) => p.personId),
    childVoices: a.voices.map((v) => ({
      childId: v.childId,
      how: v.how as 'HEARD' | 'REPRESENTED' | 'EXCEPTION',
      view: v.view,
      exceptionReason: v.exceptionReason,
    })),
    childInterestAssessment: a.petition.childInterest,
    consultations: a.consultations.map((c) => ({
      party: c.party as 'HOUSEHOLD' | 'FIXED_PROFESSIONAL' | 'OTHER',
    })),
    legalAdvice: a.petition.legalAdvice,
    parentsWithAuthority: a.persons.filter((p) => p.holdsParentalAuthority).map((p) => p.personId),
    legalAidOfferedTo: a.supportOffers.filter((o) => o.kind === 'LEGAL_AID').map((o) => o.personId),
    familySummary: a.petition.familySummary,
    review: review
      ? {
          outcome: review.outcome as 'PROCEED' | 'DO_NOT_FILE' | 'CORRECT_FIRST',
          reviewerIssues: reviewIssuesOf(review, a.petition.petitionerId, context),
        }
      : null,
  };
}

/** Every point that blocks filing now, by safeguard id (empty: the petition may be filed). */
export function petitionGate(a: PetitionAggregate, context: GateContext): GateIssue[] {
  return petitionBlockers(petitionSnapshot(a, context));
}
