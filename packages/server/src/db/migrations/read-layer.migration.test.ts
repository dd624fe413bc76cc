import { randomUUID } from 'node:crypto';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../seed/seed';
import { prepareEmptyDatabase, type TestDatabaseLocation } from '../../test/database';
import { type Database, migrateToLatest, openDatabase } from '../database';
import type { DB } from '../schema';
import { migrations } from './index';

/**
 * The read-layer migration converts what is already stored: the household's address becomes an item per
 * current member, a shared response to a fact one row per person, uuid arrays join tables, a decision's
 * free JSON judgements and columns, old timeline steps keep their text as 'legacy' steps, and the untyped
 * change history is retired to codes only (no names, no free text).
 */
let location: TestDatabaseLocation;
let database: Database;
const id = () => randomUUID();
const ids = {
  household: id(),
  parent: id(),
  child: id(),
  case: id(),
  concern: id(),
  fact: id(),
  investigation: id(),
  intervention: id(),
  note: id(),
  step: id(),
};

beforeAll(async () => {
  location = await prepareEmptyDatabase();
  database = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
  const migrator = new Migrator({
    db: database.db.withoutPlugins() as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
  });
  const before = await migrator.migrateTo('20261123000500-supervised-deadlines-page');
  expect(before.error).toBeUndefined();
  // The schema of then has no counter-review roles.
  const reference = await seedReferenceData(database.db, { reviewPool: false });
  const lt = reference.professionals.find((p) => p.organisationKind === 'LOCAL_TEAM') as {
    id: string;
    organisationId: string;
  };
  const { household, parent, child } = ids;
  await sql
    .raw(`
insert into households (id, display_name, municipality_code, region_id, postcode, house_number, created_at)
  values ('${household}', 'Gezin Oud', 'GM0344', '${reference.regionIds[0]}', '3511SA', '12b', '2025-01-01');
insert into persons (id, given_name, family_name, birth_date, gender) values
  ('${parent}', 'Anna', 'Oudenaarde', '1985-01-01', 'FEMALE'), ('${child}', 'Bram', 'Oudenaarde', '2015-01-01', 'MALE');
insert into memberships (id, household_id, person_id, role, valid_from) values
  ('${id()}', '${household}', '${parent}', 'PARENT_WITH_AUTHORITY', '2015-01-01'),
  ('${id()}', '${household}', '${child}', 'CHILD', '2015-01-01');
insert into cases (id, household_id, rule_set_version, pathway_state) values ('${ids.case}', '${household}', 'nl-2026.1', 'EXTENDED_INVESTIGATION');
insert into case_team_members (id, case_id, household_id, professional_id, organisation_id, role)
  values ('${id()}', '${ids.case}', '${household}', '${lt.id}', '${lt.organisationId}', 'FIXED_PROFESSIONAL');
insert into concerns (id, case_id, household_id, type, description, about_person_ids, held_by, taxonomy_version, created_at, created_by, updated_at)
  values ('${ids.concern}', '${ids.case}', '${household}', 'STRUCTURAL_UNSAFETY', 'Spanning', array['${child}']::uuid[], '[]', 'zorgen-2026.1', now(), '${lt.id}', now());
insert into facts (id, case_id, household_id, statement, source_kind, source_description, obtained_with_consent, verification,
    concern_ids, about_person_ids, response_text, response_person_ids, responded_at, created_at, created_by)
  values ('${ids.fact}', '${ids.case}', '${household}', 'Te laat op school', 'HOUSEHOLD', 'Ouder', true, 'DISPUTED',
    array['${ids.concern}']::uuid[], array['${child}']::uuid[], 'Dat klopt niet', array['${parent}', '${child}']::uuid[], now(), now(), '${lt.id}');
insert into investigations (id, case_id, household_id, kind, lead_organisation_kind, started_at, started_by, decided_at, decided_by,
    proposed_rule, outcome, deviates, decision, rule_set_version)
  values ('${ids.investigation}', '${ids.case}', '${household}', 'FIRST', 'LOCAL_TEAM', now(), '${lt.id}', now(), '${lt.id}',
    'EO-3', 'EO3_EXTENDED', false,
    '{"establishment": {"concernIds": ["${ids.concern}"], "reducibleVia": ["PROFESSIONAL_HELP"],
       "willingToReduce": {"value": "NO", "rationale": "Weigert hulp", "householdView": "Wij redden het zelf"}},
      "wantsHelp": {"value": "NO", "rationale": "Zegt nee"}, "rationale": "Vervolgonderzoek nodig",
      "proposal": {"rule": "EO-3", "options": ["EO3_EXTENDED"]}}', 'nl-2026.1');
insert into interventions (id, case_id, household_id, title, category, provider, target_person_ids, frame, consent, requested_on, created_at, created_by)
  values ('${ids.intervention}', '${ids.case}', '${household}', 'Opvoedhulp', 'YOUTH_CARE', 'Hulp', array['${parent}']::uuid[], 'VOLUNTARY',
    '{"givenByPersonIds": ["${parent}"], "givenOn": "2025-02-01", "reason": "r", "consequencesOfRefusal": "c"}', '2025-02-01', now(), '${lt.id}');
insert into timeline_entries (id, household_id, case_id, kind, title, body, occurred_at, about_person_ids, author_id) values
  ('${ids.note}', '${household}', '${ids.case}', 'NOTE', 'Huisbezoek', 'Rustig', now(), array['${child}']::uuid[], '${lt.id}'),
  ('${ids.step}', '${household}', '${ids.case}', 'STEP', 'Eerste onderzoek → Uitgebreid onderzoek', 'Vervolgonderzoek nodig', now(), '{}', '${lt.id}');
insert into dossier_events (event_type, actor_id, household_id, person_ids, entity_type, entity_id, before, after) values
  ('person.updated', '${lt.id}', '${household}', array['${parent}']::uuid[], 'person', '${parent}',
    '{"givenName": "Ana", "bsn": "999999990"}', '{"givenName": "Anna", "bsn": "999999990", "gender": "FEMALE"}'),
  ('report.received', '${lt.id}', '${household}', '{}', 'report', '${id()}', null,
    '{"kind": "REPORT", "channel": "LOCAL_TEAM", "anonymous": false, "summary": "Buren horen geschreeuw"}');
`)
    .execute(database.db);
  await migrateToLatest(database.db);
});
afterAll(async () => {
  await database?.close();
  await location?.drop();
});

