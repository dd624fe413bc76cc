import { type Kysely, sql } from 'kysely';

/**
 * The application database role and row-level security, the second line behind the policy rulebook.
 *
 * Every request transaction runs `SET LOCAL ROLE gezinsdossier_app` and sets `app.actor_id`; the role is
 * neither superuser nor owner, so the policies below apply to it. It may only SELECT and INSERT the access
 * log and the change history (append-only by grants, and by trigger for the owner too).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
do $do$
begin
  if not exists (select 1 from pg_roles where rolname = 'gezinsdossier_app') then
    create role gezinsdossier_app nologin;
  end if;
end
$do$;
grant gezinsdossier_app to current_user;

grant usage on schema public to gezinsdossier_app;
grant select on regions, municipalities, organisations, accounts, organisation_memberships to gezinsdossier_app;
grant select, insert, update on households, persons, memberships, relations, network_members, cases,
  case_team_members, timeline_entries, break_glass_grants to gezinsdossier_app;
grant delete on relations to gezinsdossier_app;
grant select, insert, update, delete on sessions, oidc_states to gezinsdossier_app;
grant select, insert on access_log, dossier_events to gezinsdossier_app;

create function app_actor_id() returns uuid
language sql stable as $fn$ select nullif(current_setting('app.actor_id', true), '')::uuid $fn$;

-- Need-to-know: involved in the case team, an unexpired break-the-glass grant, or the explicit regional
-- intake role for the household's region. Mirrors policies/household.ts.
create function app_may_access_household(h uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (
      select 1 from case_team_members m
      where m.household_id = h and m.professional_id = app_actor_id() and m.ended_at is null)
    or exists (
      select 1 from break_glass_grants g
      where g.household_id = h and g.account_id = app_actor_id() and g.expires_at > now())
    or exists (
      select 1 from households hh
      join organisations o on o.region_id = hh.region_id
      join organisation_memberships om on om.organisation_id = o.id
      where hh.id = h and om.account_id = app_actor_id() and om.role = 'RVT_INTAKE' and om.ended_at is null)
$fn$;

-- A household without any team yet may receive its first team members (opening a dossier).
create function app_household_without_team(h uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select not exists (select 1 from case_team_members m where m.household_id = h)
$fn$;

-- Break-the-glass lookup: exact match only (BSN, or family name + birth date) on current members, so the
-- application role can find one household without being able to browse.
create function app_break_glass_lookup(p_bsn text, p_family_name text, p_birth_date date)
returns table (household_id uuid)
language sql stable security definer set search_path = public as $fn$
  select distinct ms.household_id
  from memberships ms join persons p on p.id = ms.person_id
  where (ms.valid_to is null or ms.valid_to >= current_date)
    and ((p_bsn is not null and p.bsn = p_bsn)
      or (p_bsn is null and p_family_name is not null and p_birth_date is not null
          and lower(p.family_name) = lower(p_family_name) and p.birth_date = p_birth_date))
$fn$;

create function app_may_access_person(p uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (select 1 from memberships ms where ms.person_id = p and app_may_access_household(ms.household_id))
$fn$;

alter table households enable row level security;
create policy households_read on households for select to gezinsdossier_app using (app_may_access_household(id));
create policy households_insert on households for insert to gezinsdossier_app with check (true);
create policy households_update on households for update to gezinsdossier_app using (app_may_access_household(id));

alter table persons enable row level security;
create policy persons_read on persons for select to gezinsdossier_app using (app_may_access_person(id));
create policy persons_insert on persons for insert to gezinsdossier_app with check (true);
create policy persons_update on persons for update to gezinsdossier_app using (app_may_access_person(id));

alter table cases enable row level security;
create policy cases_read on cases for select to gezinsdossier_app using (app_may_access_household(household_id));
create policy cases_insert on cases for insert to gezinsdossier_app
  with check (app_may_access_household(household_id) or app_household_without_team(household_id));
create policy cases_update on cases for update to gezinsdossier_app using (app_may_access_household(household_id));

alter table case_team_members enable row level security;
create policy case_team_read on case_team_members for select to gezinsdossier_app
  using (app_may_access_household(household_id) or professional_id = app_actor_id());
create policy case_team_insert on case_team_members for insert to gezinsdossier_app
  with check (app_may_access_household(household_id) or app_household_without_team(household_id));
create policy case_team_update on case_team_members for update to gezinsdossier_app using (app_may_access_household(household_id));
`)
    .execute(db);

  for (const table of ['memberships', 'relations', 'network_members', 'timeline_entries']) {
    await sql
      .raw(`
alter table ${table} enable row level security;
create policy ${table}_all on ${table} for all to gezinsdossier_app
  using (app_may_access_household(household_id)) with check (app_may_access_household(household_id));
`)
      .execute(db);
  }

  await sql
    .raw(`
alter table break_glass_grants enable row level security;
-- A grant is visible to its holder and to team leads of the holder's organisation (for review).
create policy break_glass_read on break_glass_grants for select to gezinsdossier_app using (
  account_id = app_actor_id() or exists (
    select 1 from organisation_memberships om
    where om.account_id = app_actor_id() and om.role = 'TEAM_LEAD' and om.ended_at is null
      and om.organisation_id = break_glass_grants.organisation_id));
create policy break_glass_insert on break_glass_grants for insert to gezinsdossier_app with check (account_id = app_actor_id());
create policy break_glass_review on break_glass_grants for update to gezinsdossier_app using (
  account_id <> app_actor_id() and exists (
    select 1 from organisation_memberships om
    where om.account_id = app_actor_id() and om.role = 'TEAM_LEAD' and om.ended_at is null
      and om.organisation_id = break_glass_grants.organisation_id));

alter table access_log enable row level security;
create policy access_log_insert on access_log for insert to gezinsdossier_app with check (true);
create policy access_log_read on access_log for select to gezinsdossier_app using (app_may_access_household(household_id));

alter table dossier_events enable row level security;
create policy dossier_events_insert on dossier_events for insert to gezinsdossier_app with check (true);
create policy dossier_events_read on dossier_events for select to gezinsdossier_app using (app_may_access_household(household_id));
`)
    .execute(db);
}
