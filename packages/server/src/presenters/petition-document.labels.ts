import { SAFEGUARD_NAMES } from '@gezinsdossier/domain';
import type {
  AuthorityKind,
  ChildVoiceKind,
  ConsultationParty,
  FactSourceKind,
  Frame,
  HELP_CATEGORIES,
  InterventionStatus,
  LighterStep,
  PetitionState,
  ReviewAnswer,
  ReviewOutcome,
  RulingOutcome,
  SupportKind,
  SupportResponse,
  Verification,
} from '@gezinsdossier/domain';

/**
 * The words of the readable petition (KT6): every code the presented petition carries, in Dutch and in
 * English, and the fixed texts of the document. Kept apart from petition-document.ts so the document module
 * reads as the document's structure. The tables are typed by the domain's code unions, so a new code fails
 * the type check until it has words; codes that arrive as plain strings (source kinds, help records) are
 * looked up with a fallback, because the document never prints a raw code.
 */
export type DocumentLanguage = 'nl' | 'en';
type Words<K extends string> = Record<DocumentLanguage, Record<K, string>>;
type HelpCategory = (typeof HELP_CATEGORIES)[number];

/** The authority addressed, as it reads after "Aan:" / "To:". */
export const AUTHORITY_WORDS: Words<AuthorityKind> = {
  nl: {
    KINDERRECHTER: 'de kinderrechter',
    FAMILIERECHTER: 'de familierechter',
    KANTONRECHTER: 'de kantonrechter',
    STRAFRECHTER: 'de strafrechter',
    BESTUURSRECHTER: 'de bestuursrechter',
    BURGEMEESTER: 'de burgemeester',
    OTHER: 'een andere bevoegde instantie',
  },
  en: {
    KINDERRECHTER: 'the juvenile judge',
    FAMILIERECHTER: 'the family judge',
    KANTONRECHTER: 'the subdistrict judge',
    STRAFRECHTER: 'the criminal judge',
    BESTUURSRECHTER: 'the administrative judge',
    BURGEMEESTER: 'the mayor',
    OTHER: 'another competent authority',
  },
};

export const STATE_WORDS: Words<PetitionState> = {
  nl: {
    DRAFT: 'Concept',
    IN_REVIEW: 'Bij toetsing en tegenspraak',
    REVIEWED: 'Getoetst',
    NOT_FILED: 'Niet ingediend',
    FILED: 'Ingediend',
    DECIDED: 'Beslist',
    WITHDRAWN: 'Ingetrokken',
  },
  en: {
    DRAFT: 'Draft',
    IN_REVIEW: 'Under counter-review',
    REVIEWED: 'Reviewed',
    NOT_FILED: 'Not filed',
    FILED: 'Filed',
    DECIDED: 'Decided',
    WITHDRAWN: 'Withdrawn',
  },
};

export const VERIFICATION_WORDS: Words<Verification> = {
  nl: { UNVERIFIED: 'Niet gecontroleerd', CORROBORATED: 'Bevestigd', DISPUTED: 'Betwist' },
  en: { UNVERIFIED: 'Not verified', CORROBORATED: 'Corroborated', DISPUTED: 'Disputed' },
};

export const SOURCE_KIND_WORDS: Words<FactSourceKind> = {
  nl: {
    HOUSEHOLD: 'Het gezin zelf',
    PROFESSIONAL: 'Professional',
    REGISTER: 'Registratie',
    POLICE: 'Politie',
    OTHER: 'Andere bron',
  },
  en: {
    HOUSEHOLD: 'The family itself',
    PROFESSIONAL: 'Professional',
    REGISTER: 'Register',
    POLICE: 'Police',
    OTHER: 'Other source',
  },
};

/** The steps of E-4 lighter than a measure (LS-02). */
export const LIGHTER_STEP_WORDS: Words<LighterStep> = {
  nl: {
    INFORMAL_SUPPORT: 'Steun uit het eigen netwerk',
    INFO_ADVICE: 'Informatie en advies',
    PROFESSIONAL_HELP: 'Vrijwillige hulp van professionals',
  },
  en: {
    INFORMAL_SUPPORT: "Support from the family's own network",
    INFO_ADVICE: 'Information and advice',
    PROFESSIONAL_HELP: 'Voluntary professional help',
  },
};

