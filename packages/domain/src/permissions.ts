/**
 * Typed permission ids (dotted, lower case). The policy rulebook in the server decides each of them for an
 * actor and a loaded resource; API responses carry the outcome as `abilities`, and the web renders from it.
 */
export const HOUSEHOLD_PERMISSIONS = [
  'household.read',
  'household.update',
  'person.create',
  'person.update',
  'membership.manage',
  'relation.manage',
  'network.manage',
  'timeline.read',
  'timeline.create',
  'team.manage',
  'local_team.link', // VAL-01: link the Lokaal Team to a case a report opened without it — the team
  'access_log.read',
  'household.export',
  'casework.read', // pathway, concerns, facts, investigations, plans, help
  'casework.write',
  'reporter.read', // the reporter's identity (KT2-R3): the duo only
  'first_investigation.decide', // KT3a: the Lokaal Team's vast gezicht
  'extended_investigation.decide', // KT3b: the RVT duo partner
  'urgent_safety.manage', // KT5: the team, or the crisis service through break the glass
  'shielding.manage', // withhold an item from a person, a colleague or a ground: the duo
  'petition.read', // KT6–KT8: the petition, its reviews and rulings — the team, and its counter-reviewer
  'petition.write', // KT6: build the petition (grounds, alternatives, voices, consultations): the duo
  'petition.file', // KT6/KT8: start, send to review, file, record the ruling: the RVT partner
  'petition.review', // KT7: the counter-reviewer assigned to the open review
  'measure.execute', // KT8: carry out a running measure (placements, return home, contact): the duo
  'complaint.read', // KT9-R3: the household's complaints — the team (not the one complained about), the handler
  'complaint.manage', // KT9-R3: record, acknowledge, assign a handler, withdraw — the team
  'complaint.handle', // KT9-R3: extend the term, decide — the handler assigned to the open complaint
  'decision.approve', // a held decision's gate (lighter counter-review, four eyes): a case-team member
  'family_view.read', // issue 10.8: what each household member will see of the legal route — the case team
  'family_view.manage', // issue 10.8: show or withhold a legal-route item per member — the duo
] as const;
export type HouseholdPermission = (typeof HOUSEHOLD_PERMISSIONS)[number];

/**
 * What each household permission lets someone do, in words for the person who is refused it (issue 8.11:
 * a team member who lacks one permission is told what she may not do, not that the family does not exist).
 */
