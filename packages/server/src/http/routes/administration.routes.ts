import {
  ADMIN_ACTIONS,
  AddMunicipalitySchema,
  AddOrganisationMembershipSchema,
  AddOrganisationSchema,
  AddRegionSchema,
  CreateAccountSchema,
  DeactivateAccountSchema,
  EndOrganisationMembershipSchema,
  LIMITS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  UpdateAccountSchema,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import { addMunicipality } from '../../commands/add-municipality';
import { addOrganisation } from '../../commands/add-organisation';
import { addOrganisationMembership } from '../../commands/add-organisation-membership';
import { addRegion } from '../../commands/add-region';
import { createAccount } from '../../commands/create-account';
import { deactivateAccount } from '../../commands/deactivate-account';
import { endOrganisationMembership } from '../../commands/end-organisation-membership';
import { updateAccount } from '../../commands/update-account';
import { Id, named, Timestamp } from '../../presenters/schemas';
import { listAccountsForAdministration } from '../../queries/list-accounts-for-administration';
import { listAdminChanges } from '../../queries/list-admin-changes';
import { listOrganisationsForAdministration } from '../../queries/list-organisations';
import type { App, Run } from '../app';
import { route } from './define';
import { CreatedSchema } from './schemas';

const AccountParams = z.object({ accountId: z.uuid() });
const MembershipParams = z.object({ membershipId: z.uuid() });

const AdminAccountSchema = named(
  'AdminAccount',
  z.strictObject({
    accountId: Id,
    kind: z.enum(['PROFESSIONAL', 'ADMINISTRATOR']),
    displayName: z.string(),
    email: z.string().nullable(),
    oidcBound: z.boolean(),
    demo: z.boolean(),
    active: z.boolean(),
    version: z.number().int(),
    memberships: z.array(
      z.strictObject({
        membershipId: Id,
        organisationId: Id,
        organisationName: z.string(),
        organisationKind: z.enum(ORGANISATION_KINDS),
        role: z.enum(ORGANISATION_ROLES),
        since: Timestamp,
        endedAt: Timestamp.nullable(),
      }),
    ),
  }),
);
const AdminOrganisationsSchema = named(
  'AdminOrganisations',
  z.strictObject({
    regions: z.array(z.strictObject({ id: Id, code: z.string(), name: z.string() })),
    organisations: z.array(
      z.strictObject({
        id: Id,
        name: z.string(),
        kind: z.enum(ORGANISATION_KINDS),
        regionId: Id,
        regionName: z.string(),
        municipalityCode: z.string().nullable(),
        municipalityName: z.string().nullable(),
      }),
    ),
  }),
);
const AdminChangeSchema = named(
  'AdminChange',
  z.strictObject({
    seq: z.string(),
    occurredAt: Timestamp,
    by: z.string(),
    action: z.enum(ADMIN_ACTIONS),
    entityType: z.string(),
    entityId: z.string(),
    entityName: z.string().nullable(),
    reason: z.string().nullable(),
  }),
);
const AccountVersionSchema = named('AccountVersion', z.strictObject({ id: Id, version: z.number().int() }));
const MunicipalityAddedSchema = named('MunicipalityAdded', z.strictObject({ code: z.string() }));

/**
 * Administration (issue 9.11): accounts, organisation memberships, OIDC binding, regions, municipalities and
 * organisations, and the log of these changes. For administrators only (`administration.manage`).
 */
export async function registerAdministrationRoutes(app: App, run: Run): Promise<void> {
  const tags = ['administration'];
  route(app, run, {
    method: 'GET',
    path: '/admin/accounts',
    operationId: 'listAdminAccounts',
    summary: 'Accounts with their memberships (active and ended)',
    tags,
    response: z.array(AdminAccountSchema),
    handler: (ctx) => listAccountsForAdministration(ctx),
  });
  route(app, run, {
    method: 'POST',
    path: '/admin/accounts',
    operationId: 'createAccount',
    summary: 'Create a professional’s or an administrator’s account',
    tags,
    body: CreateAccountSchema,
    response: CreatedSchema,
    status: 201,
    handler: async (ctx, { body }) => ({ id: (await createAccount(ctx, body)).accountId }),
  });
  route(app, run, {
    method: 'PATCH',
    path: '/admin/accounts/:accountId',
    operationId: 'updateAccount',
    summary: 'Change an account’s name or email, or bind it to an OIDC subject (version checked)',
    tags,
    params: AccountParams,
    body: UpdateAccountSchema,
    response: AccountVersionSchema,
    handler: async (ctx, { params, body }) => {
      const updated = await updateAccount(ctx, params.accountId, body);
      return { id: updated.accountId, version: updated.version };
    },
  });
  route(app, run, {
    method: 'POST',
    path: '/admin/accounts/:accountId/deactivations',
    operationId: 'deactivateAccount',
    summary: 'Deactivate an account with a reason (its sessions and memberships end; history stays)',
    tags,
    params: AccountParams,
    body: DeactivateAccountSchema,
    response: null,
    handler: async (ctx, { params, body }) => {
      await deactivateAccount(ctx, params.accountId, body);
      return undefined;
    },
  });
  route(app, run, {
    method: 'POST',
    path: '/admin/accounts/:accountId/memberships',
    operationId: 'addOrganisationMembership',
    summary: 'Give a professional a role in an organisation',
    tags,
    params: AccountParams,
    body: AddOrganisationMembershipSchema,
    response: CreatedSchema,
    status: 201,
    handler: async (ctx, { params, body }) => ({
      id: (await addOrganisationMembership(ctx, params.accountId, body)).membershipId,
    }),
  });
  route(app, run, {
    method: 'PATCH',
    path: '/admin/memberships/:membershipId',
    operationId: 'endOrganisationMembership',
    summary: 'End a role in an organisation, with a reason',
    tags,
    params: MembershipParams,
    body: EndOrganisationMembershipSchema,
    response: null,
    handler: async (ctx, { params, body }) => {
      await endOrganisationMembership(ctx, params.membershipId, body);
      return undefined;
    },
  });
  route(app, run, {
    method: 'GET',
    path: '/admin/organisations',
    operationId: 'listAdminOrganisations',
    summary: 'Regions and their organisations',
    tags,
    response: AdminOrganisationsSchema,
    handler: (ctx) => listOrganisationsForAdministration(ctx),
  });
  route(app, run, {
    method: 'POST',
    path: '/admin/organisations',
    operationId: 'addOrganisation',
    summary: 'Add an organisation (a Lokaal Team, an RVT, a crisis service) to a region',
    tags,
    body: AddOrganisationSchema,
    response: CreatedSchema,
    status: 201,
    handler: async (ctx, { body }) => ({ id: (await addOrganisation(ctx, body)).organisationId }),
  });
  route(app, run, {
    method: 'POST',
    path: '/admin/regions',
    operationId: 'addRegion',
    summary: 'Add a safety region',
    tags,
    body: AddRegionSchema,
    response: CreatedSchema,
    status: 201,
    handler: async (ctx, { body }) => ({ id: (await addRegion(ctx, body)).regionId }),
  });
  route(app, run, {
    method: 'POST',
    path: '/admin/municipalities',
    operationId: 'addMunicipality',
    summary: 'Add a municipality to a region',
    tags,
    body: AddMunicipalitySchema,
    response: MunicipalityAddedSchema,
    status: 201,
    handler: (ctx, { body }) => addMunicipality(ctx, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/admin/changes',
    operationId: 'listAdminChanges',
    summary: 'The administration log, newest first',
    tags,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeMax),
      before: z
        .string()
        .regex(/^[0-9]{1,18}$/)
        .optional(),
    }),
    response: z.array(AdminChangeSchema),
    handler: (ctx, { query }) => listAdminChanges(ctx, query),
  });
}
