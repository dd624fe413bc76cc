import {
  type DecisionStatus,
  type DecisionType,
  AppError,
  defaultFamilyVisibility,
  FAMILY_VIEW_SUBJECT_KINDS,
  type FamilyMember,
  type FamilySubjectKind,
  type FamilySummaryInput,
  familySummary,
  familyVisibility,
  type HouseholdPermission,
  type ReviewOutcome,
  placementMoves,
  todayInNetherlands,
  VISIBILITY_BASES,
  VISIBILITY_SOURCES,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import type { ComplaintRow } from '../db/repositories/complaint.repository';
import type { DecisionRow } from '../db/repositories/decision.repository';
import type { InterventionRow } from '../db/repositories/intervention.repository';
import type { FamilyVisibilityRow } from '../db/repositories/family-visibility.repository';
import type { MeasureEvaluationRow, MeasureRow, RulingRow } from '../db/repositories/measure.repository';
import type { MemberRow } from '../db/repositories/membership.repository';
import type { PetitionPersonRow, PetitionRow } from '../db/repositories/petition.repository';
import type { PlacementRow, ReturnHomePlanRow } from '../db/repositories/placement.repository';
import type { RelationRow } from '../db/repositories/relation.repository';
import type { ReviewRow } from '../db/repositories/review.repository';
import type { RightsNoticeRow } from '../db/repositories/rights.repository';
import type { SupportOfferRow } from '../db/repositories/support-offer.repository';
import { Id, named } from './schemas';
import { subjectViewer, type Viewer } from './viewer';

/** Everything of the legal route the family view is made from (loaded by `queries/get-family-view.ts`). */
export interface FamilyViewData {
  members: readonly MemberRow[];
  relations: readonly RelationRow[];
  petitions: readonly {
    petition: PetitionRow;
    persons: readonly PetitionPersonRow[];
    reviews: readonly ReviewRow[];
    rulings: readonly RulingRow[];
  }[];
  measures: readonly MeasureRow[];
  evaluations: readonly MeasureEvaluationRow[];
  placements: readonly PlacementRow[];
  returnHomePlans: readonly ReturnHomePlanRow[];
  supportOffers: readonly SupportOfferRow[];
  complaints: readonly ComplaintRow[];
  rightsNotices: readonly RightsNoticeRow[];
  decisions: readonly DecisionRow[];
  /** The help records the help decisions are about (their persons). */
  interventions: readonly InterventionRow[];
  overrides: readonly FamilyVisibilityRow[];
  today: string;
}

const MemberVisibilitySchema = z.strictObject({
  personId: Id,
  /** What holds now: a shielding record first, then the duo's choice, then the default. */
  visible: z.boolean(),
  source: z.enum(VISIBILITY_SOURCES),
  defaultVisible: z.boolean(),
  basis: z.enum(VISIBILITY_BASES),
  /** The duo's reason for withholding (on an override that withholds). */
  reason: z.string().nullable(),
  /** The override's version (null: no override yet). */
  version: z.number().int().nullable(),
});

export const FamilyViewItemSchema = named(
  'FamilyViewItem',
  z.strictObject({
    kind: z.enum(FAMILY_VIEW_SUBJECT_KINDS),
    id: Id,
    /** Generated from the item's data, in plain Dutch (B1) and English. */
    summary: z.strictObject({ nl: z.string(), en: z.string() }),
    aboutPersonIds: z.array(Id),
    /** Every current member the viewer may see, with what they see of this item. */
    visibility: z.array(MemberVisibilitySchema),
  }),
);
export type FamilyViewItemJson = z.infer<typeof FamilyViewItemSchema>;

export const FamilyViewSchema = named(
  'FamilyView',
  z.strictObject({
    /** The member whose view this is. */
    personId: Id,
    /** Exactly what this member sees of the legal route. */
    items: z.array(FamilyViewItemSchema),
    /** What this member does not see (for the professional, to show it again or to see why). */
    hiddenItems: z.array(FamilyViewItemSchema),
    abilities: z.strictObject({ setVisibility: z.boolean() }),
  }),
);
export type FamilyViewJson = z.infer<typeof FamilyViewSchema>;

/** One object of the legal route as the family view needs it. */
interface Subject {
  kind: FamilySubjectKind;
  id: string;
  permission: HouseholdPermission;
  aboutPersonIds: string[];
  complainantPersonId: string | null;
  summary: FamilySummaryInput;
  /** The item it stands for, if another (a decision's investigation or help): withheld with it. */
  alsoItemId?: string | null;
}

/**
 * What one household member sees of the legal route (issue 10.8), presented to the professional: each item
 * the viewer may see, with its family summary and every member's visibility. An item is left out entirely
 * when it, or a person it is about, is withheld from the viewer. The member's own shields decide `SHIELDED`
 * (through a viewer that reads as that member: `subjectViewer`).
 * @throws AppError not_found when the person is not a current member the viewer may see
 */
export function presentFamilyView(v: Viewer, data: FamilyViewData, personId: string): FamilyViewJson {
  const members = currentMembers(v, data);
  if (!members.some((m) => m.personId === personId)) {
    throw new AppError('not_found');
  }
  const memberViewers = new Map(members.map((m) => [m.personId, subjectViewer(v, m.personId)]));
  const items: FamilyViewItemJson[] = [];
  const hiddenItems: FamilyViewItemJson[] = [];
  for (const s of subjects(v, data)) {
    const visibility = members.map((member) => {
      const basis = defaultFamilyVisibility(s, member, members, data.today, s.complainantPersonId);
      const override =
        data.overrides.find(
          (o) => o.subjectKind === s.kind && o.subjectId === s.id && o.personId === member.personId,
        ) ?? null;
      const asMember = memberViewers.get(member.personId) as Viewer;
      const shielded =
        !asMember.sees(s.id) ||
        (s.alsoItemId ? !asMember.sees(s.alsoItemId) : false) ||
        s.aboutPersonIds.some((id) => !asMember.sees(id));
      const holds = familyVisibility({ defaultVisible: basis.visible, override, shielded });
      return {
        personId: member.personId,
        visible: holds.visible,
        source: holds.source,
        defaultVisible: basis.visible,
        basis: basis.basis,
        reason: override?.reason ?? null,
        version: override?.version ?? null,
      };
    });
    v.persons([...s.aboutPersonIds, s.complainantPersonId, ...members.map((m) => m.personId)]);
    const item = {
      kind: s.kind,
      id: s.id,
      summary: familySummary(s.summary),
      aboutPersonIds: s.aboutPersonIds,
      visibility,
    };
    (visibility.find((m) => m.personId === personId)?.visible ? items : hiddenItems).push(item);
  }
  v.touch();
  return { personId, items, hiddenItems, abilities: { setVisibility: v.can('family_view.manage') } };
}

/** The current members the viewer may see, with their parental authority today. */
function currentMembers(v: Viewer, data: FamilyViewData): FamilyMember[] {
  const current = (from: string | null, to: string | null) =>
    (from === null || from <= data.today) && (to === null || to >= data.today);
  const seen = new Set<string>();
  const members: FamilyMember[] = [];
  for (const m of data.members) {
    if (!current(m.validFrom, m.validTo) || !v.sees(m.personId) || seen.has(m.personId)) {
      continue;
    }
    seen.add(m.personId);
    members.push({
      personId: m.personId,
      birthDate: m.birthDate,
      holdsParentalAuthority: data.relations.some(
        (r) => r.fromPersonId === m.personId && r.hasParentalAuthority && current(r.validFrom, r.validTo),
      ),
    });
  }
  return members;
}

/** One subject: what it is, who may read it, whom it is about, and what its summary is made from. */
function subject(
  summary: FamilySummaryInput,
  id: string,
  permission: HouseholdPermission,
  aboutPersonIds: readonly string[],
  complainantPersonId: string | null = null,
): Subject {
  return {
    kind: summary.kind,
    id,
    permission,
    aboutPersonIds: [...aboutPersonIds],
    complainantPersonId,
    summary,
  };
}

type Input<K extends FamilySubjectKind> = Extract<FamilySummaryInput, { kind: K }>;

/** Every object of the legal route the viewer may see, oldest petition first. */
function subjects(v: Viewer, data: FamilyViewData): Subject[] {
  const firstName = new Map(data.members.map((m) => [m.personId, m.givenName]));
  const nameOf = (id: string) => firstName.get(id) ?? '';
  const all: Subject[] = [];
  for (const { petition: p, persons, reviews, rulings } of [...data.petitions].reverse()) {
    const about = persons.filter((x) => x.target).map((x) => x.personId);
    const names = about.map(nameOf);
    const byMayor = p.addressee === 'BURGEMEESTER';
    const { measureTypeId, state, filedOn, familySummary } = p;
    all.push(
      subject(
        { kind: 'PETITION', state, measureTypeId, byMayor, names, filedOn, familySummary },
        p.id,
        'petition.read',
        about,
      ),
    );
    for (const r of reviews) {
      if (r.submittedAt && r.outcome) {
        const outcome = r.outcome as ReviewOutcome;
        all.push(
          subject(
            { kind: 'REVIEW_OUTCOME', outcome, submittedOn: todayInNetherlands(r.submittedAt) },
            r.id,
            'petition.read',
            about,
          ),
        );
      }
    }
    for (const r of rulings) {
      const endsOn = data.measures.find((m) => m.id === r.measureId)?.endsOn ?? null;
      const outcome = r.outcome as Input<'RULING'>['outcome'];
      all.push(
        subject(
          { kind: 'RULING', outcome, decidedOn: r.decidedOn, measureTypeId, byMayor, names, endsOn },
          r.id,
          'petition.read',
          about,
        ),
      );
    }
  }
  for (const m of data.measures) {
    const last = data.evaluations.filter((e) => e.measureId === m.id).at(-1);
    const { measureTypeId, startsOn, endsOn, endedOn } = m;
    const lastEvaluation = last ? { on: last.evaluatedOn, goalsReached: last.goalsReached } : null;
    const names = m.personIds.map(nameOf);
    all.push(
      subject(
        { kind: 'RUNNING_MEASURE', measureTypeId, names, startsOn, endsOn, endedOn, lastEvaluation },
        m.id,
        'casework.read',
        m.personIds,
      ),
    );
  }
  all.push(...placementSubjects(data, nameOf));
  for (const o of data.supportOffers) {
    const supportKind = o.kind as Input<'SUPPORT_OFFER'>['supportKind'];
    const response = o.response as Input<'SUPPORT_OFFER'>['response'];
    const name = nameOf(o.personId);
    all.push(
      subject(
        { kind: 'SUPPORT_OFFER', name, supportKind, offeredOn: o.offeredOn, response },
        o.id,
        'casework.read',
        [o.personId],
      ),
    );
  }
  for (const c of data.complaints) {
    const outcome = c.outcome as Input<'COMPLAINT'>['outcome'];
    const dueOn = c.extendedDueOn ?? c.decideDueOn;
    const name = nameOf(c.personId);
    all.push(
      subject(
        { kind: 'COMPLAINT', name, receivedOn: c.receivedOn, dueOn, outcome },
        c.id,
        'complaint.read',
        [],
        c.personId,
      ),
    );
  }
  for (const n of data.rightsNotices) {
    const issuedOn = todayInNetherlands(n.issuedAt);
    all.push(subject({ kind: 'RIGHTS_NOTICE', frame: n.frame, issuedOn }, n.id, 'casework.read', []));
  }
  // The weighty decisions (point 1): about the household as a whole, or about the persons the help they
  // request is for; a decision about an item withheld from someone is withheld from them with it.
  for (const d of [...data.decisions].reverse()) {
    if (d.subjectId !== null && !v.sees(d.subjectId)) {
      continue;
    }
    const help =
      d.subjectType === 'intervention' ? data.interventions.find((i) => i.id === d.subjectId) : undefined;
    all.push({
      ...subject(
        {
          kind: 'DECISION',
          decisionType: d.type as DecisionType,
          status: d.status as DecisionStatus,
          decidedOn: todayInNetherlands(d.decidedAt),
          familyViewRecorded: d.familyView !== null,
        },
        d.id,
        'casework.read',
        help?.targetPersonIds ?? [],
      ),
      alsoItemId: d.subjectId,
    });
  }
  return all.filter(
    (s) =>
      v.shows(s.permission, s.id) &&
      s.aboutPersonIds.every((id) => v.sees(id)) &&
      (s.complainantPersonId === null || v.sees(s.complainantPersonId)),
  );
}

/**
 * One item per child placed under a measure, named by the first placement (so that its visibility stays
 * when the child moves); the summary tells the current or last place by its kind, never the place itself.
 */
function placementSubjects(data: FamilyViewData, nameOf: (id: string) => string): Subject[] {
  const groups = new Map<string, PlacementRow[]>();
  for (const p of data.placements) {
    const key = `${p.measureId}/${p.childId}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((places) => {
    const first = places[0] as PlacementRow;
    const last = places.at(-1) as PlacementRow;
    const plan = data.returnHomePlans.find(
      (r) => r.childId === first.childId && r.measureId === first.measureId,
    );
    const summary: Input<'PLACEMENT'> = {
      kind: 'PLACEMENT',
      name: nameOf(first.childId),
      placementKind: last.kind as Input<'PLACEMENT'>['placementKind'],
      since: last.startsOn,
      endedOn: last.endsOn,
      returnedHome: last.returnedHome,
      moves: placementMoves(places).moves,
      returnHomeReviewOn: plan?.reviewOn ?? null,
    };
    return subject(summary, first.id, 'casework.read', [first.childId]);
  });
}
