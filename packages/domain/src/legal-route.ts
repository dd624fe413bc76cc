import type { ReducibleVia } from './investigation';
import { REDUCIBLE_VIA } from './investigation';
import { type AuthorityKind, canTarget, findMeasureType } from './measures';

/**
 * The legal route's rules as pure functions (KT6–KT8, spec §6.3–§6.4): who may review a petition (VAL-06,
 * LS-17, AMB-02) and whether a petition may be filed (VAL-05, the readiness gate). The platform records,
 * checks and shows; it never decides on coercion — the judge or the mayor does, outside it (INV-07).
 */

/** A blocking point, named by the safeguard it comes from, with what it is about. */
export interface GateIssue {
  safeguard: string;
  code: string;
  ref?: string;
}

// ---------- Counter-review (KT7): who may review ----------

/**
 * AMB-02 as configuration; the default for petitions is a reviewer from another RVT. A review has one
 * reviewer, supported by a jurist and a behavioural scientist (TS §2.1.2: "ondersteund door juristen en
 * gedragswetenschappers").
 */
export interface ReviewPolicy {
  /** Where reviewers come from (AMB-02): another RVT (TS §2.1.2), or the same RVT but not involved (Bijl.5 §5.7). */
  pool: 'OTHER_RVT' | 'SAME_RVT_NOT_INVOLVED';
  /** How long the reviewer's access to the petition lasts: the review's term, in calendar days. */
  termDays: number;
}
export const DEFAULT_PETITION_REVIEW_POLICY: ReviewPolicy = {
  pool: 'OTHER_RVT',
  termDays: 14,
};

/** The safeguards the readiness gate checks, in its order (§6.4): stored as passed with a filing. */
export const GATE_SAFEGUARDS = [
  'CFG-MEAS',
  'LS-05',
  'INV-07',
  'LS-01',
  'LS-11',
  'LS-07',
  'LS-16',
  'LS-02',
  'VAL-10',
  'LS-10',
  'KT6-R2',
  'KT6-R3',
  'LS-14',
  'LS-13',
  'VAL-06',
  'LS-17',
] as const;

/** Gate issues that only a counter-review can clear (LS-13, VAL-06, LS-17). */
export function isReviewIssue(issue: GateIssue): boolean {
  return issue.safeguard === 'LS-13' || issue.safeguard === 'VAL-06' || issue.safeguard === 'LS-17';
}

export interface ReviewerCandidate {
  professionalId: string;
  /** The RVT (region) the reviewer works for. */
  rvtRegionId: string;
  notInvolvedAttestation: boolean;
}

export interface ReviewContext {
  caseRegionId: string;
  petitionerId: string;
  /** Everyone who is or was in the case team. */
  caseTeamIds: string[];
}

/** Why a candidate may not review this petition (empty: eligible). VAL-06, LS-17. */
export function reviewerRefusals(candidate: ReviewerCandidate, context: ReviewContext, policy: ReviewPolicy) {
  const refusals: GateIssue[] = [];
  if (candidate.professionalId === context.petitionerId) {
    refusals.push({ safeguard: 'LS-17', code: 'reviewer_is_petitioner', ref: candidate.professionalId });
  }
  if (context.caseTeamIds.includes(candidate.professionalId)) {
    refusals.push({ safeguard: 'LS-17', code: 'reviewer_involved', ref: candidate.professionalId });
  }
  if (!candidate.notInvolvedAttestation) {
    refusals.push({
      safeguard: 'VAL-06',
      code: 'reviewer_attestation_missing',
      ref: candidate.professionalId,
    });
  }
  if (policy.pool === 'OTHER_RVT' && candidate.rvtRegionId === context.caseRegionId) {
    refusals.push({ safeguard: 'VAL-06', code: 'reviewer_same_rvt', ref: candidate.professionalId });
  }
  return refusals;
}

/**
 * Why a jurist or behavioural scientist may not support a review: the same independence as the reviewer
 * (TS §2.1.2: "niet bij het gezin betrokken professionals uit een ander Regionaal Veiligheidsteam …,
 * ondersteund door juristen en gedragswetenschappers"): never in the case team, never the petitioner or the
 * reviewer, and under the default policy from another RVT.
 */
export function supporterRefusals(
  candidate: Pick<ReviewerCandidate, 'professionalId' | 'rvtRegionId'>,
  context: ReviewContext & { reviewerId: string | null },
  policy: ReviewPolicy,
): GateIssue[] {
  const refusals: GateIssue[] = [];
  const id = candidate.professionalId;
  if (context.caseTeamIds.includes(id) || id === context.petitionerId || id === context.reviewerId) {
    refusals.push({ safeguard: 'LS-17', code: 'supporter_involved', ref: id });
  }
  if (policy.pool === 'OTHER_RVT' && candidate.rvtRegionId === context.caseRegionId) {
    refusals.push({ safeguard: 'VAL-06', code: 'supporter_same_rvt', ref: id });
  }
  return refusals;
}

