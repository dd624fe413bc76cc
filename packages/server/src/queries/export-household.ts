import { type Actor, AppError, type HouseholdPermission, todayInNetherlands } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAccessLog } from '../audit/access-log';
import type { RequestContext } from '../context';
import { loadHouseholdAccess } from '../db/repositories/access.repository';
import { listAddresses } from '../db/repositories/address.repository';
import { listHouseholdAccessLog } from '../db/repositories/audit.repository';
import { listCases } from '../db/repositories/case.repository';
import { listDecisions } from '../db/repositories/decision.repository';
import { listHouseholdEvents } from '../db/repositories/event.repository';
import { findHousehold } from '../db/repositories/household.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { listNetwork } from '../db/repositories/network.repository';
import { listRelations } from '../db/repositories/relation.repository';
import { listShields } from '../db/repositories/shielding.repository';
import { listTeam } from '../db/repositories/team.repository';
import { listTimeline } from '../db/repositories/timeline.repository';
import type { Tx } from '../db/repositories/tx';
import type { DB } from '../db/schema';
import { actingOrganisationId } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { AccessLogEntrySchema, presentAccessLogEntry } from '../presenters/access-log.presenter';
import { AddressSchema, presentAddress } from '../presenters/address.presenter';
import { CaseSchema, presentCase } from '../presenters/case.presenter';
import { CaseworkSchema, presentCasework } from '../presenters/casework.presenter';
import { DecisionSchema } from '../presenters/decision.presenter';
import { ChangeEventSchema, presentChangeEvent } from '../presenters/event.presenter';
import { HouseholdSchema, presentHousehold } from '../presenters/household.presenter';
import { LegalRouteSchema, presentLegalRoute } from '../presenters/legal-route.presenter';
import { MemberSchema, presentMember } from '../presenters/member.presenter';
import { NetworkMemberSchema, presentNetworkMember } from '../presenters/network.presenter';
import { presentRelation, RelationSchema } from '../presenters/relation.presenter';
import { named, Timestamp } from '../presenters/schemas';
import { presentShieldingRecord, ShieldingRecordSchema } from '../presenters/shielding.presenter';
import { presentTimelineEntry, TimelineEntrySchema } from '../presenters/timeline.presenter';
import { presentEach, subjectViewer, Viewer } from '../presenters/viewer';
import { loadCaseworkParts } from './get-casework';
import { presentDecisions } from './get-decisions';
import { loadLegalRoute } from './get-legal-route';

const ALL = 1_000_000;

export const HouseholdExportSchema = named(
  'HouseholdExport',
  z.strictObject({
    format: z.literal('gezinsdossier.export.v3'),
    exportedAt: Timestamp,
    /** The whole household, or what is held about one person (their AVG art. 15 request). */
    scope: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('HOUSEHOLD') }),
      z.strictObject({ kind: z.literal('PERSON'), personId: z.uuid() }),
    ]),
    household: HouseholdSchema,
    members: z.array(MemberSchema),
    addresses: z.array(AddressSchema),
    relations: z.array(RelationSchema),
    network: z.array(NetworkMemberSchema),
    /** Each case with its casework and its weighty decisions with their records (issue 10 point 1). */
    cases: z.array(
      z.strictObject({ case: CaseSchema, casework: CaseworkSchema, decisions: z.array(DecisionSchema) }),
    ),
    /** The legal route: petitions, measures, placements, rights notices, support offered (KT6–KT9). */
    legalRoute: LegalRouteSchema,
    timeline: z.array(TimelineEntrySchema),
    changeHistory: z.array(ChangeEventSchema),
    accessLog: z.array(AccessLogEntrySchema),
    /** What is withheld from whom (only in the controller's full export). */
    shielding: z.array(ShieldingRecordSchema),
    exportedBy: z.strictObject({ name: z.string(), requestReference: z.string().nullable() }),
  }),
);
export type HouseholdExport = z.infer<typeof HouseholdExportSchema>;

/** What an export may read: everything of the dossier; the reporter's identity only for the controller. */
const EXPORT_PERMISSIONS: HouseholdPermission[] = [
  'household.read',
  'timeline.read',
  'casework.read',
  'petition.read',
  'access_log.read',
  'household.export',
];

/**
 * Everything held about a household, or about one of its persons, built from the same presenters as every
 * screen — so what is withheld from a viewer is withheld from their export too. A person's export applies
 * the shields on that person (a shelter address withheld from a father is not in his export) and holds the
 * items about them and about the household as a whole, not what is only about someone else.
 */
