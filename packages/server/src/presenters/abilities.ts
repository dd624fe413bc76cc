import { GLOBAL_PERMISSIONS, HOUSEHOLD_PERMISSIONS } from '@gezinsdossier/domain';
import { z } from 'zod';
import { named } from './schemas';

const flags = <P extends string>(permissions: readonly P[]) =>
  z.strictObject(Object.fromEntries(permissions.map((p) => [p, z.boolean()])) as Record<P, z.ZodBoolean>);

/** What the viewer may do with this household: the rulebook serialised, the web renders from it. */
export const HouseholdAbilitiesSchema = named('HouseholdAbilities', flags(HOUSEHOLD_PERMISSIONS));
/** What the signed-in actor may do outside any household. */
export const GlobalAbilitiesSchema = named('GlobalAbilities', flags(GLOBAL_PERMISSIONS));