const db = (): Kysely<DB> => database.db;

describe('migration 20261129000000-read-layer on existing data', () => {
  it('the household address becomes a dated item of each current member', async () => {
    const rows = await db()
      .selectFrom('personAddresses')
      .select(['personId', 'postcode', 'houseNumber', 'validTo'])
      .where('householdId', '=', ids.household)
      .orderBy('personId')
      .execute();
    expect(rows).toEqual(
      [ids.parent, ids.child]
        .sort()
        .map((personId) => ({ personId, postcode: '3511SA', houseNumber: '12b', validTo: null })),
    );
  });

  it('a shared response to a fact becomes one row per responding person; arrays become join tables', async () => {
    const responses = await db()
      .selectFrom('factResponses')
      .select(['personId', 'text'])
      .where('factId', '=', ids.fact)
      .execute();
    expect(responses.map((r) => r.personId).sort()).toEqual([ids.parent, ids.child].sort());
    expect(responses.every((r) => r.text === 'Dat klopt niet')).toBe(true);
    expect(
      await db().selectFrom('factConcerns').select('concernId').where('factId', '=', ids.fact).execute(),
    ).toEqual([{ concernId: ids.concern }]);
    expect(
      await db().selectFrom('factPersons').select('personId').where('factId', '=', ids.fact).execute(),
    ).toEqual([{ personId: ids.child }]);
    expect(
      await db()
        .selectFrom('concernPersons')
        .select('personId')
        .where('concernId', '=', ids.concern)
        .execute(),
    ).toEqual([{ personId: ids.child }]);
    expect(
      await db()
        .selectFrom('interventionPersons')
        .select('personId')
        .where('interventionId', '=', ids.intervention)
        .execute(),
    ).toEqual([{ personId: ids.parent }]);
    expect(
      await db()
        .selectFrom('timelineEntryPersons')
        .select('personId')
        .where('entryId', '=', ids.note)
        .execute(),
    ).toEqual([{ personId: ids.child }]);
  });

  it('a decision’s judgements become rows and its texts columns; old steps keep their text as legacy', async () => {
    const investigation = await db()
      .selectFrom('investigations')
      .select(['rationale', 'reducibleVia', 'proposalOptions', 'decisionRound'])
      .where('id', '=', ids.investigation)
      .executeTakeFirstOrThrow();
    expect(investigation).toEqual({
      rationale: 'Vervolgonderzoek nodig',
      reducibleVia: ['PROFESSIONAL_HELP'],
      proposalOptions: ['EO3_EXTENDED'],
      decisionRound: 1,
    });
    const judgements = await db()
      .selectFrom('judgements')
      .select(['question', 'value', 'householdView'])
      .where('investigationId', '=', ids.investigation)
      .orderBy('position')
      .execute();
    expect(judgements).toEqual([
      { question: 'willingToReduce', value: 'NO', householdView: 'Wij redden het zelf' },
      { question: 'wantsHelp', value: 'NO', householdView: null },
    ]);
    expect(
      await db()
        .selectFrom('investigationConcerns')
        .select('concernId')
        .where('investigationId', '=', ids.investigation)
        .execute(),
    ).toEqual([{ concernId: ids.concern }]);
    const step = await db()
      .selectFrom('timelineEntries')
      .select(['stepCode', 'body'])
      .where('id', '=', ids.step)
      .executeTakeFirstOrThrow();
    expect(step).toEqual({ stepCode: 'legacy', body: 'Vervolgonderzoek nodig' });
  });

  it('the untyped change history is retired: only codes survive, flagged legacy, with case and region', async () => {
    const events = await db()
      .selectFrom('dossierEvents')
      .select(['eventType', 'payload', 'legacy', 'caseId', 'regionId'])
      .where('householdId', '=', ids.household)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      expect.objectContaining({
        eventType: 'person.updated',
        payload: { gender: 'FEMALE' },
        legacy: true,
        caseId: ids.case,
      }),
      expect.objectContaining({
        eventType: 'report.received',
        payload: { kind: 'REPORT', channel: 'LOCAL_TEAM', anonymous: false },
        legacy: true,
      }),
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Anna|999999990|geschreeuw/);
    expect(events.every((e) => e.regionId !== null)).toBe(true);
  });
});
