import type { Tx } from './tx';

/**
 * Complaints (KT9-R3, LS-15) and the AKJ's support offered with them. Row-level security decides who sees a
 * complaint: the case team except the professional it is about, and the handler while it is open.
 */

export async function insertComplaint(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    caseId: string | null;
    personId: string;
    personName: string;
    representativeName: string | null;
    subject: string;
    referenceId: string | null;
    aboutProfessionalId: string | null;
    receivedOn: string;
    text: string;
    youthCareMatter: boolean;
    akjApplicable: boolean;
    rulePackVersion: string;
    acknowledgeDueOn: string;
    decideDueOn: string;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('complaints')
    .values({ ...values, recordedAt: now, updatedAt: now })
    .execute();
}

function complaintQuery(tx: Tx) {
  return tx
    .selectFrom('complaints as c')
    .leftJoin('accounts as ha', 'ha.id', 'c.handlerId')
    .leftJoin('organisations as ho', 'ho.id', 'c.handlerOrganisationId')
    .leftJoin('accounts as pa', 'pa.id', 'c.aboutProfessionalId')
    .select([
      'c.id',
      'c.householdId',
      'c.caseId',
      'c.personId',
      'c.personName',
      'c.representativeName',
      'c.subject',
      'c.referenceId',
      'c.aboutProfessionalId',
      'pa.displayName as aboutProfessionalName',
      'c.receivedOn',
      'c.text',
      'c.youthCareMatter',
      'c.akjApplicable',
      'c.rulePackVersion',
      'c.acknowledgeDueOn',
      'c.decideDueOn',
      'c.recordedBy',
      'c.recordedAt',
      'c.acknowledgedOn',
      'c.handlerId',
      'ha.displayName as handlerName',
      'c.handlerOrganisationId',
      'ho.name as handlerOrganisationName',
      'c.handlerAssignedAt',
      'c.extendedDueOn',
      'c.extensionReason',
      'c.outcome',
      'c.decidedOn',
      'c.reasons',
      'c.changes',
      'c.closedAt',
      'c.version',
    ]);
}
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof findComplaint>>>;

