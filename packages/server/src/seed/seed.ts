import type { OrganisationRole } from '@gezinsdossier/domain';
import { createHash } from 'node:crypto';
import { completeBsn, DEFAULT_LIFE_DOMAINS } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import {
  completeSeedRun,
  existingHouseholdIds,
  findSeedRun,
  insertReferenceData,
  insertSeedRows,
  type SeedTable,
  startSeedRun,
  takenBsns,
} from '../db/repositories/seed.repository';
import type { Tx } from '../db/repositories/tx';
import type { DB } from '../db/schema';
import {
  DEMO_MUNICIPALITIES,
  DEMO_REGION,
  NOTE_TEMPLATES,
  SECOND_MUNICIPALITIES,
  SECOND_REGION,
} from './demo-region';
import { seedDemoCasework } from './demo-casework';
import { SyntheticFactory, type SyntheticHousehold } from './synthetic';

/** Reference data always comes from this fixed seed, so every database has the same demo organisations. */
const REFERENCE_SEED = 20261123;

interface Professional {
  id: string;
  displayName: string;
  organisationId: string;
  organisationKind: 'LOCAL_TEAM' | 'RVT' | 'CRISIS_SERVICE' | 'OTHER';
  regionId: string;
  municipalityCode: string | null;
  roles: OrganisationRole[];
}

export interface ReferenceData {
  regionIds: string[];
  professionals: Professional[];
}

/**
 * Builds the demo organisations and professionals (deterministic). Per municipality one Lokaal Team with
 * two professionals and a team lead; per region an RVT (with an intake role and a team lead, and its
 * counter-review pool); one crisis service; one administrator.
 */
export function buildReferenceData(options: { reviewPool?: boolean } = {}): {
  data: ReferenceData;
  rows: ReturnType<typeof referenceRows>;
} {
  const f = new SyntheticFactory(REFERENCE_SEED, new Date('2026-01-01T00:00:00Z'));
  const regions = [
    { id: f.uuid(), ...DEMO_REGION, municipalities: DEMO_MUNICIPALITIES },
    { id: f.uuid(), ...SECOND_REGION, municipalities: SECOND_MUNICIPALITIES },
  ];
  const organisations: {
    id: string;
    regionId: string;
    name: string;
    kind: Professional['organisationKind'];
    municipalityCode: string | null;
  }[] = [];
  const professionals: Professional[] = [];
  const staff = (org: (typeof organisations)[number], roles: Professional['roles']) => {
    professionals.push({
      id: f.uuid(),
      displayName: `${f.faker.person.firstName()} ${f.faker.person.lastName()}`,
      organisationId: org.id,
      organisationKind: org.kind,
      regionId: org.regionId,
      municipalityCode: org.municipalityCode,
      roles,
    });
  };
  for (const region of regions) {
    for (const m of region.municipalities) {
      const lt = {
        id: f.uuid(),
        regionId: region.id,
        name: `Lokaal Team ${m.name}`,
        kind: 'LOCAL_TEAM' as const,
        municipalityCode: m.code,
      };
      organisations.push(lt);
      staff(lt, ['PROFESSIONAL']);
      staff(lt, ['PROFESSIONAL']);
      staff(lt, ['PROFESSIONAL', 'TEAM_LEAD']);
    }
    const rvt = {
      id: f.uuid(),
      regionId: region.id,
      name: `Regionaal Veiligheidsteam ${region.name.replace(' (demo)', '')}`,
      kind: 'RVT' as const,
      municipalityCode: null,
    };
    organisations.push(rvt);
    staff(rvt, ['PROFESSIONAL']);
    staff(rvt, ['PROFESSIONAL']);
    staff(rvt, ['PROFESSIONAL', 'RVT_INTAKE']);
    staff(rvt, ['PROFESSIONAL', 'TEAM_LEAD']);
  }
  const first = regions[0] as (typeof regions)[number];
  const crisis = {
    id: f.uuid(),
    regionId: first.id,
    name: 'Crisisdienst Regio Utrecht (24/7)',
    kind: 'CRISIS_SERVICE' as const,
    municipalityCode: null,
  };
  organisations.push(crisis);
  staff(crisis, ['PROFESSIONAL']);
  staff(crisis, ['PROFESSIONAL', 'TEAM_LEAD']);
  const administrator = {
    id: f.uuid(),
    displayName: `${f.faker.person.firstName()} ${f.faker.person.lastName()} (beheer)`,
  };
  // The counter-review pool of each RVT (KT7-R1): a reviewer, a jurist and a behavioural scientist, who are
  // never anyone's RVT partner (appended last, so the staff above keep their names).
  for (const rvt of options.reviewPool === false ? [] : organisations.filter((o) => o.kind === 'RVT')) {
    staff(rvt, ['COUNTER_REVIEWER']);
    staff(rvt, ['JURIST']);
    staff(rvt, ['BEHAVIOURAL_SCIENTIST']);
  }
  return {
    data: { regionIds: regions.map((r) => r.id), professionals },
    rows: referenceRows(regions, organisations, professionals, administrator),
  };
}

