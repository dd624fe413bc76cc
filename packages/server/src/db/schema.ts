import type { LegalNature, OrganisationRole, PetitionState } from '@gezinsdossier/domain';
import type { ColumnType, Generated } from 'kysely';

/**
 * Table types for Kysely, written by hand next to the migrations (snake_case in SQL, camelCase here through
 * Kysely's CamelCasePlugin). When a migration changes a table, change its interface here in the same commit.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface RegionsTable {
  id: string;
  code: string;
  name: string;
}
export interface MunicipalitiesTable {
  code: string;
  name: string;
  regionId: string;
}
export interface OrganisationsTable {
  id: string;
  regionId: string;
  name: string;
  kind: 'LOCAL_TEAM' | 'RVT' | 'CRISIS_SERVICE' | 'OTHER';
  municipalityCode: string | null;
  legalNature: ColumnType<LegalNature | null, LegalNature | null | undefined, LegalNature | null>;
}
export interface AccountsTable {
  id: string;
  kind: 'PROFESSIONAL' | 'FAMILY_MEMBER' | 'ADMINISTRATOR';
  displayName: string;
  email: string | null;
  oidcSubject: string | null;
  personId: string | null;
  isDemo: boolean;
  createdAt: CreatedAt;
  disabledAt: Timestamp | null;
  version: Generated<number>;
}
export interface OrganisationMembershipsTable {
  id: string;
  accountId: string;
  organisationId: string;
  role: OrganisationRole;
  createdAt: CreatedAt;
  endedAt: Timestamp | null;
  endReason: string | null;
}

/** The administration log (migration 20261129000660-administration): append-only. */
export interface AdminChangesTable {
  seq: Generated<string>;
  occurredAt: Timestamp;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  details: Json<Record<string, unknown>>;
  requestId: string;
}
export interface HouseholdsTable {
  id: string;
  displayName: string;
  municipalityCode: string;
  regionId: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface PersonsTable {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  bsn: string | null;
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface MembershipsTable {
  id: string;
  householdId: string;
  personId: string;
  role: 'CHILD' | 'PARENT_WITH_AUTHORITY' | 'PARENT_WITHOUT_AUTHORITY' | 'CAREGIVER' | 'OTHER_ADULT';
  validFrom: string;
  validTo: string | null;
  createdAt: CreatedAt;
  version: Generated<number>;
}
export interface RelationsTable {
  id: string;
  householdId: string;
  fromPersonId: string;
  toPersonId: string;
  kind: string;
  hasParentalAuthority: boolean;
  validFrom: string | null;
  validTo: string | null;
  createdAt: CreatedAt;
  version: Generated<number>;
}
/** Append-only history of parental-authority changes and removals of relations, with their reason. */
export interface RelationChangesTable {
  id: string;
  householdId: string;
  relationId: string;
  fromPersonId: string;
  toPersonId: string;
  kind: string;
  change: 'AUTHORITY_GRANTED' | 'AUTHORITY_ENDED' | 'REMOVED';
  hasParentalAuthority: boolean;
  reason: string | null;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface NetworkMembersTable {
  id: string;
  householdId: string;
  displayName: string;
  relation: string;
  involvementAgreedByHousehold: boolean;
  note: string | null;
  createdAt: CreatedAt;
  version: Generated<number>;
}
export interface CasesTable {
  id: string;
  householdId: string;
  openedAt: Timestamp;
  closedAt: Timestamp | null;
  pathwayState: Generated<string>;
  ruleSetVersion: string;
  version: Generated<number>;
  stateChangedAt: Timestamp | null;
}
export interface CaseTeamMembersTable {
  id: string;
  caseId: string;
  householdId: string;
  professionalId: string;
  organisationId: string;
  role: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER' | 'EXPERT';
  expertise: string | null;
  startedAt: Timestamp;
  endedAt: Timestamp | null;
  endReason: string | null;
}
export interface TimelineEntriesTable {
  id: string;
  householdId: string;
  caseId: string | null;
  kind: 'NOTE' | 'CONTACT' | 'DOCUMENT' | 'APPOINTMENT' | 'STEP';
  title: string;
  body: string;
  occurredAt: Timestamp;
  documentFileName: string | null;
  documentMediaType: string | null;
  documentSizeBytes: number | null;
  authorId: string;
  createdAt: CreatedAt;
  /** STEP entries: the step's code and parameters (codes only); the title is rendered from them. */
  stepCode: string | null;
  stepParams: Json<Record<string, string>> | null;
  /** STEP entries: the item the step is about (its text is shown from there, so withholding it withholds the step). */
  sourceType: string | null;
  sourceId: string | null;
}
export interface TimelineEntryPersonsTable {
  entryId: string;
  personId: string;
  householdId: string;
}
export interface PersonAddressesTable {
  id: string;
  householdId: string;
  personId: string;
  street: string | null;
  houseNumber: string;
  postcode: string;
  town: string | null;
  validFrom: string;
  validTo: string | null;
  createdAt: CreatedAt;
  createdBy: string | null;
  version: Generated<number>;
}
export interface ShieldingRecordsTable {
  id: string;
  householdId: string;
  itemType: string;
  itemId: string;
  targetKind: 'PERSON' | 'ACCOUNT' | 'GROUND';
  targetPersonId: string | null;
  targetAccountId: string | null;
  targetGround: string | null;
  reasonCode: string;
  reason: string;
  createdAt: Timestamp;
  createdBy: string;
  endedAt: Timestamp | null;
  endedBy: string | null;
  endReason: string | null;
  version: Generated<number>;
}
export interface BreakGlassGrantsTable {
  id: string;
  accountId: string;
  organisationId: string | null;
  householdId: string;
  reasonCode: string;
  reason: string;
  grantedAt: Timestamp;
  expiresAt: Timestamp;
  reviewedBy: string | null;
  reviewedAt: Timestamp | null;
  reviewVerdict: 'JUSTIFIED' | 'UNJUSTIFIED' | null;
  reviewComment: string | null;
}
export interface DossierEventsTable {
  id: Generated<number>;
  occurredAt: Timestamp;
  eventType: string;
  actorId: string | null;
  onBehalfOf: string | null;
  organisationId: string | null;
  householdId: string | null;
  personIds: string[];
  entityType: string;
  entityId: string;
  caseId: string | null;
  regionId: string | null;
  payload: Json<Record<string, unknown>>;
  legacy: Generated<boolean>;
  requestId: string | null;
}
export interface AccessLogTable {
  seq: Generated<number>;
  occurredAt: Timestamp;
  actorId: string | null;
  actorKind: string;
  onBehalfOf: string | null;
  organisationId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  householdId: string | null;
  personIds: string[];
  purpose: string;
  legalBasis: string;
  requestId: string | null;
  breakGlassGrantId: string | null;
}
/** One sealed batch of the access log: every row with firstSeq < seq <= lastSeq (audit/sealer.ts). */
export interface AccessLogSealsTable {
  batchNo: number;
  firstSeq: number;
  lastSeq: number;
  rowCount: number;
  rowsDigest: string;
  prevHash: string;
  hash: string;
  sealedAt: Timestamp;
}
/** A signed checkpoint over a batch, also written to the anchor outside the database. */
export interface AccessLogCheckpointsTable {
  id: Generated<number>;
  batchNo: number;
  batchHash: string;
  rowsTotal: number;
  createdAt: Timestamp;
  keyId: string;
  signature: string;
}
export interface SessionsTable {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  lastSeenAt: Timestamp;
  expiresAt: Timestamp;
}
export interface OidcStatesTable {
  state: string;
  codeVerifier: string;
  nonce: string;
  createdAt: CreatedAt;
}

type DateCol = string;

interface CaseScoped {
  id: string;
  caseId: string;
  householdId: string;
}
export interface ReportsTable extends CaseScoped {
  kind: string;
  channel: string;
  receivedAt: Timestamp;
  receivedBy: string;
  receivedByOrganisationId: string;
  summary: string;
  reporterKind: string;
  reporterAnonymous: boolean;
  reporterName: string | null;
  reporterOrganisation: string | null;
  reporterContact: string | null;
  meldcodeStep: string | null;
  urgency: string | null;
  nextStep: string | null;
  triageRationale: string | null;
  triagedAt: Timestamp | null;
  triagedBy: string | null;
}
export interface ReporterFeedbackTable extends CaseScoped {
  reportId: string;
  kind: string;
  sentAt: Timestamp;
  sentBy: string;
}
export interface ConcernsTable extends CaseScoped {
  reportId: string | null;
  type: string;
  description: string;
  heldBy: Json<{ kind: string; name?: string | null }[]>;
  status: Generated<string>;
  taxonomyVersion: string;
  createdAt: Timestamp;
  createdBy: string;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface InvestigationsTable extends CaseScoped {
  kind: 'FIRST' | 'EXTENDED';
  leadOrganisationKind: 'LOCAL_TEAM' | 'RVT';
  startedAt: Timestamp;
  startedBy: string;
  decidedAt: Timestamp | null;
  decidedBy: string | null;
  proposedRule: string | null;
  proposalOptions: string[] | null;
  decisionRound: Generated<number>;
  outcome: string | null;
  deviates: boolean | null;
  rationale: string | null;
  householdView: string | null;
  deviationReason: string | null;
  reducibleVia: string[] | null;
  ruleSetVersion: string;
  cancelledAt: Timestamp | null;
  cancelReason: string | null;
  /** Set by a trigger: the organisation of the team member holding the open deadline (the team lead's view). */
  holderOrganisationId: Generated<string | null>;
}
export interface JudgementsTable {
  id: string;
  investigationId: string;
  householdId: string;
  question: string;
  value: 'YES' | 'NO' | 'UNCLEAR';
  rationale: string;
  householdView: string | null;
  position: number;
  round: Generated<number>;
}
export interface InvestigationConcernsTable {
  investigationId: string;
  concernId: string;
  householdId: string;
}
export interface FactsTable extends CaseScoped {
  investigationId: string | null;
  statement: string;
  observedOn: DateCol | null;
  sourceKind: string;
  sourceDescription: string;
  obtainedWithConsent: boolean;
  legalBasis: string | null;
  verification: string;
  createdAt: Timestamp;
  createdBy: string;
  version: Generated<number>;
}
export interface FactPersonsTable {
  factId: string;
  personId: string;
  householdId: string;
}
export interface FactConcernsTable {
  factId: string;
  concernId: string;
  householdId: string;
}
export interface FactResponsesTable extends CaseScoped {
  factId: string;
  personId: string;
  text: string;
  respondedAt: Timestamp;
  recordedBy: string | null;
}
export interface ConcernPersonsTable {
  concernId: string;
  personId: string;
  householdId: string;
}
export interface NetworkConferencesTable extends CaseScoped {
  investigationId: string;
  heldOn: DateCol;
  participants: Json<{ name: string; role: string }[]>;
  outcome: string;
  nextSteps: string;
  createdAt: Timestamp;
  createdBy: string;
}
export interface ExpertConsultsTable extends CaseScoped {
  investigationId: string;
  requestedBy: string;
  expertName: string;
  question: string;
  advice: string | null;
  requestedAt: Timestamp;
  advisedAt: Timestamp | null;
}
export interface SafetyAssessmentsTable extends CaseScoped {
  instrumentId: string;
  instrumentVersion: string;
  dangers: Json<string[]>;
  protectiveFactors: Json<string[]>;
  safetyConditions: Json<string[]>;
  professionalScore: number;
  familyScores: Json<{ personId: string; score: number; note?: string | null }[]>;
  uncertainty: string | null;
  disagreement: string | null;
  assessedAt: Timestamp;
  assessedBy: string;
}
export interface SafetyPlanVersionsTable extends CaseScoped {
  versionNo: number;
  conditions: Json<string[]>;
  agreements: Json<{ text: string; owner: { kind: string; name: string } }[]>;
  checkDates: Json<string[]>;
  familyAgreementStatus: string;
  familyAgreementNote: string | null;
  createdAt: Timestamp;
  createdBy: string;
}
export interface SafetyPlanEventsTable extends CaseScoped {
  kind: 'BREACH' | 'EVALUATION';
  occurredOn: DateCol;
  description: string;
  followUp: string | null;
  conditionsMet: string | null;
  householdView: string | null;
  createdAt: Timestamp;
  createdBy: string;
}
export interface LifeDomainsTable {
  code: string;
  labelNl: string;
  labelEn: string;
  position: number;
  active: Generated<boolean>;
}
export interface PlanGoalsTable extends CaseScoped {
  personId: string | null;
  lifeDomain: string;
  description: string;
  status: Generated<string>;
  /** Why the goal was last marked achieved, stopped or active again (issue 9.1). */
  statusReason: string | null;
  createdAt: Timestamp;
  createdBy: string;
  version: Generated<number>;
}
export interface PlanScoresTable extends CaseScoped {
  personId: string | null;
  lifeDomain: string;
  score: number;
  scoredBy: string;
  note: string | null;
  scoredAt: Timestamp;
  recordedBy: string;
}
export interface PlanActionsTable extends CaseScoped {
  goalId: string;
  description: string;
  ownerKind: string;
  ownerName: string;
  dueOn: DateCol | null;
  createdAt: Timestamp;
  createdBy: string;
}
export interface PlanEvaluationsTable extends CaseScoped {
  summary: string;
  householdView: string | null;
  evaluatedAt: Timestamp;
  evaluatedBy: string;
}
export interface InterventionsTable extends CaseScoped {
  goalId: string | null;
  title: string;
  category: string;
  provider: string;
  frame: string;
  consent: Json<Record<string, unknown>> | null;
  measureReference: string | null;
  status: Generated<string>;
  requestedOn: DateCol;
  startedOn: DateCol | null;
  endedOn: DateCol | null;
  unavailableOn: DateCol | null;
  endReason: string | null;
  unmetReason: string | null;
  declinedOn: DateCol | null;
  declineReason: string | null;
  createdAt: Timestamp;
  createdBy: string;
  version: Generated<number>;
}
export interface InterventionPersonsTable {
  interventionId: string;
  personId: string;
  householdId: string;
}
export interface UrgentSafetyEpisodesTable extends CaseScoped {
  situation: string;
  stateAtStart: string;
  startedAt: Timestamp;
  startedBy: string;
  immediateMeasures: Json<string[]> | null;
  safetyReached: string | null;
  returnedTo: string | null;
  endedAt: Timestamp | null;
  endedBy: string | null;
}
export interface SafetyMonitoringTable extends CaseScoped {
  investigationId: string | null;
  startedAt: Timestamp;
  startedBy: string;
  endedAt: Timestamp | null;
  endedBy: string | null;
  endReason: string | null;
}
export interface PathwayTransitionsTable extends CaseScoped {
  fromState: string;
  toState: string;
  label: string;
  /** Only a manual step's own reason; a decision's reasons stay with its source item. */
  reason: string | null;
  trigger: string | null;
  sourceType: string | null;
  sourceId: string | null;
  occurredAt: Timestamp;
  actorId: string;
}
export interface DeadlinesTable extends CaseScoped {
  kind: string;
  subjectId: string | null;
  responsibleRole: 'FIXED_PROFESSIONAL' | 'RVT_PARTNER' | 'EXPERT';
  dueOn: DateCol;
  rulePackVersion: string;
  createdAt: Timestamp;
  metAt: Timestamp | null;
  cancelledAt: Timestamp | null;
  cancelReason: string | null;
}

export interface IdempotencyKeysTable {
  accountId: string;
  key: string;
  requestHash: string;
  statusCode: number | null;
  response: Json<unknown> | null;
  createdAt: Timestamp;
}

/** Progress of the synthetic demo seed (migration 20261129000500-demo-seed-progress). */
export interface DemoSeedRunsTable {
  seed: number;
  households: number;
  startedAt: Timestamp;
  completedAt: Timestamp | null;
}
export interface DemoStagesTable {
  stage: string;
  householdId: string;
  startedAt: Timestamp;
  completedAt: Timestamp | null;
}

// ---------- The legal route (migration 20261129000900) ----------
interface PetitionScoped {
  petitionId: string;
  householdId: string;
}
export interface PetitionsTable extends CaseScoped {
  measureTypeId: string;
  catalogueVersion: string;
  addressee: string;
  state: PetitionState;
  petitionerId: string;
  organisationId: string;
  proportionality: Json<{
    intrusiveness: string;
    duration: string;
    scope: string;
    why: string;
  } | null> | null;
  childInterest: string | null;
  legalAdvice: Json<{ summary: string; adviser: string; givenOn: string } | null> | null;
  familySummary: string | null;
  filedOn: DateCol | null;
  court: string | null;
  filedBy: string | null;
  filedGate: Json<{ safeguard: string; code: string; ref?: string | null }[] | null> | null;
  notFiledReason: string | null;
  unmetNeed: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface PetitionPersonsTable extends PetitionScoped {
  personId: string;
  name: string;
  birthDate: DateCol | null;
  holdsParentalAuthority: boolean;
  target: boolean;
  actionAim: boolean;
  involvedChild: boolean;
}
export interface PetitionGroundsTable extends PetitionScoped {
  id: string;
  position: number;
  claim: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface PetitionGroundFactsTable extends PetitionScoped {
  groundId: string;
  factId: string;
  position: number;
  factVersion: number;
  statement: string;
  observedOn: DateCol | null;
  sourceKind: string;
  sourceDescription: string;
  obtainedWithConsent: boolean;
  legalBasis: string | null;
  verification: string;
  factRecordedAt: Timestamp;
}
export interface PetitionFactResponsesTable extends PetitionScoped {
  groundId: string;
  factId: string;
  responseId: string;
  personId: string;
  text: string;
  respondedAt: Timestamp;
}
export interface PetitionHearingAttemptsTable extends PetitionScoped {
  id: string;
  factId: string;
  personId: string;
  attemptedOn: DateCol;
  description: string;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface PetitionAlternativesTable extends PetitionScoped {
  id: string;
  step: string;
  outcome: string;
  whyInsufficient: string;
  createdAt: Timestamp;
}
export interface PetitionAlternativeInterventionsTable extends PetitionScoped {
  alternativeId: string;
  interventionId: string;
  type: string;
  frame: string;
  status: string;
  startedOn: DateCol | null;
  provider: string | null;
}
export interface PetitionChildVoicesTable extends PetitionScoped {
  childId: string;
  how: string;
  view: string | null;
  interests: string | null;
  exceptionReason: string | null;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface PetitionConsultationsTable extends PetitionScoped {
  id: string;
  party: string;
  personId: string | null;
  heldOn: DateCol;
  summary: string;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface SupportOffersTable extends CaseScoped {
  personId: string;
  kind: string;
  offeredOn: DateCol;
  response: string;
  provider: string | null;
  recordedBy: string;
  recordedAt: Timestamp;
  version: Generated<number>;
}
export interface PetitionReviewsTable extends PetitionScoped {
  id: string;
  reviewerId: string;
  reviewerOrganisationId: string;
  juristId: string;
  behaviouralScientistId: string;
  assignedBy: string;
  assignedAt: Timestamp;
  until: Timestamp;
  submittedAt: Timestamp | null;
  attestedAt: Timestamp | null;
  lapsedAt: Timestamp | null;
  answers: Json<Record<string, { answer: string; explanation: string }> | null> | null;
  outcome: string | null;
  unmetNeed: string | null;
}
export interface PetitionReviewFindingsTable {
  id: string;
  reviewId: string;
  householdId: string;
  position: number;
  safeguard: string | null;
  groundId: string | null;
  text: string;
}
export interface RulingsTable extends PetitionScoped {
  id: string;
  decidedOn: DateCol;
  outcome: string;
  judge: string;
  legalGround: string | null;
  conditions: string | null;
  counterExpertise: string | null;
  hearings: Json<{ heldOn: string; note: string | null }[]>;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface RunningMeasuresTable extends CaseScoped {
  petitionId: string;
  rulingId: string;
  measureTypeId: string;
  executorOrganisationId: string | null;
  judge: string;
  startsOn: DateCol;
  endsOn: DateCol | null;
  endingGoals: string | null;
  status: Generated<'RUNNING' | 'ENDED'>;
  endedOn: DateCol | null;
  endReason: string | null;
  createdAt: Timestamp;
  version: Generated<number>;
}
export interface RunningMeasurePersonsTable {
  measureId: string;
  householdId: string;
  personId: string;
}

export interface PlacementsTable extends CaseScoped {
  measureId: string;
  childId: string;
  kind: string;
  place: string;
  withSiblings: boolean | null;
  startsOn: DateCol;
  endsOn: DateCol | null;
  endReason: string | null;
  returnedHome: boolean | null;
  createdAt: Timestamp;
  createdBy: string;
  version: Generated<number>;
}
export interface ReturnHomePlansTable {
  id: string;
  householdId: string;
  measureId: string;
  childId: string;
  goal: string;
  conditions: string;
  reviewOn: DateCol;
  updatedAt: Timestamp;
  updatedBy: string;
  version: Generated<number>;
}
export interface ContactAgreementsTable {
  id: string;
  householdId: string;
  measureId: string;
  childId: string;
  withPersonId: string | null;
  withName: string | null;
  timesPerMonth: number;
  supervised: boolean;
  startsOn: DateCol;
  endsOn: DateCol | null;
  createdAt: Timestamp;
  createdBy: string;
  version: Generated<number>;
}
export interface ContactMomentsTable {
  id: string;
  householdId: string;
  agreementId: string;
  onDate: DateCol;
  happened: boolean;
  reason: string | null;
  recordedAt: Timestamp;
  recordedBy: string;
}
export interface MeasureOrderedHelpTable {
  id: string;
  householdId: string;
  measureId: string;
  position: number;
  category: string;
  description: string;
}
export interface RightsNoticesTable extends CaseScoped {
  frame: 'VOLUNTARY' | 'DRANG' | 'COERCED';
  trigger: string;
  issuedAt: Timestamp;
  issuedBy: string;
}
/** Issue 10.8: one member's visibility of one legal-route object, overriding the default. */
export interface FamilyVisibilityTable {
  id: string;
  householdId: string;
  subjectKind: string;
  subjectId: string;
  personId: string;
  visible: boolean;
  reason: string | null;
  setBy: string;
  setAt: Timestamp;
  version: Generated<number>;
}
export interface MeasureEvaluationsTable {
  id: string;
  householdId: string;
  measureId: string;
  evaluatedOn: DateCol;
  summary: string;
  goalsReached: boolean;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface DB {
  measureEvaluations: MeasureEvaluationsTable;
  rightsNotices: RightsNoticesTable;
  familyVisibility: FamilyVisibilityTable;
  measureOrderedHelp: MeasureOrderedHelpTable;
  placements: PlacementsTable;
  returnHomePlans: ReturnHomePlansTable;
  contactAgreements: ContactAgreementsTable;
  contactMoments: ContactMomentsTable;
  petitions: PetitionsTable;
  petitionPersons: PetitionPersonsTable;
  petitionGrounds: PetitionGroundsTable;
  petitionGroundFacts: PetitionGroundFactsTable;
  petitionFactResponses: PetitionFactResponsesTable;
  petitionHearingAttempts: PetitionHearingAttemptsTable;
  petitionAlternatives: PetitionAlternativesTable;
  petitionAlternativeInterventions: PetitionAlternativeInterventionsTable;
  petitionChildVoices: PetitionChildVoicesTable;
  petitionConsultations: PetitionConsultationsTable;
  supportOffers: SupportOffersTable;
  petitionReviews: PetitionReviewsTable;
  petitionReviewFindings: PetitionReviewFindingsTable;
  rulings: RulingsTable;
  runningMeasures: RunningMeasuresTable;
  runningMeasurePersons: RunningMeasurePersonsTable;
  idempotencyKeys: IdempotencyKeysTable;
  regions: RegionsTable;
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  accounts: AccountsTable;
  organisationMemberships: OrganisationMembershipsTable;
  households: HouseholdsTable;
  persons: PersonsTable;
  memberships: MembershipsTable;
  relations: RelationsTable;
  relationChanges: RelationChangesTable;
  networkMembers: NetworkMembersTable;
  cases: CasesTable;
  caseTeamMembers: CaseTeamMembersTable;
  timelineEntries: TimelineEntriesTable;
  timelineEntryPersons: TimelineEntryPersonsTable;
  personAddresses: PersonAddressesTable;
  shieldingRecords: ShieldingRecordsTable;
  breakGlassGrants: BreakGlassGrantsTable;
  dossierEvents: DossierEventsTable;
  accessLog: AccessLogTable;
  accessLogSeals: AccessLogSealsTable;
  accessLogCheckpoints: AccessLogCheckpointsTable;
  sessions: SessionsTable;
  oidcStates: OidcStatesTable;
  reports: ReportsTable;
  reporterFeedback: ReporterFeedbackTable;
  concerns: ConcernsTable;
  investigations: InvestigationsTable;
  judgements: JudgementsTable;
  investigationConcerns: InvestigationConcernsTable;
  facts: FactsTable;
  factPersons: FactPersonsTable;
  factConcerns: FactConcernsTable;
  factResponses: FactResponsesTable;
  concernPersons: ConcernPersonsTable;
  networkConferences: NetworkConferencesTable;
  expertConsults: ExpertConsultsTable;
  safetyAssessments: SafetyAssessmentsTable;
  safetyPlanVersions: SafetyPlanVersionsTable;
  safetyPlanEvents: SafetyPlanEventsTable;
  lifeDomains: LifeDomainsTable;
  planGoals: PlanGoalsTable;
  planScores: PlanScoresTable;
  planActions: PlanActionsTable;
  planEvaluations: PlanEvaluationsTable;
  interventions: InterventionsTable;
  interventionPersons: InterventionPersonsTable;
  urgentSafetyEpisodes: UrgentSafetyEpisodesTable;
  safetyMonitoring: SafetyMonitoringTable;
  pathwayTransitions: PathwayTransitionsTable;
  deadlines: DeadlinesTable;
  adminChanges: AdminChangesTable;
  demoSeedRuns: DemoSeedRunsTable;
  demoStages: DemoStagesTable;
  complaints: ComplaintsTable;
  complaintAkjOffers: ComplaintAkjOffersTable;
  decisionPolicies: DecisionPoliciesTable;
  decisions: DecisionsTable;
  decisionFacts: DecisionFactsTable;
  decisionGates: DecisionGatesTable;
}

/** KT9-R3: a complaint, kept apart from the casework (migration 20261129001000-complaints). */
export interface ComplaintsTable {
  id: string;
  householdId: string;
  caseId: string | null;
  personId: string;
  personName: string;
  representativeName: string | null;
  subject: string;
  referenceId: string | null;
  aboutProfessionalId: string | null;
  receivedOn: DateCol;
  text: string;
  youthCareMatter: boolean;
  akjApplicable: boolean;
  rulePackVersion: string;
  acknowledgeDueOn: DateCol;
  decideDueOn: DateCol;
  recordedBy: string;
  recordedAt: Timestamp;
  acknowledgedOn: DateCol | null;
  acknowledgedBy: string | null;
  handlerId: string | null;
  handlerOrganisationId: string | null;
  handlerAssignedBy: string | null;
  handlerAssignedAt: Timestamp | null;
  extendedDueOn: DateCol | null;
  extensionReason: string | null;
  extendedBy: string | null;
  extendedAt: Timestamp | null;
  outcome: string | null;
  decidedOn: DateCol | null;
  reasons: string | null;
  changes: string | null;
  closedBy: string | null;
  closedAt: Timestamp | null;
  updatedAt: Timestamp;
  version: Generated<number>;
}
export interface ComplaintAkjOffersTable {
  id: string;
  complaintId: string;
  householdId: string;
  moment: string;
  offeredOn: DateCol;
  personId: string | null;
  representative: boolean;
  recordedBy: string;
  recordedAt: Timestamp;
}
export interface DecisionPoliciesTable {
  regionId: string;
  decisionType: string;
  reviewRoles: string[] | null;
  fourEyesRoles: string[] | null;
  reason: string;
  version: number;
  updatedBy: string | null;
  updatedAt: Timestamp;
}
export interface DecisionsTable extends CaseScoped {
  type: string;
  status: string;
  decidedBy: string;
  decidedAt: Timestamp;
  organisationId: string | null;
  rule: string | null;
  rulePackVersion: string;
  reasons: string;
  childInterest: string | null;
  familyView: string | null;
  alternatives: Json<{ option: string; whyNot: string }[]>;
  heard: Json<{ personId: string; mode: string; view?: string | null; reason?: string | null }[]>;
  dissent: Json<{ by: string; view: string }[]>;
  policy: Json<Record<string, unknown>>;
  subjectType: string | null;
  subjectId: string | null;
  command: string | null;
  commandInput: Json<Record<string, unknown>> | null;
  takenAt: Timestamp | null;
  closedReason: string | null;
  version: Generated<number>;
}
export interface DecisionFactsTable {
  decisionId: string;
  householdId: string;
  factId: string;
  factVersion: number;
}
export interface DecisionGatesTable {
  id: string;
  decisionId: string;
  householdId: string;
  gate: string;
  outcome: string;
  bestForHousehold: string | null;
  followsFromInformation: string | null;
  rationale: string;
  answeredBy: string;
  answeredAt: Timestamp;
}
