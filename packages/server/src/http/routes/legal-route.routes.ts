import {
  ChildVoiceBodySchema,
  ContactAgreementSchema,
  ContactMomentSchema,
  PlacementEndSchema,
  PlacementMoveSchema,
  PlacementStartSchema,
  ReturnHomePlanUpdateSchema,
  ConsultationSchema,
  FilingSchema,
  HearingAttemptSchema,
  PetitionAlternativeSchema,
  PetitionCreateSchema,
  PetitionGroundSchema,
  PetitionNotFiledSchema,
  PetitionReopenSchema,
  PetitionUpdateSchema,
  PetitionWithdrawalSchema,
  MeasureEndSchema,
  MeasureEvaluationSchema,
  ReviewRequestSchema,
  ReviewSubmissionSchema,
  RulingSchema,
  SUPPORT_RESPONSES,
  SupportOfferSchema as SupportOfferInputSchema,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import { answerSupportOffer } from '../../commands/answer-support-offer';
import { closePetitionNotFiled } from '../../commands/close-petition-not-filed';
import { endMeasure } from '../../commands/end-measure';
import { endPlacement } from '../../commands/end-placement';
import { recordMeasureEvaluation } from '../../commands/record-measure-evaluation';
import { withdrawPetition } from '../../commands/withdraw-petition';
import { movePlacement } from '../../commands/move-placement';
import { recordContactAgreement } from '../../commands/record-contact-agreement';
import { recordContactMoment } from '../../commands/record-contact-moment';
import { startPlacement } from '../../commands/start-placement';
import { updateReturnHomePlan } from '../../commands/update-return-home-plan';
import { filePetition } from '../../commands/file-petition';
import { offerSupport } from '../../commands/offer-support';
import { recordConsultation } from '../../commands/record-consultation';
import { recordHearingAttempt } from '../../commands/record-hearing-attempt';
import { recordRuling } from '../../commands/record-ruling';
import { removePetitionAlternative } from '../../commands/remove-petition-alternative';
import { removePetitionGround } from '../../commands/remove-petition-ground';
import { reopenPetition } from '../../commands/reopen-petition';
import { requestPetitionReview } from '../../commands/request-petition-review';
import { saveChildVoice } from '../../commands/save-child-voice';
import { savePetitionAlternative } from '../../commands/save-petition-alternative';
import { savePetitionGround } from '../../commands/save-petition-ground';
import { startPetition } from '../../commands/start-petition';
import { submitPetitionReview } from '../../commands/submit-petition-review';
import { updatePetitionFields } from '../../commands/update-petition';
import {
  LegalRouteSchema,
  ReviewAssignmentSchema,
  ReviewerCandidateSchema,
  ReviewSubmittedSchema,
} from '../../presenters/legal-route.presenter';
import { PetitionSchema } from '../../presenters/petition.presenter';
import { getLegalRoute } from '../../queries/get-legal-route';
import { getPetition } from '../../queries/get-petition';
import { getPetitionDocument } from '../../queries/get-petition-document';
import { listReviewAssignments } from '../../queries/list-review-assignments';
import { listReviewerCandidates } from '../../queries/list-reviewer-candidates';
import type { App, Run } from '../app';
import { API, PROBLEMS, route } from './define';
import { HouseholdParams, VersionQuery } from './params';
import { CreatedSchema, CreatedVersionedSchema } from './schemas';
import { named } from '../../presenters/schemas';

const PetitionParams = HouseholdParams.extend({ petitionId: z.uuid() });
const GroundParams = PetitionParams.extend({ groundId: z.uuid() });
const AlternativeParams = PetitionParams.extend({ alternativeId: z.uuid() });
const ReviewParams = PetitionParams.extend({ reviewId: z.uuid() });
const ChildParams = PetitionParams.extend({ childId: z.uuid() });
const OfferParams = HouseholdParams.extend({ offerId: z.uuid() });
const PlacementParams = HouseholdParams.extend({ placementId: z.uuid() });
const MeasureParams = HouseholdParams.extend({ measureId: z.uuid() });
const PlanParams = HouseholdParams.extend({ planId: z.uuid() });
const AgreementParams = HouseholdParams.extend({ agreementId: z.uuid() });
const PlacementMovedSchema = named(
  'PlacementMoved',
  z.strictObject({ id: z.uuid(), version: z.number().int(), moves: z.number().int(), alert: z.boolean() }),
);

/** A ruling is required on the petition as filed: the schema's `version` is the petition's. */
const petition = (ctx: Parameters<typeof getPetition>[0], p: z.infer<typeof PetitionParams>) =>
  getPetition(ctx, p.householdId, p.petitionId);

/**
 * The legal route (KT6–KT9): petitions built as documents on facts, organised counter-review, the readiness
 * gate, filing, the authority's ruling and the running measures, and support offered per person. Every
 * write answers with the petition as the viewer may see it, its gate included.
 */
export async function registerLegalRouteRoutes(app: App, run: Run): Promise<void> {
  const tags = ['legal route'];
  const h = '/households/:householdId';
  const p = `${h}/petitions/:petitionId`;

  route(app, run, {
    method: 'GET',
    path: `${h}/legal-route`,
    operationId: 'getLegalRoute',
    summary: "The household's petitions, running measures with their deadlines, and support offered",
    tags,
    params: HouseholdParams,
    response: LegalRouteSchema,
    handler: (ctx, { params }) => getLegalRoute(ctx, params.householdId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/petitions`,
    operationId: 'startPetition',
    summary:
      'Start a petition for a measure from the catalogue (KT6), after the decision to prepare one (UO-3)',
    tags,
    params: HouseholdParams,
    body: PetitionCreateSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) => startPetition(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'GET',
    path: p,
    operationId: 'getPetition',
    summary: 'A petition with what it rests on, its reviews, rulings and what still blocks filing',
    tags,
    params: PetitionParams,
    response: PetitionSchema,
    handler: (ctx, { params }) => petition(ctx, params),
  });
  route(app, run, {
    method: 'PATCH',
    path: p,
    operationId: 'updatePetition',
    summary:
      'Change a drafted petition: measure, persons, proportionality, child’s interest, legal advice, family summary',
    tags,
    params: PetitionParams,
    body: PetitionUpdateSchema,
    response: PetitionSchema,
    handler: (ctx, { params, body }) =>
      updatePetitionFields(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/grounds`,
    operationId: 'addPetitionGround',
    summary: 'Add a ground: a claim resting on facts, linked at their current version (LS-11)',
    tags,
    params: PetitionParams,
    body: PetitionGroundSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) => savePetitionGround(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'PUT',
    path: `${p}/grounds/:groundId`,
    operationId: 'replacePetitionGround',
    summary: 'Change a ground; its facts are linked again at their current version',
    tags,
    params: GroundParams,
    body: PetitionGroundSchema,
    response: PetitionSchema,
    handler: (ctx, { params, body }) =>
      savePetitionGround(ctx, params.householdId, params.petitionId, body, params.groundId),
  });
  route(app, run, {
    method: 'DELETE',
    path: `${p}/grounds/:groundId`,
    operationId: 'removePetitionGround',
    summary: 'Remove a ground from a drafted petition',
    tags,
    params: GroundParams,
    query: VersionQuery,
    response: PetitionSchema,
    handler: (ctx, { params, query }) =>
      removePetitionGround(ctx, params.householdId, params.petitionId, params.groundId, query.version),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/hearing-attempts`,
    operationId: 'recordHearingAttempt',
    summary: 'Record an attempt to hear a household member on a fact (hoor en wederhoor, LS-07)',
    tags,
    params: PetitionParams,
    body: HearingAttemptSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      recordHearingAttempt(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/alternatives`,
    operationId: 'addPetitionAlternative',
    summary: 'Add a lighter alternative resting on the help given, and why it fell short (LS-02)',
    tags,
    params: PetitionParams,
    body: PetitionAlternativeSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      savePetitionAlternative(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'DELETE',
    path: `${p}/alternatives/:alternativeId`,
    operationId: 'removePetitionAlternative',
    summary: 'Remove a lighter alternative from a drafted petition',
    tags,
    params: AlternativeParams,
    query: VersionQuery,
    response: PetitionSchema,
    handler: (ctx, { params, query }) =>
      removePetitionAlternative(
        ctx,
        params.householdId,
        params.petitionId,
        params.alternativeId,
        query.version,
      ),
  });
  route(app, run, {
    method: 'PUT',
    path: `${p}/child-voices/:childId`,
    operationId: 'saveChildVoice',
    summary: 'The voice of an involved child: heard, represented, or a reasoned exception (VAL-10)',
    tags,
    params: ChildParams,
    body: ChildVoiceBodySchema,
    response: PetitionSchema,
    handler: (ctx, { params, body }) =>
      saveChildVoice(ctx, params.householdId, params.petitionId, { ...body, childId: params.childId }),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/consultations`,
    operationId: 'recordConsultation',
    summary: 'Record a consultation with the household, the vast gezicht or another party (KT6-R2)',
    tags,
    params: PetitionParams,
    body: ConsultationSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordConsultation(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'GET',
    path: `${p}/reviewer-candidates`,
    operationId: 'listReviewerCandidates',
    summary: 'Who may review this petition, and why others may not (VAL-06, LS-17)',
    tags,
    params: PetitionParams,
    response: z.array(ReviewerCandidateSchema),
    handler: (ctx, { params }) => listReviewerCandidates(ctx, params.householdId, params.petitionId),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/reviews`,
    operationId: 'requestPetitionReview',
    summary: 'Send a complete petition to counter-review by an eligible reviewer (KT7)',
    tags,
    params: PetitionParams,
    body: ReviewRequestSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      requestPetitionReview(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'PUT',
    path: `${p}/reviews/:reviewId`,
    operationId: 'submitPetitionReview',
    summary:
      'The counter-review: attestation, the three questions, outcome and findings (the assigned reviewer)',
    tags,
    params: ReviewParams,
    body: ReviewSubmissionSchema,
    response: ReviewSubmittedSchema,
    handler: (ctx, { params, body }) =>
      submitPetitionReview(ctx, params.householdId, params.petitionId, params.reviewId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/correction-rounds`,
    operationId: 'reopenPetition',
    summary: 'Take the petition back to correct what the review found (CORRECT_FIRST)',
    tags,
    params: PetitionParams,
    body: PetitionReopenSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      reopenPetition(ctx, params.householdId, params.petitionId, body.version),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/not-filed-decisions`,
    operationId: 'closePetitionNotFiled',
    summary: 'Do not file (DO_NOT_FILE): back to voluntary help, with the unmet need recorded',
    tags,
    params: PetitionParams,
    body: PetitionNotFiledSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      closePetitionNotFiled(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/withdrawals`,
    operationId: 'withdrawPetition',
    summary: 'Withdraw a drafted petition, with a reason: the family returns to voluntary help',
    tags,
    params: PetitionParams,
    body: PetitionWithdrawalSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) => withdrawPetition(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/measures/:measureId/evaluations`,
    operationId: 'recordMeasureEvaluation',
    summary: 'Evaluate a running measure against its goals for ending it (meets its evaluation deadline)',
    tags,
    params: MeasureParams,
    body: MeasureEvaluationSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      recordMeasureEvaluation(ctx, params.householdId, params.measureId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/measures/:measureId`,
    operationId: 'endMeasure',
    summary: 'End a running measure; without other measures the case moves to safety monitoring',
    tags,
    params: MeasureParams,
    body: MeasureEndSchema,
    response: CreatedVersionedSchema,
    handler: (ctx, { params, body }) => endMeasure(ctx, params.householdId, params.measureId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/filings`,
    operationId: 'filePetition',
    summary: 'File with the judge or the mayor: only after PROCEED and a passing readiness gate (VAL-05)',
    tags,
    params: PetitionParams,
    body: FilingSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) => filePetition(ctx, params.householdId, params.petitionId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${p}/rulings`,
    operationId: 'recordRuling',
    summary: 'Record the authority’s decision; a granted measure starts running with its deadlines (KT8)',
    tags,
    params: PetitionParams,
    body: RulingSchema,
    response: PetitionSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordRuling(ctx, params.householdId, params.petitionId, body),
  });
  // The readable petition answers as HTML or PDF, so it is registered by hand.
  app.get(
    `${API}${p}/document`,
    {
      schema: {
        operationId: 'getPetitionDocument',
        tags,
        summary: 'The petition as a readable document (HTML or PDF), every claim with its source and date',
        description:
          'Built from the same presenter as the screens: what is withheld from the viewer is not in it. Disputed facts are marked.',
        params: PetitionParams,
        querystring: z.object({
          format: z.enum(['html', 'pdf']).default('pdf'),
          language: z.enum(['nl', 'en']).default('nl'),
        }),
        response: {
          200: {
            description: 'The document',
            content: {
              'application/pdf': { schema: z.string() },
              'text/html': { schema: z.string() },
            },
          },
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const { householdId, petitionId } = request.params;
      const document = await run(request, (ctx) =>
        getPetitionDocument(ctx, householdId, petitionId, request.query),
      );
      const name = `verzoekschrift-${petitionId}.${request.query.format}`;
      return (
        reply
          .type(document.contentType)
          .header(
            'content-disposition',
            `${request.query.format === 'pdf' ? 'attachment' : 'inline'}; filename="${name}"`,
          )
          // The schema documents the PDF as a (binary) string; Fastify sends the Buffer as it is.
          .send(document.body as string)
      );
    },
  );
  route(app, run, {
    method: 'GET',
    path: '/review-assignments',
    operationId: 'listReviewAssignments',
    summary: 'The counter-reviews open for me (as reviewer, jurist or behavioural scientist)',
    tags,
    response: z.array(ReviewAssignmentSchema),
    handler: (ctx) => listReviewAssignments(ctx),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/placements`,
    operationId: 'startPlacement',
    summary:
      'Place a child out of home under a running measure, with the return-home plan from the first day',
    tags,
    params: HouseholdParams,
    body: PlacementStartSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => startPlacement(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/placements/:placementId/moves`,
    operationId: 'movePlacement',
    summary: 'A placed child moves to another place (every move counted; an alert from the second move)',
    tags,
    params: PlacementParams,
    body: PlacementMoveSchema,
    response: PlacementMovedSchema,
    status: 201,
    handler: (ctx, { params, body }) => movePlacement(ctx, params.householdId, params.placementId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/placements/:placementId`,
    operationId: 'endPlacement',
    summary: 'End a placement: home again, or elsewhere',
    tags,
    params: PlacementParams,
    body: PlacementEndSchema,
    response: CreatedVersionedSchema,
    handler: (ctx, { params, body }) => endPlacement(ctx, params.householdId, params.placementId, body),
  });
  route(app, run, {
    method: 'PUT',
    path: `${h}/return-home-plans/:planId`,
    operationId: 'updateReturnHomePlan',
    summary: 'Keep the return-home plan current',
    tags,
    params: PlanParams,
    body: ReturnHomePlanUpdateSchema,
    response: CreatedVersionedSchema,
    handler: (ctx, { params, body }) => updateReturnHomePlan(ctx, params.householdId, params.planId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/contact-agreements`,
    operationId: 'recordContactAgreement',
    summary: 'The contact a placed child is promised: with whom, how often, supervised or not',
    tags,
    params: HouseholdParams,
    body: ContactAgreementSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordContactAgreement(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/contact-agreements/:agreementId/moments`,
    operationId: 'recordContactMoment',
    summary: 'One contact moment: it happened, or why it did not',
    tags,
    params: AgreementParams,
    body: ContactMomentSchema,
    response: CreatedSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      recordContactMoment(ctx, params.householdId, params.agreementId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/support-offers`,
    operationId: 'offerSupport',
    summary: 'Offer legal aid, client support or a confidant to a person, with their answer (KT9-R2, LS-14)',
    tags,
    params: HouseholdParams,
    body: SupportOfferInputSchema,
    response: CreatedVersionedSchema,
    status: 201,
    handler: (ctx, { params, body }) => offerSupport(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'PATCH',
    path: `${h}/support-offers/:offerId`,
    operationId: 'answerSupportOffer',
    summary: 'Record the person’s answer to support offered',
    tags,
    params: OfferParams,
    body: z.object({ version: z.number().int().positive(), response: z.enum(SUPPORT_RESPONSES) }),
    response: CreatedVersionedSchema,
    handler: (ctx, { params, body }) => answerSupportOffer(ctx, params.householdId, params.offerId, body),
  });
}
