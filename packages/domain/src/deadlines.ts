import Holidays from 'date-holidays';
import { DEADLINE_KIND_IDS, type DeadlineKindId, type TimedDeadlineKind } from './deadline-kinds';
import { AppError } from './errors';

/**
 * The deadline engine: working days with Dutch public holidays (from the maintained `date-holidays`
 * library) and national rule packs, versioned with effective dates (rechtszekerheid, LS-05; spec §12.2
 * `RulePack.timerPolicy`, AMB-26). A case records the rule-pack version in force when it was opened and
 * keeps running under it, so a later pack never changes the deadlines a family was already given.
 *
 * Dates are calendar dates in the Netherlands (`YYYY-MM-DD`). Imported as
 * `@gezinsdossier/domain/deadlines` so the holiday tables stay out of the web bundle.
 */

export const DEADLINE_KINDS = DEADLINE_KIND_IDS;
export type DeadlineKind = DeadlineKindId;

/**
 * A duration. Working days skip weekends and the pack's holidays; weeks, months and years are calendar
 * durations (measures run in months and years, KT8-R1), and a due date that falls on a non-working day moves
 * to the next working day.
 */
export interface TimerRule {
  amount: number;
  unit: 'WORKING_DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS';
}

export interface RulePack {
  version: string;
  /** First calendar date on which new cases run under this pack. */
  effectiveFrom: string;
  /** The concern taxonomy version decisions record (AMB-15). */
  taxonomyVersion: string;
  /** Which `date-holidays` types count as non-working days. */
  holidayTypes: readonly string[];
  /** Computed timers. The dated kinds have none: a plan's check date, a measure's start and end set them. */
  timers: Record<TimedDeadlineKind, TimerRule>;
  /** Running measures (KT8-R1): evaluated after this when the catalogue names no term; the decision on an
   * extension is due this long before the measure ends. */
  measureTimers: { evaluation: TimerRule; extensionBeforeEnd: TimerRule };
  /** Complaints (KT9-R3): the decision term may be extended once, by this much, with a reason. */
  complaintTimers: { extension: TimerRule };
  /** An overdue item is escalated to the team lead after this many working days. */
  escalateAfterWorkingDays: number;
}

/** The national rule packs, oldest first. Configuration, not code paths: add a pack, never edit one. */
export const RULE_PACKS: readonly RulePack[] = [
  {
    version: 'nl-2026.1',
    effectiveFrom: '2026-01-01',
    taxonomyVersion: 'zorgen-2026.1',
    holidayTypes: ['public'],
    timers: {
      TRIAGE: { amount: 5, unit: 'WORKING_DAYS' },
      LINK_LOCAL_TEAM: { amount: 2, unit: 'WORKING_DAYS' },
      FIRST_CONTACT: { amount: 5, unit: 'WORKING_DAYS' },
      REPORTER_FEEDBACK: { amount: 10, unit: 'WORKING_DAYS' },
      FIRST_INVESTIGATION_DECISION: { amount: 8, unit: 'WEEKS' },
      EXTENDED_INVESTIGATION_DECISION: { amount: 10, unit: 'WEEKS' },
      FAMILY_PLAN: { amount: 6, unit: 'WEEKS' },
      SAFETY_MONITORING_REVIEW: { amount: 13, unit: 'WEEKS' },
      // Complaints (KT9-R3): acknowledged within 5 working days, decided within 6 weeks of receipt.
      COMPLAINT_ACKNOWLEDGEMENT: { amount: 5, unit: 'WORKING_DAYS' },
      COMPLAINT_DECISION: { amount: 6, unit: 'WEEKS' },
    },
    measureTimers: {
      evaluation: { amount: 6, unit: 'MONTHS' },
      extensionBeforeEnd: { amount: 3, unit: 'MONTHS' },
    },
    complaintTimers: { extension: { amount: 4, unit: 'WEEKS' } },
    escalateAfterWorkingDays: 3,
  },
  {
    version: 'nl-2027.1',
    effectiveFrom: '2027-01-01',
    taxonomyVersion: 'zorgen-2026.1',
    holidayTypes: ['public'],
    timers: {
      TRIAGE: { amount: 3, unit: 'WORKING_DAYS' },
      LINK_LOCAL_TEAM: { amount: 1, unit: 'WORKING_DAYS' },
      FIRST_CONTACT: { amount: 5, unit: 'WORKING_DAYS' },
      REPORTER_FEEDBACK: { amount: 10, unit: 'WORKING_DAYS' },
      FIRST_INVESTIGATION_DECISION: { amount: 6, unit: 'WEEKS' },
      EXTENDED_INVESTIGATION_DECISION: { amount: 10, unit: 'WEEKS' },
      FAMILY_PLAN: { amount: 6, unit: 'WEEKS' },
      SAFETY_MONITORING_REVIEW: { amount: 13, unit: 'WEEKS' },
      // Complaints (KT9-R3): acknowledged within 5 working days, decided within 6 weeks of receipt.
      COMPLAINT_ACKNOWLEDGEMENT: { amount: 5, unit: 'WORKING_DAYS' },
      COMPLAINT_DECISION: { amount: 6, unit: 'WEEKS' },
    },
    measureTimers: {
      evaluation: { amount: 6, unit: 'MONTHS' },
      extensionBeforeEnd: { amount: 3, unit: 'MONTHS' },
    },
    complaintTimers: { extension: { amount: 4, unit: 'WEEKS' } },
    escalateAfterWorkingDays: 2,
  },
];

