import { z } from 'zod';

export const HouseholdParams = z.object({ householdId: z.uuid() });
export const HouseholdPersonParams = HouseholdParams.extend({ personId: z.uuid() });
export const HouseholdMembershipParams = HouseholdParams.extend({ membershipId: z.uuid() });
export const HouseholdRelationParams = HouseholdParams.extend({ relationId: z.uuid() });
export const HouseholdNetworkParams = HouseholdParams.extend({ networkMemberId: z.uuid() });
export const HouseholdTeamParams = HouseholdParams.extend({ memberId: z.uuid() });
export const VersionQuery = z.object({ version: z.coerce.number().int().positive() });
