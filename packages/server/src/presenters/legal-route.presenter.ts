import {
  contactAdherence,
  FRAMES,
  PETITION_STATES,
  PLACEMENT_KINDS,
  placementMoves,
  SUPPORT_KINDS,
  SUPPORT_RESPONSES,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import type { DeadlineRow } from '../db/repositories/deadline.repository';
import type { InterventionRow } from '../db/repositories/intervention.repository';
import type { MeasureEvaluationRow, MeasureRow, OrderedHelpRow } from '../db/repositories/measure.repository';
import type { PetitionRow } from '../db/repositories/petition.repository';
import type {
  ContactAgreementRow,
  ContactMomentRow,
  PlacementRow,
  ReturnHomePlanRow,
} from '../db/repositories/placement.repository';
import type { ReviewPoolRow, ReviewRow } from '../db/repositories/review.repository';
import type { RightsNoticeRow } from '../db/repositories/rights.repository';
import type { SupportOfferRow } from '../db/repositories/support-offer.repository';
import { DeadlineSchema, presentDeadline } from './deadline.presenter';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, presentEach, type Viewer } from './viewer';

/**
 * The household's legal route at a glance (KT6–KT9): its petitions, the measures the authority granted with
 * their deadlines, and the support offered per person.
 */
export const PetitionSummarySchema = named(
  'PetitionSummary',
  z.strictObject({
    id: Id,
    state: z.enum(PETITION_STATES),
    measureTypeId: Code,
    addressee: Code,
    createdAt: Timestamp,
    /** Not filed (DO_NOT_FILE): why, and the help that was needed and not available. */
    notFiled: z.strictObject({ reason: z.string(), unmetNeed: z.string().nullable() }).nullable(),
  }),
);

export const MeasureSchema = named(
  'Measure',
  z.strictObject({
    id: Id,
    measureTypeId: Code,
    petitionId: Id,
    executor: z.string().nullable(),
    judge: z.string(),
    startsOn: Day,
    endsOn: Day.nullable(),
    endingGoals: z.string().nullable(),
    status: z.enum(['RUNNING', 'ENDED']),
    personIds: z.array(Id),
    deadlines: z.array(DeadlineSchema),
    /**
     * the help the ruling ordered, each with the help actually delivered for it (a help record in the
     * coerced frame that refers to this measure, of the same kind); `helpGap` counts what has not started.
     */
    orderedHelp: z.array(
      z.strictObject({
        category: Code,
        description: z.string(),
        delivered: z.array(z.strictObject({ interventionId: Id, status: Code, startedOn: Day.nullable() })),
      }),
    ),
    helpGap: z.number().int(),
    /** Evaluations against the goals for ending the measure (KT8-R1). */
    evaluations: z.array(
      z.strictObject({ evaluatedOn: Day, summary: z.string(), goalsReached: z.boolean() }),
    ),
    endedOn: Day.nullable(),
    endReason: z.string().nullable(),
    version: z.number().int(),
  }),
);

export const SupportOfferSchema = named(
  'SupportOffer',
  z.strictObject({
    id: Id,
    personId: Id,
    kind: z.enum(SUPPORT_KINDS),
    offeredOn: Day,
    response: z.enum(SUPPORT_RESPONSES),
    provider: z.string().nullable(),
    version: z.number().int(),
  }),
);

/** A child placed out of home under a measure (implication 12): places, moves, return home, contact. */
export const PlacedChildSchema = named(
  'PlacedChild',
  z.strictObject({
    childId: Id,
    measureId: Id,
    places: z.array(
      z.strictObject({
        id: Id,
        kind: z.enum(PLACEMENT_KINDS),
        place: z.string(),
        withSiblings: z.boolean().nullable(),
        startsOn: Day,
        endsOn: Day.nullable(),
        endReason: z.string().nullable(),
        returnedHome: z.boolean().nullable(),
        version: z.number().int(),
      }),
    ),
    /** Moves after the first place; from the second move `alert` is raised. */
    moves: z.number().int(),
    alert: z.boolean(),
    returnHomePlan: z
      .strictObject({
        id: Id,
        goal: z.string(),
        conditions: z.string(),
        reviewOn: Day,
        version: z.number().int(),
      })
      .nullable(),
    contact: z.array(
      z.strictObject({
        id: Id,
        withPersonId: Id.nullable(),
        withName: z.string().nullable(),
        timesPerMonth: z.number().int(),
        supervised: z.boolean(),
        startsOn: Day,
        /** Agreed so far (times per month × months begun), happened, missed, and the shortfall. */
        agreed: z.number().int(),
        happened: z.number().int(),
        missed: z.number().int(),
        shortfall: z.number().int(),
        moments: z.array(z.strictObject({ on: Day, happened: z.boolean(), reason: z.string().nullable() })),
        version: z.number().int(),
      }),
    ),
  }),
);