function referenceRows(
  regions: { id: string; code: string; name: string; municipalities: { code: string; name: string }[] }[],
  organisations: {
    id: string;
    regionId: string;
    name: string;
    kind: Professional['organisationKind'];
    municipalityCode: string | null;
  }[],
  professionals: Professional[],
  administrator: { id: string; displayName: string },
) {
  return {
    regions: regions.map((r) => ({ id: r.id, code: r.code, name: r.name })),
    municipalities: regions.flatMap((r) =>
      r.municipalities.map((m) => ({ code: m.code, name: m.name, regionId: r.id })),
    ),
    organisations,
    accounts: [
      ...professionals.map((p) => ({
        id: p.id,
        kind: 'PROFESSIONAL' as const,
        displayName: p.displayName,
        isDemo: true,
      })),
      {
        id: administrator.id,
        kind: 'ADMINISTRATOR' as const,
        displayName: administrator.displayName,
        isDemo: true,
      },
    ],
    memberships: professionals.flatMap((p) =>
      p.roles.map((role, i) => ({
        id: deriveId(p.id, i),
        accountId: p.id,
        organisationId: p.organisationId,
        role,
      })),
    ),
  };
}

/** A stable id derived from another (for membership rows), without consuming randomness. */
function deriveId(id: string, n: number): string {
  const last = (Number.parseInt(id.slice(-4), 16) + n + 1) % 0x10000;
  return `${id.slice(0, -4)}${last.toString(16).padStart(4, '0')}`;
}

/** Inserts the reference data when absent (idempotent). */
/**
 * Inserts the reference data (idempotent). `reviewPool: false` leaves out the counter-review roles, for a
 * database migrated only to a schema from before the legal route (the migration tests).
 */
export async function seedReferenceData(
  db: Kysely<DB>,
  options: { reviewPool?: boolean } = {},
): Promise<ReferenceData> {
  const { data, rows } = buildReferenceData(options);
  await db.transaction().execute((tx) =>
    insertReferenceData(tx, {
      ...rows,
      lifeDomains: DEFAULT_LIFE_DOMAINS.map((d, i) => ({
        code: d.code,
        labelNl: d.nl,
        labelEn: d.en,
        position: i + 1,
      })),
    }),
  );
  return data;
}

export interface SeedOptions {
  households: number;
  seed: number;
  referenceDate?: Date;
  /** Called after every batch of households (also batches that existed already), with the count so far. */
  onProgress?: (done: number, total: number) => void;
  /** Walk a few families through every stage of the path (default true). */
  casework?: boolean;
}

export interface SeedSummary {
  /** What this call added (a resumed or repeated seed adds only what was missing). */
  households: number;
  persons: number;
  timelineEntries: number;
  /** Families walked through the stages of the path by the real use cases, now. */
  stagedHouseholds: number;
  /** Nothing was missing: the seed was complete in this database already. */
  skipped: boolean;
  /** An earlier run of this seed was interrupted and has now been finished. */
  resumed: boolean;
}

/** Households per batch: each batch is one transaction, so it is in the database entirely or not at all. */
const BATCH = 50;
/** The stages are walked with the first households (in id order) of a run. */
const STAGE_CANDIDATES = 200;

/**
 * Seeds the demo region: reference data (if absent) and `households` synthetic households with cases,
 * teams, network and timeline, plus one family in every stage of the path (once per database).
 * Deterministic per seed, and idempotent: the households are generated in the same order every time and a
 * batch that is in the database already is skipped, so running a seed again — after it was interrupted, or
 * with more households — adds exactly what is missing. Progress is kept in `demo_seed_runs` and
 * `demo_stages`. A BSN that another person already holds (another seed, real data) is replaced by the next
 * free one in the test range.
 */
