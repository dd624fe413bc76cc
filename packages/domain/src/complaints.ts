import { z } from 'zod';
import type { TeamRole } from './case-team';
import { PastDateSchema } from './date-schemas';
import { LIMITS } from './limits';
import { DEADLINE_RULES } from './pathway-steps';

/**
 * Complaints (KT9-R3, LS-15, problem analysis ): a household member, or someone on their
 * behalf, complains about a decision, a petition, a professional's conduct, access to their data, or
 * something else. The complaint is received, acknowledged, handled by someone independent of the case team
 * and of the professional complained about (like LS-17 for a petition's reviewer), and decided within the
 * terms of the rule pack, with reasons and what will change. A minor, and anyone complaining about youth
 * care, is offered the independent support of the AKJ.
 *
 * A complaint is kept apart from the casework: it never appears on the timeline or as a fact, so it can
 * never count against the family, and it is withheld from the professional it is about.
 */

/** What a complaint is about. A decision and a petition name the record (`referenceId`). */
export const COMPLAINT_SUBJECTS = [
  'DECISION',
  'PETITION',
  'PROFESSIONAL_CONDUCT',
  'ACCESS_TO_DATA',
  'OTHER',
] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

/** Subjects that name the record they are about. */
export const REFERENCED_COMPLAINT_SUBJECTS = [
  'DECISION',
  'PETITION',
] as const satisfies readonly ComplaintSubject[];

/** How a complaint ends: decided by the handler, or withdrawn by the complainant. */
export const COMPLAINT_OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** The outcomes a handler decides (a withdrawal is the complainant's, recorded on its own). */
export const COMPLAINT_DECISIONS = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'] as const;
export type ComplaintDecision = (typeof COMPLAINT_DECISIONS)[number];

/** Where a complaint is. Derived from what was recorded (`complaintStatus`). */
export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'IN_HANDLING',
  'DECIDED',
  'WITHDRAWN',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Who complains: a household member, or someone on a member's behalf (named). */
export const COMPLAINANT_KINDS = ['MEMBER', 'REPRESENTATIVE'] as const;
export type ComplainantKind = (typeof COMPLAINANT_KINDS)[number];

/** When the AKJ's independent support was offered. */
export const AKJ_MOMENTS = ['ACKNOWLEDGEMENT', 'OUTCOME'] as const;
export type AkjMoment = (typeof AKJ_MOMENTS)[number];

/** The independent support for complaints about youth care (KT9, spec §4.9: "AKJ for complaint support"). */
export const AKJ = {
  name: 'Advies- en Klachtenbureau Jeugdzorg',
  short: 'AKJ',
} as const;

/** Who holds a complaint's term: the duo member answering for it, or the handler once assigned. */
export const COMPLAINT_TERM_OWNERS = ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'COMPLAINT_HANDLER'] as const;
export type ComplaintTermOwner = (typeof COMPLAINT_TERM_OWNERS)[number];

/** Why a professional may not handle a complaint (independence, like LS-17 for counter-review). */
export const HANDLER_REFUSALS = [
  'handler_in_case_team', // works with the family now
  'handler_was_in_case_team', // worked with the family before
  'handler_complained_about', // the complaint is about them
] as const;
export type HandlerRefusal = (typeof HANDLER_REFUSALS)[number];

const Version = z.number().int().positive();
const Text = (error: string) => z.string().trim().min(1, { error }).max(LIMITS.reasonMax);
const OptionalText = z.string().trim().max(LIMITS.reasonMax).nullable().optional();

/** Who complains. A representative complains on behalf of a current member and is named. */
export const ComplainantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('MEMBER'), personId: z.uuid() }),
  z.object({
    kind: z.literal('REPRESENTATIVE'),
    /** The member on whose behalf the complaint is made. */
    personId: z.uuid(),
    name: z
      .string()
      .trim()
      .min(1, { error: 'complaint_representative_name_required' })
      .max(LIMITS.displayNameMax),
  }),
]);
export type Complainant = z.infer<typeof ComplainantSchema>;

/** Recording a complaint on behalf of the family (any member of the case team). */
export const ComplaintCreateSchema = z
  .object({
    complainant: ComplainantSchema,
    subject: z.enum(COMPLAINT_SUBJECTS),
    /** The decision (an investigation) or the petition the complaint is about. */
    referenceId: z.uuid().nullable().optional(),
    /** The professional whose conduct (or decision) the complaint is about: it is withheld from them. */
    aboutProfessionalId: z.uuid().nullable().optional(),
    receivedOn: PastDateSchema,
    text: z.string().trim().min(1, { error: 'complaint_text_required' }).max(LIMITS.noteBodyMax),
    /** The complaint is about youth care (the AKJ's independent support is offered, whatever the age). */
    youthCareMatter: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const referenced = (REFERENCED_COMPLAINT_SUBJECTS as readonly string[]).includes(v.subject);
    if (referenced && !v.referenceId) {
      ctx.addIssue({ code: 'custom', path: ['referenceId'], message: 'complaint_reference_required' });
    }
    if (!referenced && v.referenceId) {
      ctx.addIssue({ code: 'custom', path: ['referenceId'], message: 'complaint_reference_not_expected' });
    }
    if (v.subject === 'PROFESSIONAL_CONDUCT' && !v.aboutProfessionalId) {
      ctx.addIssue({
        code: 'custom',
        path: ['aboutProfessionalId'],
        message: 'complaint_professional_required',
      });
    }
  });