export const LegalRouteSchema = named(
  'LegalRoute',
  z.strictObject({
    petitions: z.array(PetitionSummarySchema),
    measures: z.array(MeasureSchema),
    placedChildren: z.array(PlacedChildSchema),
    /**
     * INV-04 / LS-12: the frame the family is in now and every rights notice it was given (the words are the
     * domain's RIGHTS_NOTICES, by frame).
     */
    frame: z.enum(FRAMES).nullable(),
    rightsNotices: z.array(
      z.strictObject({ id: Id, frame: z.enum(FRAMES), trigger: Code, issuedAt: Timestamp }),
    ),
    supportOffers: z.array(SupportOfferSchema),
    abilities: z.strictObject({
      startPetition: z.boolean(),
      offerSupport: z.boolean(),
      executeMeasure: z.boolean(),
    }),
  }),
);
export type LegalRouteJson = z.infer<typeof LegalRouteSchema>;

export function presentLegalRoute(
  v: Viewer,
  data: {
    petitions: readonly PetitionRow[];
    measures: readonly MeasureRow[];
    deadlines: readonly DeadlineRow[];
    supportOffers: readonly SupportOfferRow[];
    orderedHelp: readonly OrderedHelpRow[];
    evaluations: readonly MeasureEvaluationRow[];
    interventions: readonly InterventionRow[];
    placements: readonly PlacementRow[];
    returnHomePlans: readonly ReturnHomePlanRow[];
    contactAgreements: readonly ContactAgreementRow[];
    contactMoments: readonly ContactMomentRow[];
    rightsNotices: readonly RightsNoticeRow[];
    pathwayState: string | null;
    today: string;
  },
): LegalRouteJson {
  const children = [...new Set(data.placements.map((p) => p.childId))].filter(
    (id) => v.shows('casework.read', id) && v.sees(id),
  );
  const openPetition = data.petitions.some((p) =>
    ['DRAFT', 'IN_REVIEW', 'REVIEWED', 'FILED'].includes(p.state),
  );
  return {
    petitions: presentEach(data.petitions, (p) => {
      if (!v.shows('petition.read', p.id)) {
        return null;
      }
      v.touch();
      return {
        id: p.id,
        state: p.state,
        measureTypeId: p.measureTypeId,
        addressee: p.addressee,
        createdAt: iso(p.createdAt),
        notFiled: p.notFiledReason ? { reason: p.notFiledReason, unmetNeed: p.unmetNeed } : null,
      };
    }),
    measures: presentEach(data.measures, (m) => {
      if (!v.shows('casework.read', m.id)) {
        return null;
      }
      return {
        id: m.id,
        measureTypeId: m.measureTypeId,
        petitionId: m.petitionId,
        executor: m.executorName,
        judge: m.judge,
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        endingGoals: m.endingGoals,
        status: m.status,
        personIds: v.persons(m.personIds),
        deadlines: presentEach(
          data.deadlines.filter((d) => d.subjectId === m.id),
          (d) => presentDeadline(v, d, data.today),
        ),
        ...orderedAgainstDelivered(v, m.id, data.orderedHelp, data.interventions),
        evaluations: data.evaluations
          .filter((e) => e.measureId === m.id)
          .map((e) => ({ evaluatedOn: e.evaluatedOn, summary: e.summary, goalsReached: e.goalsReached })),
        endedOn: m.endedOn,
        endReason: m.endReason,
        version: m.version,
      };
    }),
    placedChildren: children.map((childId) => {
      v.persons([childId]);
      const places = data.placements.filter((p) => p.childId === childId);
      const measureId = (places.at(-1) as PlacementRow).measureId;
      const plan = data.returnHomePlans.find((r) => r.childId === childId && r.measureId === measureId);
      const { moves, alert } = placementMoves(places);
      return {
        childId,
        measureId,
        places: places.map((p) => ({
          id: p.id,
          kind: p.kind as (typeof PLACEMENT_KINDS)[number],
          place: p.place,
          withSiblings: p.withSiblings,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          endReason: p.endReason,
          returnedHome: p.returnedHome,
          version: p.version,
        })),
        moves,
        alert,
        returnHomePlan: plan
          ? {
              id: plan.id,
              goal: plan.goal,
              conditions: plan.conditions,
              reviewOn: plan.reviewOn,
              version: plan.version,
            }
          : null,
        contact: data.contactAgreements
          .filter((a) => a.childId === childId && (a.withPersonId === null || v.sees(a.withPersonId)))
          .map((a) => {
            const moments = data.contactMoments.filter((m) => m.agreementId === a.id);
            v.persons([a.withPersonId]);
            return {
              id: a.id,
              withPersonId: a.withPersonId,
              withName: a.withName,
              timesPerMonth: a.timesPerMonth,
              supervised: a.supervised,
              startsOn: a.startsOn,
              ...contactAdherence(
                a,
                moments.map((m) => ({ on: m.onDate, happened: m.happened })),
                data.today,
              ),
              moments: moments.map((m) => ({ on: m.onDate, happened: m.happened, reason: m.reason })),
              version: a.version,
            };
          }),
      };
    }),
    frame: data.rightsNotices.at(-1)?.frame ?? null,
    rightsNotices: data.rightsNotices.map((n) => {
      v.touch();
      return { id: n.id, frame: n.frame, trigger: n.trigger, issuedAt: iso(n.issuedAt) };
    }),
    supportOffers: presentEach(data.supportOffers, (o) => {
      if (!v.shows('casework.read', o.id) || !v.sees(o.personId)) {
        return null;
      }
      v.persons([o.personId]);
      return {
        id: o.id,
        personId: o.personId,
        kind: o.kind as (typeof SUPPORT_KINDS)[number],
        offeredOn: o.offeredOn,
        response: o.response as (typeof SUPPORT_RESPONSES)[number],
        provider: o.provider,
        version: o.version,
      };
    }),
    abilities: {
      startPetition: v.can('petition.file') && data.pathwayState === 'PETITION_PREPARATION' && !openPetition,
      offerSupport: v.can('casework.write') && data.pathwayState !== null,
      executeMeasure: v.can('measure.execute') && data.measures.some((m) => m.status === 'RUNNING'),
    },
  };
}

