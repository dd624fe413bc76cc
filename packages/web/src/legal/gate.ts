import type { TFunction } from 'i18next';
import { issueText, type Language, measureNameOf, type Petition, safeguardText } from './words';

/**
 * "Wat ontbreekt nog": the readiness gate of a petition (spec §6.4) in words. Each point names its safeguard
 * and what is missing, says whom or what it is about (resolved from its reference to a name, a ground's
 * number or a fact's words, never an id), and points at the part of the petition that fixes it.
 */

/** The parts of the petition document, in order; each is an element id on the page. */
export const PETITION_PARTS = [
  'part-measure',
  'part-persons',
  'part-grounds',
  'part-alternatives',
  'part-proportionality',
  'part-child-interest',
  'part-child-voices',
  'part-consultations',
  'part-legal-advice',
  'part-support',
  'part-family-summary',
  'part-reviews',
] as const;
export type PetitionPart = (typeof PETITION_PARTS)[number];

/** Where a point is fixed: a part of the petition (or one item in it), or the facts on the path section. */
export type GateTarget = { kind: 'part'; id: string } | { kind: 'facts' };

export interface GateLine {
  key: string;
  /** "LS-07 (hoor en wederhoor)". */
  safeguard: string;
  /** What is missing. */
  what: string;
  /** Whom or what it is about, when the reference could be resolved. */
  about: string | null;
  target: GateTarget;
}

type Issue = Petition['gate'][number];

const PART_OF_CODE: Record<string, PetitionPart> = {
  measure_unknown: 'part-measure',
  measure_not_law: 'part-measure',
  addressee_cannot_decide: 'part-measure',
  no_target: 'part-persons',
  target_not_allowed: 'part-persons',
  no_grounds: 'part-grounds',
  ground_without_fact: 'part-grounds',
  fact_not_heard: 'part-grounds',
  no_lighter_alternatives: 'part-alternatives',
  alternatives_out_of_order: 'part-alternatives',
  alternative_without_help_record: 'part-alternatives',
  alternative_without_reason: 'part-alternatives',
  proportionality_missing: 'part-proportionality',
  child_voice_missing: 'part-child-voices',
  child_voice_incomplete: 'part-child-voices',
  child_interest_missing: 'part-child-interest',
  consultation_missing: 'part-consultations',
  legal_advice_missing: 'part-legal-advice',
  legal_aid_not_offered: 'part-support',
  family_summary_missing: 'part-family-summary',
  family_summary_not_plain: 'part-family-summary',
};

/** What only a (new) counter-review clears is done in the next step: sending the petition to review. */
export const NEXT_STEP_ID = 'next-title';
const CLEARED_BY_REVIEW = new Set([
  'review_missing',
  'review_not_proceed',
  'reviewer_is_petitioner',
  'reviewer_involved',
  'reviewer_attestation_missing',
  'reviewer_same_rvt',
]);

/** Facts are verified, and their sources recorded, where the facts are kept: the path section. */
const FIXED_WITH_THE_FACTS = new Set(['fact_unverified', 'source_not_lawful']);

/** The element id of a ground, and of a fact within a ground, on the petition page. */
export const groundElementId = (groundId: string) => `ground-${groundId}`;
export const factElementId = (groundId: string, factId: string) => `fact-${groundId}-${factId}`;
export const voiceElementId = (childId: string) => `voice-${childId}`;

/** A fact's words, quoted and shortened at a word, so a list of gaps stays readable. */
export function quoteFact(statement: string): string {
  if (statement.length <= 60) {
    return `‘${statement}’`;
  }
  let cut = statement.slice(0, 57);
  if (statement[57] !== ' ') {
    const space = cut.lastIndexOf(' ');
    cut = space > 30 ? cut.slice(0, space) : cut;
  }
  return `‘${cut.replace(/[\s,;:.]+$/, '')}…’`;
}

function findFact(p: Petition, factId: string) {
  for (const g of p.grounds) {
    const f = g.facts.find((x) => x.factId === factId);
    if (f) {
      return { ground: g, fact: f };
    }
  }
  return null;
}

