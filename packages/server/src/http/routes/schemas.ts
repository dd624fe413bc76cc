import { DECISION_STATUSES, PATHWAY_STATES } from '@gezinsdossier/domain';
import { z } from 'zod';
import { Day, Id, named, Timestamp } from '../../presenters/schemas';

/** Response schemas of the commands (what a write answers with): ids, versions, and the step reached. */

export const CreatedSchema = named('Created', z.strictObject({ id: Id }));
export const CreatedVersionedSchema = named(
  'CreatedVersioned',
  z.strictObject({ id: Id, version: z.number().int() }),
);
export const VersionedSchema = named(
  'Versioned',
  z.strictObject({ id: Id, version: z.number().int(), status: z.string().optional() }),
);
export const HouseholdCreatedSchema = named(
  'HouseholdCreated',
  z.strictObject({ householdId: Id, caseId: Id, personIds: z.array(Id) }),
);
export const PersonCreatedSchema = named('PersonCreated', z.strictObject({ personId: Id, membershipId: Id }));
export const AddressesRecordedSchema = named('AddressesRecorded', z.strictObject({ ids: z.array(Id) }));
export const IntakeRecordedSchema = named(
  'IntakeRecorded',
  z.strictObject({
    reportId: Id,
    householdId: Id,
    caseId: Id,
    triageDue: Day,
    /** The day by which the Lokaal Team must be linked, when the report started that deadline. */
    localTeamDue: Day.nullable(),
  }),
);
const State = z.enum(PATHWAY_STATES);
export const PathwayPositionSchema = named('PathwayPosition', z.strictObject({ pathwayState: State }));
/**
 * A weighty decision as a decision form's answer shows it: taken (TAKEN), or held for a gate
 * (AWAITING_REVIEW, AWAITING_APPROVAL) — then nothing else changed yet. Null when the step was no weighty
 * decision (or a help decision nobody gates or recorded).
 */
const DecisionOutcomeSchema = named(
  'DecisionOutcome',
  z.strictObject({ id: Id, status: z.enum(DECISION_STATUSES), version: z.number().int() }),
);
export const DecisionStepSchema = named(
  'DecisionStep',
  z.strictObject({ pathwayState: State, decision: DecisionOutcomeSchema.nullable() }),
);
export const HelpRequestedSchema = named(
  'HelpRequested',
  z.strictObject({
    /** The help's id (reserved while the decision waits for a gate; version 0 until then). */
    id: Id,
    version: z.number().int(),
    decision: DecisionOutcomeSchema.nullable(),
  }),
);
export const TriagedSchema = named(
  'Triaged',
  z.strictObject({ reportId: Id, pathwayState: State, investigationId: Id.nullable() }),
);
export const DecidedSchema = named(
  'Decided',
  z.strictObject({
    proposal: z.strictObject({ rule: z.string(), options: z.array(z.string()) }),
    deviates: z.boolean(),
    pathwayState: State,
    extendedInvestigationId: Id.nullable().optional(),
    decision: DecisionOutcomeSchema.nullable(),
  }),
);
export const FactCreatedSchema = named(
  'FactCreated',
  z.strictObject({ id: Id, investigationId: Id.nullable(), version: z.number().int() }),
);
export const FactResponseCreatedSchema = named('FactResponseCreated', z.strictObject({ id: Id, factId: Id }));
export const SafetyPlanSavedSchema = named(
  'SafetyPlanSaved',
  z.strictObject({ id: Id, versionNo: z.number().int() }),
);
export const UrgentSafetyStartedSchema = named(
  'UrgentSafetyStarted',
  z.strictObject({ id: Id, stateAtStart: State }),
);
export const UrgentSafetyEndedSchema = named(
  'UrgentSafetyEnded',
  z.strictObject({ id: Id, pathwayState: State }),
);
export const FeedbackSentSchema = named(
  'ReporterFeedbackSent',
  z.strictObject({ id: Id, kind: z.string(), sentAt: Timestamp }),
);
export const BreakGlassGrantedSchema = named(
  'BreakGlassGranted',
  z.strictObject({ grantId: Id, householdId: Id, expiresAt: Timestamp }),
);
export const BreakGlassReviewedSchema = named(
  'BreakGlassReviewed',
  z.strictObject({ id: Id, reviewVerdict: z.enum(['JUSTIFIED', 'UNJUSTIFIED']), reviewedAt: Timestamp }),
);
