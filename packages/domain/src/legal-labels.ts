/**
 * The words of the legal route's safeguards and of what blocks a petition (the readiness gate, spec §6.4;
 * reviewer eligibility, VAL-06/LS-17): one table for the readable document, the screens and the API's
 * field messages. Zod-free, so the web can load it with the labels.
 */

/**
 * The safeguards a gate issue or a review finding may name (spec §6.3, §6.4, VAL-*). Their ids are printed,
 * because a judge recognises them as references; the name says what each one is about.
 */
export const SAFEGUARD_NAMES: Record<string, { nl: string; en: string }> = {
  'LS-01': { nl: 'proportionaliteit', en: 'proportionality' },
  'LS-02': { nl: 'subsidiariteit', en: 'subsidiarity' },
  'LS-03': { nl: 'rechtsgelijkheid', en: 'equality before the law' },
  'LS-04': { nl: 'verbod van willekeur', en: 'prohibition of arbitrariness' },
  'LS-05': { nl: 'rechtszekerheid', en: 'legal certainty' },
  'LS-06': { nl: 'uniformiteit', en: 'uniformity' },
  'LS-07': { nl: 'hoor en wederhoor', en: 'hearing both sides' },
  'LS-08': { nl: 'geïnformeerde toestemming', en: 'informed consent' },
  'LS-09': { nl: 'stem van het kind', en: "the child's voice" },
  'LS-10': { nl: 'belang van het kind als eerste afweging', en: "the child's interest weighed first" },
  'LS-11': {
    nl: 'feitelijke onderbouwing en begrijpelijkheid',
    en: 'factual foundation and understandability',
  },
  'LS-12': { nl: 'vrijwillig of gedwongen kader', en: 'voluntary or coerced frame' },
  'LS-13': { nl: 'toetsing en tegenspraak vóór indiening', en: 'counter-review before filing' },
  'LS-14': { nl: 'rechtsbijstand en cliëntondersteuning', en: 'legal aid and client support' },
  'LS-15': { nl: 'klachtrecht', en: 'right to complain' },
  'LS-16': { nl: 'rechtmatig onderzoek', en: 'lawful investigation' },
  'LS-17': { nl: 'scheiding van uitvoering en beslissing', en: 'separation of execution and decision' },
  'VAL-05': {
    nl: 'indienen pas na tegenspraak en alle waarborgen',
    en: 'filing only after review and all safeguards',
  },
  'VAL-06': { nl: 'onafhankelijkheid van de toetser', en: "the reviewer's independence" },
  'VAL-09': { nl: 'reactie van het gezin op elk feit', en: "the family's response to every fact" },
  'VAL-10': {
    nl: 'stem of uitzondering voor elk betrokken kind',
    en: 'a voice or exception for every child',
  },
  'KT6-R2': { nl: 'overleg met gezin en vast gezicht', en: 'consulting the family and fixed professional' },
  'KT6-R3': { nl: 'juridisch advies', en: 'legal advice' },
  'INV-07': { nl: 'de rechter of burgemeester beslist', en: 'the judge or mayor decides' },
  'CFG-MEAS': { nl: 'catalogus van maatregelen', en: 'catalogue of measures' },
};

