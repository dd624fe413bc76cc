import {
  ageOn,
  countFixedProfessionalChanges,
  type HouseholdPermission,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import type { NetworkRow, RelationRow } from '../db/repositories/composition.repository';
import type { HouseholdRow } from '../db/repositories/household.repository';
import type { MemberRow } from '../db/repositories/person.repository';
import type { CaseRow, TeamRow } from '../db/repositories/team.repository';
import type { TimelineRow } from '../db/repositories/timeline.repository';

/** The only way dossier rows become JSON. Field lists are explicit so nothing leaks by accident. */

export function presentHousehold(h: HouseholdRow) {
  return {
    id: h.id,
    displayName: h.displayName,
    municipalityCode: h.municipalityCode,
    municipalityName: h.municipalityName,
    postcode: h.postcode,
    houseNumber: h.houseNumber,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    version: h.version,
  };
}

export function presentMember(m: MemberRow, today: string) {
  return {
    membershipId: m.membershipId,
    membershipVersion: m.membershipVersion,
    role: m.role,
    from: m.validFrom,
    to: m.validTo,
    isCurrent: m.validFrom <= today && (m.validTo === null || m.validTo >= today),
    person: {
      id: m.personId,
      givenName: m.givenName,
      familyName: m.familyName,
      birthDate: m.birthDate,
      age: m.birthDate ? ageOn(m.birthDate, today) : null,
      bsn: m.bsn,
      gender: m.gender,
      version: m.personVersion,
    },
  };
}

export function presentRelation(r: RelationRow) {
  return {
    id: r.id,
    fromPersonId: r.fromPersonId,
    toPersonId: r.toPersonId,
    kind: r.kind,
    hasParentalAuthority: r.hasParentalAuthority,
    from: r.validFrom,
    to: r.validTo,
    version: r.version,
  };
}

export function presentNetworkMember(n: NetworkRow) {
  return {
    id: n.id,
    displayName: n.displayName,
    relation: n.relation,
    involvementAgreedByHousehold: n.involvementAgreedByHousehold,
    note: n.note,
    version: n.version,
  };
}

export function presentTeamMember(t: TeamRow) {
  return {
    id: t.id,
    professionalId: t.professionalId,
    professionalName: t.professionalName,
    organisationId: t.organisationId,
    organisationName: t.organisationName,
    organisationKind: t.organisationKind,
    role: t.role,
    expertise: t.expertise,
    startedAt: t.startedAt,
    endedAt: t.endedAt,
    endReason: t.endReason,
  };
}

export function presentCase(c: CaseRow, team: TeamRow[]) {
  const fixed = team.find((t) => t.role === 'FIXED_PROFESSIONAL' && t.endedAt === null) ?? null;
  return {
    id: c.id,
    openedAt: c.openedAt,
    pathwayState: c.pathwayState,
    ruleSetVersion: c.ruleSetVersion,
    version: c.version,
    /** INV-08: who answers questions about this dossier. */
    contactPerson: fixed
      ? {
          professionalId: fixed.professionalId,
          name: fixed.professionalName,
          organisationName: fixed.organisationName,
        }
      : null,
    fixedProfessionalChanges: countFixedProfessionalChanges(team),
    team: team.map(presentTeamMember),
  };
}

export function presentTimelineEntry(e: TimelineRow) {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    body: e.body,
    occurredAt: e.occurredAt,
    aboutPersonIds: e.aboutPersonIds,
    document: e.documentFileName
      ? { fileName: e.documentFileName, mediaType: e.documentMediaType, sizeBytes: e.documentSizeBytes }
      : null,
    author: { id: e.authorId, name: e.authorName },
    createdAt: e.createdAt,
  };
}

export interface DossierParts {
  household: HouseholdRow;
  members: MemberRow[];
  relations: RelationRow[];
  network: NetworkRow[];
  kase: CaseRow | null;
  team: TeamRow[];
  timeline: TimelineRow[] | null;
  timelineNextCursor: string | null;
  abilities: Record<HouseholdPermission, boolean>;
  accessBasis: 'CASEWORK' | 'BREAK_GLASS' | 'REGIONAL_INTAKE';
  breakGlassExpiresAt: Date | null;
  now: Date;
}

export function presentDossier(p: DossierParts) {
  const today = todayInNetherlands(p.now);
  return {
    household: presentHousehold(p.household),
    members: p.members.map((m) => presentMember(m, today)),
    relations: p.relations.map(presentRelation),
    network: p.network.map(presentNetworkMember),
    case: p.kase ? presentCase(p.kase, p.team) : null,
    timeline: p.timeline
      ? { items: p.timeline.map(presentTimelineEntry), nextCursor: p.timelineNextCursor }
      : null,
    access: { basis: p.accessBasis, breakGlassExpiresAt: p.breakGlassExpiresAt },
    abilities: p.abilities,
  };
}
export type DossierJson = ReturnType<typeof presentDossier>;
