import { todayInNetherlands } from '@gezinsdossier/domain';
import {
  type DeadlineKind,
  type DeadlineStatus,
  deadlineStatus,
  rulePack,
} from '@gezinsdossier/domain/deadlines';
import { sql } from 'kysely';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { globalRules } from '../policies/global';
import { authorize } from '../policies/rulebook';

/** The team lead sees the longest-overdue items first, a page at a time. */
export const TEAM_PAGE = 50;

export interface WorklistItem {
  deadlineId: string;
  householdId: string;
  householdName: string;
  kind: DeadlineKind;
  dueOn: string;
  rulePackVersion: string;
  responsibleRole: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER';
  status: DeadlineStatus;
  professionalName: string;
}

/**
 * The worklist: the actor's own open deadlines (as vast gezicht or RVT partner) with their status today,
 * and — for a team lead — the overdue deadlines of the teams they lead, so nothing late goes unseen (only
 * what is late: need-to-know).
 * The team view shows no case content, only what the lead needs to act; each listed household is logged
 * with the purpose team supervision.
 */
export async function getWorklist(ctx: RequestContext) {
  authorize(globalRules, ctx.actor, 'worklist.read', null);
  const today = todayInNetherlands(ctx.now);
  const own = await ctx.tx
    .selectFrom('deadlines as d')
    .innerJoin('caseTeamMembers as m', (join) =>
      join.onRef('m.caseId', '=', 'd.caseId').onRef('m.role', '=', 'd.responsibleRole'),
    )
    .innerJoin('households as h', 'h.id', 'd.householdId')
    .select([
      'd.id as deadlineId',
      'd.householdId',
      'h.displayName as householdName',
      'd.kind',
      'd.dueOn',
      'd.rulePackVersion',
      'd.responsibleRole',
    ])
    .where('m.professionalId', '=', ctx.actor.id)
    .where('m.endedAt', 'is', null)
    .where('d.metAt', 'is', null)
    .where('d.cancelledAt', 'is', null)
    .orderBy('d.dueOn')
    .orderBy('d.id')
    .execute();
  const leads = ctx.actor.memberships.some((m) => m.role === 'TEAM_LEAD');
  const team = leads
    ? (
        await sql<{
          deadlineId: string;
          householdId: string;
          householdName: string;
          kind: string;
          dueOn: string;
          rulePackVersion: string;
          responsibleRole: string;
          professionalId: string;
          professionalName: string;
        }>`select * from app_supervised_deadlines(${today}::date, ${TEAM_PAGE + 1})`.execute(ctx.tx)
      ).rows
    : [];
  const withStatus = <T extends { dueOn: string; rulePackVersion: string }>(rows: T[]) =>
    rows.map((r) => ({
      ...r,
      status: deadlineStatus({ dueOn: r.dueOn, metAt: null }, today, rulePack(r.rulePackVersion)),
    }));
  const mine = withStatus(own).map((r) => ({
    ...r,
    professionalName: ctx.actor.displayName,
  })) as WorklistItem[];
  const teamItems = withStatus(team.slice(0, TEAM_PAGE)) as unknown as WorklistItem[];
  for (const householdId of new Set(mine.map((r) => r.householdId))) {
    logAccess(ctx, {
      action: 'read',
      resourceType: 'worklist',
      resourceId: householdId,
      householdId,
      personIds: [],
      purpose: 'CASEWORK',
    });
  }
  for (const householdId of new Set(teamItems.map((r) => r.householdId))) {
    logAccess(ctx, {
      action: 'read',
      resourceType: 'worklist',
      resourceId: householdId,
      householdId,
      personIds: [],
      purpose: 'TEAM_SUPERVISION',
    });
  }
  return {
    today,
    mine,
    team: leads ? teamItems : null,
    /** More overdue team items exist than shown (the oldest are shown first). */
    teamHasMore: team.length > TEAM_PAGE,
    counts: {
      overdue: mine.filter((r) => r.status === 'OVERDUE' || r.status === 'ESCALATED').length,
      dueSoon: mine.filter((r) => r.status === 'DUE_SOON').length,
      teamEscalated: teamItems.filter((r) => r.status === 'ESCALATED').length,
    },
  };
}
