import { LEGAL_NATURES, legalNatureOf } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { ConferenceRow } from '../db/repositories/conference.repository';
import type { ConsultRow } from '../db/repositories/expert-consult.repository';
import type { InvestigationRow } from '../db/repositories/investigation.repository';
import type { JudgementRow } from '../db/repositories/judgement.repository';
import { ConferenceSchema, presentConference } from './conference.presenter';
import { ExpertConsultSchema, presentExpertConsult } from './expert-consult.presenter';
import { JudgementSchema, presentJudgement } from './judgement.presenter';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, presentEach, type Viewer } from './viewer';

export const DecisionSchema = named(
  'Decision',
  z.strictObject({
    /** The decision table's proposal (the system proposes, the professional decides). */
    proposal: z.strictObject({ rule: Code, options: z.array(Code) }),
    outcome: Code,
    deviates: z.boolean(),
    rationale: z.string(),
    householdView: z.string().nullable(),
    deviationReason: z.string().nullable(),
    /** KT9-R4 / LS-05: how the family can challenge this written decision (the deciding organisation's legal nature). */
    appealRoute: z.enum(LEGAL_NATURES),
    /** E-1: the concerns the decision is about. */
    concernIds: z.array(Id),
    /** E-4, lightest first. */
    reducibleVia: z.array(Code),
    /** E-2, E-3, E-5 and the decision questions, as recorded in the latest round. */
    judgements: z.array(JudgementSchema),
  }),
);

export const InvestigationSchema = named(
  'Investigation',
  z.strictObject({
    id: Id,
    kind: z.enum(['FIRST', 'EXTENDED']),
    leadOrganisationKind: z.enum(['LOCAL_TEAM', 'RVT']),
    startedAt: Timestamp,
    decidedAt: Timestamp.nullable(),
    cancelledAt: Timestamp.nullable(),
    cancelReason: Code.nullable(),
    ruleSetVersion: Code,
    decision: DecisionSchema.nullable(),
    conferences: z.array(ConferenceSchema),
    consults: z.array(ExpertConsultSchema),
  }),
);
export type InvestigationJson = z.infer<typeof InvestigationSchema>;

export interface InvestigationParts {
  judgements: readonly JudgementRow[];
  concerns: readonly { investigationId: string; concernId: string }[];
  conferences: readonly ConferenceRow[];
  consults: readonly ConsultRow[];
}

/** An investigation (KT3) with its recorded decision, conferences and expert consultations. */
export function presentInvestigation(
  v: Viewer,
  i: InvestigationRow,
  parts: InvestigationParts,
): InvestigationJson | null {
  if (!v.shows('casework.read', i.id)) {
    return null;
  }
  v.household();
  const latestRound = i.decisionRound;
  const judgements = parts.judgements.filter((j) => j.investigationId === i.id && j.round === latestRound);
  return {
    id: i.id,
    kind: i.kind,
    leadOrganisationKind: i.leadOrganisationKind,
    startedAt: iso(i.startedAt),
    decidedAt: iso(i.decidedAt),
    cancelledAt: iso(i.cancelledAt),
    cancelReason: i.cancelReason,
    ruleSetVersion: i.ruleSetVersion,
    decision:
      i.outcome && i.proposedRule
        ? {
            proposal: { rule: i.proposedRule, options: i.proposalOptions ?? [] },
            outcome: i.outcome,
            deviates: i.deviates ?? false,
            rationale: i.rationale ?? '',
            householdView: i.householdView,
            deviationReason: i.deviationReason,
            appealRoute: legalNatureOf({
              legalNature: i.deciderLegalNature ?? null,
              kind: i.deciderOrganisationKind ?? i.leadOrganisationKind,
            }),
            concernIds: parts.concerns
              .filter((c) => c.investigationId === i.id && v.sees(c.concernId))
              .map((c) => c.concernId),
            reducibleVia: i.reducibleVia ?? [],
            judgements: presentEach(judgements, (j) => presentJudgement(v, j)),
          }
        : null,
    conferences: presentEach(
      parts.conferences.filter((c) => c.investigationId === i.id),
      (c) => presentConference(v, c),
    ),
    consults: presentEach(
      parts.consults.filter((c) => c.investigationId === i.id),
      (c) => presentExpertConsult(v, c),
    ),
  };
}
