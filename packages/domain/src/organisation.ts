/** Organisation kinds (spec glossary Org.*). Which tasks an organisation performs is data, not code (spec §3.5). */
export const ORGANISATION_KINDS = ['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Roles a professional holds in an organisation. `TEAM_LEAD` reviews break-the-glass access of the
 * organisation's staff; `RVT_INTAKE` is the explicit regional role that may look up households of the
 * region to link a report to the Lokaal Team (spec §1.3 "snel het Lokaal Team te betrekken").
 * `COUNTER_REVIEWER`, `JURIST` and `BEHAVIOURAL_SCIENTIST` make up the pool for counter-review (KT7-R1,
 * AMB-02): who may review a petition, supported by a jurist and a behavioural scientist.
 */
export const ORGANISATION_ROLES = [
  'PROFESSIONAL',
  'TEAM_LEAD',
  'RVT_INTAKE',
  'COUNTER_REVIEWER',
  'JURIST',
  'BEHAVIOURAL_SCIENTIST',
] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
