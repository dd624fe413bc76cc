/**
 * Access-log actions (NEN 7513 style): every read and write of personal or case data leaves one row.
 */
export const ACCESS_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'export',
  'print',
  'search',
  'break_glass',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/**
 * Dossier event types: every change of the dossier is an event in the change history, written in the same
 * transaction as the change, with before → after. Past tense, dotted. The learning indicators of a later
 * issue are computed from these events.
 */
export const DOSSIER_EVENT_TYPES = [
  'household.created', // a household and its case (gezinsdossier) were opened
  'household.updated',
  'person.created',
  'person.updated',
  'membership.created',
  'membership.updated',
  'relation.created',
  'relation.updated',
  'relation.deleted',
  'network_member.created',
  'network_member.updated',
  'case.opened',
  'team_member.added', // expertise added (INV-02)
  'team_member.ended', // expertise left, no handover
  'fixed_professional.changed', // VAL-02: counted as a change of vast gezicht
  'timeline_entry.created',
  'break_glass.granted',
  'break_glass.reviewed',
  'report.received', // KT2: a question, advice request or report
  'report.triaged',
  'reporter_feedback.sent',
  'concern.created',
  'concern.updated',
  'fact.created',
  'fact.responded', // hoor en wederhoor
  'fact.verified',
  'pathway.transitioned', // spec §4.3, one per step
  'investigation.started',
  'investigation.decided',
  'network_conference.held',
  'expert_consult.requested',
  'expert_consult.advised',
  'safety_assessment.recorded',
  'safety_plan.versioned',
  'safety_plan.breach_recorded',
  'safety_plan.evaluated',
  'goal.created',
  'goal.updated',
  'score.recorded',
  'plan_action.created',
  'plan.evaluated',
  'intervention.requested',
  'intervention.progressed',
  'urgent_safety.started',
  'urgent_safety.ended',
  'safety_monitoring.started',
  'safety_monitoring.ended',
  'deadline.met',
] as const;
export type DossierEventType = (typeof DOSSIER_EVENT_TYPES)[number];

/**
 * Purposes (doelbinding) recorded with each access-log row. The legal basis registry of later issues
 * refines these; for now each purpose names the statutory frame it rests on.
 */
export const ACCESS_PURPOSES = {
  CASEWORK: { purpose: 'casework', legalBasis: 'Jeugdwet/Wmo 2015: uitvoering hulp en bescherming' },
  BREAK_GLASS: { purpose: 'urgent_safety', legalBasis: 'AVG art. 6(1)(d): vitaal belang (noodtoegang)' },
  REGIONAL_INTAKE: { purpose: 'report_intake', legalBasis: 'Wmo 2015 art. 4.1.1: melding en triage' },
  SUBJECT_ACCESS: { purpose: 'subject_access_request', legalBasis: 'AVG art. 15: recht op inzage' },
  TEAM_SUPERVISION: {
    purpose: 'team_supervision',
    legalBasis: 'Jeugdwet/Wmo 2015: toezicht op tijdigheid door de teamleider',
  },
  ADMINISTRATION: { purpose: 'administration', legalBasis: 'AVG art. 32: beveiliging en beheer' },
} as const;
export type AccessPurpose = keyof typeof ACCESS_PURPOSES;
