import { z } from 'zod';
import { AppError } from './errors';
import type { IntakeChannel, IntakeKind } from './intake';
import { LIMITS } from './limits';
import type { OrganisationKind } from './organisation';

/**
 * Case team (spec §4.2 CaseTeam): exactly one fixed professional from a Lokaal Team (INV-01, VAL-01),
 * optionally one RVT duo partner, and experts who are added "zo lang als nodig" and leave without a
 * handover (INV-02). A change of fixed professional needs a reason and is counted (VAL-02).
 *
 * VAL-01's transitional exception (AMB-06, KT2-R2): a report received by the RVT or the crisis service about
 * a family no Lokaal Team knows yet opens the case before a vast gezicht is linked. Until the Lokaal Team is
 * linked (within the rule pack's LINK_LOCAL_TEAM deadline) the case holds the professional who recorded the
 * report, stays where the report put it, and nobody leaves its team.
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

/** Linking the Lokaal Team to a case opened without it: the professional who becomes the vast gezicht. */
export const LocalTeamLinkSchema = z.object({
  professionalId: z.uuid(),
  organisationId: z.uuid(),
});
export type LocalTeamLink = z.infer<typeof LocalTeamLinkSchema>;

export const FixedProfessionalChangeSchema = z.object({
  /** The team membership of the fixed professional being replaced, as the author saw it. */
  replacingMemberId: z.uuid(),
  professionalId: z.uuid(),
  organisationId: z.uuid(),
  reason: z.string().trim().min(1, { error: 'change_reason_required' }).max(LIMITS.reasonMax),
});
export type FixedProfessionalChange = z.infer<typeof FixedProfessionalChangeSchema>;

const active = (t: TeamInvolvement) => t.endedAt === null;

/** Whether the case has its vast gezicht from the Lokaal Team (INV-01); false only under VAL-01's exception. */
export function isLocalTeamLinked(team: readonly Pick<TeamInvolvement, 'role' | 'endedAt'>[]): boolean {
  return team.some((t) => t.endedAt === null && t.role === 'FIXED_PROFESSIONAL');
}

/** The channels whose reports may open a case before the Lokaal Team is linked (VAL-01, AMB-06, §5.10). */
export const LOCAL_TEAM_EXCEPTION_CHANNELS: readonly IntakeChannel[] = ['RVT', 'CRISIS_SERVICE'];

/**
 * VAL-01's transitional exception applies to a report (melding) received by the RVT (§5.10 flow 2) or the
 * crisis service (flow 4, 24/7); a question or an advice request can wait for the Lokaal Team.
 */
export function mayOpenWithoutLocalTeam(intake: { kind: IntakeKind; channel: IntakeChannel }): boolean {
  return intake.kind === 'REPORT' && LOCAL_TEAM_EXCEPTION_CHANNELS.includes(intake.channel);
}

/**
 * The role of the professional who opens a case without being its vast gezicht: the RVT stays as duo
 * partner, anyone else (the crisis service) as an added expert, so that nobody hands over (INV-02).
 */
export function openerTeamRole(organisationKind: OrganisationKind): 'RVT_PARTNER' | 'EXPERT' {
  return organisationKind === 'RVT' ? 'RVT_PARTNER' : 'EXPERT';
}

export interface OpeningMember {
  professionalId: string;
  organisationId: string;
  role: TeamRole;
}

/**
 * The team a new case opens with (INV-01, INV-02, VAL-01): the vast gezicht, and the opener beside them when
 * the opener is someone else. Without a vast gezicht only VAL-01's exception opens a case: a report received
 * by the RVT or the crisis service, with the opener as the only member until the Lokaal Team is linked.
 * @param opener the professional opening the case and the organisation they act for (null: no membership)
 * @param fixed the Lokaal Team professional who becomes the vast gezicht, if known
 * @param intake the question or report the case is opened for, if any
 * @throws AppError fixed_professional_required | local_team_required (a question or advice request
 *   received by the RVT or crisis service names the vast gezicht)
 */
export function planOpeningTeam(
  opener: { professionalId: string; organisationId: string; organisationKind: OrganisationKind } | null,
  fixed: { professionalId: string; organisationId: string } | null,
  intake: { kind: IntakeKind; channel: IntakeChannel } | null,
): OpeningMember[] {
  if (fixed) {
    const team: OpeningMember[] = [{ ...fixed, role: 'FIXED_PROFESSIONAL' }];
    if (opener && opener.professionalId !== fixed.professionalId) {
      team.push({
        professionalId: opener.professionalId,
        organisationId: opener.organisationId,
        role: openerTeamRole(opener.organisationKind),
      });
    }
    return team;
  }
  const exceptionChannel =
    opener !== null && LOCAL_TEAM_EXCEPTION_CHANNELS.includes(opener.organisationKind as IntakeChannel);
  if (intake && opener && exceptionChannel && mayOpenWithoutLocalTeam(intake)) {
    return [
      {
        professionalId: opener.professionalId,
        organisationId: opener.organisationId,
        role: openerTeamRole(opener.organisationKind),
      },
    ];
  }
  if (intake && exceptionChannel) {
    throw new AppError('local_team_required', {
      issues: [{ path: 'fixedProfessionalId', code: 'local_team_required', message: 'local_team_required' }],
    });
  }
  throw new AppError('fixed_professional_required');
}

/**
 * Links the Lokaal Team to a case opened without it (VAL-01): the candidate becomes the vast gezicht.
 * @throws AppError local_team_already_linked (with the current vast gezicht's membership) |
 *   fixed_professional_not_local_team | team_member_exists
 */
export function assertCanLinkLocalTeam(
  team: TeamInvolvement[],
  candidate: { professionalId: string; organisationKind: OrganisationKind },
): void {
  const current = team.find((t) => active(t) && t.role === 'FIXED_PROFESSIONAL');
  if (current) {
    throw new AppError('local_team_already_linked', {
      data: { current: { memberId: current.id, professionalId: current.professionalId } },
    });
  }
  assertCanAddTeamMember(team, { ...candidate, role: 'FIXED_PROFESSIONAL' });
}

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
 * handed over); the fixed professional can only be changed, never removed (INV-01). Before the Lokaal Team
 * is linked nobody leaves: whoever recorded the report answers for the family until then (VAL-01).
 * @param team the case's team (active and ended), to see whether the Lokaal Team is linked
 * @throws AppError team_member_not_active | cannot_remove_fixed_professional | local_team_not_linked
 */
export function assertCanEndTeamMember(member: TeamInvolvement, team: readonly TeamInvolvement[]): void {
  if (!active(member)) {
    throw new AppError('team_member_not_active');
  }
  if (member.role === 'FIXED_PROFESSIONAL') {
    throw new AppError('cannot_remove_fixed_professional');
  }
  if (!isLocalTeamLinked(team)) {
    throw new AppError('local_team_not_linked');
  }
}

/**
 * VAL-02: replacing the fixed professional requires a reason and a Lokaal Team professional who is not
 * already the fixed professional. Returns the involvement being ended.
 * @throws AppError change_reason_required | fixed_professional_not_local_team | team_member_exists |
 *   local_team_not_linked (nobody to replace yet: link the Lokaal Team instead)
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
    throw new AppError('local_team_not_linked');
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
