import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { placementChildren } from './placement';

type Measure = Schemas['Measure'];

const member = (id: string, role: string, age: number | null): Schemas['Member'] => ({
  membershipId: `m-${id}`,
  membershipVersion: 1,
  role,
  from: '2015-01-01',
  to: null,
  isCurrent: true,
  person: {
    id,
    givenName: id,
    familyName: 'Proef',
    birthDate: null,
    age,
    bsn: null,
    gender: 'UNKNOWN',
    version: 1,
  },
});

const measure = (id: string, measureTypeId: string, personIds: string[], running = true): Measure => ({
  id,
  measureTypeId,
  petitionId: `p-${id}`,
  executor: null,
  judge: 'mr. Proef',
  startsOn: '2026-01-01',
  endsOn: null,
  endingGoals: null,
  status: running ? 'RUNNING' : 'ENDED',
  personIds,
  deadlines: [],
  orderedHelp: [],
  helpGap: 0,
  evaluations: [],
  endedOn: running ? null : '2026-06-01',
  endReason: running ? null : 'Doelen bereikt',
  version: 1,
});

const placed = (childId: string, measureId: string): Schemas['PlacedChild'] => ({
  childId,
  measureId,
  places: [],
  moves: 0,
  alert: false,
  returnHomePlan: null,
  contact: [],
});

const route = (
  measures: Measure[],
  placedChildren: Schemas['PlacedChild'][] = [],
): Schemas['LegalRoute'] => ({
  petitions: [],
  measures,
  placedChildren,
  frame: null,
  rightsNotices: [],
  supportOffers: [],
  abilities: { startPetition: false, offerSupport: false, executeMeasure: true },
});

const members = [
  member('jip', 'CHILD', 11),
  member('mila', 'OTHER_ADULT', 16),
  member('sanne', 'PARENT_WITH_AUTHORITY', 40),
];

describe('placementChildren', () => {
  it('shows the minors a running placement measure applies to, not the parent it also names', () => {
    const guardianship = measure('g', 'GUARDIANSHIP', ['sanne', 'jip', 'mila']);
    expect(placementChildren(route([guardianship]), members)).toEqual([
      { childId: 'jip', running: guardianship, placed: null },
      { childId: 'mila', running: guardianship, placed: null },
    ]);
  });

  it('shows nobody under a measure that does not authorise a placement, or one that ended', () => {
    const ots = measure('o', 'OTS', ['jip']);
    const ended = measure('u', 'OUT_OF_HOME_PLACEMENT', ['jip'], false);
    expect(placementChildren(route([ots, ended]), members)).toEqual([]);
  });

  it('keeps a child placed under a measure that ended, read only (no measure to place under)', () => {
    const ended = measure('u', 'OUT_OF_HOME_PLACEMENT', ['jip'], false);
    const history = placed('jip', 'u');
    expect(placementChildren(route([ended], [history]), members)).toEqual([
      { childId: 'jip', running: null, placed: history },
    ]);
  });

  it('joins a placed child to the running measure, once, when two measures name the child', () => {
    const placement = measure('u', 'OUT_OF_HOME_PLACEMENT', ['jip']);
    const secure = measure('s', 'SECURE_YOUTH_CARE', ['jip']);
    const now = placed('jip', 'u');
    expect(placementChildren(route([placement, secure], [now]), members)).toEqual([
      { childId: 'jip', running: placement, placed: now },
    ]);
  });
});
