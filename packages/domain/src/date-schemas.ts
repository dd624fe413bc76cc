import { z } from 'zod';
import { isIsoDate, todayInNetherlands } from './dates';

/**
 * Dates and moments as people enter them, in two kinds (issue 8.7):
 * - what happened (a contact, a fact observed, a breach, a report received, help started): it cannot lie in
 *   the future, beyond a small margin for clocks that run ahead;
 * - what is planned (a check date, a due date, an appointment, the end of a relation): it may lie ahead.
 * Both are refused before 1900 (no one in a dossier was born or seen before then) and after 2100.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';
/** How far ahead of the server's clock a client's "now" may be. */
export const CLOCK_SKEW_MS = 5 * 60_000;

const inRange = (date: string) => date >= EARLIEST_DATE && date <= LATEST_DATE;
const notAhead = (date: string) => date <= todayInNetherlands(new Date(Date.now() + CLOCK_SKEW_MS));

/** A real calendar date between 1900 and 2100 (a planned date: may lie in the future). */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'date_invalid' })
  .refine(inRange, { error: 'date_out_of_range', abort: true })
  .describe('Calendar date, YYYY-MM-DD');

/**
 * A birth date: a real date from 1900 on. One in the future keeps the domain's own answer (422
 * birth_date_in_future, person.ts), as it had before the general range existed.
 */
export const BirthDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'date_invalid' })
  .refine((date) => date >= EARLIEST_DATE, { error: 'date_out_of_range', abort: true })
  .describe('Calendar date, YYYY-MM-DD');

/** A date on which something happened: not after today (in the Netherlands). */
export const PastDateSchema = IsoDateSchema.refine(notAhead, { error: 'date_in_future' }).describe(
  'Calendar date, YYYY-MM-DD, not in the future',
);

/** A moment at which something happened (ISO 8601 with offset): not later than now. */
export const PastMomentSchema = z.iso
  .datetime({ offset: true })
  .refine((m) => inRange(new Date(m).toISOString().slice(0, 10)), { error: 'date_out_of_range', abort: true })
  .refine((m) => Date.parse(m) <= Date.now() + CLOCK_SKEW_MS, { error: 'date_in_future' })
  .describe('Moment, ISO 8601 with offset, not in the future');

/** A planned moment (an appointment): may lie ahead, within 1900–2100. */
export const PlannedMomentSchema = z.iso
  .datetime({ offset: true })
  .refine((m) => inRange(new Date(m).toISOString().slice(0, 10)), { error: 'date_out_of_range' })
  .describe('Moment, ISO 8601 with offset');
