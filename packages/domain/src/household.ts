import { z } from 'zod';
import { ageOn } from './dates';
import { AppError } from './errors';
import { IsoDateSchema, PastDateSchema } from './date-schemas';
import { changesSomething, PersonCreateSchema } from './person';
import { LIMITS } from './limits';

/**
 * Roles of a person within a household over time (spec §4.2 PersonRole, glossary "ouders", "opvoeders").
 * Parental authority is recorded per child on the relation (see RelationKind), because a parent may hold
 * authority over one child and not over another; the membership role says how someone lives in the household.
 */
export const MEMBERSHIP_ROLES = [
  'CHILD',
  'PARENT_WITH_AUTHORITY',
  'PARENT_WITHOUT_AUTHORITY',
  'CAREGIVER',
  'OTHER_ADULT',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Directed relation kinds "from is … of to". Authority is only meaningful on the parental kinds. */
export const RELATION_KINDS = [
  'PARENT_OF',
  'STEP_PARENT_OF',
  'FOSTER_PARENT_OF',
  'GUARDIAN_OF',
  'GRANDPARENT_OF',
  'PARTNER_OF',
  'EX_PARTNER_OF',
  'SIBLING_OF',
  // Adult protection (MEAS-06..08, decided by the kantonrechter): a different thing from parental authority.
  'CURATOR_OF',
  'MENTOR_OF',
  'ADMINISTRATOR_OF',
  'OTHER',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Adult protection: curatele (BW 1:378), beschermingsbewind (BW 1:431) and mentorschap (BW 1:450), over adults only. */
export const ADULT_PROTECTION_RELATION_KINDS: readonly RelationKind[] = [
  'CURATOR_OF',
  'MENTOR_OF',
  'ADMINISTRATOR_OF',
];

/** Kinds where "from" is of an older generation than "to": a parent is born before the child. */
const OLDER_GENERATION_KINDS: readonly RelationKind[] = [
  'PARENT_OF',
  'STEP_PARENT_OF',
  'FOSTER_PARENT_OF',
  'GRANDPARENT_OF',
];

/**
 * Meerderjarig at eighteen (BW 1:233). Parental authority is held over minors only (BW 1:245) and not by a
 * minor (BW 1:246); the spec's "ouders" are "de volwassenen die het ouderlijk gezag dragen" (TS Bijl.3 fn 45).
 */
export const AGE_OF_MAJORITY = 18;

/** Relation kinds on which parental authority can be recorded. */
export const AUTHORITY_RELATION_KINDS: readonly RelationKind[] = [
  'PARENT_OF',
  'STEP_PARENT_OF',
  'FOSTER_PARENT_OF',
  'GUARDIAN_OF',
];

/** Network (naasten / informele steun) relations, spec §4.2 NetworkMember. */
export const NETWORK_RELATIONS = [
  'GRANDPARENT',
  'FAMILY',
  'FRIEND',
  'NEIGHBOUR',
  'TEACHER',
  'PEDAGOGICAL_STAFF',
  'YOUTH_WORKER',
  'SPORTS_COACH',
  'INFORMAL_SUPPORT_FIGURE',
  'EXPERIENCE_EXPERT',
  'OTHER',
] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];

/**
 * A Dutch address as postcode + house number (enough to find a household; the street follows from the
 * register). The postcode is normalised to `1234AB`. Synthetic demo data uses the letter pairs SA, SD and
 * SS, which PostNL never issues, so a demo address can never be a real one.
 */
export const PostcodeSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, { error: 'postcode_invalid' }));
export const HouseNumberSchema = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,4}(?:[ -][A-Za-z0-9]{1,6}|[A-Za-z][A-Za-z0-9]{0,5})?$/, {
    error: 'house_number_invalid',
  });

/**
 * An address is a dated item of a person (so a shelter address can be withheld from one member, and a move
 * is history, not an edit). Recording one for several persons gives each their own item.
 */
export const AddressFieldsSchema = z.object({
  street: z.string().trim().min(1).max(120).nullable().optional(),
  houseNumber: HouseNumberSchema,
  postcode: PostcodeSchema,
  town: z.string().trim().min(1).max(80).nullable().optional(),
});
export type AddressFields = z.infer<typeof AddressFieldsSchema>;

/** A (new) address for one or more members from a date: their current address ends the day before. */
export const AddressRecordSchema = AddressFieldsSchema.extend({
  personIds: z.array(z.uuid()).min(1, { error: 'address_person_required' }).max(20),
  from: PastDateSchema,
});
export type AddressRecord = z.infer<typeof AddressRecordSchema>;

