import { type Kysely, sql } from 'kysely';

/**
 * What a team lead needs to review a break-the-glass access (issue 9.5): the household's name and what was
 * read or changed under the grant. The lead has no ground for the household, so row-level security hides
 * its name, its access log and its change history from her; two definer functions return exactly this
 * much, and only to a team lead of the grant holder's organisation who is not the holder herself (the rule
 * of the `break_glass_review` policy on `break_glass_grants`):
 *
 * - `app_break_glass_household_name(grant)`: the household's name, nothing else;
 * - `app_break_glass_activity(grant, limit)`: when, what (action and kind of record) and how many persons,
 *   from the access-log rows carrying the grant and the change-history events of the same requests by the
 *   holder — no record ids, no person ids, no content.
 *
 * A partial index finds the access-log rows of a grant without reading the household's whole log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create index access_log_break_glass on access_log(break_glass_grant_id, seq) where break_glass_grant_id is not null;

create function app_may_review_break_glass(p_grant uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (
    select 1 from break_glass_grants g
    join organisation_memberships om on om.organisation_id = g.organisation_id
    where g.id = p_grant and g.account_id <> app_actor_id()
      and om.account_id = app_actor_id() and om.role = 'TEAM_LEAD' and om.ended_at is null)
$fn$;

create function app_break_glass_household_name(p_grant uuid) returns text
language sql stable security definer set search_path = public as $fn$
  select h.display_name from break_glass_grants g join households h on h.id = g.household_id
  where g.id = p_grant and app_may_review_break_glass(p_grant)
$fn$;

create function app_break_glass_activity(p_grant uuid, p_limit integer)
returns table (occurred_at timestamptz, source text, action text, subject text, person_count integer)
language sql stable security definer set search_path = public as $fn$
  with g as (
    select id, household_id, account_id from break_glass_grants
    where id = p_grant and app_may_review_break_glass(p_grant)
  ), logged as (
    select l.seq, l.occurred_at, l.action, l.resource_type, cardinality(l.person_ids) as person_count, l.request_id
    from access_log l join g on l.break_glass_grant_id = g.id and l.household_id = g.household_id
  )
  select occurred_at, source, action, subject, person_count from (
    select occurred_at, 'ACCESS_LOG'::text as source, action, resource_type as subject, person_count, seq as ord
    from logged
    union all
    select e.occurred_at, 'CHANGE_HISTORY', e.event_type, e.entity_type, cardinality(e.person_ids), e.id
    from dossier_events e join g on e.household_id = g.household_id and e.actor_id = g.account_id
    where e.request_id in (select request_id from logged where request_id is not null)
  ) activity
  order by occurred_at, source, ord
  limit least(greatest(p_limit, 0), 1000)
$fn$;

revoke all on function app_may_review_break_glass(uuid) from public;
revoke all on function app_break_glass_household_name(uuid) from public;
revoke all on function app_break_glass_activity(uuid, integer) from public;
grant execute on function app_may_review_break_glass(uuid) to gezinsdossier_app;
grant execute on function app_break_glass_household_name(uuid) to gezinsdossier_app;
grant execute on function app_break_glass_activity(uuid, integer) to gezinsdossier_app;
`)
    .execute(db);
}
