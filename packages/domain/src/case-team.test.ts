import { describe, expect, it } from 'vitest';
import {
  assertCanAddTeamMember,
  assertCanEndTeamMember,
  assertCanLinkLocalTeam,
  countFixedProfessionalChanges,
  isLocalTeamLinked,
  mayOpenWithoutLocalTeam,
  planFixedProfessionalChange,
  planOpeningTeam,
  type TeamInvolvement,
} from './case-team';

const fixed: TeamInvolvement = {
  id: 'i1',
  professionalId: 'lt-1',
  organisationKind: 'LOCAL_TEAM',
  role: 'FIXED_PROFESSIONAL',
  endedAt: null,
};

describe('assertCanAddTeamMember', () => {
  it.each([
    [
      'INV-01/VAL-01: a second fixed professional',
      'lt-2',
      'LOCAL_TEAM',
      'FIXED_PROFESSIONAL',
      'fixed_professional_exists',
    ],
    ['VAL-01: an RVT professional as duo partner is fine', 'rvt-1', 'RVT', 'RVT_PARTNER', null],
    ['a Lokaal Team professional as RVT partner', 'lt-2', 'LOCAL_TEAM', 'RVT_PARTNER', 'rvt_partner_not_rvt'],
    ['INV-02: any professional may be added as expert', 'x-1', 'OTHER', 'EXPERT', null],
    ['the same professional twice', 'lt-1', 'LOCAL_TEAM', 'EXPERT', 'team_member_exists'],
  ] as const)('%s', (_name, professionalId, organisationKind, role, expected) => {
    const act = () => assertCanAddTeamMember([fixed], { professionalId, organisationKind, role });
    if (expected === null) {
      expect(act).not.toThrow();
    } else {
      expect(act).toThrow(expect.objectContaining({ code: expected }));
    }
  });

  it('VAL-01: the first fixed professional must come from a Lokaal Team', () => {
    expect(() =>
      assertCanAddTeamMember([], {
        professionalId: 'rvt-1',
        organisationKind: 'RVT',
        role: 'FIXED_PROFESSIONAL',
      }),
    ).toThrow(expect.objectContaining({ code: 'fixed_professional_not_local_team' }));
  });

  it('a second RVT partner is refused while the first is active, allowed after the first ended', () => {
    const partner: TeamInvolvement = {
      ...fixed,
      id: 'i2',
      professionalId: 'rvt-1',
      organisationKind: 'RVT',
      role: 'RVT_PARTNER',
    };
    const candidate = {
      professionalId: 'rvt-2',
      organisationKind: 'RVT' as const,
      role: 'RVT_PARTNER' as const,
    };
    expect(() => assertCanAddTeamMember([fixed, partner], candidate)).toThrow(
      expect.objectContaining({ code: 'rvt_partner_exists' }),
    );
    expect(() =>
      assertCanAddTeamMember([fixed, { ...partner, endedAt: '2026-01-01' }], candidate),
    ).not.toThrow();
  });
});

describe('assertCanEndTeamMember', () => {
  it('INV-01: the fixed professional cannot be removed, only changed', () => {
    expect(() => assertCanEndTeamMember(fixed, [fixed])).toThrow(
      expect.objectContaining({ code: 'cannot_remove_fixed_professional' }),
    );
  });
  it('INV-02: an expert leaves without handover', () => {
    const expert: TeamInvolvement = { ...fixed, id: 'i9', professionalId: 'x-1', role: 'EXPERT' };
    expect(() => assertCanEndTeamMember(expert, [fixed, expert])).not.toThrow();
  });
  it('an ended involvement cannot end twice', () => {
    const ended: TeamInvolvement = { ...fixed, role: 'EXPERT', endedAt: '2026-01-01' };
    expect(() => assertCanEndTeamMember(ended, [ended])).toThrow(
      expect.objectContaining({ code: 'team_member_not_active' }),
    );
  });
});

describe('planFixedProfessionalChange (VAL-02)', () => {
  it('requires a reason', () => {
    expect(() =>
      planFixedProfessionalChange([fixed], {
        replacingMemberId: fixed.id,
        professionalId: 'lt-2',
        organisationKind: 'LOCAL_TEAM',
        reason: '  ',
      }),
    ).toThrow(expect.objectContaining({ code: 'change_reason_required' }));
  });
  it('requires the successor to work for a Lokaal Team', () => {
    expect(() =>
      planFixedProfessionalChange([fixed], {
        replacingMemberId: fixed.id,
        professionalId: 'rvt-1',
        organisationKind: 'RVT',
        reason: 'ziekte',
      }),
    ).toThrow(expect.objectContaining({ code: 'fixed_professional_not_local_team' }));
  });
  it('refuses a change meant for a fixed professional who was replaced meanwhile', () => {
    const successor = { ...fixed, id: 'i2', professionalId: 'lt-2' };
    expect(() =>
      planFixedProfessionalChange([{ ...fixed, endedAt: '2026-01-01' }, successor], {
        replacingMemberId: fixed.id,
        professionalId: 'lt-3',
        organisationKind: 'LOCAL_TEAM',
        reason: 'verhuizing',
      }),
    ).toThrow(expect.objectContaining({ code: 'fixed_professional_changed' }));
  });
  it('returns the involvement that ends', () => {
    expect(
      planFixedProfessionalChange([fixed], {
        replacingMemberId: fixed.id,
        professionalId: 'lt-2',
        organisationKind: 'LOCAL_TEAM',
        reason: 'verhuizing',
      }),
    ).toBe(fixed);
  });
  it('counts each replacement once', () => {
    const history = [
      { ...fixed, endedAt: '2025-01-01' },
      { ...fixed, id: 'i3', professionalId: 'lt-2', endedAt: '2025-06-01' },
      { ...fixed, id: 'i4', professionalId: 'lt-3' },
    ];
    expect(countFixedProfessionalChanges(history)).toBe(2);
    expect(countFixedProfessionalChanges([fixed])).toBe(0);
  });
});

