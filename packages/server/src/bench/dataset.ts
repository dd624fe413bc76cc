import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema';
import { seedReferenceData } from '../seed/seed';

/**
 * Builds a benchmark dataset in bulk with generate_series: N households with 3–4 persons each (≈3.33 per
 * household), one relation pair, one network member, a case with a fixed professional (≈40 households per
 * professional) and for 30 % an RVT partner, T timeline entries per household, and 2–3 deadlines per case
 * (one met, the others spread from 15 days overdue to 25 days ahead); professional 1 also leads the team. Ids are derived from
 * numbers so the measurement loop can pick households and their professionals without lookups.
 * All names are synthetic ("Bench"); there are no BSNs.
 */
export interface DatasetShape {
  households: number;
  timelinePerHousehold: number;
  householdsPerProfessional: number;
}

export const benchId = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const idSql = (kind: number, expr: string) =>
  `(lpad(to_hex(${kind}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(${expr}), 12, '0'))::uuid`;

export function professionalCount(shape: DatasetShape): number {
  return Math.max(1, Math.ceil(shape.households / shape.householdsPerProfessional));
}

/** The fixed professional number (1-based) of household h. */
export function fixedProfessionalOf(h: number, professionals: number): number {
  return (h % professionals) + 1;
}

export async function buildDataset(
  db: Kysely<DB>,
  shape: DatasetShape,
  log: (line: string) => void,
): Promise<void> {
  const reference = await seedReferenceData(db);
  const regionId = reference.regionIds[0] as string;
  const lt = reference.professionals.find((p) => p.organisationKind === 'LOCAL_TEAM') as {
    organisationId: string;
  };
  const rvt = reference.professionals.find((p) => p.organisationKind === 'RVT') as { organisationId: string };
  const P = professionalCount(shape);
  const R = Math.max(1, Math.ceil(P / 4));
  await sql
    .raw(`
insert into accounts (id, kind, display_name, is_demo)
  select ${idSql(9, 'p')}, 'PROFESSIONAL', 'Bench professional ' || p, false from generate_series(1, ${P + R}) p
  on conflict do nothing;
insert into organisation_memberships (id, account_id, organisation_id, role)
  select ${idSql(10, 'p')}, ${idSql(9, 'p')}, case when p <= ${P} then '${lt.organisationId}'::uuid else '${rvt.organisationId}'::uuid end, 'PROFESSIONAL'
  from generate_series(1, ${P + R}) p on conflict do nothing;
-- Professional 1 also leads the Lokaal Team: the team lead's worklist covers every bench household.
insert into organisation_memberships (id, account_id, organisation_id, role)
  values (${idSql(10, `${P + R + 1}`)}, ${idSql(9, '1')}, '${lt.organisationId}'::uuid, 'TEAM_LEAD') on conflict do nothing;
`)
    .execute(db);
  const chunk = 10_000;
  const codes = `array['GM0344','GM0307','GM0356','GM0355','GM0321','GM0353','GM0310','GM0632','GM0345','GM1904']`;
  for (let from = 1; from <= shape.households; from += chunk) {
    const to = Math.min(shape.households, from + chunk - 1);
    await db.transaction().execute(async (tx) => {
      await sql
        .raw(`
insert into households (id, display_name, municipality_code, region_id, created_at, updated_at)
  select ${idSql(1, 'h')}, 'Gezin Bench ' || h, (${codes})[1 + h % 10], '${regionId}', now() - interval '400 days', now() - interval '400 days'
  from generate_series(${from}, ${to}) h;
insert into persons (id, given_name, family_name, birth_date, gender, created_at, updated_at)
  select ${idSql(2, 'h * 4 + k')}, 'Persoon' || k, 'Bench ' || h, date '2010-01-01' - ((k * 9 + h % 20) * 365),
    case when k % 2 = 0 then 'MALE' else 'FEMALE' end, now(), now()
  from generate_series(${from}, ${to}) h cross join lateral generate_series(1, 3 + (h % 3 = 0)::int) k;
insert into memberships (id, household_id, person_id, role, valid_from)
  select ${idSql(3, 'h * 4 + k')}, ${idSql(1, 'h')}, ${idSql(2, 'h * 4 + k')},
    case when k <= 2 then 'PARENT_WITH_AUTHORITY' else 'CHILD' end, date '2015-01-01'
  from generate_series(${from}, ${to}) h cross join lateral generate_series(1, 3 + (h % 3 = 0)::int) k;
insert into relations (id, household_id, from_person_id, to_person_id, kind, has_parental_authority)
  select ${idSql(4, 'h * 2 + k')}, ${idSql(1, 'h')}, ${idSql(2, 'h * 4 + 1')}, ${idSql(2, 'h * 4 + 1 + k')},
    case when k = 1 then 'PARTNER_OF' else 'PARENT_OF' end, k = 2
  from generate_series(${from}, ${to}) h cross join generate_series(1, 2) k;
insert into network_members (id, household_id, display_name, relation, involvement_agreed_by_household)
  select ${idSql(5, 'h')}, ${idSql(1, 'h')}, 'Oma Bench ' || h, 'GRANDPARENT', true from generate_series(${from}, ${to}) h;
insert into cases (id, household_id, opened_at, rule_set_version, pathway_state, state_changed_at)
  select ${idSql(6, 'h')}, ${idSql(1, 'h')}, now() - interval '400 days', 'nl-2026.1', 'VOLUNTARY_HELP', now() - interval '300 days'
  from generate_series(${from}, ${to}) h;
insert into case_team_members (id, case_id, household_id, professional_id, organisation_id, role, started_at)
  select ${idSql(7, 'h * 2')}, ${idSql(6, 'h')}, ${idSql(1, 'h')}, ${idSql(9, `(h % ${P}) + 1`)}, '${lt.organisationId}', 'FIXED_PROFESSIONAL', now() - interval '400 days'
  from generate_series(${from}, ${to}) h;
insert into case_team_members (id, case_id, household_id, professional_id, organisation_id, role, started_at)
  select ${idSql(7, 'h * 2 + 1')}, ${idSql(6, 'h')}, ${idSql(1, 'h')}, ${idSql(9, `${P} + (h % ${R}) + 1`)}, '${rvt.organisationId}', 'RVT_PARTNER', now() - interval '300 days'
  from generate_series(${from}, ${to}) h where h % 10 < 3;
insert into deadlines (id, case_id, household_id, kind, subject_id, responsible_role, due_on, rule_pack_version, created_at, met_at)
  select ${idSql(11, 'h * 4 + k')}, ${idSql(6, 'h')}, ${idSql(1, 'h')},
    (array['FAMILY_PLAN', 'SAFETY_PLAN_CHECK', 'REPORTER_FEEDBACK'])[k], null, 'FIXED_PROFESSIONAL',
    current_date + ((h * 7 + k * 5) % 40 - 15), 'nl-2026.1', now() - interval '300 days',
    case when k = 1 then now() - interval '290 days' end
  from generate_series(${from}, ${to}) h cross join generate_series(1, 3) k where k < 3 or h % 4 = 0;
insert into deadlines (id, case_id, household_id, kind, subject_id, responsible_role, due_on, rule_pack_version, created_at)
  select ${idSql(11, 'h * 4')}, ${idSql(6, 'h')}, ${idSql(1, 'h')}, 'SAFETY_MONITORING_REVIEW', null, 'RVT_PARTNER',
    current_date + (h % 60 - 20), 'nl-2026.1', now() - interval '300 days'
  from generate_series(${from}, ${to}) h where h % 10 < 3;
insert into timeline_entries (id, household_id, case_id, kind, title, body, occurred_at, author_id, created_at)
  select ${idSql(8, `h * ${shape.timelinePerHousehold} + k`)}, ${idSql(1, 'h')}, ${idSql(6, 'h')}, 'NOTE', 'Huisbezoek ' || k,
    'Gesprek met het gezin over de afspraken. Volgende afspraak over twee weken.',
    now() - (k * interval '11 hours') - (h % 97) * interval '1 minute', ${idSql(9, `(h % ${P}) + 1`)}, now()
  from generate_series(${from}, ${to}) h cross join generate_series(1, ${shape.timelinePerHousehold}) k;
`)
        .execute(tx);
    });
    log(`  dataset: ${to}/${shape.households} households`);
  }
  await sql.raw('analyze').execute(db);
}