async function buildExport(
  tx: Tx,
  viewer: Viewer,
  scope: HouseholdExport['scope'],
  now: Date,
  exportedBy: HouseholdExport['exportedBy'],
): Promise<HouseholdExport> {
  const householdId = viewer.householdId;
  const household = await findHousehold(tx, householdId);
  if (!household) {
    throw new AppError('not_found');
  }
  const today = todayInNetherlands(now);
  const cases = [];
  for (const kase of await listCases(tx, householdId)) {
    const team = await listTeam(tx, kase.id);
    const parts = await loadCaseworkParts(tx, kase, today);
    cases.push({
      case: presentCase(viewer, kase, team, { deadlines: parts.deadlines, today }) as NonNullable<
        ReturnType<typeof presentCase>
      >,
      casework: presentCasework(viewer, parts),
      decisions: await presentDecisions(tx, viewer, await listDecisions(tx, kase.id), kase.id),
    });
  }
  const full: HouseholdExport = {
    format: 'gezinsdossier.export.v3',
    exportedAt: now.toISOString(),
    scope,
    household: presentHousehold(viewer, household) as NonNullable<ReturnType<typeof presentHousehold>>,
    members: presentEach(await listMembers(tx, householdId), (m) => presentMember(viewer, m, today)),
    addresses: presentEach(await listAddresses(tx, householdId), (a) => presentAddress(viewer, a)),
    relations: presentEach(await listRelations(tx, householdId), (r) => presentRelation(viewer, r)),
    network: presentEach(await listNetwork(tx, householdId), (n) => presentNetworkMember(viewer, n)),
    cases,
    legalRoute: presentLegalRoute(viewer, await loadLegalRoute(tx, householdId, today)),
    timeline: presentEach(await listTimeline(tx, householdId, ALL), (e) => presentTimelineEntry(viewer, e)),
    changeHistory: presentEach(await listHouseholdEvents(tx, householdId), (e) =>
      presentChangeEvent(viewer, e),
    ),
    accessLog: presentEach(await listHouseholdAccessLog(tx, householdId, ALL), (r) =>
      presentAccessLogEntry(viewer, r),
    ),
    shielding:
      scope.kind === 'HOUSEHOLD' && viewer.can('shielding.manage')
        ? presentEach(await listShields(tx, householdId), (s) => presentShieldingRecord(viewer, s))
        : [],
    exportedBy,
  };
  return scope.kind === 'PERSON' ? aboutPerson(full, scope.personId) : full;
}

/** Keeps what is about this person or about the household as a whole (items naming no one). */
function aboutPerson(e: HouseholdExport, personId: string): HouseholdExport {
  const concerns = (ids: readonly string[]) => ids.length === 0 || ids.includes(personId);
  return {
    ...e,
    members: e.members.filter((m) => m.person.id === personId),
    addresses: e.addresses.filter((a) => a.personId === personId),
    relations: e.relations.filter((r) => r.fromPersonId === personId || r.toPersonId === personId),
    cases: e.cases.map(({ case: kase, casework: w, decisions }) => ({
      case: kase,
      // A decision is about the household as a whole; of those heard, only this person.
      decisions: decisions.map((d) => ({ ...d, heard: d.heard.filter((x) => x.personId === personId) })),
      casework: {
        ...w,
        concerns: w.concerns.filter((c) => concerns(c.aboutPersonIds)),
        facts: w.facts
          .filter((f) => concerns(f.aboutPersonIds))
          .map((f) => ({ ...f, responses: f.responses.filter((r) => r.personId === personId) })),
        safetyAssessments: w.safetyAssessments.map((a) => ({
          ...a,
          familyScores: a.familyScores.filter((s) => s.personId === personId),
        })),
        familyPlan: {
          ...w.familyPlan,
          goals: w.familyPlan.goals.filter((g) => g.personId === null || g.personId === personId),
          scores: w.familyPlan.scores.filter((s) => s.personId === null || s.personId === personId),
        },
        interventions: w.interventions.filter((i) => concerns(i.targetPersonIds)),
      },
    })),
    legalRoute: {
      ...e.legalRoute,
      measures: e.legalRoute.measures.filter((m) => concerns(m.personIds)),
      placedChildren: e.legalRoute.placedChildren.filter((c) => c.childId === personId),
      supportOffers: e.legalRoute.supportOffers.filter((o) => o.personId === personId),
    },
    timeline: e.timeline.filter((t) => concerns(t.aboutPersonIds)),
    changeHistory: e.changeHistory.filter((c) => concerns(c.personIds)),
    accessLog: e.accessLog.filter((r) => concerns(r.personIds)),
  };
}

/**
 * The export by the fixed professional through the API: the household as they see it, or one person's.
 * Logged as `export` naming every person whose data it holds.
 */
export async function exportHousehold(
  ctx: RequestContext,
  householdId: string,
  options: { personId?: string } = {},
): Promise<HouseholdExport> {
  const viewer = await requireHousehold(ctx, householdId, 'household.export');
  viewer.resource = {
    action: 'export',
    type: options.personId ? 'person' : 'household',
    id: options.personId ?? householdId,
    purpose: 'SUBJECT_ACCESS',
  };
  if (options.personId && !(await isMemberEver(ctx.tx, householdId, options.personId))) {
    throw new AppError('not_found');
  }
  const exporter = options.personId ? subjectViewer(viewer, options.personId, EXPORT_PERMISSIONS) : viewer;
  const data = await buildExport(
    ctx.tx,
    exporter,
    options.personId ? { kind: 'PERSON', personId: options.personId } : { kind: 'HOUSEHOLD' },
    ctx.now,
    { name: ctx.actor.displayName, requestReference: null },
  );
  // A subject's export is presented by its own viewer and then narrowed to the person; the request's view
  // carries the log row, naming the persons whose data the narrowed export holds.
  if (exporter !== viewer) {
    viewer.persons(personsIn(data, viewer.access.memberPersonIds));
  }
  return data;
}

