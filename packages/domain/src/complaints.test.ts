import { describe, expect, it } from 'vitest';
import {
  akjApplies,
  ComplaintCreateSchema,
  ComplaintOutcomeSchema,
  complaintStatus,
  complaintTermOwner,
  handlerRefusals,
} from './complaints';
import { complaintTerms, extendedComplaintDecision, holidayName, RULE_PACKS, rulePack } from './deadlines';

const pack = rulePack('nl-2026.1');

describe('KT9-R3 / LS-15: the terms of a complaint, from the rule pack', () => {
  it('every rule pack sets both complaint terms and the one extension', () => {
    for (const p of RULE_PACKS) {
      expect(p.timers.COMPLAINT_ACKNOWLEDGEMENT).toEqual({ amount: 5, unit: 'WORKING_DAYS' });
      expect(p.timers.COMPLAINT_DECISION).toEqual({ amount: 6, unit: 'WEEKS' });
      expect(p.complaintTimers.extension).toEqual({ amount: 4, unit: 'WEEKS' });
    }
  });

  it.each([
    // Thursday before Easter: Good Friday is a working day, Easter Monday is not; six weeks later is Ascension
    // Day, so the decision is due the next day; the extension counts from Ascension Day itself.
    ['2026-04-02', '2026-04-10', '2026-05-15', '2026-06-11'],
    // Six weeks after a Monday is Whit Monday: due the Tuesday after; extended to four weeks after Whit Monday.
    ['2026-04-13', '2026-04-20', '2026-05-26', '2026-06-22'],
    // Friday before King's Day (Monday 27 April): five working days end on 4 May.
    ['2026-04-24', '2026-05-04', '2026-06-05', '2026-07-03'],
    // Friday before Christmas: Christmas Day is skipped (Boxing Day is a Saturday).
    ['2026-12-18', '2026-12-28', '2027-01-29', '2027-02-26'],
  ])('received %s: acknowledged by %s, decided by %s, extended to %s', (received, ack, decide, extended) => {
    expect(complaintTerms(received, pack)).toEqual({ acknowledgeDueOn: ack, decideDueOn: decide });
    expect(extendedComplaintDecision(received, pack)).toBe(extended);
  });

  it('the dates above rest on the Dutch public holidays', () => {
    expect(holidayName('2026-04-06', pack)).toBe('Tweede paasdag');
    expect(holidayName('2026-04-03', pack)).toBeUndefined();
    expect(holidayName('2026-05-14', pack)).toBe('Hemelvaartsdag');
    expect(holidayName('2026-05-25', pack)).toBe('Tweede pinksterdag');
    expect(holidayName('2026-04-27', pack)).toBe('Koningsdag');
    expect(holidayName('2026-12-25', pack)).toBe('Kerstmis');
  });
});

describe('KT9-R3: the AKJ’s independent support', () => {
  it.each([
    [10, false, true],
    [17, false, true],
    [18, false, false],
    [40, true, true],
    [null, false, false],
    [null, true, true],
  ])('age %s, youth-care matter %s: offered %s', (ageOnReceipt, youthCareMatter, expected) => {
    expect(akjApplies({ ageOnReceipt, youthCareMatter })).toBe(expected);
  });
});

describe('KT9-R3: who holds a complaint’s terms', () => {
  it.each([
    ['COMPLAINT_ACKNOWLEDGEMENT', [], false, 'FIXED_PROFESSIONAL'],
    ['COMPLAINT_ACKNOWLEDGEMENT', ['FIXED_PROFESSIONAL'], false, 'RVT_PARTNER'],
    ['COMPLAINT_ACKNOWLEDGEMENT', ['RVT_PARTNER'], true, 'FIXED_PROFESSIONAL'],
    ['COMPLAINT_DECISION', [], false, 'FIXED_PROFESSIONAL'],
    ['COMPLAINT_DECISION', ['FIXED_PROFESSIONAL'], false, 'RVT_PARTNER'],
    ['COMPLAINT_DECISION', ['FIXED_PROFESSIONAL'], true, 'COMPLAINT_HANDLER'],
  ] as const)('%s, about %j, handler assigned %s: %s', (kind, aboutTeamRoles, handlerAssigned, owner) => {
    expect(complaintTermOwner(kind, { aboutTeamRoles, handlerAssigned })).toBe(owner);
  });
});