export const HELP_CATEGORY_WORDS: Words<HelpCategory> = {
  nl: {
    INFORMAL_SUPPORT: 'Informele steun',
    INFO_ADVICE: 'Informatie en advies',
    YOUTH_CARE: 'Jeugdhulp',
    ADULT_MENTAL_HEALTH: 'GGZ voor volwassenen',
    ADDICTION_CARE: 'Verslavingszorg',
    DEBT_COUNSELLING: 'Schuldhulp',
    DOMESTIC_VIOLENCE: 'Hulp bij huiselijk geweld',
    DISABILITY_SUPPORT: 'Hulp bij een beperking',
    OTHER: 'Andere hulp',
  },
  en: {
    INFORMAL_SUPPORT: 'Informal support',
    INFO_ADVICE: 'Information and advice',
    YOUTH_CARE: 'Youth care',
    ADULT_MENTAL_HEALTH: 'Adult mental health care',
    ADDICTION_CARE: 'Addiction care',
    DEBT_COUNSELLING: 'Debt counselling',
    DOMESTIC_VIOLENCE: 'Domestic violence support',
    DISABILITY_SUPPORT: 'Disability support',
    OTHER: 'Other help',
  },
};

export const FRAME_WORDS: Words<Frame> = {
  nl: { VOLUNTARY: 'vrijwillig', DRANG: 'met drang', COERCED: 'gedwongen' },
  en: { VOLUNTARY: 'voluntary', DRANG: 'under pressure (drang)', COERCED: 'coerced' },
};

export const HELP_STATUS_WORDS: Words<InterventionStatus> = {
  nl: {
    REQUESTED: 'aangevraagd',
    STARTED: 'loopt',
    ENDED: 'beëindigd',
    UNAVAILABLE: 'niet beschikbaar',
    DECLINED: 'niet gewild door het gezin',
  },
  en: {
    REQUESTED: 'requested',
    STARTED: 'running',
    ENDED: 'ended',
    UNAVAILABLE: 'not available',
    DECLINED: 'declined by the family',
  },
};

export const CHILD_VOICE_WORDS: Words<ChildVoiceKind> = {
  nl: {
    HEARD: 'Het kind is zelf gehoord',
    REPRESENTED: 'Het kind is vertegenwoordigd',
    EXCEPTION: 'Het kind is niet gehoord (uitzondering met reden)',
  },
  en: {
    HEARD: 'The child was heard in person',
    REPRESENTED: 'The child was represented',
    EXCEPTION: 'The child was not heard (reasoned exception)',
  },
};

export const CONSULTATION_PARTY_WORDS: Words<ConsultationParty> = {
  nl: {
    HOUSEHOLD: 'het gezin',
    FIXED_PROFESSIONAL: 'het vaste gezicht uit het Lokaal Team',
    OTHER: 'een andere betrokkene',
  },
  en: {
    HOUSEHOLD: 'the family',
    FIXED_PROFESSIONAL: 'the fixed professional from the local team',
    OTHER: 'another party involved',
  },
};

export const SUPPORT_KIND_WORDS: Words<SupportKind> = {
  nl: {
    LEGAL_AID: 'rechtsbijstand',
    CLIENT_SUPPORT: 'cliëntondersteuning',
    CONFIDANT: 'een vertrouwenspersoon',
  },
  en: { LEGAL_AID: 'legal aid', CLIENT_SUPPORT: 'client support', CONFIDANT: 'a confidential adviser' },
};

export const SUPPORT_RESPONSE_WORDS: Words<SupportResponse> = {
  nl: { PENDING: 'nog geen antwoord', ACCEPTED: 'aangenomen', DECLINED: 'afgeslagen' },
  en: { PENDING: 'no answer yet', ACCEPTED: 'accepted', DECLINED: 'declined' },
};

