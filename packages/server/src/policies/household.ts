import type { AccessPurpose, HouseholdPermission, TeamRole } from '@gezinsdossier/domain';
import { and, or, type Rule, type Rulebook } from './rulebook';

/**
 * What the policy needs to know about one household and the acting professional. Loaded by
 * `loadHouseholdAccess` in one query; the row-level security function `app_may_access_household` in the
 * database mirrors the read rule below (the second line of defence).
 */
export interface HouseholdAccess {
  householdId: string;
  regionId: string;
  caseId: string | null;
  /** The actor's active roles in this household's case team (INV-01/02). */
  teamRoles: TeamRole[];
  /** An unexpired break-the-glass grant of the actor for this household. */
  breakGlassGrantId: string | null;
  breakGlassExpiresAt: Date | null;
  /** The actor holds the RVT intake role for the household's region. */
  isRegionalIntake: boolean;
}

const isProfessional: Rule<HouseholdAccess> = (actor) => actor.kind === 'PROFESSIONAL';
const isInvolved: Rule<HouseholdAccess> = (_actor, h) => h.teamRoles.length > 0;
const isFixedProfessional: Rule<HouseholdAccess> = (_actor, h) => h.teamRoles.includes('FIXED_PROFESSIONAL');
const isDuo: Rule<HouseholdAccess> = (_actor, h) =>
  h.teamRoles.includes('FIXED_PROFESSIONAL') || h.teamRoles.includes('RVT_PARTNER');
const isRvtPartner: Rule<HouseholdAccess> = (_actor, h) => h.teamRoles.includes('RVT_PARTNER');
const hasBreakGlass: Rule<HouseholdAccess> = (_actor, h) => h.breakGlassGrantId !== null;
const isRegionalIntake: Rule<HouseholdAccess> = (_actor, h) => h.isRegionalIntake;

const involved = and(isProfessional, isInvolved);

/**
 * The household rulebook. Need-to-know: only the case team works in the dossier; break-the-glass gives
 * read access and lets the holder record what they did; the regional intake role sees composition and
 * team (to link the Lokaal Team to a report), not the timeline. Family members get their own rules in the
 * family portal; administrators have none here.
 */
export const householdRules: Rulebook<HouseholdPermission, HouseholdAccess> = {
  'household.read': and(isProfessional, or(isInvolved, hasBreakGlass, isRegionalIntake)),
  'household.update': involved,
  'person.create': involved,
  'person.update': involved,
  'membership.manage': involved,
  'relation.manage': involved,
  'network.manage': involved,
  'timeline.read': and(isProfessional, or(isInvolved, hasBreakGlass)),
  'timeline.create': and(isProfessional, or(isInvolved, hasBreakGlass)),
  'team.manage': and(isProfessional, isDuo),
  'access_log.read': and(isProfessional, isFixedProfessional),
  'household.export': and(isProfessional, isFixedProfessional),
  // The path of a worry: the case team works in it; break-the-glass holders (spoed) may read it.
  'casework.read': and(isProfessional, or(isInvolved, hasBreakGlass)),
  'casework.write': involved,
  // KT2-R3: the reporter's identity is for the duo, not for every added expert (AMB-30).
  'reporter.read': and(isProfessional, isDuo),
  // KT3a is led by the Lokaal Team (vast gezicht), KT3b by the RVT duo partner.
  'first_investigation.decide': and(isProfessional, isFixedProfessional),
  'extended_investigation.decide': and(isProfessional, isRvtPartner),
  // KT5: spoed is organised by the team or by the crisis service through break the glass.
  'urgent_safety.manage': and(isProfessional, or(isInvolved, hasBreakGlass)),
};

/** The purpose recorded in the access log follows from the ground on which access was given. */
export function accessPurpose(h: HouseholdAccess): AccessPurpose {
  if (h.teamRoles.length > 0) {
    return 'CASEWORK';
  }
  if (h.breakGlassGrantId !== null) {
    return 'BREAK_GLASS';
  }
  return 'REGIONAL_INTAKE';
}
