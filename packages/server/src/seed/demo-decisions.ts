import type { DecisionRecord, ExtendedDecision, FirstDecision, Judgement } from '@gezinsdossier/domain';

/** Decisions as a professional would record them in the demo and the tests (synthetic text). */

/**
 * A decision's record as a professional fills it in (LS-04/07/10/02): the child's interest, the family's
 * view, a lighter alternative weighed; the facts default to those of the concerns decided on.
 */
export function reasonedRecord(over: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    factIds: [],
    alternatives: [
      { option: 'Informele steun van het netwerk', whyNot: 'Oma kan niet vaker komen dan eens per week.' },
    ],
    childInterest: 'De kinderen hebben rust en een veilige plek nodig; dat weegt het zwaarst.',
    heard: [],
    familyView: 'Het gezin begrijpt de stap, maar had liever nog even gewacht.',
    dissent: [],
    ...over,
  };
}

/** A judgement as a professional would record it (synthetic text). */
export function judgement(value: Judgement['value'], rationale = 'Besproken met het gezin.'): Judgement {
  return { value, rationale, householdView: 'Het gezin herkent dit grotendeels.' };
}

/** A first-investigation decision that follows the table to `outcome` (EO-1..EO-3). */
export function firstDecision(concernIds: string[], outcome: FirstDecision['outcome']): FirstDecision {
  const facts = outcome === 'EO1_CLOSE' ? 'NO' : 'YES';
  const manages = outcome === 'EO2_VOLUNTARY_HELP' ? 'YES' : 'NO';
  return {
    establishment: {
      concernIds,
      willingToReduce: judgement(outcome === 'EO3_EXTENDED' ? 'NO' : 'YES'),
      expectedToReduceInTime: judgement(outcome === 'EO3_EXTENDED' ? 'UNCLEAR' : 'YES'),
      reducibleVia:
        outcome === 'EO3_EXTENDED' ? ['PROFESSIONAL_HELP'] : ['INFORMAL_SUPPORT', 'PROFESSIONAL_HELP'],
      urgentSafetyNeeded: judgement('NO'),
    },
    factsOfConcern: judgement(facts),
    managesWithSupport: judgement(manages),
    wantsHelp: judgement(outcome === 'EO3_EXTENDED' ? 'NO' : 'YES'),
    helpSeemsNeeded: judgement(outcome === 'EO1_CLOSE' ? 'NO' : 'YES'),
    outcome,
    rationale: 'Afgewogen op basis van de feiten, de bronnen en de visie van het gezin.',
    householdView: 'Ouders zijn het eens met de volgende stap.',
    decision: reasonedRecord(),
  };
}

/** An extended-investigation decision that follows the table to `outcome` (UO-1..UO-3). */
export function extendedDecision(
  concernIds: string[],
  outcome: ExtendedDecision['outcome'],
): ExtendedDecision {
  const uo1 = outcome === 'UO1_VOLUNTARY_HELP' || outcome === 'UO1_SAFETY_MONITORING';
  return {
    establishment: {
      concernIds,
      willingToReduce: judgement(uo1 ? 'YES' : 'NO'),
      expectedToReduceInTime: judgement(uo1 ? 'YES' : 'UNCLEAR'),
      reducibleVia: uo1 ? ['PROFESSIONAL_HELP'] : ['COERCED_MEASURE'],
      urgentSafetyNeeded: judgement('NO'),
    },
    factsRemain: judgement('YES'),
    householdLikelyManages: judgement(uo1 ? 'YES' : 'NO'),
    worriesSerious: judgement(uo1 ? 'NO' : 'YES'),
    disagreement: judgement(outcome === 'UO2_INDEPENDENT_EXPERT' ? 'YES' : 'NO'),
    unclarityRemains: judgement(outcome === 'UO3_PETITION' ? 'YES' : 'NO'),
    worriesUndiminished: judgement(outcome === 'UO3_PETITION' ? 'YES' : 'NO'),
    outcome,
    rationale: 'Afgewogen in het duo, met de uitkomst van het netwerkberaad.',
    householdView: 'Het gezin ziet het anders en heeft dat laten opnemen.',
    decision: reasonedRecord(),
  };
}
