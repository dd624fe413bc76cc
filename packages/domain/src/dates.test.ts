import { describe, expect, it } from 'vitest';
import { ageOn, isIsoDate, todayInNetherlands } from './dates';
import { PlannedMomentSchema } from './date-schemas';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['not a date', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('ageOn', () => {
  it('counts whole years, the day before the birthday is one year less', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
  });
  it('handles a leap-day birth', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('todayInNetherlands', () => {
  it('uses Amsterdam time: 23:30 UTC on 31 Dec is already 1 Jan there', () => {
    expect(todayInNetherlands(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});

describe('moments the dossier can carry (found by the API fuzz test: these gave 500)', () => {
  it.each([
    ['2026-11-29T10:00:00+01:00', true],
    ['1900-01-01T00:00:00Z', true],
    ['2100-12-31T12:00:00Z', true],
    ['1899-12-31T23:59:59Z', false],
    ['0000-01-01T00:00:00Z', false],
    ['9999-12-31T23:59:59Z', false],
    // A plausible-looking local time whose offset carries it past the end: the year 10000, and the year -1.
    ['9999-12-31T23:00:00-12:00', false],
    ['0000-01-01T00:00:00+14:00', false],
  ])('%s → %s', (value, expected) => {
    const parsed = PlannedMomentSchema.safeParse(value);
    expect(parsed.success).toBe(expected);
    if (!parsed.success) {
      expect(parsed.error.issues[0]?.message).toBe('date_out_of_range');
    }
  });
});
