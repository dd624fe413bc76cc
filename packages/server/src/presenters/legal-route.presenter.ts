import { PETITION_STATES, SUPPORT_KINDS, SUPPORT_RESPONSES } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { DeadlineRow } from '../db/repositories/deadline.repository';
import type { MeasureRow } from '../db/repositories/measure.repository';
import type { PetitionRow } from '../db/repositories/petition.repository';
import type { ReviewPoolRow, ReviewRow } from '../db/repositories/review.repository';
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

export const LegalRouteSchema = named(
  'LegalRoute',
  z.strictObject({
    petitions: z.array(PetitionSummarySchema),
    measures: z.array(MeasureSchema),
    supportOffers: z.array(SupportOfferSchema),
    abilities: z.strictObject({ startPetition: z.boolean(), offerSupport: z.boolean() }),
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
    pathwayState: string | null;
    today: string;
  },
): LegalRouteJson {
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
        version: m.version,
      };
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
    },
  };
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
