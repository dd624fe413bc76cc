import { sql } from 'kysely';
import type { Tx } from './tx';

/**
 * Petitions (KT6) and what they are built of: the persons as presented, grounds resting on facts at a
 * version (copied with the responses as they were), hearing attempts, lighter alternatives on real help
 * records, children's voices, consultations. Reviews and rulings live in review.repository.ts and
 * measure.repository.ts.
 */

export interface PetitionPersonInput {
  personId: string;
  name: string;
  birthDate: string | null;
  holdsParentalAuthority: boolean;
  target: boolean;
  actionAim: boolean;
  involvedChild: boolean;
}

export async function insertPetition(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    measureTypeId: string;
    catalogueVersion: string;
    addressee: string;
    petitionerId: string;
    organisationId: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('petitions')
    .values({ ...values, state: 'DRAFT', createdAt: now, updatedAt: now })
    .execute();
}

function petitionQuery(tx: Tx) {
  return tx
    .selectFrom('petitions as p')
    .innerJoin('accounts as a', 'a.id', 'p.petitionerId')
    .innerJoin('organisations as o', 'o.id', 'p.organisationId')
    .leftJoin('accounts as fb', 'fb.id', 'p.filedBy')
    .select([
      'p.id',
      'p.caseId',
      'p.householdId',
      'p.measureTypeId',
      'p.catalogueVersion',
      'p.addressee',
      'p.state',
      'p.petitionerId',
      'a.displayName as petitionerName',
      'p.organisationId',
      'o.name as organisationName',
      'o.regionId as organisationRegionId',
      'p.proportionality',
      'p.childInterest',
      'p.legalAdvice',
      'p.familySummary',
      'p.filedOn',
      'p.court',
      'fb.displayName as filedByName',
      'p.filedGate',
      'p.notFiledReason',
      'p.unmetNeed',
      'p.createdAt',
      'p.updatedAt',
      'p.version',
    ]);
}
export type PetitionRow = NonNullable<Awaited<ReturnType<typeof findPetition>>>;

export async function findPetition(tx: Tx, householdId: string, petitionId: string) {
  return petitionQuery(tx)
    .where('p.householdId', '=', householdId)
    .where('p.id', '=', petitionId)
    .executeTakeFirst();
}

/** The petitions of a household, newest first. */
export async function listPetitions(tx: Tx, householdId: string) {
  return petitionQuery(tx)
    .where('p.householdId', '=', householdId)
    .orderBy('p.createdAt', 'desc')
    .orderBy('p.id')
    .execute();
}

/** The petition of a case that is still under way (drafted, in review, reviewed or filed). */
export async function findOpenPetition(tx: Tx, caseId: string) {
  return petitionQuery(tx)
    .where('p.caseId', '=', caseId)
    .where('p.state', 'in', ['DRAFT', 'IN_REVIEW', 'REVIEWED', 'FILED'])
    .executeTakeFirst();
}

/**
 * Changes a petition at the version the caller saw, in one of the states the change is allowed in, and
 * bumps the version. @returns false when the version or the state moved on
 */
