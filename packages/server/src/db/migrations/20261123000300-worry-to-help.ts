import { type Kysely, sql } from 'kysely';

/**
 * The path of a worry (issue 3; spec §4.3, §5 KT2–KT5): intake and triage, concerns and facts,
 * investigations with their decisions, safety assessments and plans, one family plan, help, spoed, RVT
 * safety monitoring, pathway transitions and deadlines. Every table carries `household_id` so that
 * row-level security (`app_may_access_household`) and the learning indicators can use it directly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table cases add column state_changed_at timestamptz;
alter table timeline_entries drop constraint timeline_entries_kind_check;
alter table timeline_entries add constraint timeline_entries_kind_check
  check (kind in ('NOTE', 'CONTACT', 'DOCUMENT', 'STEP'));

create table reports (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  kind text not null check (kind in ('QUESTION', 'ADVICE_REQUEST', 'REPORT')),
  channel text not null check (channel in ('LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE')),
  received_at timestamptz not null,
  received_by uuid not null references accounts(id),
  received_by_organisation_id uuid not null references organisations(id),
  summary text not null check (length(summary) between 1 and 20000),
  reporter_kind text not null check (reporter_kind in ('CITIZEN', 'PROFESSIONAL', 'POLICE', 'HOUSEHOLD_MEMBER')),
  reporter_anonymous boolean not null,
  reporter_name text,
  reporter_organisation text,
  reporter_contact text,
  meldcode_step text,
  urgency text check (urgency in ('ROUTINE', 'PRIORITY', 'ACUTE')),
  next_step text,
  triage_rationale text,
  triaged_at timestamptz,
  triaged_by uuid references accounts(id),
  check (reporter_anonymous = false or reporter_kind = 'CITIZEN')
);
create index reports_case on reports(case_id, received_at);

create table reporter_feedback (
  id uuid primary key,
  report_id uuid not null references reports(id),
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  kind text not null,
  sent_at timestamptz not null,
  sent_by uuid not null references accounts(id)
);
create index reporter_feedback_report on reporter_feedback(report_id);

create table concerns (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  report_id uuid references reports(id),
  type text not null check (type in ('ACUTE_UNSAFETY', 'STRUCTURAL_UNSAFETY', 'DEVELOPMENTAL_THREAT')),
  description text not null,
  about_person_ids uuid[] not null,
  held_by jsonb not null,
  status text not null default 'OPEN' check (status in ('OPEN', 'REDUCED', 'RESOLVED', 'NOT_SUBSTANTIATED')),
  taxonomy_version text not null,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  updated_at timestamptz not null,
  version integer not null default 1
);
create index concerns_case on concerns(case_id);

create table investigations (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  kind text not null check (kind in ('FIRST', 'EXTENDED')),
  lead_organisation_kind text not null check (lead_organisation_kind in ('LOCAL_TEAM', 'RVT')),
  started_at timestamptz not null,
  started_by uuid not null references accounts(id),
  decided_at timestamptz,
  decided_by uuid references accounts(id),
  proposed_rule text,
  outcome text,
  deviates boolean,
  decision jsonb,
  rule_set_version text not null
);
-- One open investigation per case at a time.
create unique index investigations_one_open on investigations(case_id) where decided_at is null;

create table facts (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  investigation_id uuid references investigations(id),
  statement text not null,
  observed_on date,
  source_kind text not null check (source_kind in ('HOUSEHOLD', 'PROFESSIONAL', 'REGISTER', 'POLICE', 'OTHER')),
  source_description text not null check (length(source_description) > 0),
  obtained_with_consent boolean not null,
  legal_basis text,
  verification text not null check (verification in ('UNVERIFIED', 'CORROBORATED', 'DISPUTED')),
  concern_ids uuid[] not null default '{}',
  about_person_ids uuid[] not null default '{}',
  response_text text,
  response_person_ids uuid[] not null default '{}',
  responded_at timestamptz,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  version integer not null default 1,
  -- LS-16: without consent only with a legal basis (the household's own account needs no consent).
  check (obtained_with_consent or source_kind = 'HOUSEHOLD' or legal_basis is not null)
);
create index facts_case on facts(case_id, created_at);

create table network_conferences (
  id uuid primary key,
  investigation_id uuid not null references investigations(id),
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  held_on date not null,
  participants jsonb not null,
  outcome text not null,
  next_steps text not null,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id)
);

create table expert_consults (
  id uuid primary key,
  investigation_id uuid not null references investigations(id),
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  requested_by text not null check (requested_by in ('HOUSEHOLD', 'PROFESSIONAL')),
  expert_name text not null,
  question text not null,
  advice text,
  requested_at timestamptz not null,
  advised_at timestamptz
);

create table safety_assessments (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  instrument_id text not null,
  instrument_version text not null,
  dangers jsonb not null,
  protective_factors jsonb not null,
  safety_conditions jsonb not null,
  professional_score integer not null check (professional_score between 0 and 10),
  family_scores jsonb not null,
  uncertainty text,
  disagreement text,
  assessed_at timestamptz not null,
  assessed_by uuid not null references accounts(id)
);
create index safety_assessments_case on safety_assessments(case_id, assessed_at);

create table safety_plan_versions (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  version_no integer not null,
  conditions jsonb not null,
  agreements jsonb not null,
  check_dates jsonb not null,
  family_agreement_status text not null check (family_agreement_status in ('AGREED', 'PARTLY_AGREED', 'NOT_AGREED')),
  family_agreement_note text,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  unique (case_id, version_no)
);

create table safety_plan_events (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  kind text not null check (kind in ('BREACH', 'EVALUATION')),
  occurred_on date not null,
  description text not null,
  follow_up text,
  conditions_met text check (conditions_met in ('YES', 'PARTLY', 'NO')),
  household_view text,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id)
);
create index safety_plan_events_case on safety_plan_events(case_id, occurred_on);

create table life_domains (
  code text primary key,
  label_nl text not null,
  label_en text not null,
  position integer not null,
  active boolean not null default true
);

create table plan_goals (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  person_id uuid references persons(id),
  life_domain text not null references life_domains(code),
  description text not null,
  status text not null default 'ACTIVE' check (status in ('ACTIVE', 'ACHIEVED', 'STOPPED')),
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  version integer not null default 1
);
create index plan_goals_case on plan_goals(case_id);

create table plan_scores (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  person_id uuid references persons(id),
  life_domain text not null references life_domains(code),
  score integer not null check (score between 1 and 5),
  scored_by text not null check (scored_by in ('PROFESSIONAL', 'FAMILY')),
  note text,
  scored_at timestamptz not null,
  recorded_by uuid not null references accounts(id)
);
create index plan_scores_case on plan_scores(case_id, scored_at);

create table plan_actions (
  id uuid primary key,
  goal_id uuid not null references plan_goals(id),
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  description text not null,
  owner_kind text not null check (owner_kind in ('FAMILY', 'NETWORK', 'PROFESSIONAL')),
  owner_name text not null,
  due_on date,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id)
);
create index plan_actions_goal on plan_actions(goal_id);

create table plan_evaluations (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  summary text not null,
  household_view text,
  evaluated_at timestamptz not null,
  evaluated_by uuid not null references accounts(id)
);

create table interventions (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  goal_id uuid references plan_goals(id),
  title text not null,
  category text not null,
  provider text not null,
  target_person_ids uuid[] not null,
  frame text not null check (frame in ('VOLUNTARY', 'DRANG', 'COERCED')),
  consent jsonb,
  measure_reference text,
  status text not null default 'REQUESTED' check (status in ('REQUESTED', 'STARTED', 'ENDED', 'UNAVAILABLE')),
  requested_on date not null,
  started_on date,
  ended_on date,
  unavailable_on date,
  end_reason text,
  unmet_reason text,
  created_at timestamptz not null,
  created_by uuid not null references accounts(id),
  version integer not null default 1,
  -- VAL-03 / LS-12: the frame rests on consent or on a measure.
  check ((frame = 'COERCED' and measure_reference is not null) or (frame <> 'COERCED' and consent is not null))
);
create index interventions_case on interventions(case_id);

create table urgent_safety_episodes (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  situation text not null,
  state_at_start text not null,
  started_at timestamptz not null,
  started_by uuid not null references accounts(id),
  immediate_measures jsonb,
  safety_reached text,
  returned_to text,
  ended_at timestamptz,
  ended_by uuid references accounts(id)
);
create unique index urgent_safety_one_active on urgent_safety_episodes(case_id) where ended_at is null;

create table safety_monitoring (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  investigation_id uuid references investigations(id),
  started_at timestamptz not null,
  started_by uuid not null references accounts(id),
  ended_at timestamptz,
  ended_by uuid references accounts(id),
  end_reason text
);
create unique index safety_monitoring_one_active on safety_monitoring(case_id) where ended_at is null;

create table pathway_transitions (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  from_state text not null,
  to_state text not null,
  label text not null,
  reason text,
  occurred_at timestamptz not null,
  actor_id uuid not null references accounts(id)
);
create index pathway_transitions_case on pathway_transitions(case_id, occurred_at);

create table deadlines (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  kind text not null,
  subject_id uuid,
  responsible_role text not null check (responsible_role in ('FIXED_PROFESSIONAL', 'RVT_PARTNER')),
  due_on date not null,
  rule_pack_version text not null,
  created_at timestamptz not null,
  met_at timestamptz,
  cancelled_at timestamptz
);
create index deadlines_open_case on deadlines(case_id) where met_at is null and cancelled_at is null;
create index deadlines_open_due on deadlines(due_on) where met_at is null and cancelled_at is null;
`)
    .execute(db);

  const caseTables = [
    'reports',
    'reporter_feedback',
    'concerns',
    'investigations',
    'facts',
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
    'urgent_safety_episodes',
    'safety_monitoring',
    'pathway_transitions',
    'deadlines',
  ];
  for (const table of caseTables) {
    await sql
      .raw(`
grant select, insert, update on ${table} to gezinsdossier_app;
alter table ${table} enable row level security;
create policy ${table}_read on ${table} for select to gezinsdossier_app using (app_may_access_household(household_id));
create policy ${table}_insert on ${table} for insert to gezinsdossier_app with check (app_may_access_household(household_id));
create policy ${table}_update on ${table} for update to gezinsdossier_app using (app_may_access_household(household_id));
`)
      .execute(db);
  }
  await sql
    .raw(`
grant select on life_domains to gezinsdossier_app;

-- Search before create (KT2): households matching a BSN, or a family name with a birth date, with only
-- what the receiver needs to avoid a duplicate and to reach the vast gezicht. Callers log the search.
create function app_match_households(p_bsn text, p_family_name text, p_birth_date date)
returns table (household_id uuid, household_name text, municipality_code text, matched_on text,
  fixed_professional_name text, fixed_organisation_name text)
language sql stable security definer set search_path = public as $fn$
  select distinct on (h.id) h.id, h.display_name, h.municipality_code,
    case when p_bsn is not null and p.bsn = p_bsn then 'BSN' else 'NAME_BIRTH_DATE' end,
    a.display_name, o.name
  from persons p
  join memberships ms on ms.person_id = p.id and ms.valid_to is null
  join households h on h.id = ms.household_id
  left join case_team_members m on m.household_id = h.id and m.role = 'FIXED_PROFESSIONAL' and m.ended_at is null
  left join accounts a on a.id = m.professional_id
  left join organisations o on o.id = m.organisation_id
  where app_actor_id() is not null
    and ((p_bsn is not null and p.bsn = p_bsn)
      or (p_family_name is not null and p_birth_date is not null
          and lower(p.family_name) = lower(p_family_name) and p.birth_date = p_birth_date))
  order by h.id
  limit 20
$fn$;
revoke all on function app_match_households(text, text, date) from public;
grant execute on function app_match_households(text, text, date) to gezinsdossier_app;

-- The team lead's view of overdue work: open deadlines of cases whose vast gezicht (or RVT partner)
-- works in an organisation the actor leads. Only what the lead needs to act: no case content.
create function app_supervised_deadlines()
returns table (deadline_id uuid, household_id uuid, household_name text, kind text, due_on date,
  rule_pack_version text, responsible_role text, professional_id uuid, professional_name text)
language sql stable security definer set search_path = public as $fn$
  select d.id, h.id, h.display_name, d.kind, d.due_on, d.rule_pack_version, d.responsible_role, a.id, a.display_name
  from deadlines d
  join households h on h.id = d.household_id
  join case_team_members m on m.case_id = d.case_id and m.role = d.responsible_role and m.ended_at is null
  join accounts a on a.id = m.professional_id
  where d.met_at is null and d.cancelled_at is null
    and exists (
      select 1 from organisation_memberships lead
      where lead.account_id = app_actor_id() and lead.role = 'TEAM_LEAD' and lead.ended_at is null
        and lead.organisation_id = m.organisation_id)
$fn$;
revoke all on function app_supervised_deadlines() from public;
grant execute on function app_supervised_deadlines() to gezinsdossier_app;
`)
    .execute(db);
}
