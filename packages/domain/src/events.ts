import { z } from 'zod';
import { SHIELD_REASONS, SHIELDABLE_GROUNDS, SHIELDABLE_ITEM_TYPES } from './access';
import { TEAM_ROLES } from './case-team';
import { DEADLINE_KIND_IDS } from './deadline-kinds';
import { FAMILY_VIEW_SUBJECT_KINDS } from './family-view';
import { PATHWAY_STATES } from './pathway';

/**
 * The change history as typed events: a closed union of event types, each with a payload of ids and codes
 * only — never names, BSNs, addresses or free text. Every event is written in the transaction of the change
 * it records, with an envelope (server side) that carries the case, the region at the time, the
 * organisation the actor acted for, and the persons concerned. The learning indicators (MON-xx) are computed
 * from these events, so a payload says exactly what changed, in codes.
 *
 * Past tense, dotted. Adding a type is adding a line here; a payload never grows free text.
 */
const Id = z.uuid();
const Code = z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Field names that changed (never their values: the values may be personal data). */
const Fields = z.array(z.string().regex(/^[a-zA-Z]{1,40}$/)).max(20);
const none = z.object({}).strict();

const payloads = {
  'household.created': z.object({ municipalityCode: Code }).strict(),
  'household.updated': z.object({ fields: Fields, municipalityCode: Code.optional() }).strict(),
  'person.created': none,
  'person.updated': z.object({ fields: Fields }).strict(),
  'address.recorded': z
    .object({ personId: Id, validFrom: IsoDay, previousAddressId: Id.nullable() })
    .strict(),
  'address.ended': z.object({ personId: Id, validTo: IsoDay }).strict(),
  'membership.created': z.object({ personId: Id, role: Code }).strict(),
  'membership.updated': z.object({ personId: Id, role: Code, fields: Fields }).strict(),
  'relation.created': z.object({ kind: Code, hasParentalAuthority: z.boolean() }).strict(),
  'relation.updated': z.object({ kind: Code, hasParentalAuthority: z.boolean(), fields: Fields }).strict(),
  'relation.deleted': z.object({ kind: Code }).strict(),
  'network_member.created': z.object({ relation: Code }).strict(),
  'network_member.updated': z.object({ fields: Fields }).strict(),
  // localTeamLinked false: opened under VAL-01's exception (a report before the Lokaal Team was linked).
  'case.opened': z.object({ ruleSetVersion: Code, localTeamLinked: z.boolean().optional() }).strict(),
  'case.local_team_linked': z.object({ professionalId: Id, memberId: Id }).strict(),
  'case.reopened': z.object({ previousCaseId: Id, ruleSetVersion: Code }).strict(),
  'team_member.added': z.object({ professionalId: Id, role: z.enum(TEAM_ROLES) }).strict(),
  'team_member.ended': z.object({ professionalId: Id, role: z.enum(TEAM_ROLES) }).strict(),
  'fixed_professional.changed': z
    .object({ fromProfessionalId: Id.nullable(), toProfessionalId: Id, reasonCode: Code.optional() })
    .strict(),
  'timeline_entry.created': z.object({ kind: Code }).strict(),
  'break_glass.granted': z.object({ reasonCode: Code, hours: z.number().int().min(1).max(24) }).strict(),
  'break_glass.reviewed': z.object({ verdict: Code }).strict(),
  'report.received': z
    .object({ kind: Code, channel: Code, reporterKind: Code, anonymous: z.boolean() })
    .strict(),
  'report.triaged': z.object({ urgency: Code, nextStep: Code, concernCount: z.number().int() }).strict(),
  'reporter_feedback.sent': z.object({ reportId: Id, kind: Code }).strict(),
  'concern.created': z.object({ type: Code, reportId: Id.nullable() }).strict(),
  'concern.updated': z.object({ status: Code, previousStatus: Code }).strict(),
  'fact.created': z
    .object({
      sourceKind: Code,
      obtainedWithConsent: z.boolean(),
      hasLegalBasis: z.boolean(),
      verification: Code,
      investigationId: Id.nullable(),
    })
    .strict(),
  'fact.responded': z.object({ responseId: Id, personId: Id }).strict(),
  'fact.verified': z.object({ verification: Code, previousVerification: Code }).strict(),
  'pathway.transitioned': z
    .object({ from: z.enum(PATHWAY_STATES), to: z.enum(PATHWAY_STATES), trigger: Code, transitionId: Id })
    .strict(),
  'investigation.started': z.object({ kind: Code }).strict(),
  'investigation.decided': z
    .object({ kind: Code, rule: Code, outcome: Code, deviates: z.boolean(), interim: z.boolean() })
    .strict(),
  'investigation.cancelled': z.object({ kind: Code, reason: Code }).strict(),
  'network_conference.held': z.object({ investigationId: Id }).strict(),
  'expert_consult.requested': z.object({ investigationId: Id, requestedBy: Code }).strict(),
  'expert_consult.advised': z.object({ investigationId: Id }).strict(),
  'safety_assessment.recorded': z
    .object({ instrumentId: Code, instrumentVersion: Code, professionalScore: z.number().int() })
    .strict(),
  'safety_plan.versioned': z
    .object({ versionNo: z.number().int(), agreements: z.number().int(), familyAgreementStatus: Code })
    .strict(),
  'safety_plan.breach_recorded': none,
  'safety_plan.evaluated': z.object({ conditionsMet: Code }).strict(),
  'goal.created': z.object({ lifeDomain: Code }).strict(),
  'goal.updated': z.object({ status: Code, previousStatus: Code }).strict(),
  'score.recorded': z
    .object({ lifeDomain: Code, score: z.number().int().min(1).max(5), scoredBy: Code })
    .strict(),
  'plan_action.created': z.object({ goalId: Id, ownerKind: Code }).strict(),
  'plan.evaluated': none,
  'intervention.requested': z
    .object({ frame: Code, goalId: Id.nullable(), consent: Code.optional() })
    .strict(),
  'intervention.progressed': z.object({ status: Code, previousStatus: Code }).strict(),
  'urgent_safety.started': z.object({ stateAtStart: z.enum(PATHWAY_STATES) }).strict(),
  'urgent_safety.ended': z
    .object({ returnedTo: z.enum(PATHWAY_STATES), measureCount: z.number().int() })
    .strict(),
  'safety_monitoring.started': z.object({ investigationId: Id.nullable() }).strict(),
  'safety_monitoring.ended': none,
  'deadline.started': z
    .object({
      kind: z.enum(DEADLINE_KIND_IDS),
      dueOn: IsoDay,
      rulePackVersion: Code,
      responsibleRole: Code,
      subjectId: Id.nullable(),
    })
    .strict(),
  'deadline.met': z
    .object({ kind: z.enum(DEADLINE_KIND_IDS), dueOn: IsoDay, metOn: IsoDay, late: z.boolean() })
    .strict(),
  'deadline.cancelled': z.object({ kind: z.enum(DEADLINE_KIND_IDS), reason: Code }).strict(),
  'shielding.added': z
    .object({
      itemType: z.enum(SHIELDABLE_ITEM_TYPES),
      targetKind: z.enum(['PERSON', 'ACCOUNT', 'GROUND']),
      ground: z.enum(SHIELDABLE_GROUNDS).nullable(),
      reasonCode: z.enum(SHIELD_REASONS),
    })
    .strict(),
  'shielding.ended': z.object({ itemType: z.enum(SHIELDABLE_ITEM_TYPES) }).strict(),
  // The legal route (KT6–KT8). The petition's own record id is the entity; counts, never the text.
  'petition.started': z.object({ measureTypeId: Code, addressee: Code, catalogueVersion: Code }).strict(),
  'petition.updated': z.object({ fields: Fields }).strict(),
  'petition.ground_saved': z.object({ groundId: Id, factCount: z.number().int() }).strict(),
  'petition.ground_removed': z.object({ groundId: Id }).strict(),
  'petition.hearing_attempt_recorded': z.object({ factId: Id, personId: Id }).strict(),
  'petition.alternative_saved': z
    .object({ alternativeId: Id, step: Code, interventionCount: z.number().int() })
    .strict(),
  'petition.alternative_removed': z.object({ alternativeId: Id }).strict(),
  'petition.child_voice_saved': z.object({ childId: Id, how: Code }).strict(),
  'petition.consultation_recorded': z.object({ party: Code }).strict(),
  'petition.review_requested': z
    .object({ reviewId: Id, reviewerId: Id, reviewerOrganisationId: Id, policy: Code })
    .strict(),
  'petition.reviewed': z
    .object({ reviewId: Id, outcome: Code, findingCount: z.number().int(), unmetNeed: z.boolean() })
    .strict(),
  'petition.reopened': z.object({ reviewId: Id }).strict(),
  'petition.not_filed': z.object({ reviewId: Id, unmetNeed: z.boolean() }).strict(),
  'petition.filed': z.object({ filedOn: IsoDay, gatePassed: z.literal(true), reviewId: Id }).strict(),
  'ruling.recorded': z.object({ petitionId: Id, outcome: Code, measureTypeId: Code }).strict(),
  'measure.started': z
    .object({ measureTypeId: Code, startsOn: IsoDay, endsOn: IsoDay.nullable(), rulingId: Id })
    .strict(),
  'placement.started': z
    .object({
      measureId: Id,
      childId: Id,
      kind: Code,
      moveNumber: z.number().int(),
      withSiblings: z.boolean().nullable(),
    })
    .strict(),
  'placement.ended': z.object({ childId: Id, returnedHome: z.boolean(), moved: z.boolean() }).strict(),
  'return_home_plan.saved': z.object({ childId: Id, reviewOn: IsoDay }).strict(),
  'contact_agreement.recorded': z
    .object({ childId: Id, timesPerMonth: z.number().int(), supervised: z.boolean() })
    .strict(),
  'contact_moment.recorded': z.object({ agreementId: Id, happened: z.boolean() }).strict(),
  'petition.withdrawn': none,
  'measure.evaluated': z.object({ goalsReached: z.boolean() }).strict(),
  'measure.ended': z.object({ endedOn: IsoDay }).strict(),
  'rights_notice.issued': z.object({ frame: Code, trigger: Code }).strict(),
  'support.offered': z.object({ kind: Code, response: Code, petitionDrafting: z.boolean() }).strict(),
  'support.updated': z.object({ kind: Code, response: Code, previousResponse: Code }).strict(),
  // Complaints (KT9-R3, LS-15): the terms are dated, so compliance is counted from the events; the professional
  // complained about is named by id, so retaliation after a complaint can be looked for.
  'complaint.recorded': z
    .object({
      subject: Code,
      referenceId: Id.nullable(),
      aboutProfessionalId: Id.nullable(),
      representative: z.boolean(),
      youthCareMatter: z.boolean(),
      akjApplicable: z.boolean(),
      receivedOn: IsoDay,
      acknowledgeDueOn: IsoDay,
      decideDueOn: IsoDay,
      rulePackVersion: Code,
    })
    .strict(),
  'complaint.acknowledged': z
    .object({ acknowledgedOn: IsoDay, late: z.boolean(), akjOffered: z.boolean() })
    .strict(),
  'complaint.handler_assigned': z
    .object({ handlerId: Id, handlerOrganisationId: Id, previousHandlerId: Id.nullable() })
    .strict(),
  'complaint.term_extended': z.object({ decideDueOn: IsoDay, previousDueOn: IsoDay }).strict(),
  'complaint.decided': z
    .object({ outcome: Code, decidedOn: IsoDay, late: z.boolean(), akjOffered: z.boolean() })
    .strict(),
  'complaint.withdrawn': z.object({ withdrawnOn: IsoDay }).strict(),
  // Weighty decisions (issue 10 point 1): recorded, held for a gate, passed or returned, withdrawn.
  'decision.recorded': z
    .object({ decisionType: Code, status: Code, factCount: z.number().int().min(0), rule: Code.nullable() })
    .strict(),
  'decision.gate_answered': z.object({ gate: Code, outcome: Code, status: Code }).strict(),
  'decision.withdrawn': none,
  // Issue 10.8: what one household member will see of a legal-route object (the reason stays on the row).
  'family_visibility.set': z
    .object({
      subjectKind: z.enum(FAMILY_VIEW_SUBJECT_KINDS),
      subjectId: Id,
      personId: Id,
      visible: z.boolean(),
      defaultVisible: z.boolean(),
    })
    .strict(),
} as const;

