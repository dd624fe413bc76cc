/**
 * Codes and their words that the web app needs on its first screen, without zod: the error messages, the
 * pathway states and the break-the-glass reasons. Exported as `@gezinsdossier/domain/labels` so the sign-in
 * page and the app's frame do not load the schemas (issue 9.9); the schema modules re-export them.
 */
export { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from './errors';
export { GATE_ISSUE_WORDS, SAFEGUARD_NAMES } from './legal-labels';

export const PATHWAY_STATES = [
  'SIGNAL_RECEIVED',
  'INFO_ADVICE',
  'FIRST_INVESTIGATION',
  'VOLUNTARY_HELP',
  'EXTENDED_INVESTIGATION',
  'INDEPENDENT_EXPERT',
  'PETITION_PREPARATION',
  'REVIEW',
  'AWAITING_DECISION',
  'COERCED_EXECUTION',
  'SAFETY_MONITORING',
  'CLOSED',
] as const;
export type PathwayState = (typeof PATHWAY_STATES)[number];

/** The states in plain words, for the timeline (written in Dutch) and the web (both languages). */
export const PATHWAY_STATE_NAMES: Record<'nl' | 'en', Record<PathwayState, string>> = {
  nl: {
    SIGNAL_RECEIVED: 'Vraag of melding ontvangen',
    INFO_ADVICE: 'Informatie en advies',
    FIRST_INVESTIGATION: 'Eerste onderzoek',
    VOLUNTARY_HELP: 'Vrijwillige hulp',
    EXTENDED_INVESTIGATION: 'Uitgebreid onderzoek',
    INDEPENDENT_EXPERT: 'Onafhankelijke deskundige',
    PETITION_PREPARATION: 'Verzoek voorbereiden',
    REVIEW: 'Toetsing en tegenspraak',
    AWAITING_DECISION: 'Wacht op beslissing',
    COERCED_EXECUTION: 'Uitvoering maatregel',
    SAFETY_MONITORING: 'Veiligheid volgen',
    CLOSED: 'Afgesloten',
  },
  en: {
    SIGNAL_RECEIVED: 'Question or report received',
    INFO_ADVICE: 'Information and advice',
    FIRST_INVESTIGATION: 'First investigation',
    VOLUNTARY_HELP: 'Voluntary help',
    EXTENDED_INVESTIGATION: 'Extended investigation',
    INDEPENDENT_EXPERT: 'Independent expert',
    PETITION_PREPARATION: 'Preparing a petition',
    REVIEW: 'Review and counter-review',
    AWAITING_DECISION: 'Awaiting decision',
    COERCED_EXECUTION: 'Carrying out a measure',
    SAFETY_MONITORING: 'Monitoring safety',
    CLOSED: 'Closed',
  },
};

export const BREAK_GLASS_REASONS = [
  'ACUTE_DANGER',
  'CRISIS_SERVICE_CALL',
  'POLICE_REQUEST',
  'OTHER',
] as const;
export type BreakGlassReason = (typeof BREAK_GLASS_REASONS)[number];

/** What each category is called, for the form and for the team lead who reviews the grant. */
export const BREAK_GLASS_REASON_LABELS: Record<BreakGlassReason, { nl: string; en: string }> = {
  ACUTE_DANGER: { nl: 'Acuut gevaar', en: 'Acute danger' },
  CRISIS_SERVICE_CALL: { nl: 'Oproep crisisdienst', en: 'Crisis service call' },
  POLICE_REQUEST: { nl: 'Verzoek van de politie', en: 'Police request' },
  OTHER: { nl: 'Anders', en: 'Other' },
};