export const REVIEW_ANSWER_WORDS: Words<ReviewAnswer> = {
  nl: { YES: 'Ja', PARTLY: 'Gedeeltelijk', NO: 'Nee' },
  en: { YES: 'Yes', PARTLY: 'Partly', NO: 'No' },
};

/** KT7's outcomes (a/b/c) in words. */
export const REVIEW_OUTCOME_WORDS: Words<ReviewOutcome> = {
  nl: {
    PROCEED: 'Doorgaan: het verzoek mag worden ingediend',
    DO_NOT_FILE: 'Niet indienen: de maatregel is een te zwaar middel',
    CORRECT_FIRST: 'Eerst corrigeren: er zijn onzorgvuldigheden die eerst hersteld moeten worden',
  },
  en: {
    PROCEED: 'Proceed: the petition may be filed',
    DO_NOT_FILE: 'Do not file: the measure is too heavy',
    CORRECT_FIRST: 'Correct first: shortcomings must be put right before filing',
  },
};

export const RULING_OUTCOME_WORDS: Words<RulingOutcome> = {
  nl: {
    GRANTED: 'Toegewezen',
    PARTIALLY_GRANTED: 'Gedeeltelijk toegewezen',
    REJECTED: 'Afgewezen',
    COUNTER_EXPERTISE_ORDERED: 'Contra-expertise gelast; de beslissing volgt',
  },
  en: {
    GRANTED: 'Granted',
    PARTIALLY_GRANTED: 'Partly granted',
    REJECTED: 'Rejected',
    COUNTER_EXPERTISE_ORDERED: 'Counter-expertise ordered; the decision follows',
  },
};

