import {
  FixedProfessionalChangeSchema,
  TeamMemberAddSchema,
  TeamMemberEndSchema,
} from '@gezinsdossier/domain';
import { addTeamMember } from '../../commands/add-team-member';
import { changeFixedProfessional } from '../../commands/change-fixed-professional';
import { endTeamMember } from '../../commands/end-team-member';
import type { App, Run } from '../app';
import { HouseholdParams, HouseholdTeamParams } from './params';

/** The case team: vast gezicht, RVT duo partner, added experts (INV-01, INV-02, VAL-02). */
export async function registerTeamRoutes(app: App, run: Run): Promise<void> {
  const tags = ['team'];
  app.post(
    '/api/households/:householdId/team',
    {
      schema: {
        tags,
        summary: 'Add an RVT duo partner or an expert',
        params: HouseholdParams,
        body: TeamMemberAddSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (ctx) => addTeamMember(ctx, request.params.householdId, request.body))),
  );
  app.post(
    '/api/households/:householdId/team/:memberId/end',
    {
      schema: {
        tags,
        summary: 'End an expert’s or duo partner’s involvement',
        params: HouseholdTeamParams,
        body: TeamMemberEndSchema,
      },
    },
    async (request, reply) => {
      await run(request, (ctx) =>
        endTeamMember(ctx, request.params.householdId, request.params.memberId, request.body.reason ?? null),
      );
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/households/:householdId/fixed-professional',
    {
      schema: {
        tags,
        summary: 'Change the vast gezicht (reason required; counted)',
        params: HouseholdParams,
        body: FixedProfessionalChangeSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(request, (ctx) => changeFixedProfessional(ctx, request.params.householdId, request.body)),
        ),
  );
}