describe('KT9-R3 / LS-17: an independent handler', () => {
  const team = { currentTeamIds: ['a'], formerTeamIds: ['b'], aboutProfessionalId: 'c' };
  it.each([
    ['a', ['handler_in_case_team']],
    ['b', ['handler_was_in_case_team']],
    ['c', ['handler_complained_about']],
    ['d', []],
  ])('%s: %j', (id, refusals) => {
    expect(handlerRefusals(id, team)).toEqual(refusals);
  });

  it('every reason is given at once', () => {
    expect(handlerRefusals('a', { ...team, aboutProfessionalId: 'a' })).toEqual([
      'handler_in_case_team',
      'handler_complained_about',
    ]);
  });
});

describe('LS-15: where a complaint is', () => {
  it.each([
    [{ outcome: null, acknowledgedOn: null, handlerId: null }, 'RECEIVED'],
    [{ outcome: null, acknowledgedOn: '2026-04-03', handlerId: null }, 'ACKNOWLEDGED'],
    [{ outcome: null, acknowledgedOn: '2026-04-03', handlerId: 'h' }, 'IN_HANDLING'],
    [{ outcome: 'NOT_UPHELD', acknowledgedOn: '2026-04-03', handlerId: 'h' }, 'DECIDED'],
    [{ outcome: 'WITHDRAWN', acknowledgedOn: null, handlerId: null }, 'WITHDRAWN'],
  ] as const)('%j: %s', (c, status) => {
    expect(complaintStatus(c)).toBe(status);
  });
});

describe('KT9-R3: what a complaint and its outcome must say', () => {
  const base = {
    complainant: { kind: 'MEMBER', personId: '6f1c2d4e-9a0b-4c3d-8e7f-1a2b3c4d5e6f' },
    receivedOn: '2026-04-02',
    text: 'De afspraak werd drie keer verzet zonder uitleg.',
    youthCareMatter: false,
  };
  const codes = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

  it('a complaint about conduct names the professional; a decision or petition names the record', () => {
    expect(codes(ComplaintCreateSchema.safeParse({ ...base, subject: 'PROFESSIONAL_CONDUCT' }))).toEqual([
      'complaint_professional_required',
    ]);
    expect(codes(ComplaintCreateSchema.safeParse({ ...base, subject: 'PETITION' }))).toEqual([
      'complaint_reference_required',
    ]);
    expect(
      codes(
        ComplaintCreateSchema.safeParse({
          ...base,
          subject: 'OTHER',
          referenceId: '6f1c2d4e-9a0b-4c3d-8e7f-1a2b3c4d5e60',
        }),
      ),
    ).toEqual(['complaint_reference_not_expected']);
    expect(ComplaintCreateSchema.safeParse({ ...base, subject: 'ACCESS_TO_DATA' }).success).toBe(true);
  });

  it('a representative is named; the complaint has a text', () => {
    expect(
      codes(
        ComplaintCreateSchema.safeParse({
          ...base,
          subject: 'OTHER',
          text: '  ',
          complainant: { kind: 'REPRESENTATIVE', personId: base.complainant.personId, name: ' ' },
        }),
      ).sort(),
    ).toEqual(['complaint_representative_name_required', 'complaint_text_required']);
  });

  it('an upheld complaint says what will change; every outcome gives reasons', () => {
    const outcome = { version: 3, decidedOn: '2026-04-20', reasons: 'De afspraken zijn niet nagekomen.' };
    expect(codes(ComplaintOutcomeSchema.safeParse({ ...outcome, outcome: 'UPHELD' }))).toEqual([
      'complaint_changes_required',
    ]);
    expect(codes(ComplaintOutcomeSchema.safeParse({ ...outcome, outcome: 'PARTLY_UPHELD' }))).toEqual([
      'complaint_changes_required',
    ]);
    expect(ComplaintOutcomeSchema.safeParse({ ...outcome, outcome: 'NOT_UPHELD' }).success).toBe(true);
    expect(
      codes(ComplaintOutcomeSchema.safeParse({ ...outcome, outcome: 'NOT_UPHELD', reasons: '' })),
    ).toEqual(['complaint_reasons_required']);
  });
});
