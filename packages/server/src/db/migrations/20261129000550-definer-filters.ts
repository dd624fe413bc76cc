import { type Kysely, sql } from 'kysely';

/**
 * Two gaps in the read layer's definer functions, found in review:
 * - the break-the-glass lookup matched through a person or membership withheld from the actor or from the
 *   break-the-glass ground, so a crisis worker could learn that a shielded person belongs to a household;
 *   it now applies the same filter as search before create and the team lead's view (issue 7);
 * - the grounds function counted a household member's membership by the database server's date, the
 *   rulebook by the date in the Netherlands: around midnight the two could disagree. Both use Amsterdam.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create or replace function app_break_glass_lookup(p_bsn text, p_family_name text, p_birth_date date)
returns table (household_id uuid)
language sql stable security definer set search_path = public as $fn$
  select distinct ms.household_id
  from memberships ms join persons p on p.id = ms.person_id
  where (ms.valid_to is null or ms.valid_to >= (now() at time zone 'Europe/Amsterdam')::date)
    and ((p_bsn is not null and p.bsn = p_bsn)
      or (p_bsn is null and p_family_name is not null and p_birth_date is not null
          and lower(p.family_name) = lower(p_family_name) and p.birth_date = p_birth_date))
    and not app_withheld(p.id, 'BREAK_GLASS') and not app_withheld(ms.id, 'BREAK_GLASS')
$fn$;

create or replace function app_access_grounds(h uuid) returns text[]
language plpgsql stable security definer set search_path = public as $fn$
declare
  actor uuid := app_actor_id();
  key text;
  cached text := current_setting('app.grounds_cache', true);
  g text[];
begin
  if actor is null or h is null then
    return '{}';
  end if;
  key := actor::text || '/' || h::text || '/';
  if cached is not null and starts_with(cached, key) then
    return string_to_array(substr(cached, length(key) + 1), ',');
  end if;
  g := array(
    select 'TEAM_MEMBER:' || m.role from case_team_members m
      where m.household_id = h and m.professional_id = actor and m.ended_at is null
    union all
    select 'BREAK_GLASS' where exists (select 1 from break_glass_grants bg
      where bg.household_id = h and bg.account_id = actor and bg.expires_at > now())
    union all
    select 'REGIONAL_INTAKE' where exists (select 1 from organisation_memberships om
      join organisations o on o.id = om.organisation_id
      join households hh on hh.region_id = o.region_id
      where om.account_id = actor and om.role = 'RVT_INTAKE' and om.ended_at is null and hh.id = h)
    union all
    select 'HOUSEHOLD_MEMBER' where exists (select 1 from accounts a join memberships ms on ms.person_id = a.person_id
      where a.id = actor and a.kind = 'FAMILY_MEMBER' and ms.household_id = h
        and ms.valid_from <= (now() at time zone 'Europe/Amsterdam')::date and (ms.valid_to is null or ms.valid_to >= (now() at time zone 'Europe/Amsterdam')::date)));
  perform set_config('app.grounds_cache', key || array_to_string(g, ','), true);
  return g;
end
$fn$;

`)
    .execute(db);
}
