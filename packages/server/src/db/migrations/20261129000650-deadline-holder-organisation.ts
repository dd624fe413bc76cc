import { type Kysely, sql } from 'kysely';

/**
 * The team lead's overdue view at a cost that follows the lead's teams, not the region (issue 7: p95 may
 * not grow more than 1.5× from 20k to 300k households).
 *
 * The view used to walk all open deadlines of the region in (due_on, id) order and keep those whose holder
 * works in an organisation the lead leads. When the oldest overdue deadlines belong to other organisations
 * (another RVT, another Lokaal Team), the walk passes all of them before it finds a page: 15,000 rows at
 * 300k households against 1,000 at 20k.
 *
 * Each open deadline now records the organisation of the team member who holds it
 * (`holder_organisation_id`): the first active member of the case in the deadline's responsible role, by
 * start. Triggers keep it true: on a new deadline, and on every change of the case team (a new vast gezicht,
 * the Lokaal Team linked, an RVT partner or expert ending). The view reads one index range per organisation
 * the lead leads, (holder_organisation_id, due_on, id), and stops at its page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table deadlines add column holder_organisation_id uuid references organisations(id);

create function app_deadline_holder_organisation(p_case_id uuid, p_role text) returns uuid
language sql stable security definer set search_path = public as $fn$
  select m.organisation_id from case_team_members m
  where m.case_id = p_case_id and m.role = p_role and m.ended_at is null
  order by m.started_at, m.id
  limit 1
$fn$;
revoke all on function app_deadline_holder_organisation(uuid, text) from public;

update deadlines d
  set holder_organisation_id = app_deadline_holder_organisation(d.case_id, d.responsible_role)
  where d.met_at is null and d.cancelled_at is null;

create index deadlines_open_holder_due on deadlines(holder_organisation_id, due_on, id)
  where met_at is null and cancelled_at is null;

-- A new deadline records its holder's organisation.
create function deadlines_set_holder_organisation() returns trigger
language plpgsql security definer set search_path = public as $fn$
begin
  new.holder_organisation_id := app_deadline_holder_organisation(new.case_id, new.responsible_role);
  return new;
end
$fn$;
create trigger deadlines_holder_organisation before insert on deadlines
  for each row execute function deadlines_set_holder_organisation();

-- A change of the case team moves the open deadlines of the roles it touched to their new holder.
create function case_team_members_move_deadlines() returns trigger
language plpgsql security definer set search_path = public as $fn$
begin
  update deadlines d
    set holder_organisation_id = app_deadline_holder_organisation(d.case_id, d.responsible_role)
    where d.case_id = new.case_id
      and d.responsible_role in (new.role, case when tg_op = 'UPDATE' then old.role else new.role end)
      and d.met_at is null and d.cancelled_at is null
      and d.holder_organisation_id is distinct from
          app_deadline_holder_organisation(d.case_id, d.responsible_role);
  return null;
end
$fn$;
create trigger case_team_members_deadline_holder
  after insert or update of role, organisation_id, ended_at, started_at on case_team_members
  for each row execute function case_team_members_move_deadlines();

create or replace function app_supervised_deadlines(p_before date, p_limit integer)
returns table (deadline_id uuid, household_id uuid, household_name text, kind text, due_on date,
  rule_pack_version text, responsible_role text, professional_id uuid, professional_name text)
language sql stable security definer set search_path = public as $fn$
  select d.id, h.id, h.display_name, d.kind, d.due_on, d.rule_pack_version, d.responsible_role, a.id, a.display_name
  from organisation_memberships lead
  cross join lateral (
    select d.* from deadlines d
    where d.holder_organisation_id = lead.organisation_id
      and d.met_at is null and d.cancelled_at is null and d.due_on < p_before
      and (d.subject_id is null or not app_withheld(d.subject_id, 'TEAM_SUPERVISION'))
    order by d.due_on, d.id
    limit least(greatest(p_limit, 0), 500)
  ) d
  cross join lateral (
    select m.professional_id from case_team_members m
    where m.case_id = d.case_id and m.role = d.responsible_role and m.ended_at is null
    order by m.started_at, m.id
    limit 1
  ) m
  join households h on h.id = d.household_id
  join accounts a on a.id = m.professional_id
  where lead.account_id = app_actor_id() and lead.role = 'TEAM_LEAD' and lead.ended_at is null
  order by d.due_on, d.id
  limit least(greatest(p_limit, 0), 500)
$fn$;
`)
    .execute(db);
}
