import { sql } from 'kysely';
import type { CaseTeamMembersTable } from '../schema';
import type { Tx } from './tx';

/** The case team over time (active first), with names and organisation kinds for display and rules. */
export async function listTeam(tx: Tx, caseId: string) {
  return tx
    .selectFrom('caseTeamMembers as t')
    .innerJoin('accounts as a', 'a.id', 't.professionalId')
    .innerJoin('organisations as o', 'o.id', 't.organisationId')
    .select([
      't.id',
      't.professionalId',
      'a.displayName as professionalName',
      't.organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
      't.role',
      't.expertise',
      't.startedAt',
      't.endedAt',
      't.endReason',
    ])
    .where('t.caseId', '=', caseId)
    .orderBy(sql`t.ended_at is not null`)
    .orderBy('t.startedAt')
    .orderBy('t.id')
    .execute();
}
export type TeamRow = Awaited<ReturnType<typeof listTeam>>[number];

export async function insertTeamMember(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    professionalId: string;
    organisationId: string;
    role: CaseTeamMembersTable['role'];
    expertise: string | null;
    startedAt: Date;
  },
): Promise<void> {
  await tx.insertInto('caseTeamMembers').values(row).execute();
}

/** Ends an active involvement; returns false when it was not active (anymore). */
export async function endTeamMember(
  tx: Tx,
  id: string,
  endedAt: Date,
  reason: string | null,
): Promise<boolean> {
  const result = await tx
    .updateTable('caseTeamMembers')
    .set({ endedAt, endReason: reason })
    .where('id', '=', id)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The organisation kind through which a professional would join, or null when the professional does not
 * (or no longer) work for that organisation.
 */
export async function findProfessionalOrganisation(tx: Tx, professionalId: string, organisationId: string) {
  return tx
    .selectFrom('organisationMemberships as om')
    .innerJoin('organisations as o', 'o.id', 'om.organisationId')
    .innerJoin('accounts as a', 'a.id', 'om.accountId')
    .select(['o.id as organisationId', 'o.kind as organisationKind', 'o.regionId', 'a.displayName'])
    .where('om.accountId', '=', professionalId)
    .where('om.organisationId', '=', organisationId)
    .where('om.endedAt', 'is', null)
    .where('a.kind', '=', 'PROFESSIONAL')
    .where('a.disabledAt', 'is', null)
    .executeTakeFirst();
}

/** The organisations a professional currently works for. */
export async function organisationIdsOfProfessional(tx: Tx, professionalId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('organisationMemberships')
    .select('organisationId')
    .distinct()
    .where('accountId', '=', professionalId)
    .where('endedAt', 'is', null)
    .execute();
  return rows.map((r) => r.organisationId);
}

/** The households in whose case team the actor is active now. */
export async function involvedHouseholdIds(tx: Tx, professionalId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('caseTeamMembers')
    .select('householdId')
    .where('professionalId', '=', professionalId)
    .where('endedAt', 'is', null)
    .execute();
  return rows.map((r) => r.householdId);
}

/** The active team of a case, copied into a new case when a closed pathway is reopened (no handover). */
export async function activeTeam(tx: Tx, caseId: string) {
  return tx
    .selectFrom('caseTeamMembers')
    .select(['professionalId', 'organisationId', 'role', 'expertise'])
    .where('caseId', '=', caseId)
    .where('endedAt', 'is', null)
    .execute();
}
