import type { RequestContext } from '../context';
import type { Viewer } from '../presenters/viewer';
import { assertPersonsInHousehold as assertMembers } from './casework';

/** Both persons of a relation must belong (now or before) to the household it is recorded in. */
export async function assertRelationPersons(
  ctx: RequestContext,
  viewer: Viewer,
  personIds: string[],
): Promise<void> {
  await assertMembers(ctx, viewer, personIds, 'toPersonId', 'relation_person_not_in_household');
}