type Payloads = typeof payloads;
export type DossierEventType = keyof Payloads;
export const DOSSIER_EVENT_TYPES = Object.keys(payloads) as DossierEventType[];

/** One event as a use case states it: its type, the record it is about, the persons concerned and its payload. */
export type DossierEventInput = {
  [T in DossierEventType]: {
    type: T;
    /** The record the event is about (its table is implied by the type's first segment). */
    entityId: string;
    personIds?: readonly string[];
    payload: z.input<Payloads[T]>;
  };
}[DossierEventType];

/**
 * Checks an event's payload against its type.
 * @throws Error (a programming error, never a user error) when a payload carries anything but ids and codes
 */
export function parseEventPayload<T extends DossierEventType>(
  type: T,
  payload: unknown,
): z.output<Payloads[T]> {
  const schema: z.ZodType = payloads[type];
  const parsed = schema.safeParse(payload) as z.ZodSafeParseResult<z.output<Payloads[T]>>;
  if (!parsed.success) {
    throw new Error(`event ${type}: payload does not match its type (${parsed.error.issues[0]?.message})`);
  }
  return parsed.data;
}

/** The record type an event is about: `deadline.met` → `deadline`. */
export function eventEntityType(type: DossierEventType): string {
  return type.slice(0, type.indexOf('.'));
}
