import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  deadlineStatus,
  dueDate,
  holidayName,
  isWorkingDay,
  measureDeadlines,
  RULE_PACKS,
  rulePack,
  rulePackOn,
  WORKING_DAYS_LATE_SHOWN,
  workingDaysBetween,
  workingDaysLate,
} from './deadlines';

const p2026 = rulePack('nl-2026.1');
const p2027 = rulePack('nl-2027.1');

describe('Dutch working days (date-holidays, public holidays)', () => {
  it.each([
    ['2026-04-06', 'Tweede paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2026-12-25', 'Kerstmis'],
    ['2026-12-26', 'Tweede kerstdag'],
    ['2027-03-29', 'Tweede paasdag'],
    ['2027-04-27', 'Koningsdag'],
    ['2027-01-01', 'Nieuwjaar'],
  ])('%s is %s and not a working day', (date, name) => {
    expect(holidayName(date, p2026)).toBe(name);
    expect(isWorkingDay(date, p2026)).toBe(false);
  });

  it('weekends are not working days; Good Friday and Bevrijdingsdag (not a general day off) are', () => {
    expect(isWorkingDay('2026-11-21', p2026)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22', p2026)).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-03', p2026)).toBe(true);
    expect(isWorkingDay('2026-05-05', p2026)).toBe(true);
  });

  it('counts working days past Easter Monday (start day not counted)', () => {
    // Thu 2 Apr (1), Fri 3 Apr (2), Mon 6 Apr Easter Monday skipped, Tue 7 (3), Wed 8 (4), Thu 9 (5).
    expect(addWorkingDays('2026-04-01', 5, p2026)).toBe('2026-04-09');
  });

  it("skips King's Day on a Monday", () => {
    expect(addWorkingDays('2026-04-24', 1, p2026)).toBe('2026-04-28');
  });

  it('skips both Christmas days', () => {
    // Thu 24 Dec (1), 25/26 Christmas, weekend, Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 31 (5).
    expect(addWorkingDays('2026-12-23', 5, p2026)).toBe('2026-12-31');
  });

  it('counts working days between two dates across Christmas', () => {
    expect(workingDaysBetween('2026-12-23', '2026-12-31', p2026)).toBe(5);
  });
});

describe('rule packs (LS-05: every case runs under the version it started with)', () => {
  it('packs are immutable history ordered by effective date', () => {
    const dates = RULE_PACKS.map((p) => p.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(RULE_PACKS.map((p) => p.version)).size).toBe(RULE_PACKS.length);
  });

  it('the pack in force changes at its effective date', () => {
    expect(rulePackOn('2026-12-31').version).toBe('nl-2026.1');
    expect(rulePackOn('2027-01-01').version).toBe('nl-2027.1');
    expect(() => rulePackOn('2025-12-31')).toThrow(expect.objectContaining({ code: 'rule_pack_unknown' }));
    expect(() => rulePack('nl-1999.1')).toThrow(expect.objectContaining({ code: 'rule_pack_unknown' }));
  });

  it('triage: 5 working days under nl-2026.1, 3 under nl-2027.1, from the same report date over Christmas', () => {
    expect(dueDate('TRIAGE', '2026-12-23', p2026)).toBe('2026-12-31');
    // Thu 24 (1), Mon 28 (2), Tue 29 (3).
    expect(dueDate('TRIAGE', '2026-12-23', p2027)).toBe('2026-12-29');
  });

  it('the RVT links the Lokaal Team within 2 working days (nl-2026.1) or 1 (nl-2027.1) — VAL-01 transitional SLA', () => {
    expect(dueDate('LINK_LOCAL_TEAM', '2026-04-24', p2026)).toBe('2026-04-29');
    expect(dueDate('LINK_LOCAL_TEAM', '2026-04-24', p2027)).toBe('2026-04-28');
  });

  it('a plan within six weeks; a due date in weeks that falls on a holiday moves to the next working day', () => {
    // 23 Nov 2026 + 42 days = Mon 4 Jan 2027.
    expect(dueDate('FAMILY_PLAN', '2026-11-23', p2026)).toBe('2027-01-04');
    // 30 Oct 2026 + 8 weeks = Fri 25 Dec 2026 (Christmas) → Mon 28 Dec.
    expect(dueDate('FIRST_INVESTIGATION_DECISION', '2026-10-30', p2026)).toBe('2026-12-28');
    // nl-2027.1 shortens the first investigation to 6 weeks: 30 Oct + 42 days = Fri 11 Dec.
    expect(dueDate('FIRST_INVESTIGATION_DECISION', '2026-10-30', p2027)).toBe('2026-12-11');
  });
});

