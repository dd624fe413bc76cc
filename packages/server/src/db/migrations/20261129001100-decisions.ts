import { type Kysely, sql } from 'kysely';

/**
 * Weighty decisions with their reasons and gates (issue 10 point 1 and point 4; LS-04, LS-05, LS-07, LS-10,
 * KT7-R5): the decision record, the facts it rests on at the version used, the gates it passed (a lighter
 * counter-review and four-eyes approval), and the region's configuration of those gates per decision type.
 * A held decision keeps the command it will carry out (`command`, `command_input`) until its last gate.
 * Informed consent can be refused (LS-08): help the family declined is kept as such.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
create table decision_policies (
  region_id uuid not null references regions(id),
  decision_type text not null,
  review_roles text[],
  four_eyes_roles text[],
  reason text not null check (char_length(reason) between 1 and 2000),
  version integer not null,
  updated_by uuid references accounts(id),
  updated_at timestamptz not null,
  primary key (region_id, decision_type)
);
grant select, insert, update on decision_policies to gezinsdossier_app;

create table decisions (
  id uuid primary key,
  household_id uuid not null references households(id),
  case_id uuid not null references cases(id),
  type text not null,
  status text not null check (status in ('AWAITING_REVIEW', 'AWAITING_APPROVAL', 'TAKEN', 'RETURNED', 'WITHDRAWN')),
  decided_by uuid not null references accounts(id),
  decided_at timestamptz not null,
  organisation_id uuid references organisations(id),
  rule text,
  rule_pack_version text not null,
  reasons text not null check (char_length(reasons) between 1 and 4000),
  child_interest text,
  family_view text,
  alternatives jsonb not null default '[]'::jsonb,
  heard jsonb not null default '[]'::jsonb,
  dissent jsonb not null default '[]'::jsonb,
  -- The gates configured when the decision was taken: a later change of configuration does not move it.
  policy jsonb not null,
  subject_type text,
  subject_id uuid,
  command text,
  command_input jsonb,
  taken_at timestamptz,
  closed_reason text,
  version integer not null default 1,
  -- A held decision keeps what it will carry out; a taken one says when it took effect.
  check (status not in ('AWAITING_REVIEW', 'AWAITING_APPROVAL') or (command is not null and command_input is not null)),
  check ((status = 'TAKEN') = (taken_at is not null))
);
create index decisions_case on decisions(case_id, decided_at);
create index decisions_open on decisions(household_id) where status in ('AWAITING_REVIEW', 'AWAITING_APPROVAL');

create table decision_facts (
  decision_id uuid not null references decisions(id),
  household_id uuid not null references households(id),
  fact_id uuid not null references facts(id),
  fact_version integer not null,
  primary key (decision_id, fact_id)
);

create table decision_gates (
  id uuid primary key,
  decision_id uuid not null references decisions(id),
  household_id uuid not null references households(id),
  gate text not null check (gate in ('REVIEW', 'FOUR_EYES')),
  outcome text not null check (outcome in ('PROCEED', 'RECONSIDER', 'APPROVE', 'REJECT')),
  best_for_household text,
  follows_from_information text,
  rationale text not null check (char_length(rationale) between 1 and 2000),
  answered_by uuid not null references accounts(id),
  answered_at timestamptz not null,
  check ((gate = 'REVIEW') = (outcome in ('PROCEED', 'RECONSIDER'))),
  check (gate <> 'REVIEW' or (best_for_household is not null and follows_from_information is not null))
);
create index decision_gates_decision on decision_gates(decision_id, answered_at);

grant select, insert, update on decisions to gezinsdossier_app;
grant select, insert on decision_facts, decision_gates to gezinsdossier_app;
alter table decisions enable row level security;
alter table decision_facts enable row level security;
alter table decision_gates enable row level security;
create policy decisions_read on decisions for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy decisions_insert on decisions for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));
create policy decisions_update on decisions for update to gezinsdossier_app
  using (app_may(household_id, 'write'));
create policy decision_facts_read on decision_facts for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy decision_facts_insert on decision_facts for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));
create policy decision_gates_read on decision_gates for select to gezinsdossier_app
  using (app_may(household_id, 'casework.read'));
create policy decision_gates_insert on decision_gates for insert to gezinsdossier_app
  with check (app_may(household_id, 'write'));

-- LS-08: informed consent can be refused, and given consent withdrawn; the help is then declined, which is
-- a legitimate outcome and not the same as help that was unavailable (unmet need).
alter table interventions drop constraint interventions_status_check;
alter table interventions add constraint interventions_status_check
  check (status in ('REQUESTED', 'STARTED', 'ENDED', 'UNAVAILABLE', 'DECLINED'));
alter table interventions add column declined_on date;
alter table interventions add column decline_reason text check (char_length(decline_reason) between 1 and 2000);
`)
    .execute(db);
}
