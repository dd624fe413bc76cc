import { z } from 'zod';
import { BirthDateSchema } from './date-schemas';
import { BsnSchema } from './person';
import { PastMomentSchema } from './date-schemas';
import { HouseholdCreateSchema } from './household';
import { LIMITS } from './limits';

/**
 * KT2 intake (spec §5 KT2): a question, an advice request or a report (melding) received by the Lokaal
 * Team, the RVT or the crisis service. The reporter is stored apart from what the household sees
 * (KT2-R3; AMB-30: the reporter's identity is protected by default, the content of the concerns is not).
 */
export const INTAKE_KINDS = ['QUESTION', 'ADVICE_REQUEST', 'REPORT'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/** The channel is the kind of organisation that received it (derived from the receiving professional). */
export const INTAKE_CHANNELS = ['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const REPORTER_KINDS = ['CITIZEN', 'PROFESSIONAL', 'POLICE', 'HOUSEHOLD_MEMBER'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** The five steps of the Meldcode huiselijk geweld en kindermishandeling; professionals note theirs. */
export const MELDCODE_STEPS = [
  'STEP_1_SIGNALS',
  'STEP_2_CONSULT',
  'STEP_3_CONVERSATION',
  'STEP_4_WEIGH',
  'STEP_5_DECIDE',
] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

export const URGENCIES = ['ROUTINE', 'PRIORITY', 'ACUTE'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CONCERN_TYPES = ['ACUTE_UNSAFETY', 'STRUCTURAL_UNSAFETY', 'DEVELOPMENTAL_THREAT'] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

/** "Bij wie die (zorgen) bestaan" (E-1). */
export const CONCERN_HOLDERS = ['CITIZEN', 'POLICE', 'PROFESSIONAL', 'HOUSEHOLD_MEMBER', 'NETWORK'] as const;
export type ConcernHolder = (typeof CONCERN_HOLDERS)[number];

export const CONCERN_STATUSES = ['OPEN', 'REDUCED', 'RESOLVED', 'NOT_SUBSTANTIATED'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

const Text = (max: number) => z.string().trim().min(1).max(max);

export const ReporterSchema = z
  .object({
    kind: z.enum(REPORTER_KINDS),
    anonymous: z.boolean().default(false),
    name: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
    organisation: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
    contact: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
    meldcodeStep: z.enum(MELDCODE_STEPS).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    // Only citizens may stay anonymous; professionals and the police are identified.
    if (r.anonymous && r.kind !== 'CITIZEN') {
      ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'reporter_must_be_identified' });
    }
    if (!r.anonymous && !r.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'reporter_name_required' });
    }
    if (r.kind === 'PROFESSIONAL' && !r.meldcodeStep) {
      ctx.addIssue({ code: 'custom', path: ['meldcodeStep'], message: 'meldcode_step_required' });
    }
    if ((r.kind === 'PROFESSIONAL' || r.kind === 'POLICE') && !r.organisation) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'reporter_organisation_required' });
    }
  });
export type Reporter = z.infer<typeof ReporterSchema>;

/** A new intake, about an existing household (found by searching first) or a new one. */
export const IntakeCreateSchema = z
  .object({
    kind: z.enum(INTAKE_KINDS),
    receivedAt: PastMomentSchema.optional(),
    reporter: ReporterSchema,
    summary: Text(LIMITS.noteBodyMax),
    householdId: z.uuid().optional(),
    newHousehold: HouseholdCreateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.householdId === undefined) === (v.newHousehold === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['householdId'], message: 'intake_household_required' });
    }
  });
export type IntakeCreate = z.infer<typeof IntakeCreateSchema>;

/**
 * Search before create: any of BSN, family name + birth date, or postcode + house number. Why someone searches before create (issue 8.6): to record a report, question or advice request they
 * received, or to open a new dossier. A search has no other use, and each is logged with its purpose.
 */
export const MATCH_PURPOSES = ['RECORD_INTAKE', 'OPEN_DOSSIER'] as const;
export type MatchPurpose = (typeof MATCH_PURPOSES)[number];

export const HouseholdMatchQuerySchema = z
  .object({
    purpose: z.enum(MATCH_PURPOSES),
    // A BSN that fails the 11-proef is refused before anything is searched.
    bsn: BsnSchema.optional(),
    familyName: z.string().trim().min(1).max(LIMITS.nameMax).optional(),
    birthDate: BirthDateSchema.optional(),
    postcode: z.string().trim().max(10).optional(),
    houseNumber: z.string().trim().max(12).optional(),
  })
  .refine(
    (q) =>
      Boolean(q.bsn) ||
      (Boolean(q.familyName) && Boolean(q.birthDate)) ||
      (Boolean(q.postcode) && Boolean(q.houseNumber)),
    { message: 'match_criteria_required', path: ['bsn'] },
  );
export type HouseholdMatchQuery = z.infer<typeof HouseholdMatchQuerySchema>;

export const ConcernHolderSchema = z.object({
  kind: z.enum(CONCERN_HOLDERS),
  name: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
});

export const ConcernCreateSchema = z.object({
  type: z.enum(CONCERN_TYPES),
  description: Text(LIMITS.reasonMax),
  aboutPersonIds: z.array(z.uuid()).min(1, { error: 'concern_about_required' }).max(50),
  heldBy: z.array(ConcernHolderSchema).min(1, { error: 'concern_holder_required' }).max(10),
});
export type ConcernCreate = z.infer<typeof ConcernCreateSchema>;

export const ConcernUpdateSchema = z.object({
  status: z.enum(CONCERN_STATUSES),
  version: z.number().int().positive(),
});
export type ConcernUpdate = z.infer<typeof ConcernUpdateSchema>;

/**
 * Triage (KT2): urgency, the concerns about whom held by whom, and the next step with a rationale. A report
 * the RVT received may go straight to an extended investigation (§5.10 flow 2; see `triageNextSteps`).
 */
export const TriageSchema = z.object({
  urgency: z.enum(URGENCIES),
  concerns: z.array(ConcernCreateSchema).max(20).default([]),
  nextStep: z.enum(['INFO_ADVICE', 'FIRST_INVESTIGATION', 'EXTENDED_INVESTIGATION', 'KEEP_CURRENT']),
  rationale: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
});
export type Triage = z.infer<typeof TriageSchema>;

/** A minimal, logged message to a professional reporter about what happened next (no case details). */
export const REPORTER_FEEDBACK_KINDS = [
  'RECEIVED',
  'INVESTIGATION_STARTED',
  'HELP_STARTED',
  'NO_FURTHER_ACTION',
] as const;
export type ReporterFeedbackKind = (typeof REPORTER_FEEDBACK_KINDS)[number];

export const ReporterFeedbackSchema = z.object({ kind: z.enum(REPORTER_FEEDBACK_KINDS) });