/** The pack in force on a date (the newest whose effectiveFrom is on or before it). */
export function rulePackOn(date: string): RulePack {
  let found: RulePack | undefined;
  for (const pack of RULE_PACKS) {
    if (pack.effectiveFrom <= date) {
      found = pack;
    }
  }
  if (!found) {
    throw new AppError('rule_pack_unknown', { detail: `no rule pack in force on ${date}` });
  }
  return found;
}

/** A pack by its version, as recorded on a case. */
export function rulePack(version: string): RulePack {
  const pack = RULE_PACKS.find((p) => p.version === version);
  if (!pack) {
    throw new AppError('rule_pack_unknown', { detail: `unknown rule pack ${version}` });
  }
  return pack;
}

const holidays = new Holidays('NL');
const holidayCache = new Map<string, Map<string, string>>();

/** The non-working holidays of a year for a pack: date → Dutch name. */
function holidaysOf(year: number, pack: RulePack): Map<string, string> {
  const key = `${year}|${pack.holidayTypes.join(',')}`;
  let result = holidayCache.get(key);
  if (!result) {
    result = new Map();
    for (const h of holidays.getHolidays(year, 'nl')) {
      if (pack.holidayTypes.includes(h.type)) {
        result.set(h.date.slice(0, 10), h.name);
      }
    }
    holidayCache.set(key, result);
  }
  return result;
}

/** The holiday name when `date` is a non-working holiday under the pack, else undefined. */
export function holidayName(date: string, pack: RulePack): string | undefined {
  return holidaysOf(Number(date.slice(0, 4)), pack).get(date);
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/**
 * The same day `months` calendar months later (or earlier, for a negative number); the last day of the month
 * when that month is shorter: 31 January + 1 month is 28 (or 29) February, as in art. 1:255 BW's "een jaar".
 */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(d, lastDay))));
}

/** A calendar or working-day duration added to a date (negative amounts count back, calendar units only). */
export function addDuration(date: string, rule: TimerRule, pack: RulePack): string {
  switch (rule.unit) {
    case 'WORKING_DAYS':
      return addWorkingDays(date, rule.amount, pack);
    case 'WEEKS':
      return addCalendarDays(date, rule.amount * 7);
    case 'MONTHS':
      return addCalendarMonths(date, rule.amount);
    case 'YEARS':
      return addCalendarMonths(date, rule.amount * 12);
    default: {
      const unknown: never = rule.unit;
      throw new Error(`unknown unit ${String(unknown)}`);
    }
  }
}