export async function findComplaint(tx: Tx, householdId: string, id: string) {
  return complaintQuery(tx)
    .where('c.householdId', '=', householdId)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** The household's complaints the actor may see, newest first. */
export async function listComplaints(tx: Tx, householdId: string) {
  return complaintQuery(tx)
    .where('c.householdId', '=', householdId)
    .orderBy('c.receivedOn', 'desc')
    .orderBy('c.recordedAt', 'desc')
    .orderBy('c.id')
    .execute();
}

/** The open complaints a handler handles, in every household, soonest decision first. */
export async function listOpenComplaintsOf(tx: Tx, handlerId: string) {
  return complaintQuery(tx)
    .where('c.handlerId', '=', handlerId)
    .where('c.closedAt', 'is', null)
    .orderBy((eb) => eb.fn.coalesce('c.extendedDueOn', 'c.decideDueOn'))
    .orderBy('c.id')
    .execute();
}

/** Acknowledges an unacknowledged open complaint at the version the caller saw. @returns whether it did */
export async function acknowledgeComplaint(
  tx: Tx,
  id: string,
  version: number,
  change: { acknowledgedOn: string; acknowledgedBy: string },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('complaints')
    .set({ ...change, updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('acknowledgedOn', 'is', null)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Assigns (or replaces) the handler of an open complaint at the version the caller saw. */
export async function assignComplaintHandler(
  tx: Tx,
  id: string,
  version: number,
  change: { handlerId: string; handlerOrganisationId: string; handlerAssignedBy: string },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('complaints')
    .set({ ...change, handlerAssignedAt: now, updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Extends the decision term of an open complaint once, at the version the caller saw. */
export async function extendComplaintTerm(
  tx: Tx,
  id: string,
  version: number,
  change: { extendedDueOn: string; extensionReason: string; extendedBy: string },
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('complaints')
    .set({ ...change, extendedAt: now, updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('extendedDueOn', 'is', null)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Closes an open complaint with its outcome (decided, or withdrawn) at the version the caller saw. A decision
 * needs the complaint acknowledged first (`acknowledged`).
 */
export async function closeComplaint(
  tx: Tx,
  id: string,
  expected: { version: number; acknowledged: boolean },
  change: {
    outcome: string;
    decidedOn: string;
    reasons: string | null;
    changes: string | null;
    closedBy: string;
  },
  now: Date,
): Promise<boolean> {
  let query = tx
    .updateTable('complaints')
    .set({ ...change, closedAt: now, updatedAt: now, version: expected.version + 1 })
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('closedAt', 'is', null);
  if (expected.acknowledged) {
    query = query.where('acknowledgedOn', 'is not', null);
  }
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertAkjOffers(
  tx: Tx,
  rows: readonly {
    id: string;
    complaintId: string;
    householdId: string;
    moment: string;
    offeredOn: string;
    personId: string | null;
    representative: boolean;
    recordedBy: string;
  }[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await tx
    .insertInto('complaintAkjOffers')
    .values(rows.map((r) => ({ ...r, recordedAt: now })))
    .execute();
}

export async function listAkjOffers(tx: Tx, complaintIds: readonly string[]) {
  if (complaintIds.length === 0) {
    return [];
  }
  return tx
    .selectFrom('complaintAkjOffers')
    .select(['id', 'complaintId', 'moment', 'offeredOn', 'personId', 'representative'])
    .where('complaintId', 'in', complaintIds)
    .orderBy('offeredOn')
    .orderBy('moment')
    .orderBy('id')
    .execute();
}
export type AkjOfferRow = Awaited<ReturnType<typeof listAkjOffers>>[number];

/** Whether the record a complaint names belongs to the household: a petition, or a decided investigation. */
export async function complaintReferenceExists(
  tx: Tx,
  householdId: string,
  subject: 'DECISION' | 'PETITION',
  referenceId: string,
): Promise<boolean> {
  const row =
    subject === 'PETITION'
      ? await tx
          .selectFrom('petitions')
          .select('id')
          .where('householdId', '=', householdId)
          .where('id', '=', referenceId)
          .executeTakeFirst()
      : await tx
          .selectFrom('investigations')
          .select('id')
          .where('householdId', '=', householdId)
          .where('id', '=', referenceId)
          .where('decidedAt', 'is not', null)
          .executeTakeFirst();
  return row !== undefined;
}

/** What a complaint about a petition shows of it: the petition's own row, no persons, no grounds. */
export async function findComplaintPetitions(tx: Tx, householdId: string, petitionIds: readonly string[]) {
  if (petitionIds.length === 0) {
    return [];
  }
  return tx
    .selectFrom('petitions')
    .select(['id', 'measureTypeId', 'addressee', 'state', 'createdAt', 'filedOn'])
    .where('householdId', '=', householdId)
    .where('id', 'in', petitionIds)
    .execute();
}
export type ComplaintPetitionRow = Awaited<ReturnType<typeof findComplaintPetitions>>[number];

/** Whether an account is an active professional, and the organisations they work for (oldest first). */
export async function professionalOrganisations(tx: Tx, accountId: string): Promise<string[] | null> {
  const account = await tx
    .selectFrom('accounts')
    .select('kind')
    .where('id', '=', accountId)
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
  if (account?.kind !== 'PROFESSIONAL') {
    return null;
  }
  const rows = await tx
    .selectFrom('organisationMemberships')
    .select('organisationId')
    .where('accountId', '=', accountId)
    .where('endedAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.organisationId);
}

/** Who is in the household's case team now (the open case), and who was before (any case). */
export async function householdTeamHistory(
  tx: Tx,
  householdId: string,
): Promise<{ professionalId: string; role: string; active: boolean }[]> {
  const rows = await tx
    .selectFrom('caseTeamMembers as m')
    .innerJoin('cases as k', 'k.id', 'm.caseId')
    .select(['m.professionalId', 'm.role', 'm.endedAt', 'k.closedAt'])
    .where('m.householdId', '=', householdId)
    .execute();
  return rows.map((r) => ({
    professionalId: r.professionalId,
    role: r.role,
    active: r.endedAt === null && r.closedAt === null,
  }));
}

/** Whether an account is (or was: it may be disabled since) a professional's. */
export async function isProfessionalAccount(tx: Tx, accountId: string): Promise<boolean> {
  const row = await tx.selectFrom('accounts').select('kind').where('id', '=', accountId).executeTakeFirst();
  return row?.kind === 'PROFESSIONAL';
}
