import { FamilyVisibilitySetSchema } from '@gezinsdossier/domain';
import { z } from 'zod';
import { setFamilyVisibility } from '../../commands/set-family-visibility';
import { FamilyViewSchema } from '../../presenters/family-view.presenter';
import { getFamilyView } from '../../queries/get-family-view';
import type { App, Run } from '../app';
import { route } from './define';
import { HouseholdParams } from './params';

/**
 * What the family sees of the legal route (issue 10.8): per household member, each item with its
 * family-readable summary, and the duo's choice to show or withhold an item from one member (with a reason).
 * The family portal will read the same items.
 */
export async function registerFamilyViewRoutes(app: App, run: Run): Promise<void> {
  const tags = ['legal route'];
  const path = '/households/:householdId/family-view';

  route(app, run, {
    method: 'GET',
    path,
    operationId: 'getFamilyView',
    summary: 'What one household member sees of the legal route, with every member’s visibility per item',
    tags,
    params: HouseholdParams,
    query: z.object({ personId: z.uuid() }),
    response: FamilyViewSchema,
    handler: (ctx, { params, query }) => getFamilyView(ctx, params.householdId, query.personId),
  });
  route(app, run, {
    method: 'PUT',
    path: `${path}/visibility`,
    operationId: 'setFamilyVisibility',
    summary:
      'Show or withhold one legal-route item for one member (withholding needs a reason; at its version)',
    tags,
    params: HouseholdParams,
    body: FamilyVisibilitySetSchema,
    response: FamilyViewSchema,
    handler: (ctx, { params, body }) => setFamilyVisibility(ctx, params.householdId, body),
  });
}
