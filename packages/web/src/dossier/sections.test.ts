import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { pageOf } from '../components/page-title';
import { availableSections, headlineDeadline, sectionOf, sectionPath } from './sections';

const deadline = (id: string, dueOn: string, status: Schemas['Deadline']['status']): Schemas['Deadline'] => ({
  id,
  kind: 'TRIAGE',
  subjectId: null,
  responsibleRole: 'FIXED_PROFESSIONAL',
  dueOn,
  rulePackVersion: 'nl-2026.1',
  metAt: null,
  status,
});

describe('issue 9.2: the sections of the dossier', () => {
  it('issue 9.2: the overview has one address without a segment; every other section its own; others are unknown', () => {
    expect(sectionOf(undefined)).toBe('overzicht');
    expect(sectionOf('overzicht')).toBeNull();
    expect(sectionOf('tijdlijn')).toBe('tijdlijn');
    expect(sectionOf('bestaat-niet')).toBeNull();
    expect(sectionPath('h1', 'overzicht')).toBe('/gezinnen/h1');
    expect(sectionPath('h1', 'pad')).toBe('/gezinnen/h1/pad');
  });

  it('issue 9.4: the sections of one dossier are one page for the frame, so a switch keeps focus to the dossier', () => {
    expect(pageOf('/gezinnen/h1/tijdlijn')).toBe(pageOf('/gezinnen/h1'));
    expect(pageOf('/gezinnen/h1/tijdlijn')).not.toBe(pageOf('/gezinnen/h2/tijdlijn'));
    expect(pageOf('/werklijst')).toBe('/werklijst');
  });

  it('issue 9.2: the header names the overdue deadline due longest ago, else the next open one, never a met one', () => {
    expect(headlineDeadline([])).toBeNull();
    expect(headlineDeadline([deadline('a', '2026-01-01', 'MET')])).toBeNull();
    expect(
      headlineDeadline([
        deadline('soon', '2026-01-05', 'DUE_SOON'),
        deadline('late', '2026-02-01', 'OVERDUE'),
        deadline('later', '2026-01-20', 'ESCALATED'),
      ]),
    ).toEqual({ deadline: expect.objectContaining({ id: 'later' }), overdue: true });
    expect(
      headlineDeadline([deadline('b', '2026-03-01', 'OPEN'), deadline('a', '2026-02-01', 'DUE_SOON')]),
    ).toEqual({ deadline: expect.objectContaining({ id: 'a' }), overdue: false });
  });

  it('issue 10: the legal route is a section for whoever may read petitions, once the family has a case', () => {
    const dossier = (petitionRead: boolean, withCase: boolean) =>
      ({
        abilities: { 'petition.read': petitionRead },
        case: withCase ? {} : null,
        timeline: null,
      }) as unknown as Schemas['Dossier'];
    const casework = { case: {} } as unknown as Schemas['Casework'];
    expect(sectionOf('recht')).toBe('recht');
    expect(sectionPath('h1', 'recht')).toBe('/gezinnen/h1/recht');
    expect(availableSections(dossier(true, true), casework)).toContain('recht');
    // A closed case keeps its petitions and measures readable.
    expect(availableSections(dossier(true, true), null)).toContain('recht');
    expect(availableSections(dossier(false, true), casework)).not.toContain('recht');
    expect(availableSections(dossier(true, false), null)).not.toContain('recht');
  });
});