/** The fixed Dutch texts of the document; the English ones must have the same keys. */
const TEXT_NL = {
  petition: 'Verzoekschrift',
  subject: 'Verzoekschrift aan {addressee}',
  unknownMeasure: 'maatregel die niet in de catalogus staat',
  to: 'Aan',
  household: 'Gezin',
  petitioner: 'Verzoeker',
  state: 'Stand',
  version: 'Versie van het verzoekschrift',
  generatedOn: 'Gemaakt op',
  legalBasis: 'Wettelijke grondslag',
  experimental:
    'Deze maatregel is nog geen wet. Het verzoek kan worden voorbereid en besproken, maar niet worden ingediend.',
  summary: 'Samenvatting voor het gezin',
  summaryMissing: 'Er is nog geen samenvatting voor het gezin.',
  summaryPlain: 'Deze samenvatting is geschreven in eenvoudige taal (taalniveau B1).',
  summaryNotPlain: 'Deze samenvatting is nog niet in eenvoudige taal (taalniveau B1).',
  persons: 'Om wie het gaat',
  personsCaption: 'De personen in dit verzoekschrift',
  name: 'Naam',
  birthDate: 'Geboortedatum',
  age: 'Leeftijd',
  roles: 'Rol in dit verzoek',
  authority: 'Gezag',
  years: '{n} jaar',
  unknown: 'onbekend',
  roleTarget: 'de maatregel is op deze persoon gericht',
  roleActionAim: 'acties van de maatregel zijn op deze persoon gericht',
  roleInvolvedChild: 'betrokken kind',
  roleNone: 'betrokken',
  hasAuthority: 'heeft gezag',
  noAuthority: 'geen gezag',
  grounds: 'Gronden en feiten',
  groundsIntro:
    'Elke grond rust op feiten. Bij elk feit staan de bron, de datum en de reactie van het gezin. Feiten die het gezin betwist, zijn duidelijk gemarkeerd.',
  noGrounds: 'Er zijn nog geen gronden.',
  ground: 'Grond {n}',
  claim: 'Stelling',
  noFacts: 'Deze grond rust nog op geen enkel feit.',
  fact: 'Feit {n}',
  disputed: 'BETWIST DOOR HET GEZIN',
  statement: 'Wat is vastgesteld',
  observedOn: 'Datum waargenomen',
  dateUnknown: 'datum onbekend',
  source: 'Bron',
  sourceKind: 'Soort bron',
  lawfulness: 'Verkregen',
  withConsent: 'met toestemming',
  withLegalBasis: 'zonder toestemming, op wettelijke grondslag: {basis}',
  consentAndBasis: 'met toestemming; wettelijke grondslag: {basis}',
  fromHousehold: 'van het gezin zelf',
  noLawfulness: 'geen toestemming en geen wettelijke grondslag vastgelegd',
  verification: 'Controle',
  versionUsed: 'Gebruikte versie',
  versionN: 'versie {n}',
  changedLater:
    'Dit feit is later gewijzigd (nu versie {current}). Dit verzoekschrift gebruikt versie {used}.',
  currentUnknown: 'De huidige stand van dit feit is niet beschikbaar.',
  responses: 'Reactie van het gezin',
  noResponses: 'Er is geen reactie van het gezin vastgelegd.',
  hearingAttempts: 'Pogingen om het gezin te horen',
  personDateText: '{name}, {date}: {text}',
  alternatives: 'Lichtere hulp die is geprobeerd',
  alternativesIntro:
    'Van licht naar zwaar. Bij elke stap staat wat er is gedaan en waarom dat niet genoeg was.',
  noAlternatives: 'Er zijn geen lichtere alternatieven beschreven.',
  outcome: 'Resultaat',
  whyInsufficient: 'Waarom dit niet genoeg was',
  helpRecords: 'Hulp waarop dit rust',
  noHelpRecords: 'Bij deze stap is geen hulp vastgelegd.',
  helpBy: 'bij {provider}',
  startedOn: 'gestart op {date}',
  help: 'Hulp',
  proportionality: 'Evenredigheid',
  intrusiveness: 'Hoe ingrijpend',
  duration: 'Duur',
  scope: 'Reikwijdte',
  why: 'Waarom dit evenredig is',
  notFilled: 'Niet ingevuld.',
  childInterest: 'Belang van het kind',
  childVoices: 'De stem van de kinderen',
  noChildren: 'Dit verzoekschrift betreft geen kinderen.',
  how: 'Hoe',
  view: 'Wat het kind vindt',
  interests: 'Belangen van het kind',
  exceptionReason: 'Reden om het kind niet te horen',
  voiceMissing: 'Er is geen stem en geen uitzondering vastgelegd.',
  consultations: 'Overleg vooraf',
  noConsultations: 'Er is geen overleg vastgelegd.',
  consultationItem: '{date}, met {party}{person}: {summary}',
  legalAdvice: 'Juridisch advies',
  noLegalAdvice: 'Er is geen juridisch advies vastgelegd.',
  adviser: 'Adviseur',
  date: 'Datum',
  advice: 'Advies',
  support: 'Aangeboden ondersteuning',
  noSupport: 'Er is geen ondersteuning aangeboden.',
  supportItem: '{name}: {kind} aangeboden op {date}{provider}; {response}',
  supportProvider: ' (door {provider})',
  reviews: 'Toetsing en tegenspraak',
  noReviews: 'Er is nog geen toetsing.',
  review: 'Toetsing {n}',
  reviewer: 'Toetser',
  jurist: 'Jurist',
  behaviouralScientist: 'Gedragswetenschapper',
  assignedOn: 'Toegewezen op',
  submittedOn: 'Ingediend op',
  notSubmitted: 'nog niet ingediend',
  q1: 'Is wat is bedacht echt de beste oplossing voor het gezin?',
  q2: 'Volgt de beslissing uit de verzamelde informatie?',
  q3: 'Is er genoeg (juridische) onderbouwing voor een gedwongen maatregel?',
  notAnswered: 'nog niet beantwoord',
  reviewOutcome: 'Uitkomst',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen.',
  unmetNeed: 'Hulp die nodig was maar er niet was',
  filing: 'Indiening',
  filedOn: 'Ingediend op',
  court: 'Ingediend bij',
  filedBy: 'Ingediend door',
  sameJudge: 'Voorgestelde rechter (dezelfde als bij de lopende maatregelen)',
  gateAtFiling: 'Waarborgen bij indiening',
  gatePassed: 'Bij indiening waren alle waarborgen vervuld.',
  notFiled: 'Dit verzoekschrift is niet ingediend.',
  notYetFiled: 'Dit verzoekschrift is nog niet ingediend.',
  gateNow: 'Wat nog ontbreekt voor indiening',
  gateClear: 'Er ontbreekt niets meer voor indiening.',
  rulings: 'Beslissing',
  noRulings: 'Er is nog geen beslissing.',
  judge: 'Rechter',
  legalGround: 'Wettelijke grond',
  conditions: 'Voorwaarden',
  counterExpertise: 'Contra-expertise',
  hearings: 'Zittingen',
  hearingItem: 'Zitting op {date}',
  appeal: 'Bezwaar en beroep',
  appealUnknown: 'De beroepsroute van deze maatregel is niet bekend.',
  toBeConfirmed: 'Nog te bevestigen door een jurist',
  aboutGround: 'over grond {n}',
  aboutFact: 'feit {n}',
  pageOf: 'Pagina {page} van {pages}',
};