export async function seedDemo(db: Kysely<DB>, options: SeedOptions): Promise<SeedSummary> {
  const summary: SeedSummary = {
    households: 0,
    persons: 0,
    timelineEntries: 0,
    stagedHouseholds: 0,
    skipped: false,
    resumed: false,
  };
  const earlier = await findSeedRun(db, options.seed);
  if (earlier?.completed && earlier.households >= options.households) {
    return { ...summary, skipped: true };
  }
  summary.resumed = earlier !== undefined && !earlier.completed;
  const households = Math.max(options.households, earlier?.households ?? 0);
  // Recorded first, so that a run killed at any later point is known to be unfinished.
  await startSeedRun(db, options.seed, households);
  const reference = await seedReferenceData(db);
  const factory = new SyntheticFactory(options.seed, options.referenceDate ?? new Date());
  const caseworker = (p: Professional) => p.roles.includes('PROFESSIONAL');
  const localTeams = reference.professionals.filter(
    (p) => p.organisationKind === 'LOCAL_TEAM' && caseworker(p),
  );
  const rvts = reference.professionals.filter((p) => p.organisationKind === 'RVT' && caseworker(p));
  const municipalityCodes = DEMO_MUNICIPALITIES.map((m) => m.code);
  const runHouseholdIds: string[] = [];

  for (let done = 0; done < households; ) {
    const batch: SyntheticHousehold[] = [];
    for (let i = 0; i < Math.min(BATCH, households - done); i++) {
      batch.push(factory.household(municipalityCodes));
    }
    // Rows are built for every batch, also one that exists, to keep the random stream in step.
    const rows = toRows(batch, factory, localTeams, rvts, reference.regionIds[0] as string);
    runHouseholdIds.push(...batch.map((h) => h.id));
    // A household of the batch exists when an earlier run of this seed inserted it (a batch is one
    // transaction, but an earlier run with fewer households may have ended inside this batch).
    const added = await db.transaction().execute(async (tx) => {
      const existing = await existingHouseholdIds(
        tx,
        batch.map((h) => h.id),
      );
      const missing = batch.filter((h) => !existing.has(h.id));
      if (missing.length === 0) {
        return [];
      }
      const missingRows = onlyHouseholds(rows, missing);
      await freeTakenBsns(tx, missingRows);
      for (const [table, values] of missingRows) {
        await insertSeedRows(tx, table, values);
      }
      return missing;
    });
    done += batch.length;
    summary.households += added.length;
    summary.persons += added.reduce((n, h) => n + h.persons.length, 0);
    summary.timelineEntries += added.reduce((n, h) => n + h.notes.length, 0);
    options.onProgress?.(done, households);
  }
  if (options.casework !== false) {
    const candidates = [...runHouseholdIds].sort().slice(0, STAGE_CANDIDATES);
    summary.stagedHouseholds = await seedDemoCasework(db, candidates);
  }
  await completeSeedRun(db, options.seed, new Date());
  summary.skipped = summary.households === 0 && summary.stagedHouseholds === 0;
  return summary;
}

/** The rows of a batch that belong to `households` only. */
function onlyHouseholds(
  rows: [SeedTable, Record<string, unknown>[]][],
  households: SyntheticHousehold[],
): [SeedTable, Record<string, unknown>[]][] {
  const householdIds = new Set(households.map((h) => h.id));
  const personIds = new Set(households.flatMap((h) => h.persons.map((p) => p.id)));
  return rows.map(([table, values]) => [
    table,
    values.filter((row) =>
      table === 'households'
        ? householdIds.has(row.id as string)
        : table === 'persons'
          ? personIds.has(row.id as string)
          : householdIds.has(row.householdId as string),
    ),
  ]);
}

/**
 * Gives every person of a batch whose BSN is already held by another person (from another seed, or real
 * data) the next free BSN in the 999 test range instead. Deterministic for a given database; draws nothing
 * from the random stream.
 */
async function freeTakenBsns(tx: Tx, rows: [SeedTable, Record<string, unknown>[]][]): Promise<void> {
  const persons = rows.find(([table]) => table === 'persons')?.[1] ?? [];
  const bsns = persons.map((p) => p.bsn).filter((b): b is string => typeof b === 'string');
  const taken = await takenBsns(tx, bsns);
  if (taken.size === 0) {
    return;
  }
  const inBatch = new Set(bsns);
  for (const person of persons) {
    const bsn = person.bsn;
    if (typeof bsn !== 'string' || !taken.has(bsn)) {
      continue;
    }
    let prefix = Number(bsn.slice(3, 8));
    for (;;) {
      prefix = (prefix + 1) % 100_000;
      const candidate = completeBsn(`999${String(prefix).padStart(5, '0')}`);
      if (candidate && !inBatch.has(candidate) && !(await takenBsns(tx, [candidate])).has(candidate)) {
        person.bsn = candidate;
        inBatch.add(candidate);
        break;
      }
    }
  }
}

