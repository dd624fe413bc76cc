import type { Insertable } from 'kysely';
import type { FamilyVisibilityTable } from '../schema';
import type { Tx } from './tx';

/** Per-member overrides of what the family sees of the legal route (issue 10.8). */

export async function listFamilyVisibility(tx: Tx, householdId: string) {
  return tx
    .selectFrom('familyVisibility')
    .select(['id', 'subjectKind', 'subjectId', 'personId', 'visible', 'reason', 'setBy', 'setAt', 'version'])
    .where('householdId', '=', householdId)
    .orderBy('setAt')
    .orderBy('id')
    .execute();
}
export type FamilyVisibilityRow = Awaited<ReturnType<typeof listFamilyVisibility>>[number];

/**
 * The first override of one member's visibility of one object. Returns false when another request made it
 * first (the unique key): the caller answers with a conflict.
 */
export async function insertFamilyVisibility(
  tx: Tx,
  row: Omit<Insertable<FamilyVisibilityTable>, 'version'>,
): Promise<boolean> {
  const inserted = await tx
    .insertInto('familyVisibility')
    .values(row)
    .onConflict((oc) => oc.columns(['householdId', 'subjectKind', 'subjectId', 'personId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Changes an override at the version the author saw; false when it changed since (or is gone). */
export async function updateFamilyVisibility(
  tx: Tx,
  id: string,
  version: number,
  change: { visible: boolean; reason: string | null; setBy: string; setAt: Date },
): Promise<boolean> {
  const updated = await tx
    .updateTable('familyVisibility')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}
