import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listMembers } from '../db/repositories/person.repository';

/** Both persons of a relation must belong (now or before) to the household it is recorded in. */
export async function assertPersonsInHousehold(
  ctx: RequestContext,
  householdId: string,
  personIds: string[],
): Promise<void> {
  const members = new Set((await listMembers(ctx.tx, householdId)).map((m) => m.personId));
  if (!personIds.every((id) => members.has(id))) {
    throw new AppError('relation_person_not_in_household');
  }
}
