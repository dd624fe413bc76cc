import {
  AKJ_MOMENTS,
  COMPLAINANT_KINDS,
  COMPLAINT_DECISIONS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  COMPLAINT_TERM_OWNERS,
  type ComplaintOutcome,
  type ComplaintSubject,
  complaintStatus,
  complaintTermOwner,
  PETITION_STATES,
  type PetitionState,
  type TeamRole,
} from '@gezinsdossier/domain';
import { DEADLINE_STATUSES, deadlineStatus, type RulePack, rulePack } from '@gezinsdossier/domain/deadlines';
import { z } from 'zod';
import type {
  AkjOfferRow,
  ComplaintPetitionRow,
  ComplaintRow,
} from '../db/repositories/complaint.repository';
import { Code, Day, Id, named, Timestamp } from './schemas';
import { iso, presentEach, type Viewer } from './viewer';

/**
 * A complaint as one viewer may see it (KT9-R3, LS-15). The case team sees the household's complaints, but
 * never one about themselves; the handler sees the open complaint they handle, with the petition's own row
 * when it is about a petition. What the family said is shown as they said it; the terms carry their status
 * today and who holds them.
 */

const TERM_KINDS = ['COMPLAINT_ACKNOWLEDGEMENT', 'COMPLAINT_DECISION'] as const;

export const ComplaintTermSchema = named(
  'ComplaintTerm',
  z.strictObject({
    kind: z.enum(TERM_KINDS),
    dueOn: Day,
    /** The day it was met (acknowledged, decided); null while open or when the complaint was withdrawn. */
    metOn: Day.nullable(),
    /** Where it stands today; CANCELLED when the complaint was withdrawn before it was met. */
    status: z.enum([...DEADLINE_STATUSES, 'CANCELLED']),
    /** Who holds it; null when this viewer does not see the team (the handler). */
    owner: z.enum(COMPLAINT_TERM_OWNERS).nullable(),
  }),
);
export type ComplaintTermJson = z.infer<typeof ComplaintTermSchema>;

export const ComplaintPetitionSchema = named(
  'ComplaintPetition',
  z.strictObject({
    id: Id,
    measureTypeId: Code,
    addressee: Code,
    state: z.enum(PETITION_STATES),
    createdAt: Timestamp,
    filedOn: Day.nullable(),
  }),
);

export const ComplaintSchema = named(
  'Complaint',
  z.strictObject({
    id: Id,
    status: z.enum(COMPLAINT_STATUSES),
    subject: z.enum(COMPLAINT_SUBJECTS),
    /** The decision (an investigation) or the petition the complaint is about. */
    referenceId: Id.nullable(),
    /** The petition's own row, for a complaint about a petition (no persons, no grounds). */
    petition: ComplaintPetitionSchema.nullable(),
    complainant: z.strictObject({
      kind: z.enum(COMPLAINANT_KINDS),
      /** The member who complains, or on whose behalf the representative complains. */
      personId: Id,
      /** The member's name as it was when the complaint was received. */
      name: z.string(),
      representativeName: z.string().nullable(),
    }),
    aboutProfessional: z.strictObject({ id: Id, name: z.string() }).nullable(),
    receivedOn: Day,
    text: z.string(),
    youthCareMatter: z.boolean(),
    /** The AKJ's independent support must be offered (a minor, or a youth-care matter). */
    akjApplicable: z.boolean(),
    rulePackVersion: Code,
    terms: z.array(ComplaintTermSchema),
    acknowledgedOn: Day.nullable(),
    handler: z.strictObject({ id: Id, name: z.string(), organisation: z.string() }).nullable(),
    extension: z.strictObject({ dueOn: Day, reason: z.string() }).nullable(),
    outcome: z
      .strictObject({
        outcome: z.enum(COMPLAINT_OUTCOMES),
        decidedOn: Day,
        /** The handler's reasons; for a withdrawal, what the complainant said (if anything). */
        reasons: z.string().nullable(),
        changes: z.string().nullable(),
      })
      .nullable(),
    akjOffers: z.array(
      z.strictObject({
        moment: z.enum(AKJ_MOMENTS),
        offeredOn: Day,
        personId: Id.nullable(),
        representative: z.boolean(),
      }),
    ),
    version: z.number().int(),
    abilities: z.strictObject({
      acknowledge: z.boolean(),
      assignHandler: z.boolean(),
      extend: z.boolean(),
      decide: z.boolean(),
      withdraw: z.boolean(),
    }),
  }),
);
export type ComplaintJson = z.infer<typeof ComplaintSchema>;