/** What blocks filing (legal-route.ts `petitionBlockers`), in words. */
export const GATE_ISSUE_WORDS: Record<string, { nl: string; en: string }> = {
  measure_unknown: {
    nl: 'de maatregel staat niet in de catalogus',
    en: 'the measure is not in the catalogue',
  },
  measure_not_law: { nl: 'de maatregel is nog geen wet', en: 'the measure is not yet law' },
  addressee_cannot_decide: {
    nl: 'deze instantie kan niet over de maatregel beslissen',
    en: 'this authority cannot decide on the measure',
  },
  no_target: { nl: 'de maatregel is op niemand gericht', en: 'the measure is aimed at no one' },
  target_not_allowed: {
    nl: 'de maatregel kan niet op deze persoon gericht worden',
    en: 'the measure cannot be aimed at this person',
  },
  no_grounds: { nl: 'er zijn geen gronden', en: 'there are no grounds' },
  ground_without_fact: { nl: 'een grond rust op geen enkel feit', en: 'a ground rests on no fact' },
  fact_unverified: { nl: 'een feit is niet gecontroleerd', en: 'a fact is not verified' },
  fact_not_heard: {
    nl: 'een gezinslid is niet gehoord over een feit',
    en: 'a family member was not heard on a fact',
  },
  source_not_lawful: {
    nl: 'een bron heeft geen toestemming en geen wettelijke grondslag',
    en: 'a source has neither consent nor a legal basis',
  },
  no_lighter_alternatives: {
    nl: 'er zijn geen lichtere alternatieven beschreven',
    en: 'no lighter alternatives are described',
  },
  alternatives_out_of_order: {
    nl: 'de lichtere alternatieven staan niet van licht naar zwaar',
    en: 'the lighter alternatives are not in order from light to heavy',
  },
  alternative_without_help_record: {
    nl: 'een lichter alternatief verwijst niet naar hulp die is gegeven',
    en: 'a lighter alternative refers to no help given',
  },
  alternative_without_reason: {
    nl: 'bij een lichter alternatief staat niet waarom het niet genoeg was',
    en: 'a lighter alternative does not say why it fell short',
  },
  proportionality_missing: {
    nl: 'de evenredigheid is niet onderbouwd',
    en: 'proportionality is not argued',
  },
  child_voice_missing: {
    nl: 'een betrokken kind heeft geen stem en geen uitzondering',
    en: 'an involved child has neither a voice nor an exception',
  },
  child_voice_incomplete: { nl: 'de stem van een kind is onvolledig', en: "a child's voice is incomplete" },
  child_interest_missing: {
    nl: 'het belang van het kind is niet afgewogen',
    en: "the child's interest is not weighed",
  },
  consultation_missing: { nl: 'een verplicht overleg ontbreekt', en: 'a required consultation is missing' },
  legal_advice_missing: { nl: 'juridisch advies ontbreekt', en: 'legal advice is missing' },
  legal_aid_not_offered: { nl: 'rechtsbijstand is niet aangeboden', en: 'legal aid was not offered' },
  family_summary_missing: {
    nl: 'de samenvatting voor het gezin ontbreekt',
    en: 'the summary for the family is missing',
  },
  family_summary_not_plain: {
    nl: 'de samenvatting voor het gezin is niet in eenvoudige taal',
    en: 'the summary for the family is not in plain language',
  },
  review_missing: { nl: 'toetsing en tegenspraak ontbreken', en: 'the counter-review is missing' },
  review_not_proceed: {
    nl: 'de toetsing gaf geen akkoord om in te dienen',
    en: 'the counter-review did not clear filing',
  },
  reviewer_is_petitioner: { nl: 'de toetser is ook de verzoeker', en: 'the reviewer is the petitioner' },
  reviewer_involved: {
    nl: 'de toetser is bij het gezin betrokken',
    en: 'the reviewer is involved with the family',
  },
  reviewer_attestation_missing: {
    nl: 'de toetser heeft niet verklaard onafhankelijk te zijn',
    en: 'the reviewer has not attested independence',
  },
  reviewer_same_rvt: {
    nl: 'de toetser komt uit hetzelfde Regionaal Veiligheidsteam',
    en: 'the reviewer is from the same regional safety team',
  },
  reviewer_not_in_pool: { nl: 'deze persoon is geen toetser', en: 'this person is not a reviewer' },
  jurist_not_in_pool: {
    nl: 'deze persoon is geen jurist voor toetsing',
    en: 'this person is not a review jurist',
  },
  behavioural_scientist_not_in_pool: {
    nl: 'deze persoon is geen gedragswetenschapper voor toetsing',
    en: 'this person is not a review behavioural scientist',
  },
  supporter_involved: {
    nl: 'deze ondersteuner is betrokken bij het gezin of bij dit verzoek',
    en: 'this supporter is involved with the family or this petition',
  },
  supporter_same_rvt: {
    nl: 'deze ondersteuner komt uit hetzelfde Regionaal Veiligheidsteam',
    en: 'this supporter is from the same regional safety team',
  },
};
