import { type Kysely, sql } from 'kysely';

/**
 * Foundation schema: reference data (regions, municipalities, organisations), accounts, the household
 * dossier (households, persons, memberships, relations, network, cases, case team, timeline), break-the-glass
 * grants, the change history (dossier_events), sessions, and the hash-chained access log.
 *
 * Written for PostgreSQL 15 and PGlite (PostgreSQL 18) alike: no uuidv7(), no PG16+ syntax.
 * Never edit this file once merged; add a new migration instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table regions (
  id uuid primary key,
  code text not null unique,
  name text not null
);

create table municipalities (
  code text primary key check (code ~ '^GM[0-9]{4}$'),
  name text not null,
  region_id uuid not null references regions(id)
);
create index municipalities_region on municipalities(region_id);

create table organisations (
  id uuid primary key,
  region_id uuid not null references regions(id),
  name text not null,
  kind text not null check (kind in ('LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE', 'OTHER')),
  municipality_code text references municipalities(code)
);

create table accounts (
  id uuid primary key,
  kind text not null check (kind in ('PROFESSIONAL', 'FAMILY_MEMBER', 'ADMINISTRATOR')),
  display_name text not null check (length(display_name) between 1 and 120),
  email text,
  oidc_subject text unique,
  person_id uuid,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);

create table organisation_memberships (
  id uuid primary key,
  account_id uuid not null references accounts(id),
  organisation_id uuid not null references organisations(id),
  role text not null check (role in ('PROFESSIONAL', 'TEAM_LEAD', 'RVT_INTAKE')),
  created_at timestamptz not null default now(),
  ended_at timestamptz,
  unique (account_id, organisation_id, role)
);
create index organisation_memberships_account on organisation_memberships(account_id) where ended_at is null;

create table households (
  id uuid primary key,
  display_name text not null check (length(display_name) between 1 and 120),
  municipality_code text not null references municipalities(code),
  region_id uuid not null references regions(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index households_region on households(region_id);

create table persons (
  id uuid primary key,
  given_name text not null check (length(given_name) between 1 and 100),
  family_name text not null check (length(family_name) between 1 and 100),
  birth_date date,
  bsn text unique check (bsn ~ '^[0-9]{9}$'),
  gender text not null default 'UNKNOWN' check (gender in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index persons_family_name_birth on persons(lower(family_name), birth_date);

create table memberships (
  id uuid primary key,
  household_id uuid not null references households(id),
  person_id uuid not null references persons(id),
  role text not null check (role in ('CHILD', 'PARENT_WITH_AUTHORITY', 'PARENT_WITHOUT_AUTHORITY', 'CAREGIVER', 'OTHER_ADULT')),
  valid_from date not null,
  valid_to date,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check (valid_to is null or valid_to >= valid_from)
);
create index memberships_household on memberships(household_id);
create index memberships_person on memberships(person_id);

create table relations (
  id uuid primary key,
  household_id uuid not null references households(id),
  from_person_id uuid not null references persons(id),
  to_person_id uuid not null references persons(id),
  kind text not null check (kind in ('PARENT_OF', 'STEP_PARENT_OF', 'FOSTER_PARENT_OF', 'GUARDIAN_OF', 'GRANDPARENT_OF', 'PARTNER_OF', 'EX_PARTNER_OF', 'SIBLING_OF', 'OTHER')),
  has_parental_authority boolean not null default false,
  valid_from date,
  valid_to date,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check (from_person_id <> to_person_id),
  check (not has_parental_authority or kind in ('PARENT_OF', 'STEP_PARENT_OF', 'FOSTER_PARENT_OF', 'GUARDIAN_OF')),
  check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index relations_household on relations(household_id);

create table network_members (
  id uuid primary key,
  household_id uuid not null references households(id),
  display_name text not null check (length(display_name) between 1 and 120),
  relation text not null,
  involvement_agreed_by_household boolean not null,
  note text,
  created_at timestamptz not null default now(),
  version integer not null default 1
);
create index network_members_household on network_members(household_id);

create table cases (
  id uuid primary key,
  household_id uuid not null references households(id),
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  pathway_state text not null default 'SIGNAL_RECEIVED',
  rule_set_version text not null,
  version integer not null default 1
);
-- INV-08: one joint, current dossier per household.
create unique index cases_one_open_per_household on cases(household_id) where closed_at is null;

create table case_team_members (
  id uuid primary key,
  case_id uuid not null references cases(id),
  household_id uuid not null references households(id),
  professional_id uuid not null references accounts(id),
  organisation_id uuid not null references organisations(id),
  role text not null check (role in ('FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT')),
  expertise text,
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  end_reason text
);
-- INV-01: at most one active fixed professional and one active RVT partner per case (the domain keeps "at least one").
-- The fixed-professional rule is checked at commit, so a change of vast gezicht can add the successor
-- before ending the predecessor (the predecessor still has access while doing so).
alter table case_team_members add constraint case_team_one_fixed
  exclude using btree (case_id with =) where (role = 'FIXED_PROFESSIONAL' and ended_at is null)
  deferrable initially deferred;
create unique index case_team_one_rvt_partner on case_team_members(case_id) where role = 'RVT_PARTNER' and ended_at is null;
create unique index case_team_one_active_involvement on case_team_members(case_id, professional_id) where ended_at is null;
create index case_team_case on case_team_members(case_id);
create index case_team_professional_active on case_team_members(professional_id, household_id) where ended_at is null;
create index case_team_household_active on case_team_members(household_id, professional_id) where ended_at is null;

create table timeline_entries (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid references cases(id),
  kind text not null check (kind in ('NOTE', 'CONTACT', 'DOCUMENT')),
  title text not null check (length(title) between 1 and 200),
  body text not null default '' check (length(body) <= 20000),
  occurred_at timestamptz not null,
  about_person_ids uuid[] not null default '{}',
  document_file_name text,
  document_media_type text,
  document_size_bytes bigint,
  author_id uuid not null references accounts(id),
  created_at timestamptz not null default now()
);
create index timeline_entries_household on timeline_entries(household_id, occurred_at desc, id desc);

create table break_glass_grants (
  id uuid primary key,
  account_id uuid not null references accounts(id),
  organisation_id uuid references organisations(id),
  household_id uuid not null references households(id),
  reason_code text not null check (reason_code in ('ACUTE_DANGER', 'CRISIS_SERVICE_CALL', 'POLICE_REQUEST', 'OTHER')),
  reason text not null check (length(reason) between 10 and 2000),
  granted_at timestamptz not null default now(),
  expires_at timestamptz not null,
  reviewed_by uuid references accounts(id),
  reviewed_at timestamptz,
  review_verdict text check (review_verdict in ('JUSTIFIED', 'UNJUSTIFIED')),
  review_comment text,
  check (expires_at > granted_at)
);
create index break_glass_active on break_glass_grants(account_id, household_id, expires_at);
create index break_glass_unreviewed on break_glass_grants(organisation_id) where reviewed_at is null;

create table dossier_events (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  event_type text not null,
  actor_id uuid,
  on_behalf_of uuid,
  organisation_id uuid,
  household_id uuid,
  person_ids uuid[] not null default '{}',
  entity_type text not null,
  entity_id uuid not null,
  before jsonb,
  after jsonb,
  request_id text
);
create index dossier_events_household on dossier_events(household_id, id);
create index dossier_events_type_time on dossier_events(event_type, occurred_at);

create table sessions (
  id text primary key,
  account_id uuid not null references accounts(id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_account on sessions(account_id);

create table oidc_states (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  created_at timestamptz not null default now()
);

-- NEN 7513-style access log, hash-chained and append-only.
create table access_log (
  seq bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  actor_kind text not null,
  on_behalf_of uuid,
  organisation_id uuid,
  action text not null check (action in ('read', 'create', 'update', 'delete', 'export', 'print', 'search', 'break_glass')),
  resource_type text not null,
  resource_id text,
  household_id uuid,
  person_ids uuid[] not null default '{}',
  purpose text not null,
  legal_basis text not null,
  request_id text,
  break_glass_grant_id uuid,
  prev_hash text not null default '',
  hash text not null default ''
);
create index access_log_household on access_log(household_id, seq);
create index access_log_actor on access_log(actor_id, seq);

create table access_log_head (
  id integer primary key check (id = 1),
  seq bigint not null,
  hash text not null
);
insert into access_log_head (id, seq, hash) values (1, 0, 'genesis');

-- The canonical text of a row, hashed with its predecessor's hash. Timestamps as epoch microseconds so
-- the text does not depend on the session time zone.
create function access_log_hash(r access_log) returns text
language sql immutable as $fn$
  select encode(sha256(convert_to(
    r.seq::text || '|' || floor(extract(epoch from r.occurred_at) * 1000000)::bigint::text || '|' ||
    coalesce(r.actor_id::text, '-') || '|' || r.actor_kind || '|' || coalesce(r.on_behalf_of::text, '-') || '|' ||
    coalesce(r.organisation_id::text, '-') || '|' || r.action || '|' || r.resource_type || '|' ||
    coalesce(r.resource_id, '-') || '|' || coalesce(r.household_id::text, '-') || '|' ||
    array_to_string(r.person_ids, ',') || '|' || r.purpose || '|' || r.legal_basis || '|' ||
    coalesce(r.request_id, '-') || '|' || coalesce(r.break_glass_grant_id::text, '-') || '|' || r.prev_hash,
  'UTF8')), 'hex')
$fn$;

-- Runs as the owner so the application role needs no rights on access_log_head. The row lock on the head
-- serialises appends, so the chain has no forks even with concurrent transactions.
create function access_log_chain() returns trigger
language plpgsql security definer set search_path = public as $fn$
declare
  head_hash text;
begin
  select hash into head_hash from access_log_head where id = 1 for update;
  new.prev_hash := head_hash;
  new.hash := access_log_hash(new);
  update access_log_head set seq = new.seq, hash = new.hash where id = 1;
  return new;
end
$fn$;
create trigger access_log_chain before insert on access_log for each row execute function access_log_chain();

create function refuse_change() returns trigger
language plpgsql as $fn$
begin
  raise exception 'table % is append-only', tg_table_name using errcode = '42501';
end
$fn$;
create trigger access_log_append_only before update or delete on access_log for each row execute function refuse_change();
create trigger access_log_no_truncate before truncate on access_log for each statement execute function refuse_change();
create trigger dossier_events_append_only before update or delete on dossier_events for each row execute function refuse_change();
create trigger dossier_events_no_truncate before truncate on dossier_events for each statement execute function refuse_change();
`)
    .execute(db);
}