const rvtOpener = { professionalId: 'rvt-1', organisationId: 'org-rvt', organisationKind: 'RVT' as const };
const crisisOpener = {
  professionalId: 'crisis-1',
  organisationId: 'org-crisis',
  organisationKind: 'CRISIS_SERVICE' as const,
};
const rvtPartner: TeamInvolvement = {
  id: 'i5',
  professionalId: 'rvt-1',
  organisationKind: 'RVT',
  role: 'RVT_PARTNER',
  endedAt: null,
};

describe('issue 8.10: VAL-01 transitional exception (AMB-06, KT2-R2)', () => {
  it.each([
    ['a report received by the RVT', 'REPORT', 'RVT', true],
    ['a report received by the crisis service', 'REPORT', 'CRISIS_SERVICE', true],
    ['a report received by the Lokaal Team (it is the vast gezicht itself)', 'REPORT', 'LOCAL_TEAM', false],
    ['a question received by the RVT', 'QUESTION', 'RVT', false],
    ['an advice request received by the crisis service', 'ADVICE_REQUEST', 'CRISIS_SERVICE', false],
  ] as const)(
    'issue 8.10: %s may open a case before the Lokaal Team is linked: %s',
    (_n, kind, channel, may) => {
      expect(mayOpenWithoutLocalTeam({ kind, channel })).toBe(may);
    },
  );

  it('issue 8.10: the RVT opens a report as duo partner, the crisis service as expert; nobody is the vast gezicht yet', () => {
    expect(planOpeningTeam(rvtOpener, null, { kind: 'REPORT', channel: 'RVT' })).toEqual([
      { professionalId: 'rvt-1', organisationId: 'org-rvt', role: 'RVT_PARTNER' },
    ]);
    expect(planOpeningTeam(crisisOpener, null, { kind: 'REPORT', channel: 'CRISIS_SERVICE' })).toEqual([
      { professionalId: 'crisis-1', organisationId: 'org-crisis', role: 'EXPERT' },
    ]);
  });

  it('issue 8.10: with a vast gezicht named, the opener stays beside them (INV-02)', () => {
    const lt = { professionalId: 'lt-1', organisationId: 'org-lt' };
    expect(planOpeningTeam(crisisOpener, lt, { kind: 'REPORT', channel: 'CRISIS_SERVICE' })).toEqual([
      { ...lt, role: 'FIXED_PROFESSIONAL' },
      { professionalId: 'crisis-1', organisationId: 'org-crisis', role: 'EXPERT' },
    ]);
  });

  it('issue 8.10: a question, or a dossier opened without a report, still needs the vast gezicht', () => {
    expect(() => planOpeningTeam(rvtOpener, null, { kind: 'QUESTION', channel: 'RVT' })).toThrow(
      expect.objectContaining({
        code: 'local_team_required',
        issues: [expect.objectContaining({ path: 'fixedProfessionalId' })],
      }),
    );
    expect(() => planOpeningTeam(rvtOpener, null, null)).toThrow(
      expect.objectContaining({ code: 'fixed_professional_required' }),
    );
  });

  it('issue 8.10: linking the Lokaal Team adds the vast gezicht once, from a Lokaal Team', () => {
    expect(isLocalTeamLinked([rvtPartner])).toBe(false);
    expect(() =>
      assertCanLinkLocalTeam([rvtPartner], { professionalId: 'lt-1', organisationKind: 'LOCAL_TEAM' }),
    ).not.toThrow();
    expect(() =>
      assertCanLinkLocalTeam([rvtPartner], { professionalId: 'rvt-2', organisationKind: 'RVT' }),
    ).toThrow(expect.objectContaining({ code: 'fixed_professional_not_local_team' }));
    expect(() =>
      assertCanLinkLocalTeam([rvtPartner, fixed], { professionalId: 'lt-2', organisationKind: 'LOCAL_TEAM' }),
    ).toThrow(
      expect.objectContaining({
        code: 'local_team_already_linked',
        data: { current: { memberId: fixed.id, professionalId: fixed.professionalId } },
      }),
    );
    expect(isLocalTeamLinked([rvtPartner, fixed])).toBe(true);
  });

  it('issue 8.10: before the Lokaal Team is linked nobody leaves, and there is no vast gezicht to change', () => {
    expect(() => assertCanEndTeamMember(rvtPartner, [rvtPartner])).toThrow(
      expect.objectContaining({ code: 'local_team_not_linked' }),
    );
    expect(() => assertCanEndTeamMember(rvtPartner, [rvtPartner, fixed])).not.toThrow();
    expect(() =>
      planFixedProfessionalChange([rvtPartner], {
        replacingMemberId: rvtPartner.id,
        professionalId: 'lt-2',
        organisationKind: 'LOCAL_TEAM',
        reason: 'verhuizing',
      }),
    ).toThrow(expect.objectContaining({ code: 'local_team_not_linked' }));
  });
});