export const ComplaintListSchema = named(
  'ComplaintList',
  z.strictObject({
    items: z.array(ComplaintSchema),
    abilities: z.strictObject({ record: z.boolean() }),
  }),
);
export type ComplaintListJson = z.infer<typeof ComplaintListSchema>;

/** What presenting complaints needs besides their rows. */
export interface ComplaintContext {
  akjOffers: readonly AkjOfferRow[];
  petitions: readonly ComplaintPetitionRow[];
  /** The open case's active team (professional → roles); null when the viewer does not see the team. */
  teamRoles: ReadonlyMap<string, readonly TeamRole[]> | null;
  today: string;
}

/**
 * Whether this viewer may see this complaint at all: never the professional it is about (nor a viewer from
 * whom it, or the person complaining, is withheld); the team; the handler while it is open.
 */
export function complaintVisibleTo(v: Viewer, row: ComplaintRow): boolean {
  if (!v.can('complaint.read') || !v.sees(row.id) || !v.sees(row.personId)) {
    return false;
  }
  if (row.aboutProfessionalId === v.actor.id) {
    return false;
  }
  return v.can('complaint.manage') || handles(v, row);
}

function handles(v: Viewer, row: ComplaintRow): boolean {
  return v.can('complaint.handle') && row.handlerId === v.actor.id && row.closedAt === null;
}

function termStatus(
  dueOn: string,
  metOn: string | null,
  cancelled: boolean,
  today: string,
  pack: RulePack,
): ComplaintTermJson['status'] {
  if (metOn === null && cancelled) {
    return 'CANCELLED';
  }
  return deadlineStatus({ dueOn, metAt: metOn }, today, pack);
}

export function presentComplaint(v: Viewer, row: ComplaintRow, data: ComplaintContext): ComplaintJson | null {
  if (!complaintVisibleTo(v, row)) {
    return null;
  }
  const team = v.can('complaint.manage');
  const handler = handles(v, row);
  const open = row.closedAt === null;
  const outcome = row.outcome as ComplaintOutcome | null;
  const withdrawn = outcome === 'WITHDRAWN';
  const pack = rulePack(row.rulePackVersion);
  const aboutTeamRoles =
    data.teamRoles && row.aboutProfessionalId ? (data.teamRoles.get(row.aboutProfessionalId) ?? []) : [];
  const owner = (kind: (typeof TERM_KINDS)[number]) =>
    data.teamRoles === null && !(kind === 'COMPLAINT_DECISION' && row.handlerId !== null)
      ? null
      : complaintTermOwner(kind, { aboutTeamRoles, handlerAssigned: row.handlerId !== null });
  const decisionDue = row.extendedDueOn ?? row.decideDueOn;
  const decidedOn = outcome !== null && !withdrawn ? row.decidedOn : null;
  const offers = data.akjOffers.filter((o) => o.complaintId === row.id && v.sees(o.personId));
  const petition =
    row.subject === 'PETITION' ? data.petitions.find((p) => p.id === row.referenceId) : undefined;
  v.persons([row.personId, ...offers.map((o) => o.personId)]);
  return {
    id: row.id,
    status: complaintStatus({ outcome, acknowledgedOn: row.acknowledgedOn, handlerId: row.handlerId }),
    subject: row.subject as ComplaintSubject,
    referenceId: row.referenceId,
    petition: petition
      ? {
          id: petition.id,
          measureTypeId: petition.measureTypeId,
          addressee: petition.addressee,
          state: petition.state as PetitionState,
          createdAt: iso(petition.createdAt),
          filedOn: petition.filedOn,
        }
      : null,
    complainant: {
      kind: row.representativeName === null ? 'MEMBER' : 'REPRESENTATIVE',
      personId: row.personId,
      name: row.personName,
      representativeName: row.representativeName,
    },
    aboutProfessional:
      row.aboutProfessionalId && row.aboutProfessionalName
        ? { id: row.aboutProfessionalId, name: row.aboutProfessionalName }
        : null,
    receivedOn: row.receivedOn,
    text: row.text,
    youthCareMatter: row.youthCareMatter,
    akjApplicable: row.akjApplicable,
    rulePackVersion: row.rulePackVersion,
    terms: [
      {
        kind: 'COMPLAINT_ACKNOWLEDGEMENT',
        dueOn: row.acknowledgeDueOn,
        metOn: row.acknowledgedOn,
        status: termStatus(row.acknowledgeDueOn, row.acknowledgedOn, withdrawn, data.today, pack),
        owner: owner('COMPLAINT_ACKNOWLEDGEMENT'),
      },
      {
        kind: 'COMPLAINT_DECISION',
        dueOn: decisionDue,
        metOn: decidedOn,
        status: termStatus(decisionDue, decidedOn, withdrawn, data.today, pack),
        owner: owner('COMPLAINT_DECISION'),
      },
    ],
    acknowledgedOn: row.acknowledgedOn,
    handler:
      row.handlerId && row.handlerName
        ? { id: row.handlerId, name: row.handlerName, organisation: row.handlerOrganisationName ?? '' }
        : null,
    extension:
      row.extendedDueOn && row.extensionReason
        ? { dueOn: row.extendedDueOn, reason: row.extensionReason }
        : null,
    outcome:
      outcome !== null && row.decidedOn !== null
        ? { outcome, decidedOn: row.decidedOn, reasons: row.reasons, changes: row.changes }
        : null,
    akjOffers: offers.map((o) => ({
      moment: o.moment as (typeof AKJ_MOMENTS)[number],
      offeredOn: o.offeredOn,
      personId: o.personId,
      representative: o.representative,
    })),
    version: row.version,
    abilities: {
      acknowledge: team && open && row.acknowledgedOn === null,
      assignHandler: team && open,
      extend: handler && row.extendedDueOn === null && data.today <= row.decideDueOn,
      decide: handler && row.acknowledgedOn !== null,
      withdraw: team && open,
    },
  };
}

