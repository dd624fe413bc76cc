import { z } from 'zod';
import type { AccessPurpose } from './audit';
import type { TeamRole } from './case-team';
import { LIMITS } from './limits';

/**
 * Access grounds: why a viewer may see a household's data at all (need-to-know). A viewer holds a list of
 * grounds for one household, loaded in one query; the rulebook decides each permission from that list, and
 * the database's row-level security (`app_access_grounds`) derives the same list. Every ground names the
 * organisation the viewer acts for on it, so the access log and the change history record the membership
 * the actor actually acted in.
 *
 * The grounds after BREAK_GLASS have no source tables yet: they are here so that the legal route (a
 * counter-reviewer of one petition, a complaint handler) and the family portal (a household member, a
 * legal representative) add a loader, not a new model. HOUSEHOLD_MEMBER is loaded already (a family-member
 * account whose person is a current member) but no permission rests on it yet.
 */
export const ACCESS_GROUND_KINDS = [
  'TEAM_MEMBER',
  'REGIONAL_INTAKE',
  'BREAK_GLASS',
  'COUNTER_REVIEWER',
  'COMPLAINT_HANDLER',
  'HOUSEHOLD_MEMBER',
  'LEGAL_REPRESENTATIVE',
] as const;
export type AccessGroundKind = (typeof ACCESS_GROUND_KINDS)[number];

export type AccessGround =
  /** Active in the case team (INV-01/02), in the organisation the involvement was recorded for. */
  | { kind: 'TEAM_MEMBER'; role: TeamRole; organisationId: string }
  /** The explicit RVT intake role for the household's region (linking a report to the Lokaal Team). */
  | { kind: 'REGIONAL_INTAKE'; organisationId: string }
  /** An unexpired break-the-glass grant (KT5-R2). */
  | { kind: 'BREAK_GLASS'; grantId: string; organisationId: string | null; expiresAt: Date }
  /** Reviews one petition, for the duration of that review (KT7, VAL-06). */
  | { kind: 'COUNTER_REVIEWER'; reviewId: string; organisationId: string; until: Date }
  /** Handles one complaint (KT9). */
  | { kind: 'COMPLAINT_HANDLER'; complaintId: string; organisationId: string }
  /** The viewer is a current member of the household (family portal). */
  | { kind: 'HOUSEHOLD_MEMBER'; personId: string }
  /** The viewer legally represents a member (family portal). */
  | { kind: 'LEGAL_REPRESENTATIVE'; personId: string; representsPersonId: string };

/** The access-log purpose for a ground (doelbinding). */
export function groundPurpose(ground: AccessGround): AccessPurpose {
  switch (ground.kind) {
    case 'TEAM_MEMBER':
      return 'CASEWORK';
    case 'REGIONAL_INTAKE':
      return 'REGIONAL_INTAKE';
    case 'BREAK_GLASS':
      return 'BREAK_GLASS';
    case 'COUNTER_REVIEWER':
      return 'COUNTER_REVIEW';
    case 'COMPLAINT_HANDLER':
      return 'COMPLAINT_HANDLING';
    case 'HOUSEHOLD_MEMBER':
    case 'LEGAL_REPRESENTATIVE':
      return 'SUBJECT_ACCESS';
    default: {
      const unknown: never = ground;
      throw new Error(`unknown ground ${JSON.stringify(unknown)}`);
    }
  }
}

/** Grounds in the order that decides purpose and acting organisation: the case team first. */
const GROUND_ORDER: readonly AccessGroundKind[] = ACCESS_GROUND_KINDS;

/** The ground a request is served on: the first in GROUND_ORDER the viewer holds. */
export function primaryGround(grounds: readonly AccessGround[]): AccessGround | null {
  let best: AccessGround | null = null;
  for (const ground of grounds) {
    if (!best || GROUND_ORDER.indexOf(ground.kind) < GROUND_ORDER.indexOf(best.kind)) {
      best = ground;
    }
  }
  // Within the case team, the duo's involvement decides the acting organisation before an expert's.
  if (best?.kind === 'TEAM_MEMBER') {
    const team = grounds.filter((g) => g.kind === 'TEAM_MEMBER');
    return (
      team.find((g) => g.role === 'FIXED_PROFESSIONAL') ?? team.find((g) => g.role === 'RVT_PARTNER') ?? best
    );
  }
  return best;
}

/** The organisation the viewer acts for on a ground (null for family members). */
export function groundOrganisationId(ground: AccessGround | null): string | null {
  if (!ground || ground.kind === 'HOUSEHOLD_MEMBER' || ground.kind === 'LEGAL_REPRESENTATIVE') {
    return null;
  }
  return ground.organisationId;
}

export function teamRolesOf(grounds: readonly AccessGround[]): TeamRole[] {
  return grounds.flatMap((g) => (g.kind === 'TEAM_MEMBER' ? [g.role] : []));
}