/** Monday to Friday and not a holiday of the pack. */
export function isWorkingDay(date: string, pack: RulePack): boolean {
  const weekday = toUtc(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && holidayName(date, pack) === undefined;
}

/**
 * The date `days` working days after `date`. The start day itself never counts: a report received on
 * Friday with 1 working day is due on Monday (or Tuesday after Easter Monday).
 */
export function addWorkingDays(date: string, days: number, pack: RulePack): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, pack)) {
      left -= 1;
    }
  }
  return current;
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(date: string, pack: RulePack): string {
  let current = date;
  while (!isWorkingDay(current, pack)) {
    current = addCalendarDays(current, 1);
  }
  return current;
}

/**
 * Working days from `from` (exclusive) up to `to` (inclusive); 0 when `to` is not after `from`. Counting
 * stops at `atMost`: a caller that only compares with a small number must not walk day by day to a date
 * centuries away (a safety-plan check date in 9999 once cost seconds of CPU on every read of the dossier).
 */
export function workingDaysBetween(
  from: string,
  to: string,
  pack: RulePack,
  atMost: number = Number.POSITIVE_INFINITY,
): number {
  let count = 0;
  let current = from;
  while (current < to && count < atMost) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, pack)) {
      count += 1;
    }
  }
  return count;
}

/**
 * The due date of a timer started on `startDate`. Weeks are calendar weeks; a week-based deadline that
 * falls on a weekend or holiday moves to the next working day.
 */
export function dueDate(kind: TimedDeadlineKind, startDate: string, pack: RulePack): string {
  return dueAfter(pack.timers[kind], startDate, pack);
}

/** The due date `rule` after `startDate`: a calendar due date on a non-working day moves to the next working day. */
export function dueAfter(rule: TimerRule, startDate: string, pack: RulePack): string {
  const date = addDuration(startDate, rule, pack);
  return rule.unit === 'WORKING_DAYS' ? date : nextWorkingDayFrom(date, pack);
}

/**
 * The deadlines of a running measure (KT8-R1): its evaluation, after the catalogue's term (or the pack's
 * default) from the start; and, when it has an end and can be extended, the decision on an extension, the
 * pack's lead time before the end. A date that falls on a non-working day moves to the next working day; an
 * evaluation that would fall after the extension decision is due with it.
 */
export function measureDeadlines(
  measure: {
    startsOn: string;
    endsOn: string | null;
    evaluationAfterMonths: number | null;
    extendable: boolean;
  },
  pack: RulePack,
): { kind: 'MEASURE_EVALUATION' | 'MEASURE_EXTENSION'; dueOn: string }[] {
  const evaluationRule: TimerRule =
    measure.evaluationAfterMonths !== null
      ? { amount: measure.evaluationAfterMonths, unit: 'MONTHS' }
      : pack.measureTimers.evaluation;
  let evaluation = dueAfter(evaluationRule, measure.startsOn, pack);
  const result: { kind: 'MEASURE_EVALUATION' | 'MEASURE_EXTENSION'; dueOn: string }[] = [];
  if (measure.endsOn && measure.extendable) {
    const lead = pack.measureTimers.extensionBeforeEnd;
    const back = addDuration(measure.endsOn, { ...lead, amount: -lead.amount }, pack);
    const extension = back <= measure.startsOn ? measure.startsOn : nextWorkingDayFrom(back, pack);
    if (evaluation > extension) {
      evaluation = extension;
    }
    result.push(
      { kind: 'MEASURE_EVALUATION', dueOn: evaluation },
      { kind: 'MEASURE_EXTENSION', dueOn: extension },
    );
    return result;
  }
  if (!measure.endsOn || evaluation < measure.endsOn) {
    result.push({ kind: 'MEASURE_EVALUATION', dueOn: evaluation });
  }
  return result;
}

