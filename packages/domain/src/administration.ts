import { z } from 'zod';
import { LIMITS } from './limits';
import { ORGANISATION_KINDS, ORGANISATION_ROLES } from './organisation';

/**
 * Administration (issue 9.11): accounts, their organisation memberships, the OIDC subject an account signs
 * in with, and the reference data a region needs (regions, municipalities, organisations). Administrators
 * do this in the web app; the operator does it with the CLI (also to create the first administrator).
 */
export const ACCOUNT_KINDS_MANAGED = ['PROFESSIONAL', 'ADMINISTRATOR'] as const;

/** What an administration change did, in the administration log. */
export const ADMIN_ACTIONS = [
  'account.created',
  'account.updated',
  'account.deactivated',
  'membership.added',
  'membership.ended',
  'region.added',
  'municipality.added',
  'organisation.added',
  'decision_policy.changed',
] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

const name = z.string().trim().min(1).max(LIMITS.displayNameMax);
const email = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'email_invalid' });
/** The `sub` claim of the identity provider: opaque, at most 255 characters. */
const oidcSubject = z.string().trim().min(1).max(255);
/** A reason an administrator gives for ending or deactivating; it goes into the administration log. */
export const AdminReasonSchema = z
  .string()
  .trim()
  .min(5, { error: 'admin_reason_required' })
  .max(LIMITS.reasonMax);

export const CreateAccountSchema = z.strictObject({
  kind: z.enum(ACCOUNT_KINDS_MANAGED),
  displayName: name,
  email: email.nullable().default(null),
  oidcSubject: oidcSubject.nullable().default(null),
});
export type CreateAccount = z.infer<typeof CreateAccountSchema>;

/** A change of name, email or OIDC binding (null unbinds); `version` is the version the administrator saw. */
export const UpdateAccountSchema = z.strictObject({
  version: z.number().int().min(1),
  displayName: name.optional(),
  email: email.nullable().optional(),
  oidcSubject: oidcSubject.nullable().optional(),
});
export type UpdateAccount = z.infer<typeof UpdateAccountSchema>;

export const DeactivateAccountSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: AdminReasonSchema,
});
export type DeactivateAccount = z.infer<typeof DeactivateAccountSchema>;

export const AddOrganisationMembershipSchema = z.strictObject({
  organisationId: z.uuid(),
  role: z.enum(ORGANISATION_ROLES),
});
export type AddOrganisationMembership = z.infer<typeof AddOrganisationMembershipSchema>;

export const EndOrganisationMembershipSchema = z.strictObject({ reason: AdminReasonSchema });
export type EndOrganisationMembership = z.infer<typeof EndOrganisationMembershipSchema>;

export const AddRegionSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^VR[0-9]{2}$/, { error: 'region_code_invalid' }),
  name,
});
export type AddRegion = z.infer<typeof AddRegionSchema>;

export const AddMunicipalitySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^GM[0-9]{4}$/, { error: 'municipality_code_format' }),
  name,
  regionId: z.uuid(),
});
export type AddMunicipality = z.infer<typeof AddMunicipalitySchema>;

export const AddOrganisationSchema = z.strictObject({
  name,
  kind: z.enum(ORGANISATION_KINDS),
  regionId: z.uuid(),
  municipalityCode: z.string().trim().toUpperCase().nullable().default(null),
});
export type AddOrganisation = z.infer<typeof AddOrganisationSchema>;