export async function updatePetition(
  tx: Tx,
  id: string,
  expected: { version: number; states: readonly PetitionRow['state'][] },
  changes: {
    measureTypeId?: string;
    addressee?: string;
    proportionality?: string | null;
    childInterest?: string | null;
    legalAdvice?: string | null;
    familySummary?: string | null;
    state?: PetitionRow['state'];
    filedOn?: string;
    court?: string;
    filedBy?: string;
    filedGate?: string;
    notFiledReason?: string | null;
    unmetNeed?: string | null;
  },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('petitions')
    .set({ ...changes, updatedAt: now, version: expected.version + 1 })
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('state', 'in', [...expected.states])
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Replaces the persons as the petition presents them. */
export async function replacePetitionPersons(
  tx: Tx,
  petitionId: string,
  householdId: string,
  persons: readonly PetitionPersonInput[],
): Promise<void> {
  await sql`delete from petition_persons where petition_id = ${petitionId}`.execute(tx);
  if (persons.length > 0) {
    await tx
      .insertInto('petitionPersons')
      .values(persons.map((p) => ({ ...p, petitionId, householdId })))
      .execute();
  }
}

export async function listPetitionPersons(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionPersons')
    .select([
      'personId',
      'name',
      'birthDate',
      'holdsParentalAuthority',
      'target',
      'actionAim',
      'involvedChild',
    ])
    .where('petitionId', '=', petitionId)
    .orderBy('birthDate')
    .orderBy('personId')
    .execute();
}
export type PetitionPersonRow = Awaited<ReturnType<typeof listPetitionPersons>>[number];

// ---------- Grounds and the facts they rest on ----------

export async function insertGround(
  tx: Tx,
  row: { id: string; petitionId: string; householdId: string; claim: string; now: Date },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('petitionGrounds')
    .values({
      ...values,
      position: sql<number>`(select coalesce(max(position), 0) + 1 from petition_grounds where petition_id = ${row.petitionId})`,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

export async function updateGroundClaim(tx: Tx, id: string, claim: string, now: Date): Promise<void> {
  await tx.updateTable('petitionGrounds').set({ claim, updatedAt: now }).where('id', '=', id).execute();
}

export async function deleteGround(tx: Tx, petitionId: string, id: string): Promise<boolean> {
  const result = await tx
    .deleteFrom('petitionGrounds')
    .where('id', '=', id)
    .where('petitionId', '=', petitionId)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export async function listGrounds(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionGrounds')
    .select(['id', 'position', 'claim'])
    .where('petitionId', '=', petitionId)
    .orderBy('position')
    .execute();
}
export type PetitionGroundRow = Awaited<ReturnType<typeof listGrounds>>[number];

/**
 * Links a ground to facts at their current version: the fact's content and every response to it are copied
 * as they are now (the version the petition uses), replacing what the ground held before.
 */
export async function linkGroundFacts(
  tx: Tx,
  ground: { id: string; petitionId: string; householdId: string },
  factIds: readonly string[],
): Promise<number> {
  await sql`delete from petition_fact_responses where ground_id = ${ground.id}`.execute(tx);
  await sql`delete from petition_ground_facts where ground_id = ${ground.id}`.execute(tx);
  if (factIds.length === 0) {
    return 0;
  }
  const ids = sql.join(factIds.map((id) => sql`${id}::uuid`));
  const inserted = await sql`
    insert into petition_ground_facts (ground_id, petition_id, household_id, fact_id, position, fact_version,
      statement, observed_on, source_kind, source_description, obtained_with_consent, legal_basis,
      verification, fact_recorded_at)
    select ${ground.id}, ${ground.petitionId}, ${ground.householdId}, f.id, x.ord, f.version, f.statement,
      f.observed_on, f.source_kind, f.source_description, f.obtained_with_consent, f.legal_basis,
      f.verification, f.created_at
    from unnest(array[${ids}]) with ordinality as x(id, ord) join facts f on f.id = x.id
    where f.household_id = ${ground.householdId}`.execute(tx);
  await sql`
    insert into petition_fact_responses (ground_id, fact_id, petition_id, household_id, response_id, person_id,
      text, responded_at)
    select ${ground.id}, r.fact_id, ${ground.petitionId}, ${ground.householdId}, r.id, r.person_id, r.text,
      r.responded_at
    from fact_responses r where r.fact_id in (${ids}) and r.household_id = ${ground.householdId}`.execute(tx);
  return Number(inserted.numAffectedRows ?? 0n);
}

export async function listGroundFacts(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionGroundFacts as g')
    .leftJoin('facts as f', 'f.id', 'g.factId')
    .select([
      'g.groundId',
      'g.factId',
      'g.factVersion',
      'f.version as currentVersion',
      'g.statement',
      'g.observedOn',
      'g.sourceKind',
      'g.sourceDescription',
      'g.obtainedWithConsent',
      'g.legalBasis',
      'g.verification',
      'g.factRecordedAt',
    ])
    .where('g.petitionId', '=', petitionId)
    .orderBy('g.groundId')
    .orderBy('g.position')
    .execute();
}
export type PetitionGroundFactRow = Awaited<ReturnType<typeof listGroundFacts>>[number];

export async function listPetitionFactResponses(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionFactResponses')
    .select(['groundId', 'factId', 'responseId', 'personId', 'text', 'respondedAt'])
    .where('petitionId', '=', petitionId)
    .orderBy('respondedAt')
    .orderBy('responseId')
    .execute();
}
export type PetitionFactResponseRow = Awaited<ReturnType<typeof listPetitionFactResponses>>[number];

/** The ids of the household's facts among `factIds` (a fact of another household is as unknown as none). */
export async function factIdsOfHousehold(
  tx: Tx,
  householdId: string,
  factIds: readonly string[],
): Promise<string[]> {
  if (factIds.length === 0) {
    return [];
  }
  const rows = await tx
    .selectFrom('facts')
    .select('id')
    .where('householdId', '=', householdId)
    .where('id', 'in', [...factIds])
    .execute();
  return rows.map((r) => r.id);
}

export async function insertHearingAttempt(
  tx: Tx,
  row: {
    id: string;
    petitionId: string;
    householdId: string;
    factId: string;
    personId: string;
    attemptedOn: string;
    description: string;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('petitionHearingAttempts')
    .values({ ...values, recordedAt: now })
    .execute();
}

export async function listHearingAttempts(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionHearingAttempts')
    .select(['id', 'factId', 'personId', 'attemptedOn', 'description'])
    .where('petitionId', '=', petitionId)
    .orderBy('attemptedOn')
    .orderBy('id')
    .execute();
}
export type HearingAttemptRow = Awaited<ReturnType<typeof listHearingAttempts>>[number];

// ---------- Lighter alternatives (LS-02) ----------

export async function insertAlternative(
  tx: Tx,
  row: {
    id: string;
    petitionId: string;
    householdId: string;
    step: string;
    outcome: string;
    whyInsufficient: string;
    interventionIds: readonly string[];
    now: Date;
  },
): Promise<number> {
  const { now, interventionIds, ...values } = row;
  await tx
    .insertInto('petitionAlternatives')
    .values({ ...values, createdAt: now })
    .execute();
  if (interventionIds.length === 0) {
    return 0;
  }
  const ids = sql.join(interventionIds.map((id) => sql`${id}::uuid`));
  const inserted = await sql`
    insert into petition_alternative_interventions (alternative_id, petition_id, household_id, intervention_id,
      type, frame, status, started_on, provider)
    select ${row.id}, ${row.petitionId}, ${row.householdId}, i.id, i.category, i.frame, i.status, i.started_on,
      i.provider
    from interventions i where i.id in (${ids}) and i.household_id = ${row.householdId}`.execute(tx);
  return Number(inserted.numAffectedRows ?? 0n);
}

export async function deleteAlternative(tx: Tx, petitionId: string, id: string): Promise<boolean> {
  await tx.deleteFrom('petitionAlternativeInterventions').where('alternativeId', '=', id).execute();
  const result = await tx
    .deleteFrom('petitionAlternatives')
    .where('id', '=', id)
    .where('petitionId', '=', petitionId)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export async function listAlternatives(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionAlternatives')
    .select(['id', 'step', 'outcome', 'whyInsufficient', 'createdAt'])
    .where('petitionId', '=', petitionId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}
export type PetitionAlternativeRow = Awaited<ReturnType<typeof listAlternatives>>[number];

export async function listAlternativeInterventions(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionAlternativeInterventions')
    .select(['alternativeId', 'interventionId', 'type', 'frame', 'status', 'startedOn', 'provider'])
    .where('petitionId', '=', petitionId)
    .orderBy('startedOn')
    .orderBy('interventionId')
    .execute();
}
export type AlternativeInterventionRow = Awaited<ReturnType<typeof listAlternativeInterventions>>[number];

/** The ids of the case's help records among `ids`. */
export async function interventionIdsOfCase(
  tx: Tx,
  caseId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await tx
    .selectFrom('interventions')
    .select('id')
    .where('caseId', '=', caseId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

// ---------- Children's voices and consultations ----------

export async function saveChildVoice(
  tx: Tx,
  row: {
    petitionId: string;
    householdId: string;
    childId: string;
    how: string;
    view: string | null;
    interests: string | null;
    exceptionReason: string | null;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('petitionChildVoices')
    .values({ ...values, recordedAt: now })
    .onConflict((oc) =>
      oc.columns(['petitionId', 'childId']).doUpdateSet({
        how: values.how,
        view: values.view,
        interests: values.interests,
        exceptionReason: values.exceptionReason,
        recordedBy: values.recordedBy,
        recordedAt: now,
      }),
    )
    .execute();
}

export async function listChildVoices(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionChildVoices')
    .select(['childId', 'how', 'view', 'interests', 'exceptionReason'])
    .where('petitionId', '=', petitionId)
    .orderBy('childId')
    .execute();
}
export type ChildVoiceRow = Awaited<ReturnType<typeof listChildVoices>>[number];

export async function insertConsultation(
  tx: Tx,
  row: {
    id: string;
    petitionId: string;
    householdId: string;
    party: string;
    personId: string | null;
    heldOn: string;
    summary: string;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('petitionConsultations')
    .values({ ...values, recordedAt: now })
    .execute();
}

export async function listConsultations(tx: Tx, petitionId: string) {
  return tx
    .selectFrom('petitionConsultations')
    .select(['id', 'party', 'personId', 'heldOn', 'summary'])
    .where('petitionId', '=', petitionId)
    .orderBy('heldOn')
    .orderBy('id')
    .execute();
}
export type ConsultationRow = Awaited<ReturnType<typeof listConsultations>>[number];