// ---------- The readiness gate (§6.4, VAL-05) ----------

export interface PetitionFact {
  factId: string;
  /** The version of the fact the ground rests on (a later edit does not change what was filed). */
  version: number;
  observedOn: string;
  /** LS-16: the source has consent, a statutory ground or is the household itself. */
  lawfulSource: boolean;
  verification: 'CORROBORATED' | 'UNVERIFIED' | 'DISPUTED';
  /** The household members who responded to it (VAL-09). */
  respondedBy: string[];
  /** A documented attempt at hoor en wederhoor, for members who did not respond. */
  hearingAttemptFor: string[];
}

export interface PetitionGround {
  id: string;
  claim: string;
  facts: PetitionFact[];
}

export interface PetitionSnapshot {
  measureTypeId: string;
  addressee: AuthorityKind;
  targets: { personId: string; age: number | null; holdsParentalAuthority: boolean }[];
  grounds: PetitionGround[];
  /** The adults of the household who must be heard on each ground (LS-07). */
  householdAdults: string[];
  /** Lighter routes in the E-4 order, each with the help records and why it fell short (LS-02). */
  lighterAlternatives: {
    step: ReducibleVia;
    interventionIds: string[];
    outcome: string;
    whyInsufficient: string;
  }[];
  proportionality: { intrusiveness: string; duration: string; scope: string; why: string } | null;
  involvedChildren: string[];
  childVoices: {
    childId: string;
    how: 'HEARD' | 'REPRESENTED' | 'EXCEPTION';
    view: string | null;
    exceptionReason: string | null;
  }[];
  /** LS-10: the child's interest weighed first. */
  childInterestAssessment: string | null;
  consultations: { party: 'HOUSEHOLD' | 'FIXED_PROFESSIONAL' | 'OTHER' }[];
  legalAdvice: { summary: string } | null;
  /** The household members with parental authority (parties to a measure on their child). */
  parentsWithAuthority: string[];
  /** LS-14: legal aid offered to each of them, and to an adult the measure targets. */
  legalAidOfferedTo: string[];
  familySummary: string | null;
  review: {
    outcome: 'PROCEED' | 'DO_NOT_FILE' | 'CORRECT_FIRST';
    reviewerIssues: GateIssue[];
  } | null;
}

const filled = (s: string | null | undefined) => typeof s === 'string' && s.trim().length > 0;

/**
 * Every point that blocks filing, by safeguard id; empty when the petition may be filed (VAL-05, §6.4). The
 * order follows the spec's gate, so the list reads as a checklist.
 */
