import { type Kysely, sql } from 'kysely';

/**
 * The read layer (issue: one door for every read). Makes every personal item withholdable from one viewer
 * and the change history typed:
 *
 * - An address is a dated item per person (`person_addresses`), so a shelter address can be withheld from
 *   one parent and a move is history, not an edit. The household's postcode and house number move there.
 * - A response to a fact is one row per responding person (`fact_responses`).
 * - Relations between records are join tables with foreign keys instead of uuid arrays.
 * - Judgements of a decision are rows (`judgements`) with the decision's concerns as a join table; the
 *   decision's texts are columns of the investigation.
 * - Timeline steps and pathway transitions point at their source item instead of copying its text.
 * - Shielding records withhold one item from a named person, a named professional or a ground.
 * - Investigations can be cancelled (a spoed return that leaves the investigation's state).
 * - Change-history events carry the case and the region at the time and a typed payload of ids and codes;
 *   the old before/after payloads are retired: only their codes survive, flagged `legacy`.
 * - Row-level security decides reads per ground, exactly like the rulebook: `app_access_grounds(h)` lists the
 *   actor's grounds for a household and `app_may(h, permission)` applies the read rules.
 *
 * Written for PostgreSQL 15 and PGlite (PostgreSQL 18). Never edit once merged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
-- Addresses: a dated item per person.
create table person_addresses (
  id uuid primary key,
  household_id uuid not null references households(id),
  person_id uuid not null references persons(id),
  street text check (street is null or length(street) between 1 and 120),
  house_number text not null check (length(house_number) between 1 and 12),
  postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  town text check (town is null or length(town) between 1 and 80),
  valid_from date not null,
  valid_to date,
  created_at timestamptz not null default now(),
  created_by uuid references accounts(id),
  version integer not null default 1,
  check (valid_to is null or valid_to >= valid_from)
);
create index person_addresses_household on person_addresses(household_id, person_id, valid_from);
create index person_addresses_current on person_addresses(postcode, lower(house_number)) where valid_to is null;
insert into person_addresses (id, household_id, person_id, house_number, postcode, valid_from, created_at)
  select md5('address' || h.id::text || ms.person_id::text)::uuid, h.id, ms.person_id, h.house_number, h.postcode,
    greatest(ms.valid_from, h.created_at::date), h.updated_at
  from households h join memberships ms on ms.household_id = h.id and ms.valid_to is null
  where h.postcode is not null;
drop index households_address;
alter table households drop constraint households_address_complete, drop constraint households_postcode_format,
  drop column postcode, drop column house_number;

-- Responses to a fact: one row per responding person.
create table fact_responses (
  id uuid primary key,
  fact_id uuid not null references facts(id),
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  person_id uuid not null references persons(id),
  text text not null check (length(text) between 1 and 2000),
  responded_at timestamptz not null,
  recorded_by uuid references accounts(id)
);
create index fact_responses_fact on fact_responses(fact_id, responded_at);
insert into fact_responses (id, fact_id, case_id, household_id, person_id, text, responded_at, recorded_by)
  select md5('response' || f.id::text || p.person_id::text)::uuid, f.id, f.case_id, f.household_id, p.person_id,
    left(f.response_text, 2000), coalesce(f.responded_at, f.created_at), null
  from facts f cross join lateral unnest(f.response_person_ids) as p(person_id)
  where f.response_text is not null and exists (select 1 from persons x where x.id = p.person_id);
alter table facts drop column response_text, drop column response_person_ids, drop column responded_at;

-- Join tables instead of uuid arrays.
create table concern_persons (
  concern_id uuid not null references concerns(id),
  person_id uuid not null references persons(id),
  household_id uuid not null references households(id),
  primary key (concern_id, person_id)
);
insert into concern_persons
  select distinct c.id, p.person_id, c.household_id from concerns c cross join lateral unnest(c.about_person_ids) as p(person_id)
  where exists (select 1 from persons x where x.id = p.person_id);
alter table concerns drop column about_person_ids;

create table fact_persons (
  fact_id uuid not null references facts(id),
  person_id uuid not null references persons(id),
  household_id uuid not null references households(id),
  primary key (fact_id, person_id)
);
insert into fact_persons
  select distinct f.id, p.person_id, f.household_id from facts f cross join lateral unnest(f.about_person_ids) as p(person_id)
  where exists (select 1 from persons x where x.id = p.person_id);
create table fact_concerns (
  fact_id uuid not null references facts(id),
  concern_id uuid not null references concerns(id),
  household_id uuid not null references households(id),
  primary key (fact_id, concern_id)
);
insert into fact_concerns
  select distinct f.id, c.concern_id, f.household_id from facts f cross join lateral unnest(f.concern_ids) as c(concern_id)
  where exists (select 1 from concerns x where x.id = c.concern_id);
alter table facts drop column about_person_ids, drop column concern_ids;

create table timeline_entry_persons (
  entry_id uuid not null references timeline_entries(id),
  person_id uuid not null references persons(id),
  household_id uuid not null references households(id),
  primary key (entry_id, person_id)
);
insert into timeline_entry_persons
  select distinct e.id, p.person_id, e.household_id from timeline_entries e cross join lateral unnest(e.about_person_ids) as p(person_id)
  where exists (select 1 from persons x where x.id = p.person_id);
alter table timeline_entries drop column about_person_ids;

create table intervention_persons (
  intervention_id uuid not null references interventions(id),
  person_id uuid not null references persons(id),
  household_id uuid not null references households(id),
  primary key (intervention_id, person_id)
);
insert into intervention_persons
  select distinct i.id, p.person_id, i.household_id from interventions i cross join lateral unnest(i.target_person_ids) as p(person_id)
  where exists (select 1 from persons x where x.id = p.person_id);
alter table interventions drop column target_person_ids;

-- Decisions: judgements as rows, the decision's concerns as a join table, texts as columns.
alter table investigations
  add column rationale text,
  add column household_view text,
  add column deviation_reason text,
  add column reducible_via text[],
  add column proposal_options text[],
  add column decision_round integer not null default 0,
  add column cancelled_at timestamptz,
  add column cancel_reason text;
create table judgements (
  id uuid primary key,
  investigation_id uuid not null references investigations(id),
  household_id uuid not null references households(id),
  question text not null,
  value text not null check (value in ('YES', 'NO', 'UNCLEAR')),
  rationale text not null,
  household_view text,
  position integer not null,
  -- An extended investigation can be decided twice (UO-2 first, then again after the expert's advice).
  round integer not null default 1,
  unique (investigation_id, round, question)
);
create table investigation_concerns (
  investigation_id uuid not null references investigations(id),
  concern_id uuid not null references concerns(id),
  household_id uuid not null references households(id),
  primary key (investigation_id, concern_id)
);
insert into judgements (id, investigation_id, household_id, question, value, rationale, household_view, position)
  select md5('judgement' || i.id::text || q.key)::uuid, i.id, i.household_id, q.key, q.j->>'value',
    coalesce(q.j->>'rationale', ''), nullif(q.j->>'householdView', ''), q.pos
  from investigations i
  cross join lateral (
    select e.key, e.value as j, row_number() over () as pos
    from jsonb_each(coalesce(i.decision->'establishment', '{}'::jsonb)) e where jsonb_typeof(e.value) = 'object'
    union all
    select d.key, d.value, 100 + row_number() over ()
    from jsonb_each(i.decision) d where jsonb_typeof(d.value) = 'object' and d.key not in ('establishment', 'proposal')
  ) q
  where i.decision is not null and jsonb_typeof(i.decision) = 'object' and q.j->>'value' in ('YES', 'NO', 'UNCLEAR');
insert into investigation_concerns
  select distinct i.id, c.concern_id::uuid, i.household_id
  from investigations i cross join lateral jsonb_array_elements_text(coalesce(i.decision->'establishment'->'concernIds', '[]'::jsonb)) as c(concern_id)
  where i.decision is not null and exists (select 1 from concerns x where x.id::text = c.concern_id);
update investigations set
  rationale = decision->>'rationale',
  household_view = nullif(decision->>'householdView', ''),
  deviation_reason = nullif(decision->>'deviationReason', ''),
  reducible_via = array(select jsonb_array_elements_text(coalesce(decision->'establishment'->'reducibleVia', '[]'::jsonb))),
  proposal_options = array(select jsonb_array_elements_text(coalesce(decision->'proposal'->'options', '[]'::jsonb))),
  decision_round = 1
where decision is not null and jsonb_typeof(decision) = 'object';
alter table investigations drop column decision;
drop index investigations_one_open;
create unique index investigations_one_open on investigations(case_id) where decided_at is null and cancelled_at is null;

-- Steps and transitions point at their source instead of copying its text.
alter table timeline_entries
  add column step_code text,
  add column step_params jsonb,
  add column source_type text,
  add column source_id uuid;
-- Steps recorded before this migration keep their text; they are their own (withholdable) item.
update timeline_entries set step_code = 'legacy' where kind = 'STEP';
alter table timeline_entries add constraint timeline_entries_step_code check ((kind = 'STEP') = (step_code is not null));
alter table pathway_transitions
  add column trigger text,
  add column source_type text,
  add column source_id uuid;

alter table deadlines add column cancel_reason text;
create index deadlines_open_subject on deadlines(subject_id) where met_at is null and cancelled_at is null;
-- The team lead's overdue view walks open deadlines in (due_on, id) order and stops at its page: its cost
-- follows the page, not the number of overdue deadlines in the region.
drop index deadlines_open_due;
create index deadlines_open_due on deadlines(due_on, id) where met_at is null and cancelled_at is null;

-- Shielding: one item withheld from a named person, a named professional, or a ground.
create table shielding_records (
  id uuid primary key,
  household_id uuid not null references households(id),
  item_type text not null,
  item_id uuid not null,
  target_kind text not null check (target_kind in ('PERSON', 'ACCOUNT', 'GROUND')),
  target_person_id uuid references persons(id),
  target_account_id uuid references accounts(id),
  target_ground text,
  reason_code text not null,
  reason text not null check (length(reason) between 10 and 2000),
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  ended_at timestamptz,
  ended_by uuid references accounts(id),
  end_reason text,
  version integer not null default 1,
  check ((target_kind = 'PERSON') = (target_person_id is not null)),
  check ((target_kind = 'ACCOUNT') = (target_account_id is not null)),
  check ((target_kind = 'GROUND') = (target_ground is not null))
);
create index shielding_records_household on shielding_records(household_id) where ended_at is null;
create index shielding_records_item on shielding_records(item_id) where ended_at is null;

-- Typed change history: envelope columns and a payload of ids and codes.
alter table dossier_events
  add column case_id uuid,
  add column region_id uuid,
  add column payload jsonb not null default '{}'::jsonb,
  add column legacy boolean not null default false;
-- Only codes survive (upper case, starting with a letter: no name, no free text, no BSN written as text),
-- and booleans and numbers; the rows are flagged legacy. The owner lifts the append-only trigger for this one
-- conversion and restores it in the same migration.
alter table dossier_events disable trigger dossier_events_append_only;
update dossier_events e set
  legacy = true,
  region_id = (select h.region_id from households h where h.id = e.household_id),
  case_id = (select c.id from cases c where c.household_id = e.household_id and c.opened_at <= e.occurred_at
             order by c.opened_at desc limit 1),
  payload = case when jsonb_typeof(e.after) = 'object' then (
    select coalesce(jsonb_object_agg(kv.key, kv.value), '{}'::jsonb) from jsonb_each(e.after) kv
    where jsonb_typeof(kv.value) in ('boolean', 'number')
       or (jsonb_typeof(kv.value) = 'string' and kv.value #>> '{}' ~ '^[A-Z][A-Z0-9_:.-]{0,63}$')) else '{}'::jsonb end;
alter table dossier_events enable trigger dossier_events_append_only;
alter table dossier_events drop column before, drop column after;
create index dossier_events_case on dossier_events(case_id, id);
`)
    .execute(db);

  await sql
    .raw(`
-- The actor's grounds for a household, as codes ('TEAM_MEMBER:<role>', 'BREAK_GLASS', 'REGIONAL_INTAKE',
-- 'HOUSEHOLD_MEMBER'): the same list the rulebook loads (repositories/access.repository.ts). Row-level
-- security calls this for every row it checks, so it is PL/pgSQL (its one query is planned once per
-- connection) and it remembers its last answer for the rest of the transaction in app.grounds_cache, keyed
-- by actor and household: the rows of one household are checked with one lookup. Within one transaction
-- now() and current_date do not move, so the answer only changes when a table it reads changes: a
-- statement trigger on each of them clears the cache (app_grounds_changed below).
create function app_access_grounds(h uuid) returns text[]
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
        and ms.valid_from <= current_date and (ms.valid_to is null or ms.valid_to >= current_date)));
  perform set_config('app.grounds_cache', key || array_to_string(g, ','), true);
  return g;
end
$fn$;

create function app_grounds_changed() returns trigger
language plpgsql as $fn$
begin
  perform set_config('app.grounds_cache', '', true);
  return null;
end
$fn$;

create trigger case_team_members_grounds after insert or update or delete or truncate on case_team_members
  for each statement execute function app_grounds_changed();
create trigger break_glass_grants_grounds after insert or update or delete or truncate on break_glass_grants
  for each statement execute function app_grounds_changed();
create trigger organisation_memberships_grounds after insert or update or delete or truncate on organisation_memberships
  for each statement execute function app_grounds_changed();
create trigger organisations_grounds after insert or update or delete or truncate on organisations
  for each statement execute function app_grounds_changed();
create trigger households_grounds after insert or update or delete or truncate on households
  for each statement execute function app_grounds_changed();
create trigger accounts_grounds after insert or update or delete or truncate on accounts
  for each statement execute function app_grounds_changed();
create trigger memberships_grounds after insert or update or delete or truncate on memberships
  for each statement execute function app_grounds_changed();

-- The read rules of policies/household.ts, per ground (the matrix test keeps the two in step).
-- 'write' is the database's coarse second line for inserts and updates: any professional ground; the
-- rulebook decides which write is allowed.
create function app_may(h uuid, p text) returns boolean
language plpgsql stable security definer set search_path = public as $fn$
declare
  g text[] := app_access_grounds(h);
begin
  return case p
    when 'household.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS', 'REGIONAL_INTAKE']
    when 'casework.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS']
    when 'access_log.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL']
    when 'write' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS', 'REGIONAL_INTAKE']
    else false end;
end
$fn$;

create or replace function app_may_access_household(h uuid) returns boolean
language plpgsql stable security definer set search_path = public as $fn$
begin
  return app_may(h, 'household.read');
end
$fn$;

-- The same rule as the domain's isWithheld, for queries that list across households (caseload, worklist):
-- a shield on the actor's account or person always applies; a shield on a ground applies when every ground
-- the actor holds for the household is shielded.
create function app_item_withheld(p_household uuid, p_item uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (
      select 1 from shielding_records s
      where s.item_id = p_item and s.ended_at is null and (
        (s.target_kind = 'ACCOUNT' and s.target_account_id = app_actor_id())
        or (s.target_kind = 'PERSON' and s.target_person_id = (select a.person_id from accounts a where a.id = app_actor_id()))))
    or (
      exists (select 1 from shielding_records s where s.item_id = p_item and s.ended_at is null and s.target_kind = 'GROUND')
      and not exists (
        select 1 from unnest(app_access_grounds(p_household)) g(ground)
        where not exists (
          select 1 from shielding_records s
          where s.item_id = p_item and s.ended_at is null and s.target_kind = 'GROUND' and s.target_ground = g.ground)))
$fn$;

-- Where a household is (its region) and its open case, for the envelope of an event recorded by someone
-- outside the case team (a break-the-glass grant and its review). No personal data.
create function app_household_envelope(h uuid) returns table (region_id uuid, case_id uuid)
language sql stable security definer set search_path = public as $fn$
  select hh.region_id, (select c.id from cases c where c.household_id = hh.id and c.closed_at is null)
  from households hh where hh.id = h
$fn$;

-- Whether an item is withheld from the actor by a shielding record, for definer functions that bypass
-- row-level security: a shield on the actor's account or person applies always; a shield on a ground
-- applies when the function serves on that ground.
create function app_withheld(p_item_id uuid, p_ground text) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (
    select 1 from shielding_records s
    where s.item_id = p_item_id and s.ended_at is null and (
      (s.target_kind = 'ACCOUNT' and s.target_account_id = app_actor_id())
      or (s.target_kind = 'PERSON' and s.target_person_id = (select a.person_id from accounts a where a.id = app_actor_id()))
      or (s.target_kind = 'GROUND' and s.target_ground = p_ground)))
$fn$;
`)
    .execute(db);

  // Row-level security per ground: drop the old household-wide policies and recreate them per read class.
  const householdClass = [
    'households',
    'memberships',
    'relations',
    'network_members',
    'cases',
    'person_addresses',
  ];
  const caseworkClass = [
    'timeline_entries',
    'timeline_entry_persons',
    'reports',
    'reporter_feedback',
    'concerns',
    'concern_persons',
    'investigations',
    'investigation_concerns',
    'judgements',
    'facts',
    'fact_persons',
    'fact_concerns',
    'fact_responses',
    'network_conferences',
    'expert_consults',
    'safety_assessments',
    'safety_plan_versions',
    'safety_plan_events',
    'plan_goals',
    'plan_scores',
    'plan_actions',
    'plan_evaluations',
    'interventions',
    'intervention_persons',
    'urgent_safety_episodes',
    'safety_monitoring',
    'pathway_transitions',
    'deadlines',
  ];
  const dropped = await sql<{ tablename: string; policyname: string }>`
    select tablename, policyname from pg_policies
    where schemaname = 'public' and tablename in (${sql.join([...householdClass, ...caseworkClass, 'persons', 'access_log', 'dossier_events'])})`.execute(
    db,
  );
  for (const p of dropped.rows) {
    await sql.raw(`drop policy ${p.policyname} on ${p.tablename}`).execute(db);
  }
  const idColumn = (table: string) => (table === 'households' ? 'id' : 'household_id');
  for (const table of [...householdClass, ...caseworkClass, 'shielding_records']) {
    const readRule = caseworkClass.includes(table) ? 'casework.read' : 'household.read';
    const h = idColumn(table);
    await sql
      .raw(`
grant select, insert, update on ${table} to gezinsdossier_app;
alter table ${table} enable row level security;
create policy ${table}_read on ${table} for select to gezinsdossier_app using (app_may(${h}, '${readRule}'));
create policy ${table}_insert on ${table} for insert to gezinsdossier_app
  with check (app_may(${h}, 'write')${table === 'households' ? ' or true' : ''}${table === 'cases' ? ' or app_household_without_team(household_id)' : ''});
create policy ${table}_update on ${table} for update to gezinsdossier_app using (app_may(${h}, 'write'));
`)
      .execute(db);
  }
  await sql
    .raw(`
grant delete on relations to gezinsdossier_app;
-- The same rule as before, with the cheap test first: a professional's own team rows (a caseload lists them
-- for every household) need no call to the grounds function.
drop policy case_team_read on case_team_members;
create policy case_team_read on case_team_members for select to gezinsdossier_app
  using (professional_id = app_actor_id() or app_may_access_household(household_id));
create policy relations_delete on relations for delete to gezinsdossier_app using (app_may(household_id, 'write'));
revoke update on timeline_entry_persons, concern_persons, fact_persons, fact_concerns, intervention_persons,
  investigation_concerns, fact_responses from gezinsdossier_app;

create or replace function app_may_access_person(p uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (select 1 from memberships ms where ms.person_id = p and app_may(ms.household_id, 'household.read'))
$fn$;
create policy persons_read on persons for select to gezinsdossier_app using (app_may_access_person(id));
create policy persons_insert on persons for insert to gezinsdossier_app with check (true);
create policy persons_update on persons for update to gezinsdossier_app using (
  exists (select 1 from memberships ms where ms.person_id = persons.id and app_may(ms.household_id, 'write')));

create policy access_log_insert on access_log for insert to gezinsdossier_app with check (true);
create policy access_log_read on access_log for select to gezinsdossier_app using (app_may(household_id, 'access_log.read'));
create policy dossier_events_insert on dossier_events for insert to gezinsdossier_app with check (true);
create policy dossier_events_read on dossier_events for select to gezinsdossier_app using (app_may(household_id, 'access_log.read'));
`)
    .execute(db);

  await sql
    .raw(`
-- Search before create (KT2), now on the persons' current addresses, and never through an item withheld
-- from the searcher (a shield on the searcher or on the intake ground).
drop function app_match_households(text, text, date, text, text);
create function app_match_households(p_bsn text, p_family_name text, p_birth_date date, p_postcode text,
  p_house_number text)
returns table (household_id uuid, household_name text, municipality_code text, matched_on text,
  fixed_professional_name text, fixed_organisation_name text)
language sql stable security definer set search_path = public as $fn$
  with matched as (
    select ms.household_id, case when p.bsn = p_bsn then 'BSN' else 'NAME_BIRTH_DATE' end as matched_on
    from persons p
    join memberships ms on ms.person_id = p.id and ms.valid_to is null
    where ((p_bsn is not null and p.bsn = p_bsn)
       or (p_family_name is not null and p_birth_date is not null
           and lower(p.family_name) = lower(p_family_name) and p.birth_date = p_birth_date))
      and not app_withheld(p.id, 'REGIONAL_INTAKE') and not app_withheld(ms.id, 'REGIONAL_INTAKE')
    union all
    select a.household_id, 'ADDRESS' from person_addresses a
    where p_postcode is not null and p_house_number is not null and a.valid_to is null
      and a.postcode = p_postcode and lower(a.house_number) = lower(p_house_number)
      and not app_withheld(a.id, 'REGIONAL_INTAKE')
  )
  select distinct on (h.id) h.id, h.display_name, h.municipality_code, m0.matched_on, a.display_name, o.name
  from matched m0
  join households h on h.id = m0.household_id
  left join case_team_members m on m.household_id = h.id and m.role = 'FIXED_PROFESSIONAL' and m.ended_at is null
  left join accounts a on a.id = m.professional_id
  left join organisations o on o.id = m.organisation_id
  where app_actor_id() is not null
  order by h.id, m0.matched_on
  limit 20
$fn$;
revoke all on function app_match_households(text, text, date, text, text) from public;
grant execute on function app_match_households(text, text, date, text, text) to gezinsdossier_app;

-- The team lead's view: overdue work of the teams the actor leads, never about an item withheld from the
-- actor or from team supervision.
drop function app_supervised_deadlines(date, integer);
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
    and (d.subject_id is null or not app_withheld(d.subject_id, 'TEAM_SUPERVISION'))
  order by d.due_on, d.id
  limit least(greatest(p_limit, 0), 500)
$fn$;
revoke all on function app_supervised_deadlines(date, integer) from public;
grant execute on function app_supervised_deadlines(date, integer) to gezinsdossier_app;
`)
    .execute(db);
}