/**
 * The persons whose data an export holds: everyone named in it, and every member when it holds an item
 * about the household as a whole (a report, an investigation, a plan).
 */
function personsIn(e: HouseholdExport, members: readonly string[]): string[] {
  const named = new Set<string>([
    ...e.members.map((m) => m.person.id),
    ...e.addresses.map((a) => a.personId),
    ...e.relations.flatMap((r) => [r.fromPersonId, r.toPersonId]),
    ...e.timeline.flatMap((t) => t.aboutPersonIds),
    ...e.legalRoute.measures.flatMap((m) => m.personIds),
    ...e.legalRoute.placedChildren.map((c) => c.childId),
    ...e.legalRoute.supportOffers.map((o) => o.personId),
    ...e.cases.flatMap((c) => c.decisions.flatMap((d) => d.heard.map((x) => x.personId))),
  ]);
  let householdLevel =
    e.network.length > 0 || e.legalRoute.petitions.length > 0 || e.legalRoute.rightsNotices.length > 0;
  for (const { casework: w } of e.cases) {
    for (const ids of [
      ...w.concerns.map((c) => c.aboutPersonIds),
      ...w.facts.map((f) => [...f.aboutPersonIds, ...f.responses.map((r) => r.personId)]),
      ...w.interventions.map((i) => i.targetPersonIds),
      ...w.familyPlan.goals.map((g) => (g.personId ? [g.personId] : [])),
      ...w.familyPlan.scores.map((x) => (x.personId ? [x.personId] : [])),
    ]) {
      for (const id of ids) {
        named.add(id);
      }
    }
    householdLevel ||=
      w.reports.length +
        w.investigations.length +
        w.safetyAssessments.length +
        w.safetyPlans.length +
        w.urgentSafety.length >
        0 || e.cases.some((c) => c.decisions.length > 0);
  }
  return householdLevel ? [...new Set([...named, ...members])] : [...named];
}

async function isMemberEver(tx: Tx, householdId: string, personId: string): Promise<boolean> {
  return (await listMembers(tx, householdId)).some((m) => m.personId === personId);
}

/**
 * The same export by an operator on the server (`gezinsdossier export household`), for a registered AVG
 * request. The operator works outside the web roles, so the request reference is mandatory and the
 * access-log row records the operator's name and that reference in the same transaction. Without a person
 * the export is the controller's full view (including what is withheld from whom); with one, the person's.
 */
export async function exportHouseholdAsOperator(
  db: Kysely<DB>,
  householdId: string,
  operator: { name: string; requestReference: string; personId?: string },
  now = new Date(),
): Promise<HouseholdExport> {
  return db.transaction().execute(async (tx) => {
    const access = await loadHouseholdAccess(
      tx,
      '00000000-0000-0000-0000-000000000000',
      householdId,
      todayInNetherlands(now),
    );
    if (!access) {
      throw new AppError('not_found');
    }
    const operatorActor: Actor = {
      id: '00000000-0000-0000-0000-000000000000',
      kind: 'ADMINISTRATOR',
      displayName: operator.name,
      personId: null,
      memberships: [],
    };
    const viewer = operator.personId
      ? subjectViewer(new Viewer(operatorActor, access), operator.personId, EXPORT_PERMISSIONS)
      : new Viewer(operatorActor, access, {
          permissions: [...EXPORT_PERMISSIONS, 'reporter.read', 'shielding.manage'],
          unshielded: true,
        });
    if (operator.personId && !(await isMemberEver(tx, householdId, operator.personId))) {
      throw new AppError('not_found');
    }
    const data = await buildExport(
      tx,
      viewer,
      operator.personId ? { kind: 'PERSON', personId: operator.personId } : { kind: 'HOUSEHOLD' },
      now,
      { name: operator.name, requestReference: operator.requestReference },
    );
    await writeAccessLog(
      tx,
      {
        actor: { id: null, kind: 'ADMINISTRATOR', memberships: [] },
        requestId: `cli:${operator.name}:${operator.requestReference}`,
        onBehalfOf: null,
        now,
      },
      [
        {
          action: 'export',
          resourceType: operator.personId ? 'person' : 'household',
          resourceId: operator.personId ?? householdId,
          householdId,
          personIds: viewer.shownPersonIds,
          purpose: 'SUBJECT_ACCESS',
          organisationId: actingOrganisationId(access),
        },
      ],
    );
    return data;
  });
}
