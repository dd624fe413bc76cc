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

/** Dossier event types: see events.ts (a closed union with typed payloads). */

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
  BREAK_GLASS_REVIEW: {
    purpose: 'break_glass_review',
    legalBasis: 'AVG art. 32, NEN 7513: controle van noodtoegang door de teamleider',
  },
  ADMINISTRATION: { purpose: 'administration', legalBasis: 'AVG art. 32: beveiliging en beheer' },
  COUNTER_REVIEW: {
    purpose: 'counter_review',
    legalBasis: 'Toekomstscenario §2.1.2: toetsing en tegenspraak door niet-betrokken professionals',
  },
  COMPLAINT_HANDLING: { purpose: 'complaint_handling', legalBasis: 'Jeugdwet/Wmo 2015: klachtbehandeling' },
} as const;
export type AccessPurpose = keyof typeof ACCESS_PURPOSES;
