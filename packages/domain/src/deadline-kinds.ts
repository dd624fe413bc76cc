/**
 * The kinds of deadline the platform tracks. Kept apart from deadlines.ts (which loads the holiday tables)
 * so that the event types and the web can name them without the holiday data.
 */
export const DEADLINE_KIND_IDS = [
  'TRIAGE', // a received question or report is triaged
  'LINK_LOCAL_TEAM', // a report received by the RVT or crisis service has a Lokaal Team vast gezicht (VAL-01, AMB-06)
  'FIRST_CONTACT', // first contact with the household after triage
  'REPORTER_FEEDBACK', // a professional reporter hears what happened next
  'FIRST_INVESTIGATION_DECISION', // KT3a decided
  'EXTENDED_INVESTIGATION_DECISION', // KT3b decided
  'FAMILY_PLAN', // one family plan exists after voluntary help starts (INV-09)
  'SAFETY_PLAN_CHECK', // a check date agreed in the safety plan
  'SAFETY_MONITORING_REVIEW', // RVT safety monitoring is reviewed (VAL-08)
  'MEASURE_EVALUATION', // a running measure is evaluated (KT8-R1), counted in calendar months from its start
  'MEASURE_EXTENSION', // decide on extending a running measure, in time before it ends (KT8-R1)
  'COMPLAINT_ACKNOWLEDGEMENT', // a complaint's receipt is acknowledged to the complainant (KT9-R3, LS-15)
  'COMPLAINT_DECISION', // a complaint is decided, within its term (once extendable, with a reason)
] as const;

/** Kinds whose date is set by a record (a plan's check date, a measure's start and end), not a pack timer. */
export const DATED_DEADLINE_KINDS = ['SAFETY_PLAN_CHECK', 'MEASURE_EVALUATION', 'MEASURE_EXTENSION'] as const;
export type DatedDeadlineKind = (typeof DATED_DEADLINE_KINDS)[number];
export type TimedDeadlineKind = Exclude<DeadlineKindId, DatedDeadlineKind>;
export type DeadlineKindId = (typeof DEADLINE_KIND_IDS)[number];
