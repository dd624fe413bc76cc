import type { OrganisationKind, OrganisationRole } from './organisation';

/**
 * Who is acting. Professionals act through organisation memberships; family members (used fully by the
 * family portal) act for themselves as a person; administrators manage accounts and organisations but
 * have no access to dossiers by role alone (need-to-know).
 */
export const ACTOR_KINDS = ['PROFESSIONAL', 'FAMILY_MEMBER', 'ADMINISTRATOR'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface ActorMembership {
  organisationId: string;
  organisationKind: OrganisationKind;
  regionId: string;
  role: OrganisationRole;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  displayName: string;
  /** Present for family members: the person they are. */
  personId: string | null;
  memberships: ActorMembership[];
}

/** The organisation an actor acts for by default (first membership), used in the access log. */
export function primaryOrganisationId(actor: Actor): string | null {
  return actor.memberships[0]?.organisationId ?? null;
}

export function hasOrganisationRole(actor: Actor, role: OrganisationRole, regionId?: string): boolean {
  return actor.memberships.some(
    (m) => m.role === role && (regionId === undefined || m.regionId === regionId),
  );
}

export function worksFor(actor: Actor, kind: OrganisationKind): boolean {
  return actor.memberships.some((m) => m.organisationKind === kind);
}