export const HouseholdUpdateSchema = z
  .object({
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMax).optional(),
    municipalityCode: z
      .string()
      .regex(/^GM\d{4}$/)
      .optional(),
    version: z.number().int().positive(),
  })
  .refine(changesSomething, { path: ['version'], message: 'nothing_to_change' });
export type HouseholdUpdate = z.infer<typeof HouseholdUpdateSchema>;

const PeriodFields = {
  from: PastDateSchema,
  to: IsoDateSchema.nullable().optional(),
};

export const MembershipCreateSchema = z.object({
  personId: z.uuid(),
  role: z.enum(MEMBERSHIP_ROLES),
  ...PeriodFields,
});
export type MembershipCreate = z.infer<typeof MembershipCreateSchema>;

export const MembershipUpdateSchema = z.object({
  role: z.enum(MEMBERSHIP_ROLES).optional(),
  from: PastDateSchema.optional(),
  to: IsoDateSchema.nullable().optional(),
  version: z.number().int().positive(),
});
export type MembershipUpdate = z.infer<typeof MembershipUpdateSchema>;

/** A new person joins the household in one step: the person and the membership. */
export const HouseholdPersonCreateSchema = z.object({
  person: PersonCreateSchema,
  role: z.enum(MEMBERSHIP_ROLES),
  from: PastDateSchema,
});
export type HouseholdPersonCreate = z.infer<typeof HouseholdPersonCreateSchema>;

export const HouseholdCreateSchema = z.object({
  displayName: z.string().trim().min(1).max(LIMITS.displayNameMax),
  municipalityCode: z.string().regex(/^GM\d{4}$/, { error: 'municipality_code_invalid' }),
  /** The Lokaal Team professional who becomes the vast gezicht; defaults to the creator. */
  fixedProfessionalId: z.uuid().optional(),
  /** The persons known at intake (e.g. the one searched for), each with a role from a date. */
  persons: z.array(HouseholdPersonCreateSchema).max(20).optional(),
  /** The address of those persons, when known. */
  address: AddressFieldsSchema.optional(),
});
export type HouseholdCreate = z.infer<typeof HouseholdCreateSchema>;

export const RelationCreateSchema = z.object({
  fromPersonId: z.uuid(),
  toPersonId: z.uuid(),
  kind: z.enum(RELATION_KINDS),
  hasParentalAuthority: z.boolean().default(false),
  ...PeriodFields,
  from: PastDateSchema.nullable().optional(),
});
export type RelationCreate = z.infer<typeof RelationCreateSchema>;

export const RelationUpdateSchema = z.object({
  kind: z.enum(RELATION_KINDS).optional(),
  hasParentalAuthority: z.boolean().optional(),
  from: PastDateSchema.nullable().optional(),
  to: IsoDateSchema.nullable().optional(),
  /** Why parental authority changes; kept in the relation's history, never in the event (issue 9.1). */
  reason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  version: z.number().int().positive(),
});
export type RelationUpdate = z.infer<typeof RelationUpdateSchema>;

