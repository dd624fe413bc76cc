import { z } from 'zod';
import { isValidBsn, normaliseBsn } from './bsn';
import { AppError } from './errors';
import { ageOn, isIsoDate, isWithinMomentRange, todayInNetherlands } from './dates';
import { LIMITS } from './limits';

/** A calendar date field; an impossible date such as 2023-02-30 is refused. */
/** A correction must change at least one field: a body with only the version is refused, not recorded. */
export const changesSomething = (v: Record<string, unknown>) =>
  Object.entries(v).some(([key, value]) => key !== 'version' && value !== undefined);

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'date_invalid' })
  .describe('Calendar date, YYYY-MM-DD');

/**
 * A moment (ISO 8601 with offset) the dossier can carry: years 1900 to 9998 once the offset is applied.
 * Beyond them, date arithmetic (deadlines from a report's receipt) and presenting the moment failed with 500.
 */
export const MomentSchema = z.iso.datetime({ offset: true }).refine(isWithinMomentRange, {
  error: 'moment_out_of_range',
});

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;
export type Gender = (typeof GENDERS)[number];

export const BsnSchema = z
  .string()
  .transform(normaliseBsn)
  .refine(isValidBsn, { error: 'bsn_invalid' })
  .describe('Burgerservicenummer; must pass the 11-proef');

const NameSchema = z.string().trim().min(1).max(LIMITS.nameMax);

/** Input for a new person. A BSN is optional: persons without one are normal. */
export const PersonCreateSchema = z.object({
  givenName: NameSchema,
  familyName: NameSchema,
  birthDate: IsoDateSchema.nullable().optional(),
  bsn: BsnSchema.nullable().optional(),
  gender: z.enum(GENDERS).default('UNKNOWN'),
});
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

/** A correction names only what changes; nothing gets a default (a name fix must not reset the gender). */
export const PersonUpdateSchema = PersonCreateSchema.extend({ gender: z.enum(GENDERS) })
  .partial()
  .extend({
    version: z.number().int().positive(),
  })
  .refine(changesSomething, { path: ['version'], message: 'nothing_to_change' });
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

/**
 * Checks a birth date against today: not in the future, not older than LIMITS.maxAgeYears.
 * @throws AppError birth_date_in_future | birth_date_too_old
 */
export function assertPlausibleBirthDate(birthDate: string, today = todayInNetherlands()): void {
  if (birthDate > today) {
    throw new AppError('birth_date_in_future', { issues: [issue('birthDate', 'birth_date_in_future')] });
  }
  if (ageOn(birthDate, today) > LIMITS.maxAgeYears) {
    throw new AppError('birth_date_too_old', { issues: [issue('birthDate', 'birth_date_too_old')] });
  }
}

function issue(path: string, code: string) {
  return { path, code, message: code };
}
