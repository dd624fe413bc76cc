/**
 * Burgerservicenummer checks. A BSN has 9 digits and passes the "elfproef":
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 and not 0.
 * Persons without a BSN are normal (e.g. undocumented, newborn, unknown); a BSN is always optional.
 */

/**
 * @param value a candidate BSN (digits only, 8 or 9 long; 8 digits are left-padded with a zero)
 * @returns whether it passes the 11-proef
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{8,9}$/.test(value)) {
    return false;
  }
  const digits = value.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += Number(digits[i]) * (9 - i);
  }
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

/** Normalises user input ("123 456 782", "12345678") to 9 digits, or returns it unchanged if not digits. */
export function normaliseBsn(value: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  return /^\d{8}$/.test(digits) ? `0${digits}` : digits;
}

/**
 * Completes 8 digits into a valid BSN by choosing the check digit, or returns null when no
 * check digit works. Used only by the synthetic-data generator; numbers it makes are fictitious.
 * @param firstEight eight digits
 */
export function completeBsn(firstEight: string): string | null {
  if (!/^\d{8}$/.test(firstEight)) {
    return null;
  }
  for (let check = 0; check <= 9; check++) {
    const candidate = `${firstEight}${check}`;
    if (isValidBsn(candidate)) {
      return candidate;
    }
  }
  return null;
}
