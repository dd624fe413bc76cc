import { ageOn } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { MemberRow } from '../db/repositories/membership.repository';
import { Code, Day, Id, named } from './schemas';
import type { Viewer } from './viewer';

export const PersonSchema = named(
  'Person',
  z.strictObject({
    id: Id,
    givenName: z.string(),
    familyName: z.string(),
    birthDate: Day.nullable(),
    age: z.number().int().nullable(),
    bsn: z.string().nullable(),
    gender: z.enum(['FEMALE', 'MALE', 'OTHER', 'UNKNOWN']),
    version: z.number().int(),
  }),
);

export const MemberSchema = named(
  'Member',
  z.strictObject({
    membershipId: Id,
    membershipVersion: z.number().int(),
    role: Code,
    from: Day,
    to: Day.nullable(),
    isCurrent: z.boolean(),
    person: PersonSchema,
  }),
);
export type MemberJson = z.infer<typeof MemberSchema>;

/**
 * A person with their membership of the household (role over a period). A withheld person or membership
 * is not there at all.
 */
export function presentMember(v: Viewer, m: MemberRow, today: string): MemberJson | null {
  if (!v.shows('household.read', m.membershipId) || !v.sees(m.personId)) {
    return null;
  }
  v.persons([m.personId]);
  return {
    membershipId: m.membershipId,
    membershipVersion: m.membershipVersion,
    role: m.role,
    from: m.validFrom,
    to: m.validTo,
    isCurrent: m.validFrom <= today && (m.validTo === null || m.validTo >= today),
    person: {
      id: m.personId,
      givenName: m.givenName,
      familyName: m.familyName,
      birthDate: m.birthDate,
      age: m.birthDate ? ageOn(m.birthDate, today) : null,
      bsn: m.bsn,
      gender: m.gender,
      version: m.personVersion,
    },
  };
}

/** A person on their own (after a correction). */
export function presentPerson(
  v: Viewer,
  p: {
    id: string;
    givenName: string;
    familyName: string;
    birthDate: string | null;
    bsn: string | null;
    gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
    version: number;
  },
  today: string,
): z.infer<typeof PersonSchema> | null {
  if (!v.shows('household.read', p.id)) {
    return null;
  }
  v.persons([p.id]);
  return {
    id: p.id,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    age: p.birthDate ? ageOn(p.birthDate, today) : null,
    bsn: p.bsn,
    gender: p.gender,
    version: p.version,
  };
}

export const MembershipSchema = named(
  'Membership',
  z.strictObject({
    id: Id,
    personId: Id,
    role: Code,
    from: Day,
    to: Day.nullable(),
    version: z.number().int(),
  }),
);
export type MembershipJson = z.infer<typeof MembershipSchema>;

/** A membership on its own (after a change). */
export function presentMembership(
  v: Viewer,
  m: {
    id: string;
    personId: string;
    role: string;
    validFrom: string;
    validTo: string | null;
    version: number;
  },
): MembershipJson | null {
  if (!v.shows('household.read', m.id) || !v.sees(m.personId)) {
    return null;
  }
  v.persons([m.personId]);
  return {
    id: m.id,
    personId: m.personId,
    role: m.role,
    from: m.validFrom,
    to: m.validTo,
    version: m.version,
  };
}