/**
 * The id of a seeded person's address, derived from the person's id (a name-based UUID, version 5 layout)
 * instead of drawn from the random stream: adding or removing addresses must not change which
 * professionals, notes and teams the rest of the demo region gets.
 */
export function addressIdFor(personId: string): string {
  const hex = createHash('sha1').update(`gezinsdossier.person-address:${personId}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function toRows(
  batch: SyntheticHousehold[],
  f: SyntheticFactory,
  localTeams: Professional[],
  rvts: Professional[],
  regionId: string,
): [SeedTable, Record<string, unknown>[]][] {
  const households: Record<string, unknown>[] = [];
  const persons: Record<string, unknown>[] = [];
  const memberships: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  const network: Record<string, unknown>[] = [];
  const cases: Record<string, unknown>[] = [];
  const team: Record<string, unknown>[] = [];
  const timeline: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const addresses: Record<string, unknown>[] = [];
  const timelinePersons: Record<string, unknown>[] = [];
  for (const h of batch) {
    households.push({
      id: h.id,
      displayName: h.displayName,
      municipalityCode: h.municipalityCode,
      regionId,
      createdAt: h.openedAt,
      updatedAt: h.openedAt,
    });
    for (const p of h.persons) {
      persons.push({
        id: p.id,
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate: p.birthDate,
        bsn: p.bsn,
        gender: p.gender,
        createdAt: h.openedAt,
        updatedAt: h.openedAt,
      });
      // Now and then an adult other than the first has moved out: the membership ended, the history stays.
      const movedOut =
        p !== h.persons[0] && p.role !== 'CHILD' && f.faker.number.int({ min: 1, max: 12 }) === 1;
      memberships.push({
        id: f.uuid(),
        householdId: h.id,
        personId: p.id,
        role: p.role,
        validFrom: p.memberFrom,
        // Adults joined at least 200 days ago (see synthetic.ts), so yesterday is always after the start.
        validTo: movedOut ? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) : null,
        createdAt: h.openedAt,
      });
      // The household's address is each current member's own dated item.
      if (h.postcode && !movedOut) {
        addresses.push({
          id: addressIdFor(p.id),
          householdId: h.id,
          personId: p.id,
          street: h.street,
          houseNumber: h.houseNumber,
          postcode: h.postcode,
          town: h.town,
          validFrom: p.memberFrom,
          createdAt: h.openedAt,
        });
      }
    }
    for (const r of h.relations) {
      relations.push({
        id: r.id,
        householdId: h.id,
        fromPersonId: r.from,
        toPersonId: r.to,
        kind: r.kind,
        hasParentalAuthority: r.hasParentalAuthority,
        createdAt: h.openedAt,
      });
    }
    for (const n of h.network) {
      network.push({
        id: n.id,
        householdId: h.id,
        displayName: n.displayName,
        relation: n.relation,
        involvementAgreedByHousehold: n.agreed,
        createdAt: h.openedAt,
      });
    }
    // Bulk demo families receive voluntary help; seedDemoCasework walks a few through every stage.
    cases.push({
      id: h.caseId,
      householdId: h.id,
      openedAt: h.openedAt,
      ruleSetVersion: 'nl-2026.1',
      pathwayState: 'VOLUNTARY_HELP',
      stateChangedAt: h.openedAt,
    });
    const ltPool = localTeams.filter((p) => p.municipalityCode === h.municipalityCode);
    const fixed = f.faker.helpers.arrayElement(ltPool.length > 0 ? ltPool : localTeams);
    const members = [{ p: fixed, role: 'FIXED_PROFESSIONAL', expertise: null as string | null }];
    if (f.faker.number.int({ min: 1, max: 10 }) <= 3) {
      members.push({
        p: f.faker.helpers.arrayElement(rvts.filter((p) => p.regionId === regionId)),
        role: 'RVT_PARTNER',
        expertise: null,
      });
    }
    if (f.faker.number.int({ min: 1, max: 10 }) <= 2) {
      const expert = f.faker.helpers.arrayElement(localTeams.filter((p) => p.id !== fixed.id));
      members.push({
        p: expert,
        role: 'EXPERT',
        expertise: f.faker.helpers.arrayElement([
          'Schuldhulp',
          'Opvoedondersteuning',
          'GGZ-consult',
          'Verslavingszorg',
        ]),
      });
    }
    // History a new user should be able to see: sometimes the vast gezicht changed (with a reason, counted,
    // VAL-02), and sometimes an expert helped for a while and left without a handover (INV-02).
    const midway = new Date((h.openedAt.getTime() + Date.now()) / 2);
    if (f.faker.number.int({ min: 1, max: 20 }) === 1) {
      const previous = f.faker.helpers.arrayElement(localTeams.filter((p) => p.id !== fixed.id));
      team.push({
        id: f.uuid(),
        caseId: h.caseId,
        householdId: h.id,
        professionalId: previous.id,
        organisationId: previous.organisationId,
        role: 'FIXED_PROFESSIONAL',
        expertise: null,
        startedAt: h.openedAt,
        endedAt: midway,
        endReason: 'Collega is naar een ander team gegaan',
      });
      events.push({
        occurredAt: midway,
        eventType: 'fixed_professional.changed',
        actorId: previous.id,
        organisationId: previous.organisationId,
        householdId: h.id,
        personIds: [],
        entityType: 'case',
        entityId: h.caseId,
        caseId: h.caseId,
        regionId,
        payload: JSON.stringify({ fromProfessionalId: previous.id, toProfessionalId: fixed.id }),
        requestId: 'seed',
      });
    }
    if (f.faker.number.int({ min: 1, max: 7 }) === 1) {
      const expert = f.faker.helpers.arrayElement(localTeams.filter((p) => p.id !== fixed.id));
      team.push({
        id: f.uuid(),
        caseId: h.caseId,
        householdId: h.id,
        professionalId: expert.id,
        organisationId: expert.organisationId,
        role: 'EXPERT',
        expertise: 'Budgetcoaching',
        startedAt: h.openedAt,
        endedAt: midway,
        endReason: 'Advies gegeven, gezin kan verder',
      });
    }
    for (const m of members) {
      const changedHands =
        m.role === 'FIXED_PROFESSIONAL' &&
        team.some((t) => t.householdId === h.id && t.role === 'FIXED_PROFESSIONAL');
      team.push({
        id: f.uuid(),
        caseId: h.caseId,
        householdId: h.id,
        professionalId: m.p.id,
        organisationId: m.p.organisationId,
        role: m.role,
        expertise: m.expertise,
        startedAt: changedHands ? midway : h.openedAt,
      });
    }
    for (const n of h.notes) {
      const t = NOTE_TEMPLATES[n.templateIndex] ?? NOTE_TEMPLATES[0];
      const author = f.faker.helpers.arrayElement(members).p;
      timeline.push({
        id: n.id,
        householdId: h.id,
        caseId: h.caseId,
        kind: t?.kind,
        title: t?.title,
        body: t?.body,
        occurredAt: n.occurredAt,
        documentFileName: t?.kind === 'DOCUMENT' ? 'verslag.pdf' : null,
        documentMediaType: t?.kind === 'DOCUMENT' ? 'application/pdf' : null,
        documentSizeBytes: t?.kind === 'DOCUMENT' ? 48_213 : null,
        authorId: author.id,
        createdAt: n.occurredAt,
      });
      for (const personId of new Set(n.aboutPersonIds)) {
        timelinePersons.push({ entryId: n.id, personId, householdId: h.id });
      }
    }
    events.push({
      occurredAt: h.openedAt,
      eventType: 'household.created',
      actorId: fixed.id,
      organisationId: fixed.organisationId,
      householdId: h.id,
      personIds: h.persons.map((p) => p.id),
      entityType: 'household',
      entityId: h.id,
      caseId: h.caseId,
      regionId,
      payload: JSON.stringify({ municipalityCode: h.municipalityCode }),
      requestId: 'seed',
    });
  }
  return [
    ['households', households],
    ['persons', persons],
    ['memberships', memberships],
    ['relations', relations],
    ['networkMembers', network],
    ['cases', cases],
    ['caseTeamMembers', team],
    ['timelineEntries', timeline],
    ['timelineEntryPersons', timelinePersons],
    ['personAddresses', addresses],
    ['dossierEvents', events],
  ];
}
