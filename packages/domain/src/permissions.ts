/**
 * Typed permission ids (dotted, lower case). The policy rulebook in the server decides each of them for an
 * actor and a loaded resource; API responses carry the outcome as `abilities`, and the web renders from it.
 */
export const HOUSEHOLD_PERMISSIONS = [
  'household.read',
  'household.update',
  'person.create',
  'person.update',
  'membership.manage',
  'relation.manage',
  'network.manage',
  'timeline.read',
  'timeline.create',
  'team.manage',
  'access_log.read',
  'household.export',
  'casework.read', // pathway, concerns, facts, investigations, plans, help
  'casework.write',
  'reporter.read', // the reporter's identity (KT2-R3): the duo only
  'first_investigation.decide', // KT3a: the Lokaal Team's vast gezicht
  'extended_investigation.decide', // KT3b: the RVT duo partner
  'urgent_safety.manage', // KT5: the team, or the crisis service through break the glass
  'shielding.manage', // withhold an item from a person, a colleague or a ground: the duo
] as const;
export type HouseholdPermission = (typeof HOUSEHOLD_PERMISSIONS)[number];

export const GLOBAL_PERMISSIONS = [
  'household.create',
  'break_glass.request',
  'break_glass.review',
  'account.list',
  'directory.read',
  'intake.create',
  'worklist.read',
] as const;
export type GlobalPermission = (typeof GLOBAL_PERMISSIONS)[number];

export type Permission = HouseholdPermission | GlobalPermission;

export type Abilities<P extends string> = Record<P, boolean>;
