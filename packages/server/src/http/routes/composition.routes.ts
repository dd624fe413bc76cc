import {
  AddressRecordSchema,
  HouseholdPersonCreateSchema,
  MembershipCreateSchema,
  MembershipUpdateSchema,
  NetworkMemberCreateSchema,
  NetworkMemberUpdateSchema,
  PersonUpdateSchema,
  RelationCreateSchema,
  RelationRemoveSchema,
  RelationUpdateSchema,
} from '@gezinsdossier/domain';
import { addHouseholdPerson } from '../../commands/add-household-person';
import { addMembership } from '../../commands/add-membership';
import { addNetworkMember } from '../../commands/add-network-member';
import { addRelation } from '../../commands/add-relation';
import { deleteRelation } from '../../commands/delete-relation';
import { recordAddress } from '../../commands/record-address';
import { updateMembership } from '../../commands/update-membership';
import { updateNetworkMember } from '../../commands/update-network-member';
import { updatePerson } from '../../commands/update-person';
import { updateRelation } from '../../commands/update-relation';
import { MembershipSchema, PersonSchema } from '../../presenters/member.presenter';
import { NetworkMemberSchema } from '../../presenters/network.presenter';
import { RelationSchema } from '../../presenters/relation.presenter';
import type { App, Run } from '../app';
import { route } from './define';
import {
  HouseholdMembershipParams,
  HouseholdNetworkParams,
  HouseholdParams,
  HouseholdPersonParams,
  HouseholdRelationParams,
  VersionQuery,
} from './params';
import { AddressesRecordedSchema, CreatedVersionedSchema, PersonCreatedSchema } from './schemas';

/** Composition of the household: persons and memberships, addresses, relations (parental authority), network. */
export async function registerCompositionRoutes(app: App, run: Run): Promise<void> {
  const tags = ['composition'];
  const h = '/households/:householdId';
  route(app, run, {
    method: 'POST',
    path: `${h}/persons`,
    operationId: 'addPerson',
    summary: 'Add a new person to the household',
    tags,
    params: HouseholdParams,
    body: HouseholdPersonCreateSchema,
    response: PersonCreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addHouseholdPerson(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/persons/:personId`,
    operationId: 'updatePerson',
    summary: 'Correct a person',
    tags,
    params: HouseholdPersonParams,
    body: PersonUpdateSchema,
    response: PersonSchema,
    handler: (ctx, { params, body }) => updatePerson(ctx, params.householdId, params.personId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/addresses`,
    operationId: 'recordAddress',
    summary: 'Record where members live from a date (each gets their own address item; a move is history)',
    tags,
    params: HouseholdParams,
    body: AddressRecordSchema,
    response: AddressesRecordedSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordAddress(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/memberships`,
    operationId: 'addMembership',
    summary: 'Add an existing person to the household',
    tags,
    params: HouseholdParams,
    body: MembershipCreateSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addMembership(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/memberships/:membershipId`,
    operationId: 'updateMembership',
    summary: 'Change a membership (role, period)',
    tags,
    params: HouseholdMembershipParams,
    body: MembershipUpdateSchema,
    response: MembershipSchema,
    handler: (ctx, { params, body }) => updateMembership(ctx, params.householdId, params.membershipId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/relations`,
    operationId: 'addRelation',
    summary: 'Record a relation between two members',
    tags,
    params: HouseholdParams,
    body: RelationCreateSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addRelation(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/relations/:relationId`,
    operationId: 'updateRelation',
    summary: 'Change a relation',
    tags,
    params: HouseholdRelationParams,
    body: RelationUpdateSchema,
    response: RelationSchema,
    handler: (ctx, { params, body }) => updateRelation(ctx, params.householdId, params.relationId, body),
  });
  route(app, run, {
    method: 'DELETE',
    path: `${h}/relations/:relationId`,
    operationId: 'deleteRelation',
    summary: 'Remove a relation recorded in error',
    tags,
    params: HouseholdRelationParams,
    query: VersionQuery,
    body: RelationRemoveSchema.nullish(),
    response: null,
    handler: async (ctx, { params, query, body }) => {
      await deleteRelation(ctx, params.householdId, params.relationId, query.version, body?.reason ?? null);
      return undefined;
    },
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/network-members`,
    operationId: 'addNetworkMember',
    summary: 'Add a naaste to the network',
    tags,
    params: HouseholdParams,
    body: NetworkMemberCreateSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => addNetworkMember(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/network-members/:networkMemberId`,
    operationId: 'updateNetworkMember',
    summary: 'Change a network member',
    tags,
    params: HouseholdNetworkParams,
    body: NetworkMemberUpdateSchema,
    response: NetworkMemberSchema,
    handler: (ctx, { params, body }) =>
      updateNetworkMember(ctx, params.householdId, params.networkMemberId, body),
  });
}
