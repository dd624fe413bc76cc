import { randomUUID } from 'node:crypto';
import { ageOn, akjApplies, type ComplaintCreate } from '@gezinsdossier/domain';
import { complaintTerms, rulePackOn } from '@gezinsdossier/domain/deadlines';
import type { RequestContext } from '../context';
import {
  complaintReferenceExists,
  insertComplaint,
  isProfessionalAccount,
} from '../db/repositories/complaint.repository';
import { requireHousehold } from '../policies/require';
import { fieldError, recordWrite } from './casework';
import { currentMembers } from './casework';

/**
 * KT9-R3, LS-15: any member of the case team records a complaint on behalf of the family — from a member,
 * or from someone on a member's behalf (named). The terms follow from the day it was received, under the
 * rule pack in force that day (LS-05): acknowledged within 5 working days, decided within 6 weeks. The
 * complaint stays out of the casework (no timeline step: it must never count against the family, R-065,
 * R-113), and a complaint about a professional is withheld from them from now on — even when they record
 * it themselves, which is why the answer is the complaint's terms, not the complaint.
 * @throws AppError complainant_not_member | complaint_reference_unknown | complaint_professional_unknown
 */
export async function recordComplaint(ctx: RequestContext, householdId: string, input: ComplaintCreate) {
  const viewer = await requireHousehold(ctx, householdId, 'complaint.manage');
  const members = await currentMembers(ctx, viewer);
  const member = members.get(input.complainant.personId);
  if (!member) {
    fieldError('complainant_not_member', 'complainant.personId');
  }
  if (
    (input.subject === 'DECISION' || input.subject === 'PETITION') &&
    !(
      input.referenceId &&
      (await complaintReferenceExists(ctx.tx, householdId, input.subject, input.referenceId))
    )
  ) {
    fieldError('complaint_reference_unknown', 'referenceId');
  }
  const aboutProfessionalId = input.aboutProfessionalId ?? null;
  if (aboutProfessionalId && !(await isProfessionalAccount(ctx.tx, aboutProfessionalId))) {
    fieldError('complaint_professional_unknown', 'aboutProfessionalId');
  }
  const akjApplicable = akjApplies({
    ageOnReceipt: member.birthDate ? ageOn(member.birthDate, input.receivedOn) : null,
    youthCareMatter: input.youthCareMatter,
  });
  const pack = rulePackOn(input.receivedOn);
  const terms = complaintTerms(input.receivedOn, pack);
  const id = randomUUID();
  const representativeName = input.complainant.kind === 'REPRESENTATIVE' ? input.complainant.name : null;
  const referenceId = input.referenceId ?? null;
  await insertComplaint(ctx.tx, {
    id,
    householdId,
    caseId: viewer.access.caseId,
    personId: input.complainant.personId,
    personName: member.name,
    representativeName,
    subject: input.subject,
    referenceId,
    aboutProfessionalId,
    receivedOn: input.receivedOn,
    text: input.text,
    youthCareMatter: input.youthCareMatter,
    akjApplicable,
    rulePackVersion: pack.version,
    acknowledgeDueOn: terms.acknowledgeDueOn,
    decideDueOn: terms.decideDueOn,
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'complaint.recorded',
      entityId: id,
      personIds: [input.complainant.personId],
      payload: {
        subject: input.subject,
        referenceId,
        aboutProfessionalId,
        representative: representativeName !== null,
        youthCareMatter: input.youthCareMatter,
        akjApplicable,
        receivedOn: input.receivedOn,
        acknowledgeDueOn: terms.acknowledgeDueOn,
        decideDueOn: terms.decideDueOn,
        rulePackVersion: pack.version,
      },
    },
    resourceType: 'complaint',
  });
  return { id, version: 1, ...terms, akjApplicable };
}