/** The name of a household member, or of a reviewer, by id. */
function personName(p: Petition, id: string): string | null {
  const person = p.persons.find((x) => x.personId === id);
  if (person) {
    return person.name;
  }
  for (const r of p.reviews) {
    for (const who of [r.reviewer, r.jurist, r.behaviouralScientist]) {
      if (who.id === id) {
        return who.name;
      }
    }
  }
  return null;
}

/** Whom or what one point is about, and the element that fixes it. */
function resolve(p: Petition, issue: Issue, t: TFunction, language: Language) {
  const part: GateTarget = {
    kind: 'part',
    id: CLEARED_BY_REVIEW.has(issue.code) ? NEXT_STEP_ID : (PART_OF_CODE[issue.code] ?? 'part-reviews'),
  };
  const ref = issue.ref;
  if (ref === null) {
    return { about: null, target: FIXED_WITH_THE_FACTS.has(issue.code) ? { kind: 'facts' as const } : part };
  }
  switch (issue.code) {
    case 'fact_not_heard': {
      const [factId = '', personId = ''] = ref.split(':');
      const found = findFact(p, factId);
      const name = personName(p, personId);
      return {
        about:
          found && name
            ? t('legal.gate.aboutPersonFact', { name, fact: quoteFact(found.fact.statement) })
            : null,
        target: found
          ? { kind: 'part' as const, id: factElementId(found.ground.id, factId) }
          : (part as GateTarget),
      };
    }
    case 'fact_unverified':
    case 'source_not_lawful': {
      const found = findFact(p, ref);
      return {
        about: found ? t('legal.gate.aboutFact', { fact: quoteFact(found.fact.statement) }) : null,
        target: { kind: 'facts' as const },
      };
    }
    case 'ground_without_fact': {
      const ground = p.grounds.find((g) => g.id === ref);
      return {
        about: ground ? t('legal.gate.aboutGround', { number: ground.position }) : null,
        target: ground ? { kind: 'part' as const, id: groundElementId(ground.id) } : part,
      };
    }
    case 'child_voice_missing':
    case 'child_voice_incomplete': {
      const name = personName(p, ref);
      return { about: name, target: name ? { kind: 'part' as const, id: voiceElementId(ref) } : part };
    }
    case 'target_not_allowed':
    case 'legal_aid_not_offered':
    case 'reviewer_is_petitioner':
    case 'reviewer_involved':
    case 'reviewer_attestation_missing':
    case 'reviewer_same_rvt':
      return { about: personName(p, ref), target: part };
    case 'consultation_missing':
      return { about: t(`legal.parties.${ref}`, { defaultValue: '' }) || null, target: part };
    case 'alternative_without_help_record':
    case 'alternative_without_reason':
      return { about: t(`casework.reducibleVia.${ref}`, { defaultValue: '' }) || null, target: part };
    case 'addressee_cannot_decide':
      return { about: t(`legal.authorities.${ref}`, { defaultValue: '' }) || null, target: part };
    case 'measure_not_law':
    case 'measure_unknown':
      return { about: measureNameOf(ref, language), target: part };
    case 'review_not_proceed':
      return { about: t(`legal.reviewOutcomes.${ref}`, { defaultValue: '' }) || null, target: part };
    default:
      return { about: null, target: part };
  }
}

/** The gate of a petition as lines in words, in the server's order (the spec's checklist). */
export function gateLines(p: Petition, issues: Issue[], t: TFunction, language: Language): GateLine[] {
  return issues.map((issue, i) => {
    const { about, target } = resolve(p, issue, t, language);
    return {
      key: `${i}-${issue.safeguard}-${issue.code}-${issue.ref ?? ''}`,
      safeguard: safeguardText(issue.safeguard, language) ?? t('legal.gate.otherSafeguard'),
      what: issueText(issue.code, language) ?? t('legal.gate.otherIssue'),
      about,
      target,
    };
  });
}
