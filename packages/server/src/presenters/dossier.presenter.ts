import { todayInNetherlands } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { AddressRow } from '../db/repositories/address.repository';
import type { CaseRow } from '../db/repositories/case.repository';
import type { DeadlineRow } from '../db/repositories/deadline.repository';
import type { HouseholdRow } from '../db/repositories/household.repository';
import type { MemberRow } from '../db/repositories/membership.repository';
import type { NetworkRow } from '../db/repositories/network.repository';
import type { RelationChangeRow, RelationRow } from '../db/repositories/relation.repository';
import type { TeamRow } from '../db/repositories/team.repository';
import type { TimelineRow } from '../db/repositories/timeline.repository';
import { accessPurpose } from '../policies/household';
import { HouseholdAbilitiesSchema } from './abilities';
import { AddressSchema, presentAddress } from './address.presenter';
import { CaseSchema, presentCase } from './case.presenter';
import { HouseholdSchema, presentHousehold } from './household.presenter';
import { MemberSchema, presentMember } from './member.presenter';
import { NetworkMemberSchema, presentNetworkMember } from './network.presenter';
import { presentRelation, RelationSchema } from './relation.presenter';
import { presentRelationChange, RelationChangeSchema } from './relation-change.presenter';
import { named, Timestamp } from './schemas';
import { presentTimelineEntry, TimelineEntrySchema } from './timeline.presenter';
import { iso, presentEach, type Viewer } from './viewer';

export const TimelinePageSchema = named(
  'TimelinePage',
  z.strictObject({ items: z.array(TimelineEntrySchema), nextCursor: z.string().nullable() }),
);

export const AccessBasisSchema = z.enum([
  'CASEWORK',
  'BREAK_GLASS',
  'REGIONAL_INTAKE',
  'COUNTER_REVIEW',
  'COMPLAINT_HANDLING',
  'SUBJECT_ACCESS',
]);

export const DossierSchema = named(
  'Dossier',
  z.strictObject({
    household: HouseholdSchema,
    members: z.array(MemberSchema),
    addresses: z.array(AddressSchema),
    relations: z.array(RelationSchema),
    /** Changes of parental authority and removed relations, newest first, with their reasons (issue 9.1). */
    relationChanges: z.array(RelationChangeSchema),
    network: z.array(NetworkMemberSchema),
    case: CaseSchema.nullable(),
    timeline: TimelinePageSchema.nullable(),
    access: z.strictObject({ basis: AccessBasisSchema, breakGlassExpiresAt: Timestamp.nullable() }),
    abilities: HouseholdAbilitiesSchema,
  }),
);
export type DossierJson = z.infer<typeof DossierSchema>;

export interface DossierParts {
  household: HouseholdRow;
  members: MemberRow[];
  addresses: AddressRow[];
  relations: RelationRow[];
  relationChanges: RelationChangeRow[];
  network: NetworkRow[];
  kase: CaseRow | null;
  team: TeamRow[];
  /** The case's deadlines when its Lokaal Team is not linked yet (for the link deadline), else empty. */
  deadlines: DeadlineRow[];
  timeline: TimelineRow[] | null;
  timelineNextCursor: string | null;
  now: Date;
}

/** The gezinsdossier as this viewer may see it. */
export function presentDossier(v: Viewer, p: DossierParts): DossierJson {
  const today = todayInNetherlands(p.now);
  const breakGlass = v.access.grounds.find((g) => g.kind === 'BREAK_GLASS');
  const basis = accessPurpose(v.access);
  return {
    household: presentHousehold(v, p.household) as NonNullable<ReturnType<typeof presentHousehold>>,
    members: presentEach(p.members, (m) => presentMember(v, m, today)),
    addresses: presentEach(p.addresses, (a) => presentAddress(v, a)),
    relations: presentEach(p.relations, (r) => presentRelation(v, r)),
    relationChanges: presentEach(p.relationChanges, (c) => presentRelationChange(v, c)),
    network: presentEach(p.network, (n) => presentNetworkMember(v, n)),
    case: p.kase ? presentCase(v, p.kase, p.team, { deadlines: p.deadlines, today }) : null,
    timeline: p.timeline
      ? {
          items: presentEach(p.timeline, (e) => presentTimelineEntry(v, e)),
          nextCursor: p.timelineNextCursor,
        }
      : null,
    access: {
      basis:
        basis === 'TEAM_SUPERVISION' || basis === 'ADMINISTRATION' || basis === 'BREAK_GLASS_REVIEW'
          ? 'CASEWORK'
          : basis,
      breakGlassExpiresAt: breakGlass?.kind === 'BREAK_GLASS' ? iso(breakGlass.expiresAt) : null,
    },
    abilities: v.abilities(),
  };
}