export type ComplaintCreate = z.infer<typeof ComplaintCreateSchema>;

/**
 * The AKJ's independent support offered, and to whom: household members (by id) and/or the representative
 * who complains for them.
 */
export const AkjOfferSchema = z.object({
  personIds: z.array(z.uuid()).max(10),
  representative: z.boolean().default(false),
});
export type AkjOfferInput = z.infer<typeof AkjOfferSchema>;

/** The complaint's receipt confirmed to the complainant, with the AKJ's support offered where it applies. */
export const ComplaintAcknowledgementSchema = z.object({
  version: Version,
  acknowledgedOn: PastDateSchema,
  akj: AkjOfferSchema.nullable().optional(),
});
export type ComplaintAcknowledgement = z.infer<typeof ComplaintAcknowledgementSchema>;

/** The handler: a professional outside the case team, not the one complained about. */
export const ComplaintHandlerSchema = z.object({
  version: Version,
  handlerId: z.uuid(),
});
export type ComplaintHandlerInput = z.infer<typeof ComplaintHandlerSchema>;

/** The one extension of the decision term, with the reason the complainant is told. */
export const ComplaintExtensionSchema = z.object({
  version: Version,
  reason: Text('complaint_extension_reason_required'),
});
export type ComplaintExtension = z.infer<typeof ComplaintExtensionSchema>;

/**
 * The handler's decision: the outcome, its reasons, and what will change (required when the complaint is
 * upheld, wholly or partly), with the AKJ's support offered again where it applies.
 */
export const ComplaintOutcomeSchema = z
  .object({
    version: Version,
    outcome: z.enum(COMPLAINT_DECISIONS),
    decidedOn: PastDateSchema,
    reasons: Text('complaint_reasons_required'),
    changes: OptionalText,
    akj: AkjOfferSchema.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== 'NOT_UPHELD' && !v.changes) {
      ctx.addIssue({ code: 'custom', path: ['changes'], message: 'complaint_changes_required' });
    }
  });
export type ComplaintOutcomeInput = z.infer<typeof ComplaintOutcomeSchema>;

/** The complainant withdraws the complaint. */
export const ComplaintWithdrawalSchema = z.object({
  version: Version,
  withdrawnOn: PastDateSchema,
  note: OptionalText,
});
export type ComplaintWithdrawal = z.infer<typeof ComplaintWithdrawalSchema>;

/**
 * Whether the AKJ's independent support must be offered: to a minor (the person complaining, or on whose
 * behalf the complaint is made, under 18 on the day it was received), or on a youth-care matter.
 */
export function akjApplies(c: { ageOnReceipt: number | null; youthCareMatter: boolean }): boolean {
  return c.youthCareMatter || (c.ageOnReceipt !== null && c.ageOnReceipt < 18);
}

/** Where a complaint is, from what was recorded. */
export function complaintStatus(c: {
  outcome: ComplaintOutcome | null;
  acknowledgedOn: string | null;
  handlerId: string | null;
}): ComplaintStatus {
  if (c.outcome === 'WITHDRAWN') {
    return 'WITHDRAWN';
  }
  if (c.outcome !== null) {
    return 'DECIDED';
  }
  if (c.handlerId !== null) {
    return 'IN_HANDLING';
  }
  return c.acknowledgedOn !== null ? 'ACKNOWLEDGED' : 'RECEIVED';
}

/**
 * Who holds a complaint's term. The acknowledgement is the vast gezicht's (the family's contact), but never
 * a complaint about themselves: then the other duo member's (the RVT partner). The decision is the
 * handler's once assigned (`DEADLINE_RULES.heldBy`); until then the same duo member answers for getting
 * one assigned.
 */
export function complaintTermOwner(
  kind: 'COMPLAINT_ACKNOWLEDGEMENT' | 'COMPLAINT_DECISION',
  c: { aboutTeamRoles: readonly TeamRole[]; handlerAssigned: boolean },
): ComplaintTermOwner {
  const rule = DEADLINE_RULES[kind];
  if (rule.heldBy && c.handlerAssigned) {
    return rule.heldBy;
  }
  const duo = rule.role === 'RVT_PARTNER' ? 'RVT_PARTNER' : 'FIXED_PROFESSIONAL';
  const other = duo === 'RVT_PARTNER' ? 'FIXED_PROFESSIONAL' : 'RVT_PARTNER';
  return c.aboutTeamRoles.includes(duo) ? other : duo;
}

/**
 * Why a professional may not handle a complaint (KT9-R3, like LS-17): someone in the case team now or
 * before, or the professional the complaint is about. Empty: independent.
 */
export function handlerRefusals(
  handlerId: string,
  c: {
    currentTeamIds: readonly string[];
    formerTeamIds: readonly string[];
    aboutProfessionalId: string | null;
  },
): HandlerRefusal[] {
  const refusals: HandlerRefusal[] = [];
  if (c.currentTeamIds.includes(handlerId)) {
    refusals.push('handler_in_case_team');
  } else if (c.formerTeamIds.includes(handlerId)) {
    refusals.push('handler_was_in_case_team');
  }
  if (c.aboutProfessionalId === handlerId) {
    refusals.push('handler_complained_about');
  }
  return refusals;
}
