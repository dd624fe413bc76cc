import { type Kysely, sql } from 'kysely';

/**
 * The legal route (issue 10, KT6–KT8): petitions built as documents, their counter-review, filing, the
 * authority's ruling and the running measures it grants; support offered per person (KT9-R2, LS-14).
 *
 * - A petition's grounds rest on facts *at a version*: the fact's content, and the household's responses as
 *   they were, are copied when the ground is saved, so a later edit of a fact does not change what the
 *   petition says (and the reviewer reads the petition without reading the casework).
 * - `petition_persons` holds the household's members as the petition presents them (name, birth date,
 *   parental authority, and whether the measure targets them, its actions aim at them, or they are an
 *   involved child): a reviewer sees them there, not in the dossier.
 * - A counter-reviewer (and the jurist and behavioural scientist who support the review) holds the ground
 *   `COUNTER_REVIEWER` for the household while the review is open and its term has not passed: it opens the
 *   petition tables (`petition.read`) and nothing else (VAL-06, LS-17).
 * - Organisations name who may review (`COUNTER_REVIEWER`) and support a review (`JURIST`,
 *   `BEHAVIOURAL_SCIENTIST`) as organisation roles.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table organisation_memberships drop constraint organisation_memberships_role_check;
alter table organisation_memberships add constraint organisation_memberships_role_check
  check (role in ('PROFESSIONAL', 'TEAM_LEAD', 'RVT_INTAKE', 'COUNTER_REVIEWER', 'JURIST', 'BEHAVIOURAL_SCIENTIST'));

create table petitions (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  measure_type_id text not null check (char_length(measure_type_id) <= 64),
  catalogue_version text not null,
  addressee text not null,
  state text not null check (state in ('DRAFT', 'IN_REVIEW', 'REVIEWED', 'NOT_FILED', 'FILED', 'DECIDED', 'WITHDRAWN')),
  petitioner_id uuid not null references accounts(id),
  organisation_id uuid not null references organisations(id),
  proportionality jsonb,
  child_interest text check (char_length(child_interest) <= 2000),
  legal_advice jsonb,
  family_summary text check (char_length(family_summary) <= 2000),
  filed_on date,
  court text check (char_length(court) <= 120),
  filed_by uuid references accounts(id),
  filed_gate jsonb,
  not_filed_reason text check (char_length(not_filed_reason) <= 2000),
  unmet_need text check (char_length(unmet_need) <= 2000),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1,
  check (state <> 'FILED' or (filed_on is not null and filed_gate is not null))
);
-- One petition at a time per case: a new one only after the last was not filed or was decided.
create unique index petitions_one_open on petitions(case_id) where state in ('DRAFT', 'IN_REVIEW', 'REVIEWED', 'FILED');
create index petitions_household on petitions(household_id, created_at);

create table petition_persons (
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  person_id uuid not null references persons(id),
  name text not null,
  birth_date date,
  holds_parental_authority boolean not null,
  target boolean not null,
  action_aim boolean not null,
  involved_child boolean not null,
  primary key (petition_id, person_id)
);

create table petition_grounds (
  id uuid primary key,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  position integer not null,
  claim text not null check (char_length(claim) between 1 and 2000),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index petition_grounds_petition on petition_grounds(petition_id, position);

create table petition_ground_facts (
  ground_id uuid not null references petition_grounds(id) on delete cascade,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  fact_id uuid not null references facts(id),
  position integer not null,
  fact_version integer not null,
  statement text not null,
  observed_on date,
  source_kind text not null,
  source_description text not null,
  obtained_with_consent boolean not null,
  legal_basis text,
  verification text not null,
  fact_recorded_at timestamptz not null,
  primary key (ground_id, fact_id)
);
create index petition_ground_facts_petition on petition_ground_facts(petition_id);

create table petition_fact_responses (
  ground_id uuid not null references petition_grounds(id) on delete cascade,
  fact_id uuid not null references facts(id),
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  response_id uuid not null references fact_responses(id),
  person_id uuid not null references persons(id),
  text text not null,
  responded_at timestamptz not null,
  primary key (ground_id, response_id)
);
create index petition_fact_responses_petition on petition_fact_responses(petition_id);

create table petition_hearing_attempts (
  id uuid primary key,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  fact_id uuid not null references facts(id),
  person_id uuid not null references persons(id),
  attempted_on date not null,
  description text not null check (char_length(description) between 1 and 2000),
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null
);
create index petition_hearing_attempts_petition on petition_hearing_attempts(petition_id);

create table petition_alternatives (
  id uuid primary key,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  step text not null check (step in ('INFORMAL_SUPPORT', 'INFO_ADVICE', 'PROFESSIONAL_HELP')),
  outcome text not null check (char_length(outcome) between 1 and 2000),
  why_insufficient text not null check (char_length(why_insufficient) between 1 and 2000),
  created_at timestamptz not null
);
create index petition_alternatives_petition on petition_alternatives(petition_id, created_at);

create table petition_alternative_interventions (
  alternative_id uuid not null references petition_alternatives(id) on delete cascade,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  intervention_id uuid not null references interventions(id),
  type text not null,
  frame text not null,
  status text not null,
  started_on date,
  provider text,
  primary key (alternative_id, intervention_id)
);

create table petition_child_voices (
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  child_id uuid not null references persons(id),
  how text not null check (how in ('HEARD', 'REPRESENTED', 'EXCEPTION')),
  view text check (char_length(view) <= 2000),
  interests text check (char_length(interests) <= 2000),
  exception_reason text check (char_length(exception_reason) <= 2000),
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null,
  primary key (petition_id, child_id),
  check ((how = 'EXCEPTION' and exception_reason is not null) or (how <> 'EXCEPTION' and view is not null))
);

create table petition_consultations (
  id uuid primary key,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  party text not null check (party in ('HOUSEHOLD', 'FIXED_PROFESSIONAL', 'OTHER')),
  person_id uuid references persons(id),
  held_on date not null,
  summary text not null check (char_length(summary) between 1 and 2000),
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null
);
create index petition_consultations_petition on petition_consultations(petition_id, held_on);

create table support_offers (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid not null references cases(id),
  person_id uuid not null references persons(id),
  kind text not null check (kind in ('LEGAL_AID', 'CLIENT_SUPPORT', 'CONFIDANT')),
  offered_on date not null,
  response text not null check (response in ('PENDING', 'ACCEPTED', 'DECLINED')),
  provider text check (char_length(provider) <= 120),
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null,
  version integer not null default 1
);
create index support_offers_case on support_offers(case_id, offered_on);

create table petition_reviews (
  id uuid primary key,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  reviewer_id uuid not null references accounts(id),
  reviewer_organisation_id uuid not null references organisations(id),
  jurist_id uuid not null references accounts(id),
  behavioural_scientist_id uuid not null references accounts(id),
  assigned_by uuid not null references accounts(id),
  assigned_at timestamptz not null,
  until timestamptz not null,
  submitted_at timestamptz,
  -- The reviewer declared not to be involved with the household (VAL-06), with the submission.
  attested_at timestamptz,
  -- The term passed without an answer and the review was given to someone else.
  lapsed_at timestamptz,
  answers jsonb,
  outcome text check (outcome in ('PROCEED', 'DO_NOT_FILE', 'CORRECT_FIRST')),
  unmet_need text check (char_length(unmet_need) <= 2000),
  -- LS-17: the reviewer is never the petitioner, and never supports their own review.
  check (reviewer_id <> assigned_by and reviewer_id <> jurist_id and reviewer_id <> behavioural_scientist_id),
  check ((submitted_at is null) = (outcome is null)),
  check (submitted_at is null or attested_at is not null),
  check (lapsed_at is null or submitted_at is null)
);
create unique index petition_reviews_one_open on petition_reviews(petition_id)
  where submitted_at is null and lapsed_at is null;
create index petition_reviews_reviewer on petition_reviews(reviewer_id) where submitted_at is null;
create index petition_reviews_petition on petition_reviews(petition_id, assigned_at);

create table petition_review_findings (
  id uuid primary key,
  review_id uuid not null references petition_reviews(id),
  household_id uuid not null references households(id),
  position integer not null,
  safeguard text,
  -- A finding keeps its text when the ground it pointed at is removed in the corrections.
  ground_id uuid references petition_grounds(id) on delete set null,
  text text not null check (char_length(text) between 1 and 2000)
);
create index petition_review_findings_review on petition_review_findings(review_id, position);

create table rulings (
  id uuid primary key,
  petition_id uuid not null references petitions(id),
  household_id uuid not null references households(id),
  decided_on date not null,
  outcome text not null check (outcome in ('GRANTED', 'PARTIALLY_GRANTED', 'REJECTED', 'COUNTER_EXPERTISE_ORDERED')),
  judge text not null check (char_length(judge) between 1 and 120),
  legal_ground text check (char_length(legal_ground) <= 2000),
  conditions text check (char_length(conditions) <= 2000),
  counter_expertise text check (char_length(counter_expertise) <= 2000),
  hearings jsonb not null default '[]',
  recorded_by uuid not null references accounts(id),
  recorded_at timestamptz not null
);
create index rulings_petition on rulings(petition_id, decided_on);

create table running_measures (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid not null references cases(id),
  petition_id uuid not null references petitions(id),
  ruling_id uuid not null references rulings(id),
  measure_type_id text not null,
  executor_organisation_id uuid references organisations(id),
  judge text not null,
  starts_on date not null,
  ends_on date,
  ending_goals text check (char_length(ending_goals) <= 2000),
  status text not null default 'RUNNING' check (status in ('RUNNING', 'ENDED')),
  ended_on date,
  end_reason text check (char_length(end_reason) <= 2000),
  created_at timestamptz not null,
  version integer not null default 1,
  check (ends_on is null or ends_on > starts_on),
  check ((status = 'ENDED') = (ended_on is not null))
);
create index running_measures_household on running_measures(household_id, starts_on);

create table running_measure_persons (
  measure_id uuid not null references running_measures(id),
  household_id uuid not null references households(id),
  person_id uuid not null references persons(id),
  primary key (measure_id, person_id)
);

`)
    .execute(db);

  const petitionTables = [
    'petitions',
    'petition_persons',
    'petition_grounds',
    'petition_ground_facts',
    'petition_fact_responses',
    'petition_hearing_attempts',
    'petition_alternatives',
    'petition_alternative_interventions',
    'petition_child_voices',
    'petition_consultations',
    'petition_reviews',
    'petition_review_findings',
    'rulings',
  ];
  // Support offers are read with the petition (LS-14: legal aid offered is part of what it rests on).
  const caseworkTables = ['support_offers', 'running_measures', 'running_measure_persons'];
  for (const table of [...petitionTables, ...caseworkTables]) {
    const read =
      table === 'running_measures' || table === 'running_measure_persons' ? 'casework.read' : 'petition.read';
    // Only the review tables take the reviewer's writes; the others the team's (the coarse 'write').
    const write = ['petitions', 'petition_reviews', 'petition_review_findings'].includes(table)
      ? 'petition.write'
      : 'write';
    await sql
      .raw(`
grant select, insert, update on ${table} to gezinsdossier_app;
alter table ${table} enable row level security;
create policy ${table}_read on ${table} for select to gezinsdossier_app using (app_may(household_id, '${read}'));
create policy ${table}_insert on ${table} for insert to gezinsdossier_app with check (app_may(household_id, '${write}'));
create policy ${table}_update on ${table} for update to gezinsdossier_app using (app_may(household_id, '${write}'));
`)
      .execute(db);
  }
  await sql
    .raw(`
grant delete on petition_persons, petition_grounds, petition_ground_facts, petition_fact_responses, petition_alternatives,
  petition_alternative_interventions, petition_child_voices to gezinsdossier_app;
create policy petition_persons_delete on petition_persons for delete to gezinsdossier_app using (app_may(household_id, 'write'));
create policy petition_grounds_delete on petition_grounds for delete to gezinsdossier_app using (app_may(household_id, 'write'));
create policy petition_ground_facts_delete on petition_ground_facts for delete to gezinsdossier_app using (app_may(household_id, 'write'));
create policy petition_fact_responses_delete on petition_fact_responses for delete to gezinsdossier_app using (app_may(household_id, 'write'));
create policy petition_alternatives_delete on petition_alternatives for delete to gezinsdossier_app using (app_may(household_id, 'write'));
create policy petition_alternative_interventions_delete on petition_alternative_interventions for delete to gezinsdossier_app using (app_may(household_id, 'write'));
create policy petition_child_voices_delete on petition_child_voices for delete to gezinsdossier_app using (app_may(household_id, 'write'));

-- The counter-reviewer's access loader reads the household's envelope and its shielding records (so that
-- what is withheld from reviewers stays withheld); nothing else of the household opens to that ground.
create policy households_petition_read on households for select to gezinsdossier_app
  using (app_may(id, 'petition.read'));
create policy shielding_records_petition_read on shielding_records for select to gezinsdossier_app
  using (app_may(household_id, 'petition.read'));

-- A reviewer whose ground ended (submitted, or the term passed) may still learn that about their own review,
-- so a second submission is told the review is closed (409) instead of "not found".
create function app_own_review_state(p_review uuid) returns text
language sql stable security definer set search_path = public as $fn$
  select case when submitted_at is not null then 'SUBMITTED' when until <= now() then 'EXPIRED' else 'OPEN' end
  from petition_reviews where id = p_review and reviewer_id = app_actor_id()
$fn$;
revoke all on function app_own_review_state(uuid) from public;
grant execute on function app_own_review_state(uuid) to gezinsdossier_app;

create trigger petition_reviews_grounds after insert or update or delete or truncate on petition_reviews
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
    else false end;
end
$fn$;
`)
    .execute(db);
}