export function petitionBlockers(p: PetitionSnapshot): GateIssue[] {
  const issues: GateIssue[] = [];
  const measure = findMeasureType(p.measureTypeId);
  if (!measure) {
    return [{ safeguard: 'CFG-MEAS', code: 'measure_unknown', ref: p.measureTypeId }];
  }
  if (measure.experimental) {
    issues.push({ safeguard: 'LS-05', code: 'measure_not_law', ref: measure.id });
  }
  if (!measure.deciders.includes(p.addressee)) {
    issues.push({ safeguard: 'INV-07', code: 'addressee_cannot_decide', ref: p.addressee });
  }
  if (p.targets.length === 0) {
    issues.push({ safeguard: 'LS-01', code: 'no_target' });
  }
  for (const t of p.targets) {
    if (!measure.targetRoles.includes('HOUSEHOLD') && !canTarget(measure, t)) {
      issues.push({ safeguard: 'LS-01', code: 'target_not_allowed', ref: t.personId });
    }
  }
  // LS-11: every ground rests on at least one fact; a fact is corroborated or, if disputed, answered.
  if (p.grounds.length === 0) {
    issues.push({ safeguard: 'LS-11', code: 'no_grounds' });
  }
  for (const g of p.grounds) {
    if (g.facts.length === 0) {
      issues.push({ safeguard: 'LS-11', code: 'ground_without_fact', ref: g.id });
    }
    for (const f of g.facts) {
      if (f.verification === 'UNVERIFIED') {
        issues.push({ safeguard: 'LS-11', code: 'fact_unverified', ref: f.factId });
      }
      // VAL-09 / LS-07: every adult of the household responded, or an attempt to hear them is documented.
      for (const adult of p.householdAdults) {
        if (!f.respondedBy.includes(adult) && !f.hearingAttemptFor.includes(adult)) {
          issues.push({ safeguard: 'LS-07', code: 'fact_not_heard', ref: `${f.factId}:${adult}` });
        }
      }
      if (!f.lawfulSource) {
        issues.push({ safeguard: 'LS-16', code: 'source_not_lawful', ref: f.factId });
      }
    }
  }
  // LS-02: lighter routes, in the E-4 order, each with help records and why it fell short.
  const steps = p.lighterAlternatives.map((a) => REDUCIBLE_VIA.indexOf(a.step));
  if (p.lighterAlternatives.length === 0) {
    issues.push({ safeguard: 'LS-02', code: 'no_lighter_alternatives' });
  } else if (steps.some((s, i) => i > 0 && s < (steps[i - 1] ?? 0))) {
    issues.push({ safeguard: 'LS-02', code: 'alternatives_out_of_order' });
  }
  for (const a of p.lighterAlternatives) {
    if (a.interventionIds.length === 0 && a.step !== 'INFORMAL_SUPPORT') {
      issues.push({ safeguard: 'LS-02', code: 'alternative_without_help_record', ref: a.step });
    }
    if (!filled(a.whyInsufficient)) {
      issues.push({ safeguard: 'LS-02', code: 'alternative_without_reason', ref: a.step });
    }
  }
  // LS-01: proportionality stated.
  const pr = p.proportionality;
  if (!pr || !filled(pr.intrusiveness) || !filled(pr.duration) || !filled(pr.scope) || !filled(pr.why)) {
    issues.push({ safeguard: 'LS-01', code: 'proportionality_missing' });
  }
  // VAL-10 / LS-09: every involved child heard, represented, or a reasoned exception.
  for (const child of p.involvedChildren) {
    const voice = p.childVoices.find((v) => v.childId === child);
    if (!voice) {
      issues.push({ safeguard: 'VAL-10', code: 'child_voice_missing', ref: child });
    } else if (voice.how === 'EXCEPTION' ? !filled(voice.exceptionReason) : !filled(voice.view)) {
      issues.push({ safeguard: 'VAL-10', code: 'child_voice_incomplete', ref: child });
    }
  }
  if (p.involvedChildren.length > 0 && !filled(p.childInterestAssessment)) {
    issues.push({ safeguard: 'LS-10', code: 'child_interest_missing' });
  }
  // KT6-R2: the household and the vast gezicht were consulted.
  for (const party of ['HOUSEHOLD', 'FIXED_PROFESSIONAL'] as const) {
    if (!p.consultations.some((c) => c.party === party)) {
      issues.push({ safeguard: 'KT6-R2', code: 'consultation_missing', ref: party });
    }
  }
  if (!p.legalAdvice || !filled(p.legalAdvice.summary)) {
    issues.push({ safeguard: 'KT6-R3', code: 'legal_advice_missing' });
  }
  const adultTargets = p.targets.filter((t) => t.age === null || t.age >= 18).map((t) => t.personId);
  for (const personId of new Set([...p.parentsWithAuthority, ...adultTargets])) {
    if (!p.legalAidOfferedTo.includes(personId)) {
      issues.push({ safeguard: 'LS-14', code: 'legal_aid_not_offered', ref: personId });
    }
  }
  if (!filled(p.familySummary)) {
    issues.push({ safeguard: 'LS-11', code: 'family_summary_missing' });
  } else if (!isPlainLanguage(p.familySummary as string)) {
    issues.push({ safeguard: 'LS-11', code: 'family_summary_not_plain' });
  }
  // LS-13 / VAL-05: a PROCEED review by eligible reviewers.
  if (!p.review) {
    issues.push({ safeguard: 'LS-13', code: 'review_missing' });
  } else {
    issues.push(...p.review.reviewerIssues);
    if (p.review.outcome !== 'PROCEED') {
      issues.push({ safeguard: 'LS-13', code: 'review_not_proceed', ref: p.review.outcome });
    }
  }
  return issues;
}

// ---------- Plain language (LS-11) ----------

const VOWEL_GROUP = /(?:ij|ei|oe|ui|au|ou|eu|ie|aa|ee|oo|uu|[aeiouyàáâäèéêëïíîóôöúûü])/g;

/** Syllables of a Dutch word, counted as vowel groups (a close, well-known approximation). */
export function dutchSyllables(word: string): number {
  const groups = word.toLowerCase().match(VOWEL_GROUP);
  return Math.max(1, groups?.length ?? 0);
}

/**
 * Readability of a Dutch text: Flesch–Douma (206.835 − 0.93 × words per sentence − 77 × syllables per word)
 * and the average sentence length. B1 ("taalniveau B1", what most adults read without effort) is taken as
 * Douma ≥ 60 ("fairly easy") with sentences of at most 15 words on average: both are the usual thresholds in
 * Dutch plain-language guidance, and the two together catch both long words and long sentences.
 */
export function readability(text: string): { douma: number; wordsPerSentence: number } {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0);
  const words = text.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  if (words.length === 0 || sentences.length === 0) {
    return { douma: 0, wordsPerSentence: 0 };
  }
  const syllables = words.reduce((n, w) => n + dutchSyllables(w), 0);
  const wordsPerSentence = words.length / sentences.length;
  const douma = 206.835 - 0.93 * wordsPerSentence - 77 * (syllables / words.length);
  return { douma: Math.round(douma * 10) / 10, wordsPerSentence: Math.round(wordsPerSentence * 10) / 10 };
}

export function isPlainLanguage(text: string): boolean {
  const r = readability(text);
  return r.douma >= 60 && r.wordsPerSentence <= 15;
}