export const HOUSEHOLD_PERMISSION_LABELS: Record<HouseholdPermission, { nl: string; en: string }> = {
  'household.read': { nl: 'het dossier inzien', en: 'read the dossier' },
  'household.update': { nl: 'de gegevens van het huishouden wijzigen', en: 'change the household' },
  'person.create': { nl: 'een persoon toevoegen', en: 'add a person' },
  'person.update': { nl: 'de gegevens van een persoon wijzigen', en: "change a person's details" },
  'membership.manage': {
    nl: 'de samenstelling van het huishouden wijzigen',
    en: 'change who belongs to the household',
  },
  'relation.manage': { nl: 'relaties en gezag vastleggen', en: 'record relations and parental authority' },
  'network.manage': { nl: 'het netwerk van het gezin bijhouden', en: "keep the family's network" },
  'timeline.read': { nl: 'de tijdlijn inzien', en: 'read the timeline' },
  'timeline.create': { nl: 'iets op de tijdlijn zetten', en: 'add to the timeline' },
  'team.manage': { nl: 'het team van dit gezin samenstellen', en: "manage this family's team" },
  'local_team.link': { nl: 'het Lokaal Team koppelen', en: 'link the Local Team' },
  'access_log.read': { nl: 'zien wie het dossier heeft ingezien', en: 'see who viewed the dossier' },
  'household.export': {
    nl: 'het dossier exporteren (inzageverzoek)',
    en: 'export the dossier (subject access)',
  },
  'casework.read': { nl: 'het traject inzien', en: 'read the casework' },
  'casework.write': { nl: 'het traject bijwerken', en: 'update the casework' },
  'reporter.read': { nl: 'zien wie de melding deed', en: 'see who made the report' },
  'first_investigation.decide': {
    nl: 'het besluit na het eerste onderzoek nemen (dat doet de vaste professional)',
    en: 'decide after the first investigation (the fixed professional does)',
  },
  'extended_investigation.decide': {
    nl: 'het besluit na het uitgebreide onderzoek nemen (dat doet de RVT-duopartner)',
    en: 'decide after the extended investigation (the RVT duo partner does)',
  },
  'urgent_safety.manage': { nl: 'spoed starten of beëindigen', en: 'start or end spoed' },
  'shielding.manage': {
    nl: 'iets afschermen voor een persoon of collega (dat doet het duo)',
    en: 'withhold something from a person or colleague (the duo does)',
  },
  'petition.read': { nl: 'het verzoekschrift inzien', en: 'read the petition' },
  'petition.write': {
    nl: 'aan het verzoekschrift werken (dat doet het duo)',
    en: 'work on the petition (the duo does)',
  },
  'petition.file': {
    nl: 'het verzoekschrift starten, laten toetsen of indienen (dat doet de RVT-professional)',
    en: 'start, send for review or file the petition (the RVT professional does)',
  },
  'petition.review': {
    nl: 'het verzoekschrift toetsen (dat doet de toegewezen toetser)',
    en: 'review the petition (the assigned reviewer does)',
  },
  'measure.execute': {
    nl: 'een maatregel uitvoeren: plaatsing, terugkeer en contact (dat doet het duo)',
    en: 'carry out a measure: placement, return home and contact (the duo does)',
  },
  'complaint.read': { nl: 'de klachten inzien', en: 'read the complaints' },
  'complaint.manage': {
    nl: 'een klacht vastleggen of de behandeling regelen (dat doet het team)',
    en: 'record a complaint or arrange its handling (the team does)',
  },
  'complaint.handle': {
    nl: 'over de klacht beslissen (dat doet de onafhankelijke klachtbehandelaar)',
    en: 'decide on the complaint (the independent complaint handler does)',
  },
  'decision.approve': {
    nl: 'een besluit van een collega toetsen of goedkeuren (dat doet een ander lid van het team)',
    en: "review or approve a colleague's decision (another member of the team does)",
  },
  'family_view.read': { nl: 'zien wat het gezin ziet', en: 'see what the family sees' },
  'family_view.manage': {
    nl: 'bepalen wat een gezinslid ziet (dat doet het duo)',
    en: 'decide what a family member sees (the duo does)',
  },
};

export const GLOBAL_PERMISSIONS = [
  'household.create',
  'break_glass.request',
  'break_glass.review',
  'account.list',
  'administration.manage',
  'directory.read',
  'intake.create',
  'worklist.read',
] as const;
export type GlobalPermission = (typeof GLOBAL_PERMISSIONS)[number];

/** What each global permission lets someone do, for the person who is refused it. */
export const GLOBAL_PERMISSION_LABELS: Record<GlobalPermission, { nl: string; en: string }> = {
  'household.create': { nl: 'een nieuw gezinsdossier openen', en: 'open a new family dossier' },
  'break_glass.request': { nl: 'noodtoegang vragen', en: 'ask for emergency access' },
  'break_glass.review': {
    nl: 'noodtoegang beoordelen (dat doet de teamleider)',
    en: 'review emergency access (the team lead does)',
  },
  'account.list': { nl: 'de lijst van gebruikers zien', en: 'see the list of users' },
  'administration.manage': {
    nl: 'accounts, organisaties en gemeenten beheren (dat doet een beheerder)',
    en: 'manage accounts, organisations and municipalities (an administrator does)',
  },
  'directory.read': { nl: 'collega’s opzoeken', en: 'look up colleagues' },
  'intake.create': {
    nl: 'een melding vastleggen (dat doen het Lokaal Team, het RVT en de crisisdienst)',
    en: 'record a report (the Lokaal Team, the RVT and the crisis service do)',
  },
  'worklist.read': { nl: 'de werklijst zien', en: 'see the worklist' },
};

/** The words for any permission (household or global). */
export function permissionLabel(permission: Permission, locale: 'nl' | 'en'): string {
  const labels: Record<string, { nl: string; en: string }> = {
    ...HOUSEHOLD_PERMISSION_LABELS,
    ...GLOBAL_PERMISSION_LABELS,
  };
  return labels[permission]?.[locale] ?? permission;
}

export type Permission = HouseholdPermission | GlobalPermission;

export type Abilities<P extends string> = Record<P, boolean>;