export type TextKey = keyof typeof TEXT_NL;

const TEXT_EN: Record<TextKey, string> = {
  petition: 'Petition',
  subject: 'Petition to {addressee}',
  unknownMeasure: 'measure not in the catalogue',
  to: 'To',
  household: 'Household',
  petitioner: 'Petitioner',
  state: 'Status',
  version: 'Version of the petition',
  generatedOn: 'Generated on',
  legalBasis: 'Legal basis',
  experimental: 'This measure is not yet law. The petition may be prepared and discussed, but not filed.',
  summary: 'Summary for the family',
  summaryMissing: 'There is no summary for the family yet.',
  summaryPlain: 'This summary is written in plain language (level B1).',
  summaryNotPlain: 'This summary is not yet in plain language (level B1).',
  persons: 'Persons concerned',
  personsCaption: 'The persons in this petition',
  name: 'Name',
  birthDate: 'Date of birth',
  age: 'Age',
  roles: 'Role in this petition',
  authority: 'Parental authority',
  years: '{n} years',
  unknown: 'unknown',
  roleTarget: 'the measure is aimed at this person',
  roleActionAim: "the measure's actions are aimed at this person",
  roleInvolvedChild: 'involved child',
  roleNone: 'involved',
  hasAuthority: 'holds parental authority',
  noAuthority: 'no parental authority',
  grounds: 'Grounds and facts',
  groundsIntro:
    "Every ground rests on facts. Each fact shows its source, its date and the family's response. Facts the family disputes are clearly marked.",
  noGrounds: 'There are no grounds yet.',
  ground: 'Ground {n}',
  claim: 'Claim',
  noFacts: 'This ground rests on no fact yet.',
  fact: 'Fact {n}',
  disputed: 'DISPUTED BY THE FAMILY',
  statement: 'What was established',
  observedOn: 'Date observed',
  dateUnknown: 'date unknown',
  source: 'Source',
  sourceKind: 'Kind of source',
  lawfulness: 'Obtained',
  withConsent: 'with consent',
  withLegalBasis: 'without consent, on the legal basis: {basis}',
  consentAndBasis: 'with consent; legal basis: {basis}',
  fromHousehold: 'from the family itself',
  noLawfulness: 'no consent and no legal basis recorded',
  verification: 'Verification',
  versionUsed: 'Version used',
  versionN: 'version {n}',
  changedLater: 'This fact was changed later (now version {current}). This petition uses version {used}.',
  currentUnknown: 'The current state of this fact is not available.',
  responses: "The family's response",
  noResponses: 'No response from the family is recorded.',
  hearingAttempts: 'Attempts to hear the family',
  personDateText: '{name}, {date}: {text}',
  alternatives: 'Lighter help that was tried',
  alternativesIntro: 'From light to heavy. Each step shows what was done and why it was not enough.',
  noAlternatives: 'No lighter alternatives are described.',
  outcome: 'Outcome',
  whyInsufficient: 'Why this was not enough',
  helpRecords: 'Help this rests on',
  noHelpRecords: 'No help is recorded for this step.',
  helpBy: 'by {provider}',
  startedOn: 'started on {date}',
  help: 'Help',
  proportionality: 'Proportionality',
  intrusiveness: 'How intrusive',
  duration: 'Duration',
  scope: 'Scope',
  why: 'Why this is proportionate',
  notFilled: 'Not filled in.',
  childInterest: "The child's interest",
  childVoices: "The children's voice",
  noChildren: 'This petition concerns no children.',
  how: 'How',
  view: 'What the child thinks',
  interests: "The child's interests",
  exceptionReason: 'Reason for not hearing the child',
  voiceMissing: 'No voice and no exception is recorded.',
  consultations: 'Consultations',
  noConsultations: 'No consultation is recorded.',
  consultationItem: '{date}, with {party}{person}: {summary}',
  legalAdvice: 'Legal advice',
  noLegalAdvice: 'No legal advice is recorded.',
  adviser: 'Adviser',
  date: 'Date',
  advice: 'Advice',
  support: 'Support offered',
  noSupport: 'No support was offered.',
  supportItem: '{name}: {kind} offered on {date}{provider}; {response}',
  supportProvider: ' (by {provider})',
  reviews: 'Counter-review',
  noReviews: 'There is no counter-review yet.',
  review: 'Review {n}',
  reviewer: 'Reviewer',
  jurist: 'Lawyer',
  behaviouralScientist: 'Behavioural scientist',
  assignedOn: 'Assigned on',
  submittedOn: 'Submitted on',
  notSubmitted: 'not submitted yet',
  q1: 'Is what was planned really the best solution for the family?',
  q2: 'Does the decision follow from the information gathered?',
  q3: 'Is there enough (legal) foundation for a coerced measure?',
  notAnswered: 'not answered yet',
  reviewOutcome: 'Outcome',
  findings: 'Findings',
  noFindings: 'No findings.',
  unmetNeed: 'Help that was needed but not available',
  filing: 'Filing',
  filedOn: 'Filed on',
  court: 'Filed with',
  filedBy: 'Filed by',
  sameJudge: 'Proposed judge (the one deciding on the running measures)',
  gateAtFiling: 'Safeguards at filing',
  gatePassed: 'At filing, every safeguard was met.',
  notFiled: 'This petition was not filed.',
  notYetFiled: 'This petition has not been filed yet.',
  gateNow: 'What is still missing before filing',
  gateClear: 'Nothing is missing before filing.',
  rulings: 'Decision',
  noRulings: 'There is no decision yet.',
  judge: 'Judge',
  legalGround: 'Legal ground',
  conditions: 'Conditions',
  counterExpertise: 'Counter-expertise',
  hearings: 'Hearings',
  hearingItem: 'Hearing on {date}',
  appeal: 'Objection and appeal',
  appealUnknown: 'The appeal route of this measure is not known.',
  toBeConfirmed: 'To be confirmed by a lawyer',
  aboutGround: 'on ground {n}',
  aboutFact: 'fact {n}',
  pageOf: 'Page {page} of {pages}',
};

/** The fixed texts of the document, per language. `{name}` placeholders are filled by `fill`. */
export const TEXT: Record<DocumentLanguage, Record<TextKey, string>> = { nl: TEXT_NL, en: TEXT_EN };

/** Fills `{name}` placeholders; a missing value leaves the placeholder empty rather than printing it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Looks a code up in a table, with a fallback for codes the table does not know (never the raw code). */
export function wordFor<K extends string>(words: Record<K, string>, code: string, fallback: string): string {
  return Object.hasOwn(words, code) ? words[code as K] : fallback;
}

/** A safeguard as a judge reads it: "LS-07 (hoor en wederhoor)"; an unknown id is printed as it is. */
export function safeguardLabel(id: string, language: DocumentLanguage): string {
  const name = SAFEGUARD_NAMES[id];
  return name ? `${id} (${name[language]})` : id;
}