export const DEADLINE_STATUSES = ['OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'MET'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * Where an open deadline stands today: due soon (within 2 working days), overdue (today is past the due
 * date) or escalated (overdue for the pack's escalation period; the team lead sees it).
 */
export function deadlineStatus(
  deadline: { dueOn: string; metAt: string | null },
  today: string,
  pack: RulePack,
): DeadlineStatus {
  if (deadline.metAt !== null) {
    return 'MET';
  }
  // Both counts stop just past what they are compared with, so a due date however far away costs a few steps.
  const escalateAfter = pack.escalateAfterWorkingDays;
  if (today > deadline.dueOn) {
    return workingDaysBetween(deadline.dueOn, today, pack, escalateAfter) >= escalateAfter
      ? 'ESCALATED'
      : 'OVERDUE';
  }
  return workingDaysBetween(today, deadline.dueOn, pack, 3) <= 2 ? 'DUE_SOON' : 'OPEN';
}

/**
 * How many working days late an open deadline counts, at most: beyond this a list says "more than" instead
 * of walking day by day to a due date years back (see `workingDaysBetween`).
 */
export const WORKING_DAYS_LATE_SHOWN = 250;

/**
 * Working days an open deadline is late today: 0 when it is not past its due date yet, otherwise the
 * working days after the due date up to and including today, capped at `WORKING_DAYS_LATE_SHOWN + 1`
 * (which means "more than 250"). A deadline due on Friday is 1 working day late on Monday.
 *
 * Lists show this for every row, so it is counted, not walked: whole weeks give five working days each,
 * the days left over are looked at one by one, and the pack's holidays on weekdays in between are taken
 * off (the same answer as `workingDaysBetween`, about a hundred times faster for a year).
 */
export function workingDaysLate(dueOn: string, today: string, pack: RulePack): number {
  if (today <= dueOn) {
    return 0;
  }
  const max = WORKING_DAYS_LATE_SHOWN + 1;
  const days = Math.round((toUtc(today).getTime() - toUtc(dueOn).getTime()) / 86_400_000);
  // 400 calendar days hold at least 285 weekdays and far fewer than 34 holidays: more than `max`.
  if (days > 400) {
    return max;
  }
  const startWeekday = toUtc(dueOn).getUTCDay();
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let k = weeks * 7 + 1; k <= days; k++) {
    const weekday = (startWeekday + k) % 7;
    if (weekday !== 0 && weekday !== 6) {
      count += 1;
    }
  }
  for (let year = Number(dueOn.slice(0, 4)); year <= Number(today.slice(0, 4)); year++) {
    for (const date of holidaysOf(year, pack).keys()) {
      const weekday = toUtc(date).getUTCDay();
      if (date > dueOn && date <= today && weekday !== 0 && weekday !== 6) {
        count -= 1;
      }
    }
  }
  return Math.min(count, max);
}

/**
 * The terms of a complaint received on `receivedOn` (KT9-R3, LS-15): its acknowledgement, in working days,
 * and its decision, in calendar weeks (moved to the next working day when it falls on a weekend or holiday).
 */
export function complaintTerms(
  receivedOn: string,
  pack: RulePack,
): { acknowledgeDueOn: string; decideDueOn: string } {
  return {
    acknowledgeDueOn: dueDate('COMPLAINT_ACKNOWLEDGEMENT', receivedOn, pack),
    decideDueOn: dueDate('COMPLAINT_DECISION', receivedOn, pack),
  };
}

/**
 * The decision term of a complaint after its one extension: the extension runs on from the end of the
 * original term as the calendar counts it (not from a due date that was moved off a holiday), and only the
 * new due date moves to the next working day.
 */
export function extendedComplaintDecision(receivedOn: string, pack: RulePack): string {
  const end = addDuration(receivedOn, pack.timers.COMPLAINT_DECISION, pack);
  return dueAfter(pack.complaintTimers.extension, end, pack);
}
