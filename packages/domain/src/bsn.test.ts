import { describe, expect, it } from 'vitest';
import { completeBsn, isValidBsn, normaliseBsn } from './bsn';

describe('isValidBsn (11-proef)', () => {
  it.each([
    ['111222333', true], // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66 = 6·11
    ['123456782', true],
    ['123456789', false],
    ['000000000', false], // sum 0 is refused
    ['12345678', false], // padded to 012345678: not divisible
    ['12345678a', false],
    ['1234567820', false],
    ['', false],
  ])('%s → %s', (bsn, expected) => {
    expect(isValidBsn(bsn)).toBe(expected);
  });
});

describe('normaliseBsn', () => {
  it('strips spaces, dots and dashes', () => {
    expect(normaliseBsn('123 456 782')).toBe('123456782');
    expect(normaliseBsn('123.456.782')).toBe('123456782');
  });
  it('left-pads eight digits', () => {
    expect(normaliseBsn('12345678')).toBe('012345678');
  });
});

describe('completeBsn', () => {
  it('returns a number that passes the 11-proef for every prefix it completes', () => {
    let completed = 0;
    for (let i = 10_000_000; i < 10_000_200; i++) {
      const bsn = completeBsn(String(i));
      if (bsn !== null) {
        completed++;
        expect(isValidBsn(bsn)).toBe(true);
        expect(bsn.startsWith(String(i))).toBe(true);
      }
    }
    // about 10 of every 11 prefixes have a check digit
    expect(completed).toBeGreaterThan(150);
  });
  it('refuses input that is not eight digits', () => {
    expect(completeBsn('1234567')).toBeNull();
  });
});
