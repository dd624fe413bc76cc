import {
  FixedProfessionalChangeSchema,
  LocalTeamLinkSchema,
  TeamMemberAddSchema,
  TeamMemberEndSchema,
} from '@gezinsdossier/domain';
import { addTeamMember } from '../../commands/add-team-member';
import { changeFixedProfessional } from '../../commands/change-fixed-professional';
import { endTeamMember } from '../../commands/end-team-member';
import { linkLocalTeam } from '../../commands/link-local-team';
import type { App, Run } from '../app';
import { route } from './define';
import { HouseholdParams, HouseholdTeamParams } from './params';
import { CreatedSchema } from './schemas';

/** The case team: vast gezicht, RVT duo partner, added experts (INV-01, INV-02, VAL-01, VAL-02). */
export async function registerTeamRoutes(app: App, run: Run): Promise<void> {
  const tags = ['team'];
  route(app, run, {
    method: 'POST',
    path: '/households/:householdId/team-members',
    operationId: 'addTeamMember',
    summary: 'Add an RVT duo partner or an expert',
    tags,
    params: HouseholdParams,
    body: TeamMemberAddSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addTeamMember(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: '/households/:householdId/team-members/:memberId',
    operationId: 'endTeamMember',
    summary: 'End an expert’s or duo partner’s involvement',
    tags,
    params: HouseholdTeamParams,
    body: TeamMemberEndSchema,
    response: null,
    handler: async (ctx, { params, body }) => {
      await endTeamMember(ctx, params.householdId, params.memberId, body.reason ?? null);
      return undefined;
    },
  });
  route(app, run, {
    method: 'PUT',
    path: '/households/:householdId/fixed-professional',
    operationId: 'changeFixedProfessional',
    summary: 'Change the vast gezicht (reason required; counted)',
    tags,
    params: HouseholdParams,
    body: FixedProfessionalChangeSchema,
    response: CreatedSchema,
    handler: (ctx, { params, body }) => changeFixedProfessional(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: '/households/:householdId/local-team',
    operationId: 'linkLocalTeam',
    summary: 'Link the Lokaal Team to a case a report opened without it (its vast gezicht)',
    description:
      'VAL-01 transitional exception: a report received by the RVT or the crisis service may open a case ' +
      'before the Lokaal Team is linked. This names the Lokaal Team professional who becomes the vast gezicht, ' +
      'which meets the deadline to link the Lokaal Team. Once linked, a second link is refused (409 ' +
      '`local_team_already_linked`); to replace the vast gezicht, change it.',
    tags,
    params: HouseholdParams,
    body: LocalTeamLinkSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => linkLocalTeam(ctx, params.householdId, body),
  });
}
