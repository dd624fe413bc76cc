/**
 * The measures catalogue (spec §6.1, CFG-MEAS): what a petition may ask for, who decides, whom it may
 * target, who carries it out, how long it lasts and how it is appealed. It is data, not an enum: a region's
 * configuration may add measures (with a new catalogue version) without a code change, and experimental
 * measures that are not yet law (MEAS-13/14) are flagged as such. Notes marked "to be confirmed by a
 * lawyer" keep the spec's [X]/[I]/[O] uncertainty visible in the data.
 */

/** Who decides on a measure (AuthorityKind, spec §4.2). */
export const AUTHORITY_KINDS = [
  'KINDERRECHTER',
  'FAMILIERECHTER',
  'KANTONRECHTER',
  'STRAFRECHTER',
  'BESTUURSRECHTER',
  'BURGEMEESTER',
  'OTHER',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const LEGAL_DOMAINS = [
  'CIVIL',
  'ADMINISTRATIVE',
  'CRIMINAL',
  'CARE_LAW',
  'YOUTH_ACT',
  'PROCEDURAL',
] as const;
export type LegalDomain = (typeof LEGAL_DOMAINS)[number];

/**
 * Whom a measure may be aimed at. A measure on parental authority targets a minor or a parent with
 * authority, never an adult as such; adult protection targets an adult; a household measure the household.
 */
export const TARGET_ROLES = ['MINOR', 'PARENT_WITH_AUTHORITY', 'CAREGIVER', 'ADULT', 'HOUSEHOLD'] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

/** A duration in calendar terms: measures run in months and years, not working days. */
export interface CalendarDuration {
  months: number;
}

export interface MeasureType {
  id: string;
  name: { nl: string; en: string };
  legalDomain: LegalDomain;
  legalBasis: string;
  /** Who may decide; the first is the usual addressee of a petition. */
  deciders: AuthorityKind[];
  targetRoles: TargetRole[];
  /** Who carries it out once decided (INV-07: the RVT by default). */
  executor: 'RVT' | 'PROVIDER' | 'PROBATION' | 'MAYOR' | 'NONE';
  maxDuration: CalendarDuration | null;
  /** How long one extension may last; null when it cannot be extended. */
  extension: CalendarDuration | null;
  /** When the running measure is evaluated, counted from its start. */
  evaluationAfter: CalendarDuration | null;
  appealRoute: { nl: string; en: string };
  /** Not yet law (MEAS-13/14): may be prepared and discussed, never filed. */
  experimental: boolean;
  /** The spec's uncertainty, kept in the data until a lawyer confirms it. */
  toBeConfirmed: string | null;
  /** The spec's id (MEAS-nn). */
  specRef: string;
}

const APPEAL_CIVIL = {
  nl: 'Hoger beroep bij het gerechtshof binnen drie maanden na de uitspraak.',
  en: 'Appeal to the court of appeal within three months of the ruling.',
};
const APPEAL_ADMINISTRATIVE = {
  nl: 'Bezwaar bij de burgemeester en beroep bij de bestuursrechter; bij spoed een voorlopige voorziening.',
  en: 'Objection to the mayor and appeal to the administrative court; in urgent cases interim relief.',
};
const CONFIRM = 'To be confirmed by a lawyer';

/** The catalogue the spec lists (§6.1), version 2026.1. */
export const MEASURE_CATALOGUE_VERSION = 'measures-2026.1';
export const MEASURE_CATALOGUE: readonly MeasureType[] = [
  {
    id: 'OTS',
    name: { nl: 'Ondertoezichtstelling (OTS)', en: 'Family supervision order (OTS)' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 255',
    deciders: ['KINDERRECHTER'],
    targetRoles: ['MINOR', 'PARENT_WITH_AUTHORITY'],
    executor: 'RVT',
    maxDuration: { months: 12 },
    extension: { months: 12 },
    evaluationAfter: { months: 6 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: the petitioner moves from the RvdK to the RVT (spec §6.1).`,
    specRef: 'MEAS-01',
  },
  {
    id: 'OUT_OF_HOME_PLACEMENT',
    name: { nl: 'Machtiging uithuisplaatsing', en: 'Authorisation of out-of-home placement' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 265b (attached to an OTS)',
    deciders: ['KINDERRECHTER'],
    targetRoles: ['MINOR'],
    executor: 'RVT',
    maxDuration: { months: 12 },
    extension: { months: 12 },
    evaluationAfter: { months: 6 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: the bill dropping the verleningsbeschikking (spec §6.1).`,
    specRef: 'MEAS-02',
  },
  {
    id: 'GUARDIANSHIP',
    name: { nl: 'Voogdij (gezagsbeëindigende maatregel)', en: 'Guardianship (ending parental authority)' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 266–269',
    deciders: ['KINDERRECHTER'],
    targetRoles: ['MINOR', 'PARENT_WITH_AUTHORITY'],
    executor: 'RVT',
    maxDuration: null,
    extension: null,
    evaluationAfter: { months: 12 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: the "aanvaardbare termijn" and perspectiefbesluit (spec §6.1).`,
    specRef: 'MEAS-03',
  },
  {
    id: 'TEMPORARY_RESTRAINING_ORDER',
    name: { nl: 'Tijdelijk huisverbod', en: 'Temporary restraining order' },
    legalDomain: 'ADMINISTRATIVE',
    legalBasis: 'Wet tijdelijk huisverbod',
    deciders: ['BURGEMEESTER'],
    targetRoles: ['ADULT'],
    executor: 'MAYOR',
    maxDuration: { months: 1 },
    extension: null,
    evaluationAfter: null,
    appealRoute: APPEAL_ADMINISTRATIVE,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: 10 days, extendable to 4 weeks; the RVT prepares, the mayor decides (spec §6.1 [I]).`,
    specRef: 'MEAS-04',
  },
  {
    id: 'AREA_BAN',
    name: { nl: 'Gebiedsverbod', en: 'Area ban' },
    legalDomain: 'ADMINISTRATIVE',
    legalBasis: 'Gemeentewet art. 172a',
    deciders: ['BURGEMEESTER', 'STRAFRECHTER'],
    targetRoles: ['ADULT', 'MINOR'],
    executor: 'MAYOR',
    maxDuration: { months: 3 },
    extension: { months: 3 },
    evaluationAfter: null,
    appealRoute: APPEAL_ADMINISTRATIVE,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: duration and criminal-law variant (spec §6.1: not stated).`,
    specRef: 'MEAS-05',
  },
  {
    id: 'MENTORSHIP',
    name: { nl: 'Mentorschap', en: 'Mentorship' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 450',
    deciders: ['KANTONRECHTER'],
    targetRoles: ['ADULT'],
    executor: 'NONE',
    maxDuration: null,
    extension: null,
    evaluationAfter: { months: 60 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: null,
    specRef: 'MEAS-06',
  },
  {
    id: 'ADMINISTRATION_OF_ASSETS',
    name: { nl: 'Bewindvoering', en: 'Administration of assets (bewind)' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 431',
    deciders: ['KANTONRECHTER'],
    targetRoles: ['ADULT'],
    executor: 'NONE',
    maxDuration: null,
    extension: null,
    evaluationAfter: { months: 60 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: null,
    specRef: 'MEAS-07',
  },
  {
    id: 'CURATORSHIP',
    name: { nl: 'Curatele', en: 'Curatorship' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 378',
    deciders: ['KANTONRECHTER'],
    targetRoles: ['ADULT'],
    executor: 'NONE',
    maxDuration: null,
    extension: null,
    evaluationAfter: { months: 60 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: null,
    specRef: 'MEAS-08',
  },
  {
    id: 'SPECIAL_CONDITIONS',
    name: { nl: 'Bijzondere voorwaarden (strafrecht)', en: 'Special conditions (criminal law)' },
    legalDomain: 'CRIMINAL',
    legalBasis: 'Wetboek van Strafrecht art. 14c',
    deciders: ['STRAFRECHTER'],
    targetRoles: ['ADULT', 'MINOR'],
    executor: 'PROBATION',
    maxDuration: null,
    extension: null,
    evaluationAfter: null,
    appealRoute: {
      nl: 'Hoger beroep in de strafzaak.',
      en: 'Appeal in the criminal case.',
    },
    experimental: false,
    toBeConfirmed: `${CONFIRM}: the platform records, the OM and the judge decide (spec §6.1: not stated).`,
    specRef: 'MEAS-09',
  },
  {
    id: 'COMPULSORY_CARE',
    name: { nl: 'Verplichte zorg (Wvggz/Wzd)', en: 'Compulsory care (Wvggz/Wzd)' },
    legalDomain: 'CARE_LAW',
    legalBasis: 'Wvggz / Wzd',
    deciders: ['BURGEMEESTER', 'OTHER'],
    targetRoles: ['ADULT', 'MINOR'],
    executor: 'PROVIDER',
    maxDuration: { months: 6 },
    extension: { months: 12 },
    evaluationAfter: null,
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: crisis measure by the mayor, care authorisation by the judge (spec §6.1).`,
    specRef: 'MEAS-10',
  },
  {
    id: 'PUBLIC_ORDER_POWERS',
    name: { nl: 'Bevoegdheden openbare orde en veiligheid', en: 'Public order and safety powers' },
    legalDomain: 'ADMINISTRATIVE',
    legalBasis: 'Gemeentewet',
    deciders: ['BURGEMEESTER'],
    targetRoles: ['ADULT', 'MINOR', 'HOUSEHOLD'],
    executor: 'MAYOR',
    maxDuration: null,
    extension: null,
    evaluationAfter: null,
    appealRoute: APPEAL_ADMINISTRATIVE,
    experimental: false,
    toBeConfirmed: `${CONFIRM}: which powers apply (spec §6.1 [I]).`,
    specRef: 'MEAS-11',
  },
  {
    id: 'WRITTEN_INSTRUCTION',
    name: { nl: 'Schriftelijke aanwijzing', en: 'Written instruction' },
    legalDomain: 'CIVIL',
    legalBasis: 'Boek 1 BW art. 263 (within an OTS)',
    deciders: ['KINDERRECHTER'],
    targetRoles: ['PARENT_WITH_AUTHORITY'],
    executor: 'RVT',
    maxDuration: null,
    extension: null,
    evaluationAfter: null,
    appealRoute: {
      nl: 'Verzoek aan de kinderrechter om de aanwijzing te vervallen te verklaren.',
      en: 'Request to the juvenile judge to set the instruction aside.',
    },
    experimental: false,
    toBeConfirmed: `${CONFIRM}: issued by the RVT in future, confirmed by the judge on request (spec §6.1 [I]).`,
    specRef: 'MEAS-12',
  },
  {
    id: 'ENFORCEABLE_HELP_FOR_CAREGIVERS',
    name: { nl: 'Afdwingbare hulp voor opvoeders', en: 'Enforceable help for caregivers' },
    legalDomain: 'CIVIL',
    legalBasis: 'Not yet law (motie Van Toorenburg c.s.)',
    deciders: ['KINDERRECHTER'],
    targetRoles: ['PARENT_WITH_AUTHORITY', 'CAREGIVER'],
    executor: 'RVT',
    maxDuration: null,
    extension: null,
    evaluationAfter: null,
    appealRoute: APPEAL_CIVIL,
    experimental: true,
    toBeConfirmed: `${CONFIRM}: not yet law; the addressee is presumed (spec §6.1 [I]).`,
    specRef: 'MEAS-13',
  },
  {
    id: 'FAMILY_MEASURE',
    name: { nl: 'Gezinsmaatregel', en: 'Family measure' },
    legalDomain: 'CIVIL',
    legalBasis: 'Not yet law (assignment D)',
    deciders: ['KINDERRECHTER', 'FAMILIERECHTER'],
    targetRoles: ['HOUSEHOLD'],
    executor: 'RVT',
    maxDuration: null,
    extension: null,
    evaluationAfter: null,
    appealRoute: APPEAL_CIVIL,
    experimental: true,
    toBeConfirmed: `${CONFIRM}: not defined yet (spec §6.1 [O]).`,
    specRef: 'MEAS-14',
  },
  {
    id: 'SECURE_YOUTH_CARE',
    name: { nl: 'Machtiging gesloten jeugdhulp', en: 'Authorisation of secure youth care' },
    legalDomain: 'YOUTH_ACT',
    legalBasis: 'Jeugdwet hoofdstuk 6',
    deciders: ['KINDERRECHTER'],
    targetRoles: ['MINOR'],
    executor: 'PROVIDER',
    maxDuration: { months: 12 },
    extension: { months: 12 },
    evaluationAfter: { months: 6 },
    appealRoute: APPEAL_CIVIL,
    experimental: false,
    toBeConfirmed: null,
    specRef: 'MEAS-15',
  },
  {
    id: 'COUNTER_EXPERTISE',
    name: { nl: 'Contra-expertise', en: 'Counter-expertise' },
    legalDomain: 'PROCEDURAL',
    legalBasis: 'Ordered by the judge (Rv)',
    deciders: ['KINDERRECHTER', 'FAMILIERECHTER', 'KANTONRECHTER'],
    targetRoles: ['HOUSEHOLD'],
    executor: 'NONE',
    maxDuration: null,
    extension: null,
    evaluationAfter: null,
    appealRoute: { nl: 'Geen zelfstandig beroep.', en: 'No separate appeal.' },
    experimental: false,
    toBeConfirmed: null,
    specRef: 'MEAS-18',
  },
];

export function findMeasureType(id: string): MeasureType | undefined {
  return MEASURE_CATALOGUE.find((m) => m.id === id);
}

/** The roles a person can have for a measure's targeting, from their age and parental authority. */
export function targetRolesOf(person: { age: number | null; holdsParentalAuthority: boolean }): TargetRole[] {
  const roles: TargetRole[] = [];
  if (person.age !== null && person.age < 18) {
    roles.push('MINOR');
  }
  if (person.age === null || person.age >= 18) {
    roles.push('ADULT', 'CAREGIVER');
  }
  if (person.holdsParentalAuthority) {
    roles.push('PARENT_WITH_AUTHORITY');
  }
  return roles;
}

/**
 * Whether a measure can be aimed at a person: one of its target roles must fit. A parental-authority measure
 * on an adult without authority, or adult protection on a child, cannot (issue 10, bad input).
 */
export function canTarget(
  measure: MeasureType,
  person: { age: number | null; holdsParentalAuthority: boolean },
) {
  const roles = targetRolesOf(person);
  return measure.targetRoles.some((r) => r !== 'HOUSEHOLD' && roles.includes(r));
}
