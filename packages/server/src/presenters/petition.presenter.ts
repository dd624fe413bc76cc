import { ageOn, type GateIssue, LIGHTER_STEPS, type LighterStep, readability } from '@gezinsdossier/domain';
import type { PetitionAggregate } from '../db/repositories/petition-aggregate';
import { lastSubmittedReview } from '../policies/petition-gate';
import { type PetitionJson, PetitionSchema } from './petition.schema';
import { iso, type Viewer } from './viewer';

export { PetitionSchema, type PetitionJson };

/**
 * The petition as this viewer may see it (KT6–KT8): the team that builds it, or the counter-reviewer who
 * reads it for the review. A person, fact or response withheld from the viewer is left out everywhere it
 * would appear, gate references included; the persons shown are logged.
 */
export function presentPetition(
  v: Viewer,
  a: PetitionAggregate,
  options: { gate: readonly GateIssue[]; today: string; now: Date },
): PetitionJson | null {
  if (!v.shows('petition.read', a.petition.id)) {
    return null;
  }
  const p = a.petition;
  const persons = a.persons.filter((x) => v.sees(x.personId));
  const nameOf = new Map(persons.map((x) => [x.personId, x.name]));
  const visiblePerson = (id: string | null) => id === null || nameOf.has(id);
  v.persons(persons.map((x) => x.personId));
  const stepOrder = (s: string) => LIGHTER_STEPS.indexOf(s as LighterStep);
  const submitted = lastSubmittedReview(a.reviews);
  const openReview = a.reviews.find((r) => r.submittedAt === null && r.lapsedAt === null);
  const actorId = v.actor.id;
  const hideRef = (ref: string | undefined) =>
    ref === undefined ? null : ref.split(':').every((part) => v.sees(part)) ? ref : null;
  const summary = p.familySummary;
  const measured = summary ? readability(summary) : null;
  return {
    id: p.id,
    householdId: p.householdId,
    caseId: p.caseId,
    state: p.state,
    version: p.version,
    measureTypeId: p.measureTypeId,
    catalogueVersion: p.catalogueVersion,
    addressee: p.addressee as PetitionJson['addressee'],
    petitioner: { id: p.petitionerId, name: p.petitionerName, organisation: p.organisationName },
    persons: persons.map((x) => ({
      personId: x.personId,
      name: x.name,
      birthDate: x.birthDate,
      age: x.birthDate ? ageOn(x.birthDate, options.today) : null,
      holdsParentalAuthority: x.holdsParentalAuthority,
      target: x.target,
      actionAim: x.actionAim,
      involvedChild: x.involvedChild,
    })),
    grounds: a.grounds.map((g) => ({
      id: g.id,
      position: g.position,
      claim: g.claim,
      facts: a.facts
        .filter((f) => f.groundId === g.id && v.sees(f.factId))
        .map((f) => ({
          factId: f.factId,
          factVersion: f.factVersion,
          currentVersion: f.currentVersion,
          statement: f.statement,
          observedOn: f.observedOn,
          recordedAt: iso(f.factRecordedAt),
          source: {
            kind: f.sourceKind,
            description: f.sourceDescription,
            obtainedWithConsent: f.obtainedWithConsent,
            legalBasis: f.legalBasis,
          },
          verification: f.verification as PetitionJson['grounds'][number]['facts'][number]['verification'],
          disputed: f.verification === 'DISPUTED',
          responses: a.responses
            .filter(
              (r) =>
                r.groundId === g.id &&
                r.factId === f.factId &&
                nameOf.has(r.personId) &&
                v.sees(r.responseId),
            )
            .map((r) => ({
              personId: r.personId,
              name: nameOf.get(r.personId) ?? '',
              text: r.text,
              respondedAt: iso(r.respondedAt),
            })),
          hearingAttempts: a.attempts
            .filter((h) => h.factId === f.factId && nameOf.has(h.personId))
            .map((h) => ({
              personId: h.personId,
              name: nameOf.get(h.personId) ?? '',
              attemptedOn: h.attemptedOn,
              description: h.description,
            })),
        })),
    })),
    alternatives: [...a.alternatives]
      .sort((x, y) => stepOrder(x.step) - stepOrder(y.step))
      .map((alt) => ({
        id: alt.id,
        step: alt.step,
        outcome: alt.outcome,
        whyInsufficient: alt.whyInsufficient,
        interventions: a.interventions
          .filter((i) => i.alternativeId === alt.id && v.sees(i.interventionId))
          .map((i) => ({
            id: i.interventionId,
            type: i.type,
            frame: i.frame,
            status: i.status,
            startedOn: i.startedOn,
            provider: i.provider,
          })),
      })),
    proportionality: p.proportionality,
    childInterest: p.childInterest,
    childVoices: a.voices
      .filter((x) => nameOf.has(x.childId))
      .map((x) => ({
        childId: x.childId,
        how: x.how as PetitionJson['childVoices'][number]['how'],
        view: x.view,
        interests: x.interests,
        exceptionReason: x.exceptionReason,
      })),
    consultations: a.consultations
      .filter((c) => visiblePerson(c.personId))
      .map((c) => ({
        id: c.id,
        party: c.party as PetitionJson['consultations'][number]['party'],
        personId: c.personId,
        heldOn: c.heldOn,
        summary: c.summary,
      })),
    legalAdvice: p.legalAdvice,
    // A reviewer sees the legal aid offered (LS-14), not the family's other support (client support, confidant).
    supportOffers: a.supportOffers
      .filter(
        (o) => nameOf.has(o.personId) && v.sees(o.id) && (v.can('casework.read') || o.kind === 'LEGAL_AID'),
      )
      .map((o) => ({
        id: o.id,
        personId: o.personId,
        kind: o.kind as PetitionJson['supportOffers'][number]['kind'],
        offeredOn: o.offeredOn,
        response: o.response as PetitionJson['supportOffers'][number]['response'],
        provider: o.provider,
      })),
    familySummary: summary,
    readability: measured
      ? { ...measured, plain: measured.douma >= 60 && measured.wordsPerSentence <= 15 }
      : null,
    reviews: a.reviews.map((r) => {
      const answers = r.answers ?? {};
      const answer = (key: string) => {
        const x = answers[key];
        return x ? { answer: x.answer as 'YES' | 'PARTLY' | 'NO', explanation: x.explanation } : null;
      };
      return {
        id: r.id,
        reviewer: { id: r.reviewerId, name: r.reviewerName, organisation: r.reviewerOrganisationName },
        jurist: { id: r.juristId, name: r.juristName },
        behaviouralScientist: { id: r.behaviouralScientistId, name: r.behaviouralScientistName },
        assignedAt: iso(r.assignedAt),
        until: iso(r.until),
        submittedAt: iso(r.submittedAt),
        lapsedAt: iso(r.lapsedAt),
        bestSolution: answer('bestSolution'),
        followsFromInformation: answer('followsFromInformation'),
        legalFoundation: answer('legalFoundation'),
        outcome: r.outcome as PetitionJson['reviews'][number]['outcome'],
        findings: a.findings
          .filter((f) => f.reviewId === r.id)
          .map((f) => ({ safeguard: f.safeguard, groundId: f.groundId, text: f.text })),
        unmetNeed: r.unmetNeed,
      };
    }),
    gate: options.gate.map((g) => ({ safeguard: g.safeguard, code: g.code, ref: hideRef(g.ref) })),
    filing:
      p.filedOn && p.court
        ? {
            filedOn: p.filedOn,
            court: p.court,
            filedBy: p.filedByName ?? '',
            gate: (p.filedGate ?? []).map((g) => ({
              safeguard: g.safeguard,
              code: g.code,
              ref: hideRef(g.ref ?? undefined),
            })),
          }
        : null,
    notFiled: p.notFiledReason ? { reason: p.notFiledReason, unmetNeed: p.unmetNeed } : null,
    sameJudge: a.sameJudge,
    rulings: a.rulings.map((r) => ({
      id: r.id,
      decidedOn: r.decidedOn,
      outcome: r.outcome as PetitionJson['rulings'][number]['outcome'],
      judge: r.judge,
      legalGround: r.legalGround,
      conditions: r.conditions,
      counterExpertise: r.counterExpertise,
      hearings: r.hearings,
      measureId: r.measureId,
    })),
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    abilities: {
      edit: v.can('petition.write') && p.state === 'DRAFT',
      requestReview:
        v.can('petition.file') &&
        (p.state === 'DRAFT' ||
          (p.state === 'IN_REVIEW' && (!openReview || openReview.until <= options.now))),
      review: v.can('petition.review') && openReview?.reviewerId === actorId && p.state === 'IN_REVIEW',
      correct: v.can('petition.file') && p.state === 'REVIEWED' && submitted?.outcome === 'CORRECT_FIRST',
      closeNotFiled: v.can('petition.file') && p.state === 'REVIEWED' && submitted?.outcome === 'DO_NOT_FILE',
      file: v.can('petition.file') && p.state === 'REVIEWED' && submitted?.outcome === 'PROCEED',
      recordRuling: v.can('petition.file') && p.state === 'FILED',
      withdraw: v.can('petition.file') && p.state === 'DRAFT',
    },
  };
}