/** What a ruling ordered for a measure, set against the help delivered under it. */
function orderedAgainstDelivered(
  v: Viewer,
  measureId: string,
  ordered: readonly OrderedHelpRow[],
  interventions: readonly InterventionRow[],
) {
  const orderedHelp = ordered
    .filter((o) => o.measureId === measureId)
    .map((o) => ({
      category: o.category,
      description: o.description,
      delivered: interventions
        .filter(
          (i) =>
            i.frame === 'COERCED' &&
            i.measureReference === measureId &&
            i.category === o.category &&
            v.shows('casework.read', i.id),
        )
        .map((i) => ({ interventionId: i.id, status: i.status, startedOn: i.startedOn })),
    }));
  const helpGap = orderedHelp.filter(
    (o) => !o.delivered.some((d) => d.status === 'STARTED' || d.status === 'ENDED'),
  ).length;
  return { orderedHelp, helpGap };
}

export const ReviewerCandidateSchema = named(
  'ReviewerCandidate',
  z.strictObject({
    accountId: Id,
    name: z.string(),
    role: z.enum(['COUNTER_REVIEWER', 'JURIST', 'BEHAVIOURAL_SCIENTIST']),
    organisation: z.string(),
    region: z.string(),
    /** Why this person may not take this role for this petition, by safeguard id (empty: eligible). */
    refusals: z.array(z.strictObject({ safeguard: z.string(), code: Code })),
  }),
);
export type ReviewerCandidateJson = z.infer<typeof ReviewerCandidateSchema>;

export function presentReviewerCandidate(
  row: ReviewPoolRow,
  refusals: readonly { safeguard: string; code: string }[],
): ReviewerCandidateJson {
  return {
    accountId: row.accountId,
    name: row.name,
    role: row.role as ReviewerCandidateJson['role'],
    organisation: row.organisationName,
    region: row.regionName,
    refusals: refusals.map((r) => ({ safeguard: r.safeguard, code: r.code })),
  };
}

export const ReviewAssignmentSchema = named(
  'ReviewAssignment',
  z.strictObject({
    reviewId: Id,
    petitionId: Id,
    householdId: Id,
    measureTypeId: Code,
    addressee: Code,
    /** The part the viewer plays in this review. */
    role: z.enum(['REVIEWER', 'JURIST', 'BEHAVIOURAL_SCIENTIST']),
    assignedAt: Timestamp,
    until: Timestamp,
  }),
);
export type ReviewAssignmentJson = z.infer<typeof ReviewAssignmentSchema>;

export function presentReviewAssignment(
  actorId: string,
  r: ReviewRow & { measureTypeId: string; addressee: string },
): ReviewAssignmentJson {
  return {
    reviewId: r.id,
    petitionId: r.petitionId,
    householdId: r.householdId,
    measureTypeId: r.measureTypeId,
    addressee: r.addressee,
    role: r.reviewerId === actorId ? 'REVIEWER' : r.juristId === actorId ? 'JURIST' : 'BEHAVIOURAL_SCIENTIST',
    assignedAt: iso(r.assignedAt),
    until: iso(r.until),
  };
}

/** The receipt of a submitted counter-review (the reviewer's access ends with it). */
export const ReviewSubmittedSchema = named(
  'ReviewSubmitted',
  z.strictObject({
    id: Id,
    outcome: z.enum(['PROCEED', 'DO_NOT_FILE', 'CORRECT_FIRST']),
    submittedAt: Timestamp,
  }),
);
