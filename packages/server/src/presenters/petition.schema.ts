import {
  AUTHORITY_KINDS,
  CHILD_VOICE_KINDS,
  CONSULTATION_PARTIES,
  LIGHTER_STEPS,
  PETITION_STATES,
  REVIEW_ANSWERS,
  REVIEW_OUTCOMES,
  RULING_OUTCOMES,
  SUPPORT_KINDS,
  SUPPORT_RESPONSES,
  VERIFICATIONS,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import { Code, Day, Id, named, Timestamp } from './schemas';

/**
 * The petition as presented (KT6–KT8): the one shape the professional's screens, the reviewer's form, the
 * readable document (HTML and PDF) and the family's summary are built from. Facts appear as they were when
 * the ground was linked (`factVersion`); `currentVersion` says whether the fact has changed since.
 */
const Answer = z.strictObject({ answer: z.enum(REVIEW_ANSWERS), explanation: z.string() });

export const PetitionPersonSchema = z.strictObject({
  personId: Id,
  name: z.string(),
  birthDate: Day.nullable(),
  /** Age on the day the petition was presented (null when the birth date is unknown). */
  age: z.number().int().nullable(),
  holdsParentalAuthority: z.boolean(),
  target: z.boolean(),
  actionAim: z.boolean(),
  /** A minor the petition concerns: needs a voice or a reasoned exception (VAL-10). */
  involvedChild: z.boolean(),
});

export const PetitionFactSchema = z.strictObject({
  factId: Id,
  factVersion: z.number().int(),
  /** The fact's version now; higher than factVersion when it changed after it was linked. */
  currentVersion: z.number().int().nullable(),
  statement: z.string(),
  observedOn: Day.nullable(),
  recordedAt: Timestamp,
  source: z.strictObject({
    kind: Code,
    description: z.string(),
    obtainedWithConsent: z.boolean(),
    legalBasis: z.string().nullable(),
  }),
  verification: z.enum(VERIFICATIONS),
  /** The family disputes it (verification DISPUTED): marked in the document. */
  disputed: z.boolean(),
  responses: z.array(
    z.strictObject({ personId: Id, name: z.string(), text: z.string(), respondedAt: Timestamp }),
  ),
  hearingAttempts: z.array(
    z.strictObject({ personId: Id, name: z.string(), attemptedOn: Day, description: z.string() }),
  ),
});

export const PetitionGroundJsonSchema = z.strictObject({
  id: Id,
  position: z.number().int(),
  claim: z.string(),
  facts: z.array(PetitionFactSchema),
});

export const PetitionAlternativeJsonSchema = z.strictObject({
  id: Id,
  step: z.enum(LIGHTER_STEPS as unknown as [string, ...string[]]),
  outcome: z.string(),
  whyInsufficient: z.string(),
  interventions: z.array(
    z.strictObject({
      id: Id,
      type: Code,
      frame: Code,
      status: Code,
      startedOn: Day.nullable(),
      provider: z.string().nullable(),
    }),
  ),
});

export const PetitionReviewSchema = z.strictObject({
  id: Id,
  reviewer: z.strictObject({ id: Id, name: z.string(), organisation: z.string() }),
  jurist: z.strictObject({ id: Id, name: z.string() }),
  behaviouralScientist: z.strictObject({ id: Id, name: z.string() }),
  assignedAt: Timestamp,
  /** The reviewer's access to this petition ends then (or when the review is submitted). */
  until: Timestamp,
  submittedAt: Timestamp.nullable(),
  /** The term passed without an answer; the review went to someone else. */
  lapsedAt: Timestamp.nullable(),
  bestSolution: Answer.nullable(),
  followsFromInformation: Answer.nullable(),
  legalFoundation: Answer.nullable(),
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
  findings: z.array(
    z.strictObject({ safeguard: z.string().nullable(), groundId: Id.nullable(), text: z.string() }),
  ),
  unmetNeed: z.string().nullable(),
});

export const GateIssueSchema = z.strictObject({
  safeguard: z.string(),
  code: Code,
  ref: z.string().nullable(),
});

export const PetitionRulingSchema = z.strictObject({
  id: Id,
  decidedOn: Day,
  outcome: z.enum(RULING_OUTCOMES),
  judge: z.string(),
  legalGround: z.string().nullable(),
  conditions: z.string().nullable(),
  counterExpertise: z.string().nullable(),
  hearings: z.array(z.strictObject({ heldOn: Day, note: z.string().nullable() })),
  measureId: Id.nullable(),
});

export const PetitionSchema = named(
  'Petition',
  z.strictObject({
    id: Id,
    householdId: Id,
    caseId: Id,
    state: z.enum(PETITION_STATES),
    version: z.number().int(),
    measureTypeId: Code,
    catalogueVersion: Code,
    addressee: z.enum(AUTHORITY_KINDS),
    petitioner: z.strictObject({ id: Id, name: z.string(), organisation: z.string() }),
    persons: z.array(PetitionPersonSchema),
    grounds: z.array(PetitionGroundJsonSchema),
    alternatives: z.array(PetitionAlternativeJsonSchema),
    proportionality: z
      .strictObject({ intrusiveness: z.string(), duration: z.string(), scope: z.string(), why: z.string() })
      .nullable(),
    childInterest: z.string().nullable(),
    childVoices: z.array(
      z.strictObject({
        childId: Id,
        how: z.enum(CHILD_VOICE_KINDS),
        view: z.string().nullable(),
        interests: z.string().nullable(),
        exceptionReason: z.string().nullable(),
      }),
    ),
    consultations: z.array(
      z.strictObject({
        id: Id,
        party: z.enum(CONSULTATION_PARTIES),
        personId: Id.nullable(),
        heldOn: Day,
        summary: z.string(),
      }),
    ),
    legalAdvice: z.strictObject({ summary: z.string(), adviser: z.string(), givenOn: Day }).nullable(),
    supportOffers: z.array(
      z.strictObject({
        id: Id,
        personId: Id,
        kind: z.enum(SUPPORT_KINDS),
        offeredOn: Day,
        response: z.enum(SUPPORT_RESPONSES),
        provider: z.string().nullable(),
      }),
    ),
    familySummary: z.string().nullable(),
    /** LS-11: the family summary's readability (Flesch–Douma, words per sentence) and whether it is B1. */
    readability: z
      .strictObject({ douma: z.number(), wordsPerSentence: z.number(), plain: z.boolean() })
      .nullable(),
    reviews: z.array(PetitionReviewSchema),
    /** What blocks filing now, by safeguard id (§6.4); empty when the petition may be filed. */
    gate: z.array(GateIssueSchema),
    filing: z
      .strictObject({
        filedOn: Day,
        court: z.string(),
        filedBy: z.string(),
        /** The gate as it passed at filing. */
        gate: z.array(GateIssueSchema),
      })
      .nullable(),
    /** Not filed (DO_NOT_FILE): why, and the help that was needed and not available. */
    notFiled: z.strictObject({ reason: z.string(), unmetNeed: z.string().nullable() }).nullable(),
    /** VAL-07: the judge already deciding on the household's running measures, proposed for this petition. */
    sameJudge: z.string().nullable(),
    rulings: z.array(PetitionRulingSchema),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** What this viewer may do with the petition now (the web renders from it and decides nothing itself). */
    abilities: z.strictObject({
      edit: z.boolean(),
      requestReview: z.boolean(),
      review: z.boolean(),
      /** After CORRECT_FIRST: take the petition back to correct it. */
      correct: z.boolean(),
      /** After DO_NOT_FILE: return the family to voluntary help. */
      closeNotFiled: z.boolean(),
      file: z.boolean(),
      recordRuling: z.boolean(),
      /** A draft may be withdrawn (with a reason): the family returns to voluntary help. */
      withdraw: z.boolean(),
    }),
  }),
);
export type PetitionJson = z.infer<typeof PetitionSchema>;