describe('deadline status on the worklist', () => {
  const open = (dueOn: string) => ({ dueOn, metAt: null });
  it('open, due soon, overdue, escalated after the pack’s escalation period, met', () => {
    expect(deadlineStatus(open('2026-12-31'), '2026-12-21', p2026)).toBe('OPEN');
    expect(deadlineStatus(open('2026-12-31'), '2026-12-29', p2026)).toBe('DUE_SOON');
    // Due Thu 24 Dec; on Mon 28 Dec it is 1 working day late: overdue, not yet escalated.
    expect(deadlineStatus(open('2026-12-24'), '2026-12-28', p2026)).toBe('OVERDUE');
    // On Wed 30 Dec it is 3 working days late: escalated under nl-2026.1 (3), already at 2 under nl-2027.1.
    expect(deadlineStatus(open('2026-12-24'), '2026-12-30', p2026)).toBe('ESCALATED');
    expect(deadlineStatus(open('2026-12-24'), '2026-12-29', p2027)).toBe('ESCALATED');
    expect(deadlineStatus(open('2026-12-24'), '2026-12-29', p2026)).toBe('OVERDUE');
    expect(deadlineStatus({ dueOn: '2026-12-24', metAt: '2026-12-30T10:00:00Z' }, '2027-01-05', p2026)).toBe(
      'MET',
    );
  });

  it('a due date centuries away is classified in a few steps (API fuzz: a check date in 9999 stalled every read)', () => {
    // Walking every day to 9999 took seconds of CPU per deadline (and longer than this test may run).
    expect(deadlineStatus(open('9999-12-31'), '2026-12-21', p2026)).toBe('OPEN');
    expect(deadlineStatus(open('1900-01-01'), '2026-12-21', p2026)).toBe('ESCALATED');
    expect(workingDaysBetween('2026-12-21', '9999-12-31', p2026, 3)).toBe(3);
    expect(workingDaysBetween('2026-12-21', '2026-12-23', p2026, 3)).toBe(2);
  });
});

describe('workingDaysLate (issue 9.5: "N werkdagen te laat")', () => {
  it('issue 9.5: counts the working days after the due date, skipping weekends and holidays', () => {
    // Due Thu 24 Dec 2026; 25 and 26 Dec are holidays, 27 Dec a Sunday: Mon 28 Dec is 1 working day late.
    expect(workingDaysLate('2026-12-24', '2026-12-28', p2026)).toBe(1);
    expect(workingDaysLate('2026-12-24', '2026-12-30', p2026)).toBe(3);
    // Not late on the due date itself, nor before it.
    expect(workingDaysLate('2026-12-24', '2026-12-24', p2026)).toBe(0);
    expect(workingDaysLate('2026-12-24', '2026-12-01', p2026)).toBe(0);
    // Due Fri 27 Nov 2026: on Sat 28 Nov it is late, but no working day has passed yet.
    expect(workingDaysLate('2026-11-27', '2026-11-28', p2026)).toBe(0);
  });

  it('issue 9.5: gives the same count as walking day by day, for due dates across two years and spans up to 400 days', () => {
    for (let start = 0; start < 730; start += 11) {
      const dueOn = addCalendarDays('2026-01-01', start);
      for (const span of [1, 2, 3, 6, 7, 8, 13, 30, 61, 120, 200, 365, 399, 400]) {
        const today = addCalendarDays(dueOn, span);
        for (const pack of [p2026, p2027]) {
          expect(workingDaysLate(dueOn, today, pack), `${dueOn} → ${today}`).toBe(
            Math.min(workingDaysBetween(dueOn, today, pack), WORKING_DAYS_LATE_SHOWN + 1),
          );
        }
      }
    }
  });

  it('issue 9.5: a due date long past stops counting just beyond what a list shows', () => {
    expect(workingDaysLate('1900-01-01', '2026-12-21', p2026)).toBe(WORKING_DAYS_LATE_SHOWN + 1);
  });
});

describe('KT8-R1: calendar months and the deadlines of a running measure', () => {
  const pack = rulePack('nl-2026.1');
  it('a month later is the same day, or the last day of a shorter month (31 January + 1 month, leap years)', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('an OTS of a year: evaluation after six months, the extension decision three months before the end, on working days', () => {
    // Start Monday 2 March 2026, end 2 March 2027: evaluation Wednesday 2 September 2026; the extension
    // decision 2 December 2026 (a Wednesday).
    expect(
      measureDeadlines(
        { startsOn: '2026-03-02', endsOn: '2027-03-02', evaluationAfterMonths: 6, extendable: true },
        pack,
      ),
    ).toEqual([
      { kind: 'MEASURE_EVALUATION', dueOn: '2026-09-02' },
      { kind: 'MEASURE_EXTENSION', dueOn: '2026-12-02' },
    ]);
    // A due date on a Saturday (1 August 2026) moves to Monday 3 August.
    expect(
      measureDeadlines(
        { startsOn: '2026-02-01', endsOn: null, evaluationAfterMonths: 6, extendable: false },
        pack,
      ),
    ).toEqual([{ kind: 'MEASURE_EVALUATION', dueOn: '2026-08-03' }]);
  });

  it('a short measure: the evaluation is not later than the extension decision, which is not before the start', () => {
    const [evaluation, extension] = measureDeadlines(
      { startsOn: '2026-03-02', endsOn: '2026-05-04', evaluationAfterMonths: 6, extendable: true },
      pack,
    );
    expect(extension).toEqual({ kind: 'MEASURE_EXTENSION', dueOn: '2026-03-02' });
    expect(evaluation?.dueOn).toBe('2026-03-02');
  });
});
