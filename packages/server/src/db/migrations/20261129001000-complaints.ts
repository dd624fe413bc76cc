import { type Kysely, sql } from 'kysely';

/**
 * Complaints (KT9-R3, LS-15): received, acknowledged, handled by someone independent within the terms of
 * the rule pack, decided with reasons and what will change; the AKJ's independent support offered, and to
 * whom.
 *
 * - A complaint belongs to the household and outlives the case (`case_id` is the case open when it was
 *   received, if any). It is kept out of the casework: no timeline step, no deadline row. Its terms are
 *   dated on the complaint itself (the rule pack in force on the day it was received, LS-05).
 * - The case team reads the household's complaints (`complaint.read`), except the professional a complaint
 *   is about: that rule is on the row (`about_professional_id`), not a shielding record, so nobody can end it.
 *   The loader learns the ids of those complaints through `app_complaints_about_actor` (ids only), so that
 *   their access-log rows and events are withheld from that professional too.
 * - The handler holds the ground `COMPLAINT_HANDLER` while a complaint they handle is open. It opens that
 *   complaint (and its AKJ offers), the household's envelope and shielding records (for the loader), and for
 *   a complaint about a petition the petition's own row — nothing else of the household.
 * - `app_handles_complaint` checks one complaint for the handler in a definer function: the row's own
 *   "still open" cannot be in the policy, because the handler's closing update must still see its new row.
 *   The function reads the complaint as the statement found it, so closing passes and the next statement no
 *   longer sees it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table complaints (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid references cases(id),
  person_id uuid not null references persons(id),
  person_name text not null check (char_length(person_name) between 1 and 250),
  representative_name text check (char_length(representative_name) between 1 and 120),
  subject text not null check (subject in ('DECISION', 'PETITION', 'PROFESSIONAL_CONDUCT', 'ACCESS_TO_DATA', 'OTHER')),
  reference_id uuid,
  about_professional_id uuid references accounts(id),
  received_on date not null,
  text text not null check (char_length(text) between 1 and 20000),
  youth_care_matter boolean not null,
  akj_applicable boolean not null,
  rule_pack_version text not null,
  acknowledge_due_on date not null,
  decide_due_on date not null,
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null,
  acknowledged_on date,
  acknowledged_by uuid references accounts(id),
  handler_id uuid references accounts(id),
  handler_organisation_id uuid references organisations(id),
  handler_assigned_by uuid references accounts(id),
  handler_assigned_at timestamptz,
  extended_due_on date,
  extension_reason text check (char_length(extension_reason) between 1 and 2000),
  extended_by uuid references accounts(id),
  extended_at timestamptz,
  outcome text check (outcome in ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN')),
  decided_on date,
  -- The handler's reasons; for a withdrawal, the complainant's words (optional).
  reasons text check (char_length(reasons) <= 2000),
  changes text check (char_length(changes) <= 2000),
  closed_by uuid references accounts(id),
  closed_at timestamptz,
  updated_at timestamptz not null,
  version integer not null default 1,
  check ((subject in ('DECISION', 'PETITION')) = (reference_id is not null)),
  check (subject <> 'PROFESSIONAL_CONDUCT' or about_professional_id is not null),
  check ((handler_id is null) = (handler_organisation_id is null)),
  -- KT9-R3: the handler is never the professional complained about.
  check (handler_id is null or handler_id is distinct from about_professional_id),
  check ((extended_due_on is null) = (extension_reason is null)),
  check ((outcome is null) = (closed_at is null) and (outcome is null) = (decided_on is null)),
  check (outcome is null or outcome = 'WITHDRAWN' or reasons is not null),
  check (acknowledged_on is null or acknowledged_on >= received_on),
  check (decided_on is null or decided_on >= received_on)
);
create index complaints_household on complaints(household_id, received_on);
create index complaints_handler_open on complaints(handler_id) where closed_at is null;
create index complaints_about on complaints(household_id, about_professional_id) where about_professional_id is not null;
create index complaints_petition_open on complaints(reference_id) where closed_at is null and subject = 'PETITION';

create table complaint_akj_offers (
  id uuid primary key,
  complaint_id uuid not null references complaints(id),
  household_id uuid not null references households(id),
  moment text not null check (moment in ('ACKNOWLEDGEMENT', 'OUTCOME')),
  offered_on date not null,
  person_id uuid references persons(id),
  representative boolean not null default false,
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null,
  -- One recipient per row: a household member, or the representative who complains for them.
  check ((person_id is not null) <> representative)
);
create index complaint_akj_offers_complaint on complaint_akj_offers(complaint_id);

-- The handler of one open complaint (a definer function: see the header).
create function app_handles_complaint(c uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (select 1 from complaints
    where id = c and handler_id = app_actor_id() and closed_at is null)
$fn$;

-- The handler of an open complaint about this petition reads the petition's row.
create function app_handles_petition_complaint(p uuid) returns boolean
language sql stable security definer set search_path = public as $fn$
  select exists (select 1 from complaints
    where reference_id = p and subject = 'PETITION' and handler_id = app_actor_id() and closed_at is null)
$fn$;

-- The ids (nothing else) of the household's complaints about the actor, so that the loader can withhold
-- their access-log rows and events from the professional they are about.
create function app_complaints_about_actor(h uuid) returns uuid[]
language sql stable security definer set search_path = public as $fn$
  select coalesce(array_agg(id order by id), '{}') from complaints
    where household_id = h and about_professional_id = app_actor_id() and cardinality(app_access_grounds(h)) > 0
$fn$;

revoke all on function app_handles_complaint(uuid) from public;
revoke all on function app_handles_petition_complaint(uuid) from public;
revoke all on function app_complaints_about_actor(uuid) from public;
grant execute on function app_handles_complaint(uuid) to gezinsdossier_app;
grant execute on function app_handles_petition_complaint(uuid) to gezinsdossier_app;
grant execute on function app_complaints_about_actor(uuid) to gezinsdossier_app;

grant select, insert, update on complaints to gezinsdossier_app;
alter table complaints enable row level security;
create policy complaints_read on complaints for select to gezinsdossier_app using (
  (app_may(household_id, 'complaint.manage') and about_professional_id is distinct from app_actor_id())
  or (handler_id = app_actor_id() and app_handles_complaint(id)));
create policy complaints_insert on complaints for insert to gezinsdossier_app
  with check (app_may(household_id, 'complaint.manage'));
create policy complaints_update on complaints for update to gezinsdossier_app
  using (app_may(household_id, 'complaint.manage') or handler_id = app_actor_id())
  with check (app_may(household_id, 'complaint.manage') or app_may(household_id, 'complaint.handle'));

-- An AKJ offer is read with its complaint (whoever sees the complaint sees to whom support was offered).
grant select, insert on complaint_akj_offers to gezinsdossier_app;
alter table complaint_akj_offers enable row level security;
create policy complaint_akj_offers_read on complaint_akj_offers for select to gezinsdossier_app
  using (exists (select 1 from complaints c where c.id = complaint_akj_offers.complaint_id));
create policy complaint_akj_offers_insert on complaint_akj_offers for insert to gezinsdossier_app
  with check (exists (select 1 from complaints c where c.id = complaint_akj_offers.complaint_id));

-- The handler's loader reads the household's envelope and its shielding records (what is withheld from
-- complaint handlers stays withheld); for a complaint about a petition, the petition's row.
create policy households_complaint_read on households for select to gezinsdossier_app
  using (app_may(id, 'complaint.handle'));
create policy shielding_records_complaint_read on shielding_records for select to gezinsdossier_app
  using (app_may(household_id, 'complaint.handle'));
create policy petitions_complaint_read on petitions for select to gezinsdossier_app
  using (app_may(household_id, 'complaint.handle') and app_handles_petition_complaint(id));

create trigger complaints_grounds after insert or update or delete or truncate on complaints
  for each statement execute function app_grounds_changed();

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
    select 'COUNTER_REVIEWER' where exists (select 1 from petition_reviews r
      where r.household_id = h and r.submitted_at is null and r.until > now()
        and actor in (r.reviewer_id, r.jurist_id, r.behavioural_scientist_id))
    union all
    select 'COMPLAINT_HANDLER' where exists (select 1 from complaints c
      where c.household_id = h and c.handler_id = actor and c.closed_at is null)
    union all
    select 'HOUSEHOLD_MEMBER' where exists (select 1 from accounts a join memberships ms on ms.person_id = a.person_id
      where a.id = actor and a.kind = 'FAMILY_MEMBER' and ms.household_id = h
        and ms.valid_from <= (now() at time zone 'Europe/Amsterdam')::date and (ms.valid_to is null or ms.valid_to >= (now() at time zone 'Europe/Amsterdam')::date)));
  perform set_config('app.grounds_cache', key || array_to_string(g, ','), true);
  return g;
end
$fn$;

create or replace function app_may(h uuid, p text) returns boolean
language plpgsql stable security definer set search_path = public as $fn$
declare
  g text[] := app_access_grounds(h);
begin
  return case p
    when 'household.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS', 'REGIONAL_INTAKE']
    when 'casework.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS']
    when 'petition.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS', 'COUNTER_REVIEWER']
    when 'access_log.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL']
    when 'write' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'BREAK_GLASS', 'REGIONAL_INTAKE']
    -- The reviewer writes the review, its findings and the petition's state (the three review tables),
    -- nothing else of the household; the case team writes them too. Not regional intake or break the glass.
    when 'petition.write' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'COUNTER_REVIEWER']
    -- KT9-R3: the team records and arranges complaints (not break the glass: a complaint is not spoed work);
    -- the row policy keeps a complaint from the professional it is about and gives the handler only theirs.
    when 'complaint.read' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT', 'COMPLAINT_HANDLER']
    when 'complaint.manage' then g && array['TEAM_MEMBER:FIXED_PROFESSIONAL', 'TEAM_MEMBER:RVT_PARTNER',
      'TEAM_MEMBER:EXPERT']
    when 'complaint.handle' then g && array['COMPLAINT_HANDLER']
    else false end;
end
$fn$;
`)
    .execute(db);
}
