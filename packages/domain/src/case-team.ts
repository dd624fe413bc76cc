import { z } from 'zod';
import { AppError } from './errors';
import { LIMITS } from './limits';
import type { OrganisationKind } from './organisation';

/**
 * Case team (spec §4.2 CaseTeam): exactly one fixed professional from a Lokaal Team (INV-01, VAL-01),
 * optionally one RVT duo partner, and experts who are added "zo lang als nodig" and leave without a
 * handover (INV-02). A change of fixed professional needs a reason and is counted (VAL-02).
 */
export const TEAM_ROLES = ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamInvolvement {
  id: string;
  professionalId: string;
  organisationKind: OrganisationKind;
  role: TeamRole;
  /** null while the involvement is active */
  endedAt: string | Date | null;
}

export const TeamMemberAddSchema = z.object({
  professionalId: z.uuid(),
  organisationId: z.uuid(),
  role: z.enum(['RVT_PARTNER', 'EXPERT']),
  expertise: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
});
export type TeamMemberAdd = z.infer<typeof TeamMemberAddSchema>;

export const TeamMemberEndSchema = z.object({
  reason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});

export const FixedProfessionalChangeSchema = z.object({
  /** The team membership of the fixed professional being replaced, as the author saw it. */
  replacingMemberId: z.uuid(),
  professionalId: z.uuid(),
  organisationId: z.uuid(),
  reason: z.string().trim().min(1, { error: 'change_reason_required' }).max(LIMITS.reasonMax),
});
export type FixedProfessionalChange = z.infer<typeof FixedProfessionalChangeSchema>;

const active = (t: TeamInvolvement) => t.endedAt === null;

/**
 * Checks a proposed new team member against the current team.
 * @param team current involvements (active and ended)
 * @param candidate the professional, their organisation kind and role
 * @throws AppError fixed_professional_exists | fixed_professional_not_local_team | rvt_partner_exists |
 *   rvt_partner_not_rvt | team_member_exists
 */
export function assertCanAddTeamMember(
  team: TeamInvolvement[],
  candidate: { professionalId: string; organisationKind: OrganisationKind; role: TeamRole },
): void {
  const current = team.filter(active);
  if (current.some((t) => t.professionalId === candidate.professionalId)) {
    throw new AppError('team_member_exists');
  }
  switch (candidate.role) {
    case 'FIXED_PROFESSIONAL':
      // INV-01 / VAL-01: one fixed professional, from a Lokaal Team.
      if (current.some((t) => t.role === 'FIXED_PROFESSIONAL')) {
        throw new AppError('fixed_professional_exists');
      }
      if (candidate.organisationKind !== 'LOCAL_TEAM') {
        throw new AppError('fixed_professional_not_local_team');
      }
      return;
    case 'RVT_PARTNER':
      if (current.some((t) => t.role === 'RVT_PARTNER')) {
        throw new AppError('rvt_partner_exists');
      }
      if (candidate.organisationKind !== 'RVT') {
        throw new AppError('rvt_partner_not_rvt');
      }
      return;
    case 'EXPERT':
      return;
    default: {
      const never: never = candidate.role;
      throw new Error(`unknown team role ${String(never)}`);
    }
  }
}

/**
 * Ending an involvement: experts and the RVT partner may leave (INV-02: expertise is added, not
 * handed over); the fixed professional can only be changed, never removed (INV-01).
 * @throws AppError team_member_not_active | cannot_remove_fixed_professional
 */
export function assertCanEndTeamMember(member: TeamInvolvement): void {
  if (!active(member)) {
    throw new AppError('team_member_not_active');
  }
  if (member.role === 'FIXED_PROFESSIONAL') {
    throw new AppError('cannot_remove_fixed_professional');
  }
}

/**
 * VAL-02: replacing the fixed professional requires a reason and a Lokaal Team professional who is not
 * already the fixed professional. Returns the involvement being ended.
 * @throws AppError change_reason_required | fixed_professional_not_local_team | team_member_exists |
 *   fixed_professional_required
 */
export function planFixedProfessionalChange(
  team: TeamInvolvement[],
  change: {
    replacingMemberId: string;
    professionalId: string;
    organisationKind: OrganisationKind;
    reason: string;
  },
): TeamInvolvement {
  if (change.reason.trim().length === 0) {
    throw new AppError('change_reason_required');
  }
  if (change.organisationKind !== 'LOCAL_TEAM') {
    throw new AppError('fixed_professional_not_local_team');
  }
  const current = team.find((t) => active(t) && t.role === 'FIXED_PROFESSIONAL');
  if (!current) {
    throw new AppError('fixed_professional_required');
  }
  // Someone else replaced the fixed professional meanwhile: this change was meant for the previous one.
  if (current.id !== change.replacingMemberId) {
    throw new AppError('fixed_professional_changed', { data: { current: { memberId: current.id } } });
  }
  if (current.professionalId === change.professionalId) {
    throw new AppError('team_member_exists');
  }
  return current;
}

/** VAL-02 metric: how many times the fixed professional of a case was replaced. */
export function countFixedProfessionalChanges(team: TeamInvolvement[]): number {
  const fixed = team.filter((t) => t.role === 'FIXED_PROFESSIONAL');
  return Math.max(0, fixed.length - 1);
}
