import { describe, expect, it } from 'vitest';
import {
  isMinorMember,
  AddressRecordSchema,
  HouseholdCreateSchema,
  HouseholdUpdateSchema,
  HouseNumberSchema,
  PostcodeSchema,
  assertNoMembershipOverlap,
  assertValidPeriod,
  assertValidRelation,
  periodsOverlap,
} from './household';
import { assertPlausibleBirthDate, PersonCreateSchema, PersonUpdateSchema } from './person';

describe('assertValidPeriod', () => {
  it('refuses a membership ending before it starts', () => {
    expect(() => assertValidPeriod({ from: '2024-05-01', to: '2024-04-30' })).toThrow(
      expect.objectContaining({ code: 'period_ends_before_start' }),
    );
  });
  it('accepts a one-day period and an open end', () => {
    expect(() => assertValidPeriod({ from: '2024-05-01', to: '2024-05-01' })).not.toThrow();
    expect(() => assertValidPeriod({ from: '2024-05-01', to: null })).not.toThrow();
  });
});

describe('periodsOverlap', () => {
  it.each([
    [{ from: '2020-01-01', to: '2020-12-31' }, { from: '2021-01-01', to: null }, false],
    [{ from: '2020-01-01', to: '2021-01-01' }, { from: '2021-01-01', to: null }, true],
    [{ from: '2020-01-01', to: null }, { from: '2030-01-01', to: null }, true],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
  });
});

describe('assertNoMembershipOverlap', () => {
  it('refuses a second current membership of the same person', () => {
    expect(() =>
      assertNoMembershipOverlap({ from: '2024-01-01' }, [{ from: '2020-01-01', to: null }]),
    ).toThrow(expect.objectContaining({ code: 'membership_overlap' }));
  });
  it('allows returning after an ended membership', () => {
    expect(() =>
      assertNoMembershipOverlap({ from: '2024-01-01' }, [{ from: '2020-01-01', to: '2023-12-31' }]),
    ).not.toThrow();
  });
});

describe('assertValidRelation', () => {
  const base = { fromPersonId: 'a', toPersonId: 'b', kind: 'PARENT_OF' as const, hasParentalAuthority: true };
  it('accepts parental authority on a parent relation', () => {
    expect(() => assertValidRelation(base)).not.toThrow();
  });
  it('refuses authority on a sibling relation', () => {
    expect(() => assertValidRelation({ ...base, kind: 'SIBLING_OF' })).toThrow(
      expect.objectContaining({ code: 'authority_requires_parent_relation' }),
    );
  });
  it('refuses a relation with oneself', () => {
    expect(() => assertValidRelation({ ...base, toPersonId: 'a' })).toThrow(
      expect.objectContaining({ code: 'relation_to_self' }),
    );
  });
});

describe('assertPlausibleBirthDate', () => {
  it('refuses a birth date in the future', () => {
    expect(() => assertPlausibleBirthDate('2026-06-02', '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'birth_date_in_future' }),
    );
  });
  it('accepts a birth today (newborns are in scope, 0–100)', () => {
    expect(() => assertPlausibleBirthDate('2026-06-01', '2026-06-01')).not.toThrow();
  });
  it('refuses a birth date more than 125 years ago', () => {
    expect(() => assertPlausibleBirthDate('1900-01-01', '2026-06-01')).toThrow(
      expect.objectContaining({ code: 'birth_date_too_old' }),
    );
  });
});

describe('PersonCreateSchema', () => {
  it('accepts a person without BSN', () => {
    const parsed = PersonCreateSchema.parse({
      givenName: 'Noor',
      familyName: 'Visser',
      birthDate: '2015-03-02',
    });
    expect(parsed.bsn).toBeUndefined();
    expect(parsed.gender).toBe('UNKNOWN');
  });
  it('normalises a BSN with spaces and refuses one failing the 11-proef with code bsn_invalid', () => {
    expect(PersonCreateSchema.parse({ givenName: 'A', familyName: 'B', bsn: '123 456 782' }).bsn).toBe(
      '123456782',
    );
    const result = PersonCreateSchema.safeParse({ givenName: 'A', familyName: 'B', bsn: '123456789' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('bsn_invalid');
  });
  it('refuses an impossible date with code date_invalid', () => {
    const result = PersonCreateSchema.safeParse({ givenName: 'A', familyName: 'B', birthDate: '2023-02-30' });
    expect(result.error?.issues[0]?.message).toBe('date_invalid');
  });
});

describe('household address (search before create by postcode and house number)', () => {
  it('normalises a postcode and refuses one that is not Dutch', () => {
    expect(PostcodeSchema.parse(' 3511 sa ')).toBe('3511SA');
    for (const bad of ['0511SA', '3511S', '35111SA', 'AB1234']) {
      expect(PostcodeSchema.safeParse(bad).error?.issues[0]?.message).toBe('postcode_invalid');
    }
  });
  it('accepts house numbers with an addition', () => {
    for (const ok of ['1', '12', '12a', '12-2', '12 bis', '99999']) {
      expect(HouseNumberSchema.safeParse(ok).success).toBe(true);
    }
    for (const bad of ['0', 'a12', '123456', '']) {
      expect(HouseNumberSchema.safeParse(bad).error?.issues[0]?.message).toBe('house_number_invalid');
    }
  });
  it('an address is an item of the persons it is recorded for: a new dossier with an address names them', () => {
    const base = { displayName: 'Gezin Test', municipalityCode: 'GM0344' };
    const person = {
      person: { givenName: 'Sam', familyName: 'Test' },
      role: 'PARENT_WITH_AUTHORITY',
      from: '2020-01-01',
    };
    const parsed = HouseholdCreateSchema.parse({
      ...base,
      persons: [person],
      address: { postcode: '3511 sa', houseNumber: '4', street: 'Lindelaan' },
    });
    expect(parsed.address).toEqual({ postcode: '3511SA', houseNumber: '4', street: 'Lindelaan' });
    expect(HouseholdCreateSchema.safeParse(base).success).toBe(true);
    expect(
      HouseholdCreateSchema.safeParse({ ...base, persons: [person], address: { postcode: '3511SA' } }).error
        ?.issues[0]?.path,
    ).toEqual(['address', 'houseNumber']);
    expect(
      AddressRecordSchema.safeParse({
        personIds: [],
        postcode: '3511SA',
        houseNumber: '4',
        from: '2024-01-01',
      }).error?.issues[0]?.message,
    ).toBe('address_person_required');
  });
});

describe('corrections', () => {
  it('a name correction leaves the gender alone; a body with only the version is refused', () => {
    expect(PersonUpdateSchema.parse({ givenName: 'Anne', version: 2 })).toEqual({
      givenName: 'Anne',
      version: 2,
    });
    expect(PersonUpdateSchema.safeParse({ version: 2 }).error?.issues[0]?.message).toBe('nothing_to_change');
    expect(HouseholdUpdateSchema.safeParse({ version: 2 }).error?.issues[0]?.message).toBe(
      'nothing_to_change',
    );
  });
});

describe('isMinorMember: parental authority is about minors (BW 1:245)', () => {
  it('a child, or anyone under 18, is a minor; an adult role with an unknown age is not', () => {
    expect(isMinorMember({ role: 'CHILD', age: null })).toBe(true);
    expect(isMinorMember({ role: 'OTHER_ADULT', age: 17 })).toBe(true);
    expect(isMinorMember({ role: 'OTHER_ADULT', age: 18 })).toBe(false);
    expect(isMinorMember({ role: 'PARENT_WITH_AUTHORITY', age: null })).toBe(false);
  });
});
