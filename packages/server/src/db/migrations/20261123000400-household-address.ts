import { type Kysely, sql } from 'kysely';

/**
 * A household's address as postcode + house number, so that search before create (KT2) can also match on
 * the address. Optional: a report may come in before the address is known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
alter table households add column postcode text, add column house_number text;
alter table households add constraint households_address_complete
  check ((postcode is null) = (house_number is null));
alter table households add constraint households_postcode_format
  check (postcode is null or postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$');
create index households_address on households(postcode, house_number) where postcode is not null;

drop function app_match_households(text, text, date);

-- Search before create (KT2): households matching a BSN, a family name with a birth date, or a postcode
-- with a house number, with only what the receiver needs to avoid a duplicate and to reach the vast
-- gezicht. Callers log the search.
create function app_match_households(p_bsn text, p_family_name text, p_birth_date date, p_postcode text,
  p_house_number text)
returns table (household_id uuid, household_name text, municipality_code text, matched_on text,
  fixed_professional_name text, fixed_organisation_name text)
language sql stable security definer set search_path = public as $fn$
  with matched as (
    select ms.household_id, case when p.bsn = p_bsn then 'BSN' else 'NAME_BIRTH_DATE' end as matched_on
    from persons p
    join memberships ms on ms.person_id = p.id and ms.valid_to is null
    where (p_bsn is not null and p.bsn = p_bsn)
       or (p_family_name is not null and p_birth_date is not null
           and lower(p.family_name) = lower(p_family_name) and p.birth_date = p_birth_date)
    union all
    select h.id, 'ADDRESS' from households h
    where p_postcode is not null and p_house_number is not null
      and h.postcode = p_postcode and lower(h.house_number) = lower(p_house_number)
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
`)
    .execute(db);
}
