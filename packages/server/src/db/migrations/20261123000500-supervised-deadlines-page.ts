import { type Kysely, sql } from 'kysely';

/**
 * The team lead's view shows only overdue work, the oldest first, a page at a time. A security-definer
 * function is not inlined into the caller's query, so the filter and the limit move inside it; otherwise
 * every open deadline of the organisation was read to return fifty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
drop function app_supervised_deadlines();

create function app_supervised_deadlines(p_before date, p_limit integer)
returns table (deadline_id uuid, household_id uuid, household_name text, kind text, due_on date,
  rule_pack_version text, responsible_role text, professional_id uuid, professional_name text)
language sql stable security definer set search_path = public as $fn$
  select d.id, h.id, h.display_name, d.kind, d.due_on, d.rule_pack_version, d.responsible_role, a.id, a.display_name
  from deadlines d
  join case_team_members m on m.case_id = d.case_id and m.role = d.responsible_role and m.ended_at is null
  join households h on h.id = d.household_id
  join accounts a on a.id = m.professional_id
  where d.met_at is null and d.cancelled_at is null and d.due_on < p_before
    and m.organisation_id in (
      select lead.organisation_id from organisation_memberships lead
      where lead.account_id = app_actor_id() and lead.role = 'TEAM_LEAD' and lead.ended_at is null)
  order by d.due_on, d.id
  limit least(greatest(p_limit, 0), 500)
$fn$;
revoke all on function app_supervised_deadlines(date, integer) from public;
grant execute on function app_supervised_deadlines(date, integer) to gezinsdossier_app;
`)
    .execute(db);
}
