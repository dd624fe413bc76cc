import {
  HouseholdPersonCreateSchema,
  MembershipCreateSchema,
  MembershipUpdateSchema,
  NetworkMemberCreateSchema,
  NetworkMemberUpdateSchema,
  PersonUpdateSchema,
  RelationCreateSchema,
  RelationUpdateSchema,
} from '@gezinsdossier/domain';
import { addHouseholdPerson } from '../../commands/add-household-person';
import { addMembership } from '../../commands/add-membership';
import { addNetworkMember } from '../../commands/add-network-member';
import { addRelation } from '../../commands/add-relation';
import { deleteRelation } from '../../commands/delete-relation';
import { updateMembership } from '../../commands/update-membership';
import { updateNetworkMember } from '../../commands/update-network-member';
import { updatePerson } from '../../commands/update-person';
import { updateRelation } from '../../commands/update-relation';
import type { App, Run } from '../app';
import {
  HouseholdMembershipParams,
  HouseholdNetworkParams,
  HouseholdParams,
  HouseholdPersonParams,
  HouseholdRelationParams,
  VersionQuery,
} from './params';

/** Composition of the household: persons and memberships, relations (incl. parental authority), network. */
export async function registerCompositionRoutes(app: App, run: Run): Promise<void> {
  const tags = ['composition'];
  app.post(
    '/api/households/:householdId/persons',
    {
      schema: {
        tags,
        summary: 'Add a new person to the household',
        params: HouseholdParams,
        body: HouseholdPersonCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (ctx) => addHouseholdPerson(ctx, request.params.householdId, request.body))),
  );
  app.patch(
    '/api/households/:householdId/persons/:personId',
    {
      schema: { tags, summary: 'Correct a person', params: HouseholdPersonParams, body: PersonUpdateSchema },
    },
    (request) =>
      run(request, (ctx) =>
        updatePerson(ctx, request.params.householdId, request.params.personId, request.body),
      ),
  );
  app.post(
    '/api/households/:householdId/memberships',
    {
      schema: {
        tags,
        summary: 'Add an existing person to the household',
        params: HouseholdParams,
        body: MembershipCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (ctx) => addMembership(ctx, request.params.householdId, request.body))),
  );
  app.patch(
    '/api/households/:householdId/memberships/:membershipId',
    {
      schema: {
        tags,
        summary: 'Change a membership (role, period)',
        params: HouseholdMembershipParams,
        body: MembershipUpdateSchema,
      },
    },
    (request) =>
      run(request, (ctx) =>
        updateMembership(ctx, request.params.householdId, request.params.membershipId, request.body),
      ),
  );
  app.post(
    '/api/households/:householdId/relations',
    {
      schema: {
        tags,
        summary: 'Record a relation between two members',
        params: HouseholdParams,
        body: RelationCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (ctx) => addRelation(ctx, request.params.householdId, request.body))),
  );
  app.patch(
    '/api/households/:householdId/relations/:relationId',
    {
      schema: {
        tags,
        summary: 'Change a relation',
        params: HouseholdRelationParams,
        body: RelationUpdateSchema,
      },
    },
    (request) =>
      run(request, (ctx) =>
        updateRelation(ctx, request.params.householdId, request.params.relationId, request.body),
      ),
  );
  app.delete(
    '/api/households/:householdId/relations/:relationId',
    {
      schema: {
        tags,
        summary: 'Remove a relation recorded in error',
        params: HouseholdRelationParams,
        querystring: VersionQuery,
      },
    },
    async (request, reply) => {
      await run(request, (ctx) =>
        deleteRelation(ctx, request.params.householdId, request.params.relationId, request.query.version),
      );
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/households/:householdId/network-members',
    {
      schema: {
        tags,
        summary: 'Add a naaste to the network',
        params: HouseholdParams,
        body: NetworkMemberCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, (ctx) => addNetworkMember(ctx, request.params.householdId, request.body))),
  );
  app.patch(
    '/api/households/:householdId/network-members/:networkMemberId',
    {
      schema: {
        tags,
        summary: 'Change a network member',
        params: HouseholdNetworkParams,
        body: NetworkMemberUpdateSchema,
      },
    },
    (request) =>
      run(request, (ctx) =>
        updateNetworkMember(ctx, request.params.householdId, request.params.networkMemberId, request.body),
      ),
  );
}