export function presentComplaints(
  views: (row: ComplaintRow) => Viewer,
  rows: readonly ComplaintRow[],
  data: ComplaintContext,
): ComplaintJson[] {
  return presentEach(rows, (row) => presentComplaint(views(row), row, data));
}

/** What `/complaint-assignments` lists for a handler: no personal data, the subject and the terms. */
export const ComplaintAssignmentSchema = named(
  'ComplaintAssignment',
  z.strictObject({
    complaintId: Id,
    householdId: Id,
    subject: z.enum(COMPLAINT_SUBJECTS),
    receivedOn: Day,
    acknowledged: z.boolean(),
    /** The decision's due date (after the extension, if any), its status today, and whether it was extended. */
    decideDueOn: Day,
    status: z.enum(DEADLINE_STATUSES),
    extended: z.boolean(),
    assignedAt: Timestamp,
  }),
);
export type ComplaintAssignmentJson = z.infer<typeof ComplaintAssignmentSchema>;

export function presentComplaintAssignment(row: ComplaintRow, today: string): ComplaintAssignmentJson {
  const decideDueOn = row.extendedDueOn ?? row.decideDueOn;
  return {
    complaintId: row.id,
    householdId: row.householdId,
    subject: row.subject as ComplaintSubject,
    receivedOn: row.receivedOn,
    acknowledged: row.acknowledgedOn !== null,
    decideDueOn,
    status: deadlineStatus({ dueOn: decideDueOn, metAt: null }, today, rulePack(row.rulePackVersion)),
    extended: row.extendedDueOn !== null,
    assignedAt: iso(row.handlerAssignedAt ?? row.recordedAt),
  };
}

/** What recording a complaint answers: its terms (the recorder may be the professional it is about). */
export const ComplaintRecordedSchema = named(
  'ComplaintRecorded',
  z.strictObject({
    id: Id,
    version: z.number().int(),
    acknowledgeDueOn: Day,
    decideDueOn: Day,
    akjApplicable: z.boolean(),
  }),
);

/** What deciding answers: the handler's access ends with the decision, so a receipt, not the complaint. */
export const ComplaintDecidedSchema = named(
  'ComplaintDecided',
  z.strictObject({
    id: Id,
    outcome: z.enum(COMPLAINT_DECISIONS),
    decidedOn: Day,
    version: z.number().int(),
  }),
);
