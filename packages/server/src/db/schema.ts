import type { ColumnType, Generated } from 'kysely';

/**
 * Table types for Kysely, written by hand next to the migrations (snake_case in SQL, camelCase here through
 * Kysely's CamelCasePlugin). When a migration changes a table, change its interface here in the same commit.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface RegionsTable {
  id: string;
  code: string;
  name: string;
}
export interface MunicipalitiesTable {
  code: string;
  name: string;
  regionId: string;
}
export interface OrganisationsTable {
  id: string;
  regionId: string;
  name: string;
  kind: 'LOCAL_TEAM' | 'RVT' | 'CRISIS_SERVICE' | 'OTHER';
  municipalityCode: string | null;
}
export interface AccountsTable {
  id: string;
  kind: 'PROFESSIONAL' | 'FAMILY_MEMBER' | 'ADMINISTRATOR';
  displayName: string;
  email: string | null;
  oidcSubject: string | null;
  personId: string | null;
  isDemo: boolean;
  createdAt: CreatedAt;
  disabledAt: Timestamp | null;
}
export interface OrganisationMembershipsTable {
  id: string;
  accountId: string;
  organisationId: string;
  role: 'PROFESSIONAL' | 'TEAM_LEAD' | 'RVT_INTAKE';
  createdAt: CreatedAt;
  endedAt: Timestamp | null;
}
export interface HouseholdsTable {
  id: string;
  displayName: string;
  municipalityCode: string;
  regionId: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface PersonsTable {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  bsn: string | null;
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface MembershipsTable {
  id: string;
  householdId: string;
  personId: string;
  role: 'CHILD' | 'PARENT_WITH_AUTHORITY' | 'PARENT_WITHOUT_AUTHORITY' | 'CAREGIVER' | 'OTHER_ADULT';
  validFrom: string;
  validTo: string | null;
  createdAt: CreatedAt;
  version: Generated<number>;
}
export interface RelationsTable {
  id: string;
  householdId: string;
  fromPersonId: string;
  toPersonId: string;
  kind: string;
  hasParentalAuthority: boolean;
  validFrom: string | null;
  validTo: string | null;
  createdAt: CreatedAt;
  version: Generated<number>;
}
export interface NetworkMembersTable {
  id: string;
  householdId: string;
  displayName: string;
  relation: string;
  involvementAgreedByHousehold: boolean;
  note: string | null;
  createdAt: CreatedAt;
  version: Generated<number>;
}
export interface CasesTable {
  id: string;
  householdId: string;
  openedAt: Timestamp;
  closedAt: Timestamp | null;
  pathwayState: Generated<string>;
  ruleSetVersion: string;
  version: Generated<number>;
}
export interface CaseTeamMembersTable {
  id: string;
  caseId: string;
  householdId: string;
  professionalId: string;
  organisationId: string;
  role: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER' | 'EXPERT';
  expertise: string | null;
  startedAt: Timestamp;
  endedAt: Timestamp | null;
  endReason: string | null;
}
export interface TimelineEntriesTable {
  id: string;
  householdId: string;
  caseId: string | null;
  kind: 'NOTE' | 'CONTACT' | 'DOCUMENT';
  title: string;
  body: string;
  occurredAt: Timestamp;
  aboutPersonIds: string[];
  documentFileName: string | null;
  documentMediaType: string | null;
  documentSizeBytes: number | null;
  authorId: string;
  createdAt: CreatedAt;
}
export interface BreakGlassGrantsTable {
  id: string;
  accountId: string;
  organisationId: string | null;
  householdId: string;
  reasonCode: string;
  reason: string;
  grantedAt: Timestamp;
  expiresAt: Timestamp;
  reviewedBy: string | null;
  reviewedAt: Timestamp | null;
  reviewVerdict: 'JUSTIFIED' | 'UNJUSTIFIED' | null;
  reviewComment: string | null;
}
export interface DossierEventsTable {
  id: Generated<number>;
  occurredAt: Timestamp;
  eventType: string;
  actorId: string | null;
  onBehalfOf: string | null;
  organisationId: string | null;
  householdId: string | null;
  personIds: string[];
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}
export interface AccessLogTable {
  seq: Generated<number>;
  occurredAt: Timestamp;
  actorId: string | null;
  actorKind: string;
  onBehalfOf: string | null;
  organisationId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  householdId: string | null;
  personIds: string[];
  purpose: string;
  legalBasis: string;
  requestId: string | null;
  breakGlassGrantId: string | null;
  prevHash: Generated<string>;
  hash: Generated<string>;
}
export interface SessionsTable {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  lastSeenAt: Timestamp;
  expiresAt: Timestamp;
}
export interface OidcStatesTable {
  state: string;
  codeVerifier: string;
  nonce: string;
  createdAt: CreatedAt;
}

export interface DB {
  regions: RegionsTable;
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  accounts: AccountsTable;
  organisationMemberships: OrganisationMembershipsTable;
  households: HouseholdsTable;
  persons: PersonsTable;
  memberships: MembershipsTable;
  relations: RelationsTable;
  networkMembers: NetworkMembersTable;
  cases: CasesTable;
  caseTeamMembers: CaseTeamMembersTable;
  timelineEntries: TimelineEntriesTable;
  breakGlassGrants: BreakGlassGrantsTable;
  dossierEvents: DossierEventsTable;
  accessLog: AccessLogTable;
  sessions: SessionsTable;
  oidcStates: OidcStatesTable;
}
