import {
  type AccessGround,
  type AccessPurpose,
  groundOrganisationId,
  groundPurpose,
  type HouseholdPermission,
  primaryGround,
  type Shield,
  type TeamRole,
  teamRolesOf,
} from '@gezinsdossier/domain';
import { and, or, type Rule, type Rulebook } from './rulebook';

/**
 * What the policy needs to know about one household and the viewer: the viewer's access grounds (loaded in
 * one query by `loadHouseholdAccess`), the household's active shielding records, and its current members.
 * The row-level security functions `app_access_grounds` / `app_may` derive the same grounds and apply the
 * same read rules (the second line of defence; `policies/grounds-matrix.test.ts` keeps them in step).
 */
export interface HouseholdAccess {
  householdId: string;
  regionId: string;
  caseId: string | null;
  grounds: AccessGround[];
  /** Active shielding records of the household (the viewer's own are picked out by the presenters). */
  shields: Shield[];
  /** Persons who are members today: the persons a household-level item is about. */
  memberPersonIds: string[];
}

const isProfessional: Rule<HouseholdAccess> = (actor) => actor.kind === 'PROFESSIONAL';
const hasTeamRole =
  (...roles: TeamRole[]): Rule<HouseholdAccess> =>
  (_actor, h) =>
    teamRolesOf(h.grounds).some((r) => roles.includes(r));
const isInvolved = hasTeamRole('FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT');
const isFixedProfessional = hasTeamRole('FIXED_PROFESSIONAL');
const isDuo = hasTeamRole('FIXED_PROFESSIONAL', 'RVT_PARTNER');
const isRvtPartner = hasTeamRole('RVT_PARTNER');
const hasGround =
  (kind: AccessGround['kind']): Rule<HouseholdAccess> =>
  (_actor, h) =>
    h.grounds.some((g) => g.kind === kind);
const hasBreakGlass = hasGround('BREAK_GLASS');
const isRegionalIntake = hasGround('REGIONAL_INTAKE');
const isCounterReviewer = hasGround('COUNTER_REVIEWER');
const isComplaintHandler = hasGround('COMPLAINT_HANDLER');
const involved = and(isProfessional, isInvolved);

/**
 * The household rulebook. Need-to-know: only the case team works in the dossier; break-the-glass gives
 * read access and lets the holder record what they did; the regional intake role sees composition and
 * team (to link the Lokaal Team to a report), not the timeline or the casework; a counter-reviewer sees the
 * petition under review and nothing else. Family members and complaint handlers get their own rules when
 * their grounds gain permissions; administrators have none.
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
  // VAL-01: whoever recorded the report (the RVT partner, or the crisis service as expert) links the Lokaal
  // Team; the use case refuses once it is linked (local_team_already_linked).
  'local_team.link': involved,
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
  // Withholding an item from a person, a colleague or a ground is the duo's decision (with a reason).
  'shielding.manage': and(isProfessional, isDuo),
  // KT6–KT8. The RVT professional petitions (spec KT6 "legt de professional van het RVT een verzoek voor"),
  // with the vast gezicht; a counter-reviewer reads the petition for the duration of the review and nothing
  // else of the household (VAL-06, LS-17); a break-the-glass holder may read it like the rest of the casework.
  'petition.read': and(isProfessional, or(isInvolved, hasBreakGlass, isCounterReviewer)),
  'petition.write': and(isProfessional, isDuo),
  'petition.file': and(isProfessional, isRvtPartner),
  'petition.review': and(isProfessional, isCounterReviewer),
  // KT8: the RVT carries out a granted measure (INV-07), with the vast gezicht who stays involved.
  'measure.execute': and(isProfessional, isDuo),
  // KT9-R3, LS-15: the team records a complaint for the family and arranges its handling (not break the
  // glass: a complaint is no spoed work). Per complaint (presenter and row policy): never the professional
  // it is about; the handler reads only the open complaint they handle, and decides it.
  'complaint.read': and(isProfessional, or(isInvolved, isComplaintHandler)),
  'complaint.manage': involved,
  'complaint.handle': and(isProfessional, isComplaintHandler),
  // A held decision's gate: a member of the case team (the configured roles and "never the decider" are the
  // domain's decisionGateRefusals, checked per decision).
  'decision.approve': involved,
  // Issue 10.8: the case team sees what each family member will see; the duo decides it (the same two who
  // decide what is withheld by a shielding record). Not break the glass: this is no spoed work.
  'family_view.read': involved,
  'family_view.manage': and(isProfessional, isDuo),
};

/** The purpose recorded in the access log follows from the ground access was given on. */
export function accessPurpose(h: Pick<HouseholdAccess, 'grounds'>): AccessPurpose {
  const ground = primaryGround(h.grounds);
  return ground ? groundPurpose(ground) : 'CASEWORK';
}

/** The organisation the actor acts for in this household: the membership of the ground used, not the first one. */
export function actingOrganisationId(h: Pick<HouseholdAccess, 'grounds'>): string | null {
  return groundOrganisationId(primaryGround(h.grounds));
}

/** The break-the-glass grant a request rests on (only when no case-team ground carries it). */
export function breakGlassGrantOf(h: Pick<HouseholdAccess, 'grounds'>): string | null {
  const ground = primaryGround(h.grounds);
  return ground?.kind === 'BREAK_GLASS' ? ground.grantId : null;
}