/**
 * Items that can be withheld from a named person, a named professional, or a ground (a shielding record).
 * Every personal item has its own id; a withheld item is left out of every list, count, search, export,
 * timeline step and access-log view of that viewer, as if it did not exist.
 */
export const SHIELDABLE_ITEM_TYPES = [
  'person',
  'address',
  'membership',
  'relation',
  'network_member',
  'timeline_entry',
  'report',
  'concern',
  'fact',
  'fact_response',
  'investigation',
  'network_conference',
  'expert_consult',
  'safety_assessment',
  'safety_plan',
  'safety_plan_event',
  'goal',
  'score',
  'plan_action',
  'plan_evaluation',
  'intervention',
  'urgent_safety',
] as const;
export type ShieldableItemType = (typeof SHIELDABLE_ITEM_TYPES)[number];

/** The grounds an item can be withheld from as a whole (the duo itself cannot be shut out of its dossier). */
export const SHIELDABLE_GROUNDS = [
  'TEAM_MEMBER:EXPERT',
  'REGIONAL_INTAKE',
  'BREAK_GLASS',
  'COUNTER_REVIEWER',
  'COMPLAINT_HANDLER',
  'HOUSEHOLD_MEMBER',
  'LEGAL_REPRESENTATIVE',
] as const;
export type ShieldableGround = (typeof SHIELDABLE_GROUNDS)[number];

export const SHIELD_REASONS = [
  'SAFETY_OF_PERSON', // e.g. a shelter address withheld from the person a mother fled from
  'THIRD_PARTY_PRIVACY', // information about someone else than the viewer
  'INVESTIGATION_INTEGRITY', // not yet disclosed while an investigation runs
  'CONFLICT_OF_INTEREST', // a professional who knows the family privately
  'OTHER',
] as const;
export type ShieldReason = (typeof SHIELD_REASONS)[number];

export type ShieldTarget =
  | { kind: 'PERSON'; personId: string }
  | { kind: 'ACCOUNT'; accountId: string }
  | { kind: 'GROUND'; ground: ShieldableGround };

/**
 * Items withheld by a rule of their own rather than by a shielding record: a complaint is withheld from the
 * professional it is about (KT9-R3, R-065), always, and no one can end that.
 */
export const RULE_WITHHELD_ITEM_TYPES = ['complaint'] as const;
export type RuleWithheldItemType = (typeof RULE_WITHHELD_ITEM_TYPES)[number];

export interface Shield {
  itemType: ShieldableItemType | RuleWithheldItemType;
  itemId: string;
  target: ShieldTarget;
}

export const ShieldCreateSchema = z.object({
  itemType: z.enum(SHIELDABLE_ITEM_TYPES),
  itemId: z.uuid(),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('PERSON'), personId: z.uuid() }),
    z.object({ kind: z.literal('ACCOUNT'), accountId: z.uuid() }),
    z.object({ kind: z.literal('GROUND'), ground: z.enum(SHIELDABLE_GROUNDS) }),
  ]),
  reasonCode: z.enum(SHIELD_REASONS),
  reason: z.string().trim().min(10, { error: 'reason_too_short' }).max(LIMITS.reasonMax),
});
export type ShieldCreate = z.infer<typeof ShieldCreateSchema>;

export const ShieldEndSchema = z.object({
  reason: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
});

/** Who is looking: the account, and the grounds it holds for this household. */
export interface ViewerIdentity {
  accountId: string;
  grounds: readonly AccessGround[];
}

function groundKey(ground: AccessGround): ShieldableGround | null {
  if (ground.kind === 'TEAM_MEMBER') {
    return ground.role === 'EXPERT' ? 'TEAM_MEMBER:EXPERT' : null;
  }
  return ground.kind;
}

function personsOf(viewer: ViewerIdentity): string[] {
  return viewer.grounds.flatMap((g) =>
    g.kind === 'HOUSEHOLD_MEMBER' ? [g.personId] : g.kind === 'LEGAL_REPRESENTATIVE' ? [g.personId] : [],
  );
}

/**
 * Whether the shields withhold one item from this viewer. A shield on a named person or account applies
 * whatever the ground; a shield on a ground withholds the item only when every ground the viewer holds is
 * shielded (a professional who is in the case team and also broke the glass still sees it as a team member).
 */
export function isWithheld(viewer: ViewerIdentity, shields: readonly Shield[]): boolean {
  if (shields.length === 0) {
    return false;
  }
  const persons = personsOf(viewer);
  for (const shield of shields) {
    const t = shield.target;
    if (t.kind === 'ACCOUNT' && t.accountId === viewer.accountId) {
      return true;
    }
    if (t.kind === 'PERSON' && persons.includes(t.personId)) {
      return true;
    }
  }
  const shieldedGrounds = new Set(
    shields.flatMap((s) => (s.target.kind === 'GROUND' ? [s.target.ground] : [])),
  );
  if (shieldedGrounds.size === 0) {
    return false;
  }
  return viewer.grounds.every((g) => {
    const key = groundKey(g);
    return key !== null && shieldedGrounds.has(key);
  });
}
