import os from 'node:os';
import {
  AddMunicipalitySchema,
  AddOrganisationMembershipSchema,
  AddOrganisationSchema,
  AddRegionSchema,
  AppError,
  CreateAccountSchema,
  DeactivateAccountSchema,
  EndOrganisationMembershipSchema,
  errorMessage,
  fieldMessage,
  UpdateAccountSchema,
} from '@gezinsdossier/domain';
import {
  addMunicipality,
  addOrganisation,
  addOrganisationMembership,
  addRegion,
  asOperator,
  createAccount,
  deactivateAccount,
  endOrganisationMembership,
  listAccountsForAdministration,
  listOrganisationsForAdministration,
  updateAccount,
} from '@gezinsdossier/server';

/** Administration at the command line (issue 9.11): the same use cases and log as the web app. */
export const ADMINISTRATION_USAGE = `  users create --kind PROFESSIONAL|ADMINISTRATOR --name N [--email E] [--oidc-subject S]
                                     create an account (the first administrator is made this way)
  users bind-oidc ACCOUNT --oidc-subject S   let an account sign in with this OIDC subject
  users deactivate ACCOUNT --reason R        deactivate an account (its roles and sessions end)
  users add-role ACCOUNT --organisation ORG --role PROFESSIONAL|TEAM_LEAD|RVT_INTAKE
  users end-role MEMBERSHIP --reason R       end a role in an organisation
  organisations list                 regions and organisations, with their ids
  organisations add --name N --kind LOCAL_TEAM|RVT|CRISIS_SERVICE|OTHER --region VRnn [--municipality GMnnnn]
  regions add VRnn --name N          add a safety region
  municipalities add GMnnnn --name N --region VRnn   add a municipality to a region
`;

export const ADMINISTRATION_COMMANDS = new Set([
  'users create',
  'users bind-oidc',
  'users deactivate',
  'users add-role',
  'users end-role',
  'organisations list',
  'organisations add',
  'regions add',
  'municipalities add',
]);

export interface AdministrationOptions {
  kind?: string;
  name?: string;
  email?: string;
  'oidc-subject'?: string;
  reason?: string;
  organisation?: string;
  role?: string;
  region?: string;
  municipality?: string;
}

class UsageError extends Error {}

/** Validates with the domain's schema; a refusal lists each field in Dutch and English. */
interface Schema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}
function parse<T>(schema: Schema<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new UsageError(
      result.error.issues
        .map((i) => {
          const field = i.path.map(String).join('.') || '(input)';
          return `  ${field}: ${fieldMessage(i.message, 'nl')} / ${fieldMessage(i.message, 'en')}`;
        })
        .join('\n'),
    );
  }
  return result.data;
}

/**
 * Runs one administration command as the operator.
 * @returns the exit code: 0 done, 1 refused by a rule, 2 bad arguments
 */
export async function runAdministration(
  db: Parameters<typeof asOperator>[0],
  name: string,
  arg: string | undefined,
  values: AdministrationOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const operator = os.userInfo().username;
  const run = <T>(fn: Parameters<typeof asOperator<T>>[2]) => asOperator<T>(db, operator, fn);
  const regionIdOf = async (code: string | undefined) => {
    const { regions } = await run((ctx) => listOrganisationsForAdministration(ctx));
    const region = regions.find((r) => r.code === code?.trim().toUpperCase());
    if (!region) {
      throw new UsageError(
        `  --region: ${errorMessage('region_unknown', 'nl')} / ${errorMessage('region_unknown', 'en')}`,
      );
    }
    return region.id;
  };
  try {
    switch (name) {
      case 'users create': {
        const input = parse(CreateAccountSchema, {
          kind: values.kind,
          displayName: values.name,
          email: values.email ?? null,
          oidcSubject: values['oidc-subject'] ?? null,
        });
        const { accountId } = await run((ctx) => createAccount(ctx, input));
        out(`Account ${accountId} created (${input.kind}).\n`);
        return 0;
      }
      case 'users bind-oidc': {
        const account = await currentAccount(run, arg);
        const input = parse(UpdateAccountSchema, {
          version: account.version,
          oidcSubject: values['oidc-subject'],
        });
        await run((ctx) => updateAccount(ctx, account.accountId, input));
        out(`Account ${account.accountId} (${account.displayName}) signs in with that OIDC subject now.\n`);
        return 0;
      }
      case 'users deactivate': {
        const account = await currentAccount(run, arg);
        const input = parse(DeactivateAccountSchema, { version: account.version, reason: values.reason });
        await run((ctx) => deactivateAccount(ctx, account.accountId, input));
        out(`Account ${account.accountId} (${account.displayName}) deactivated.\n`);
        return 0;
      }
      case 'users add-role': {
        const account = await currentAccount(run, arg);
        const input = parse(AddOrganisationMembershipSchema, {
          organisationId: values.organisation,
          role: values.role,
        });
        const { membershipId } = await run((ctx) => addOrganisationMembership(ctx, account.accountId, input));
        out(`Role added: membership ${membershipId}.\n`);
        return 0;
      }
      case 'users end-role': {
        if (!arg) {
          throw new UsageError('  MEMBERSHIP: give the id of the membership (see `users list`).');
        }
        const input = parse(EndOrganisationMembershipSchema, { reason: values.reason });
        await run((ctx) => endOrganisationMembership(ctx, arg, input));
        out(`Membership ${arg} ended.\n`);
        return 0;
      }
      case 'organisations list': {
        const { regions, organisations } = await run((ctx) => listOrganisationsForAdministration(ctx));
        for (const r of regions) {
          out(`${r.code}  ${r.id}  ${r.name}\n`);
          for (const o of organisations.filter((x) => x.regionId === r.id)) {
            out(
              `  ${o.id}  ${o.kind.padEnd(14)} ${o.name}${o.municipalityCode ? ` (${o.municipalityCode})` : ''}\n`,
            );
          }
        }
        return 0;
      }
      case 'organisations add': {
        const input = parse(AddOrganisationSchema, {
          name: values.name,
          kind: values.kind,
          regionId: await regionIdOf(values.region),
          municipalityCode: values.municipality ?? null,
        });
        const { organisationId } = await run((ctx) => addOrganisation(ctx, input));
        out(`Organisation ${organisationId} added.\n`);
        return 0;
      }
      case 'regions add': {
        const input = parse(AddRegionSchema, { code: arg, name: values.name });
        const { regionId } = await run((ctx) => addRegion(ctx, input));
        out(`Region ${input.code} added (${regionId}).\n`);
        return 0;
      }
      case 'municipalities add': {
        const input = parse(AddMunicipalitySchema, {
          code: arg,
          name: values.name,
          regionId: await regionIdOf(values.region),
        });
        await run((ctx) => addMunicipality(ctx, input));
        out(`Municipality ${input.code} added.\n`);
        return 0;
      }
      default:
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`Niet uitgevoerd / not done:\n${error.message}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      err(`Geweigerd: ${errorMessage(error.code, 'nl')}\nRefused: ${errorMessage(error.code, 'en')}\n`);
      return 1;
    }
    throw error;
  }
}

async function currentAccount(
  run: <T>(fn: Parameters<typeof asOperator<T>>[2]) => Promise<T>,
  id: string | undefined,
) {
  const accounts = await run((ctx) => listAccountsForAdministration(ctx));
  const account = accounts.find((a) => a.accountId === id);
  if (!account) {
    throw new UsageError(
      `  ACCOUNT: ${errorMessage('not_found', 'nl')} / ${errorMessage('not_found', 'en')} (see \`users list\`)`,
    );
  }
  return account;
}
