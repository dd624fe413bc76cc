import { todayInNetherlands } from '@gezinsdossier/domain';
import { z } from 'zod';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listOwnOpenDeadlines, listSupervisedDeadlines } from '../db/repositories/deadline.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import { named } from '../presenters/schemas';
import { presentWorklistItem, WorklistItemSchema } from '../presenters/worklist.presenter';

/** The team lead sees the longest-overdue items first, a page at a time. */
export const TEAM_PAGE = 50;

export const WorklistSchema = named(
  'Worklist',
  z.strictObject({
    today: z.iso.date(),
    mine: z.array(WorklistItemSchema),
    team: z.array(WorklistItemSchema).nullable(),
    /** More overdue team items exist than shown (the oldest are shown first). */
    teamHasMore: z.boolean(),
    counts: z.strictObject({
      overdue: z.number().int(),
      dueSoon: z.number().int(),
      teamEscalated: z.number().int(),
    }),
  }),
);
export type WorklistJson = z.infer<typeof WorklistSchema>;

/**
 * The worklist: the actor's own open deadlines (as vast gezicht or RVT partner) with their status today,
 * and — for a team lead — the overdue deadlines of the teams they lead, so nothing late goes unseen (only
 * what is late: need-to-know). Each listed household leaves one access-log row, with the purpose it was
 * shown for (casework, or team supervision).
 */
export async function getWorklist(ctx: RequestContext): Promise<WorklistJson> {
  authorizeGlobal(globalRules, ctx.actor, 'worklist.read');
  const today = todayInNetherlands(ctx.now);
  const mine = (await listOwnOpenDeadlines(ctx.tx, ctx.actor.id)).map((r) =>
    presentWorklistItem(r, ctx.actor.displayName, today),
  );
  const leads = ctx.actor.memberships.some((m) => m.role === 'TEAM_LEAD');
  // A team lead who holds a deadline herself has it in her own list already: the team's view leaves it
  // out (issue 9.5), so nothing shows twice. The page asks for as many more rows as she can hold overdue
  // herself, so that it stays full and `teamHasMore` stays true when more exist.
  const ownOverdue = mine.filter((r) => r.dueOn < today).length;
  const supervised = leads
    ? (await listSupervisedDeadlines(ctx.tx, today, TEAM_PAGE + 1 + ownOverdue)).filter(
        (r) => r.professionalId !== ctx.actor.id,
      )
    : [];
  const team = supervised.slice(0, TEAM_PAGE).map((r) => presentWorklistItem(r, r.professionalName, today));
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
  for (const householdId of new Set(team.map((r) => r.householdId))) {
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
    team: leads ? team : null,
    teamHasMore: supervised.length > TEAM_PAGE,
    counts: {
      overdue: mine.filter((r) => r.status === 'OVERDUE' || r.status === 'ESCALATED').length,
      dueSoon: mine.filter((r) => r.status === 'DUE_SOON').length,
      teamEscalated: team.filter((r) => r.status === 'ESCALATED').length,
    },
  };
}
