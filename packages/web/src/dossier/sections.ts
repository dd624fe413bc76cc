import type { Schemas } from '../api/client';

/**
 * The sections of the dossier (issue 9.2), each at its own address: the overview at `/gezinnen/:id`, the
 * others at `/gezinnen/:id/<section>`, so a section can be linked, bookmarked and reached with Back.
 */
export const DOSSIER_SECTIONS = [
  'overzicht',
  'samenstelling',
  'pad',
  'plannen',
  'hulp',
  'recht',
  'tijdlijn',
  'inzage',
] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];

/** The section an address names: none is the overview; an unknown name is `null`. */
export function sectionOf(segment: string | undefined): DossierSection | null {
  if (segment === undefined) {
    return 'overzicht';
  }
  // The overview has one address, without a segment.
  return DOSSIER_SECTIONS.find((s) => s === segment && s !== 'overzicht') ?? null;
}

/** The address of a section of a household's dossier. */
export function sectionPath(householdId: string, section: DossierSection): string {
  return section === 'overzicht' ? `/gezinnen/${householdId}` : `/gezinnen/${householdId}/${section}`;
}

/** The sections this viewer has something to see in (the server's abilities decide, never the web). */
export function availableSections(
  dossier: Schemas['Dossier'],
  casework: Schemas['Casework'] | null,
): DossierSection[] {
  const can = dossier.abilities;
  const hasCase = Boolean(casework?.case);
  const shows: Record<DossierSection, boolean> = {
    overzicht: true,
    samenstelling: true,
    pad: hasCase,
    plannen: hasCase,
    hulp: hasCase,
    // The legal route (KT6–KT9): for whoever may read petitions, once the family has (or had) a case.
    recht: Boolean(can['petition.read']) && (hasCase || dossier.case !== null),
    tijdlijn: dossier.timeline !== null,
    inzage: Boolean(can['access_log.read'] || can['shielding.manage'] || can['household.export']),
  };
  return DOSSIER_SECTIONS.filter((s) => shows[s]);
}

type Deadline = Schemas['Deadline'];

/** The header's deadline: the first overdue one (due longest ago), else the first one still open. */
export function headlineDeadline(deadlines: Deadline[]): { deadline: Deadline; overdue: boolean } | null {
  const open = deadlines
    .filter((d) => d.status !== 'MET')
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const overdue = open.find((d) => d.status === 'OVERDUE' || d.status === 'ESCALATED');
  if (overdue) {
    return { deadline: overdue, overdue: true };
  }
  const next = open[0];
  return next ? { deadline: next, overdue: false } : null;
}