/** Removing a relation recorded in error: why, kept in the relation's history (issue 9.1). */
export const RelationRemoveSchema = z.object({
  reason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type RelationRemove = z.infer<typeof RelationRemoveSchema>;

export const NetworkMemberCreateSchema = z.object({
  displayName: z.string().trim().min(1).max(LIMITS.displayNameMax),
  relation: z.enum(NETWORK_RELATIONS),
  /** The network is involved "samen met het gezin" (TS §2.1.1): record whether the household agreed. */
  involvementAgreedByHousehold: z.boolean(),
  note: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
});
export type NetworkMemberCreate = z.infer<typeof NetworkMemberCreateSchema>;

export const NetworkMemberUpdateSchema = NetworkMemberCreateSchema.partial().extend({
  version: z.number().int().positive(),
});
export type NetworkMemberUpdate = z.infer<typeof NetworkMemberUpdateSchema>;

export interface Period {
  from: string;
  to?: string | null;
}

/**
 * A period must not end before it starts.
 * @throws AppError period_ends_before_start
 */
export function assertValidPeriod(period: { from?: string | null; to?: string | null }): void {
  if (period.from && period.to && period.to < period.from) {
    throw new AppError('period_ends_before_start', {
      issues: [{ path: 'to', code: 'period_ends_before_start', message: 'period_ends_before_start' }],
    });
  }
}

/** Whether two closed-or-open date periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aEnd = a.to ?? '9999-12-31';
  const bEnd = b.to ?? '9999-12-31';
  return a.from <= bEnd && b.from <= aEnd;
}

/**
 * A person may hold only one membership of the same household at a time.
 * @param candidate the new or changed membership
 * @param existing the person's other memberships of this household
 * @throws AppError membership_overlap
 */
export function assertNoMembershipOverlap(candidate: Period, existing: Period[]): void {
  if (existing.some((other) => periodsOverlap(candidate, other))) {
    throw new AppError('membership_overlap');
  }
}

/**
 * Whether a member of a household counts as a minor for what the screens offer (parental authority is about
 * minors, BW 1:245): a member in the child role, or one younger than the age of majority. An unknown age in
 * an adult role counts as an adult.
 */
export function isMinorMember(member: { role: string; age: number | null }): boolean {
  return member.role === 'CHILD' || (member.age !== null && member.age < AGE_OF_MAJORITY);
}

const issueAt = (path: string, code: string) => ({ path, code, message: code });
const minorOn = (birthDate: string | null, on: string) =>
  birthDate !== null && on >= birthDate && ageOn(birthDate, on) < AGE_OF_MAJORITY;
const adultOn = (birthDate: string | null, on: string) =>
  birthDate !== null && on >= birthDate && ageOn(birthDate, on) >= AGE_OF_MAJORITY;

/**
 * Whether a relation can be, given what is known of the two persons' birth dates (unknown dates cannot be
 * checked and pass): a parent (step, foster, grand) is born before the child; parental authority is held by
 * an adult over a minor; adult protection is held by an adult over an adult; a relation does not start
 * before either person was born. Ages count on the day the relation starts, or today when no start is known.
 * @throws AppError relation_implausible, with an issue per broken rule
 */
export function assertPlausibleRelation(
  relation: { kind: RelationKind; hasParentalAuthority: boolean; validFrom: string | null },
  from: { birthDate: string | null },
  to: { birthDate: string | null },
  today: string,
): void {
  const on = relation.validFrom ?? today;
  const issues: { path: string; code: string; message: string }[] = [];
  if (
    OLDER_GENERATION_KINDS.includes(relation.kind) &&
    from.birthDate &&
    to.birthDate &&
    from.birthDate >= to.birthDate
  ) {
    issues.push(issueAt('fromPersonId', 'relation_parent_not_older'));
  }
  if (relation.hasParentalAuthority) {
    if (minorOn(from.birthDate, on)) {
      issues.push(issueAt('fromPersonId', 'authority_holder_minor'));
    }
    if (adultOn(to.birthDate, on)) {
      issues.push(issueAt('toPersonId', 'authority_over_adult'));
    }
  }
  if (ADULT_PROTECTION_RELATION_KINDS.includes(relation.kind)) {
    if (minorOn(from.birthDate, on)) {
      issues.push(issueAt('fromPersonId', 'protection_holder_minor'));
    }
    if (minorOn(to.birthDate, on)) {
      issues.push(issueAt('toPersonId', 'protection_over_minor'));
    }
  }
  const start = relation.validFrom;
  if (start && [from.birthDate, to.birthDate].some((b) => b !== null && start < b)) {
    issues.push(issueAt('from', 'relation_before_birth'));
  }
  if (issues.length > 0) {
    throw new AppError('relation_implausible', { issues });
  }
}

/**
 * Whether a membership can be: it starts on or after the person's birth, and the role "parent with
 * authority" belongs to an adult on the day it starts (BW 1:246).
 * @throws AppError membership_implausible, with an issue per broken rule
 */
export function assertPlausibleMembership(
  membership: { role: MembershipRole; from: string },
  person: { birthDate: string | null },
  paths: { from: string; role: string } = { from: 'from', role: 'role' },
): void {
  const issues: { path: string; code: string; message: string }[] = [];
  if (person.birthDate && membership.from < person.birthDate) {
    issues.push(issueAt(paths.from, 'membership_before_birth'));
  }
  if (membership.role === 'PARENT_WITH_AUTHORITY' && minorOn(person.birthDate, membership.from)) {
    issues.push(issueAt(paths.role, 'authority_holder_minor'));
  }
  if (issues.length > 0) {
    throw new AppError('membership_implausible', { issues });
  }
}

/**
 * Relation rules: no relation with oneself; authority only on parental kinds.
 * @throws AppError relation_to_self | authority_requires_parent_relation
 */
export function assertValidRelation(relation: {
  fromPersonId: string;
  toPersonId: string;
  kind: RelationKind;
  hasParentalAuthority: boolean;
}): void {
  if (relation.fromPersonId === relation.toPersonId) {
    throw new AppError('relation_to_self');
  }
  if (relation.hasParentalAuthority && !AUTHORITY_RELATION_KINDS.includes(relation.kind)) {
    throw new AppError('authority_requires_parent_relation');
  }
}
