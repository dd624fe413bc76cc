/** Shapes of the API responses the web app reads (see /api/openapi.json). */
export interface Membership {
  organisationId: string;
  organisationKind: 'LOCAL_TEAM' | 'RVT' | 'CRISIS_SERVICE' | 'OTHER';
  regionId: string;
  role: 'PROFESSIONAL' | 'TEAM_LEAD' | 'RVT_INTAKE';
}
export interface SessionInfo {
  actor: { id: string; kind: string; displayName: string; memberships: Membership[] };
  csrfToken: string;
  abilities: Record<string, boolean>;
  demoMode: boolean;
}
export interface Person {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  age: number | null;
  bsn: string | null;
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
  version: number;
}
export interface Member {
  membershipId: string;
  membershipVersion: number;
  role: string;
  from: string;
  to: string | null;
  isCurrent: boolean;
  person: Person;
}
export interface Relation {
  id: string;
  fromPersonId: string;
  toPersonId: string;
  kind: string;
  hasParentalAuthority: boolean;
  from: string | null;
  to: string | null;
  version: number;
}
export interface NetworkMember {
  id: string;
  displayName: string;
  relation: string;
  involvementAgreedByHousehold: boolean;
  note: string | null;
  version: number;
}
export interface TeamMember {
  id: string;
  professionalId: string;
  professionalName: string;
  organisationName: string;
  organisationKind: string;
  role: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER' | 'EXPERT';
  expertise: string | null;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
}
export interface TimelineEntry {
  id: string;
  kind: 'NOTE' | 'CONTACT' | 'DOCUMENT';
  title: string;
  body: string;
  occurredAt: string;
  aboutPersonIds: string[];
  document: { fileName: string; mediaType: string; sizeBytes: number } | null;
  author: { id: string; name: string };
}
export interface Dossier {
  household: {
    id: string;
    displayName: string;
    municipalityCode: string;
    municipalityName: string;
    postcode: string | null;
    houseNumber: string | null;
    version: number;
  };
  members: Member[];
  relations: Relation[];
  network: NetworkMember[];
  case: {
    id: string;
    openedAt: string;
    pathwayState: string;
    contactPerson: { professionalId: string; name: string; organisationName: string } | null;
    fixedProfessionalChanges: number;
    team: TeamMember[];
  } | null;
  timeline: { items: TimelineEntry[]; nextCursor: string | null } | null;
  access: { basis: 'CASEWORK' | 'BREAK_GLASS' | 'REGIONAL_INTAKE'; breakGlassExpiresAt: string | null };
  abilities: Record<string, boolean>;
}
export interface CaseloadItem {
  id: string;
  displayName: string;
  municipalityName: string;
  myRoles: string[];
  memberCount: number;
  fixedProfessionalName: string | null;
  lastActivityAt: string | null;
  pathwayState: string | null;
  nextDueOn: string | null;
}
