import type { PathwayState } from '@gezinsdossier/domain';

export interface Deadline {
  id: string;
  kind: string;
  subjectId: string | null;
  responsibleRole: string;
  dueOn: string;
  rulePackVersion: string;
  metAt: string | null;
  status: 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'ESCALATED' | 'MET';
}

export interface RecordedJudgement {
  value: 'YES' | 'NO' | 'UNCLEAR';
  rationale: string;
  householdView?: string | null;
}
export interface DecisionRecordData {
  establishment?: Record<string, RecordedJudgement | string[] | undefined> & { reducibleVia?: string[] };
  rationale?: string;
  householdView?: string | null;
  deviationReason?: string | null;
  proposal?: { rule: string; options: string[] };
  [question: string]: unknown;
}

export interface Casework {
  case: {
    id: string;
    pathwayState: PathwayState;
    stateChangedAt: string | null;
    openedAt: string;
    rulePackVersion: string;
    nextStates: PathwayState[];
    manualMoves: { to: PathwayState; label: string }[];
  } | null;
  answersQuestions: { id: string; displayName: string; organisationName: string } | null;
  rvtPartner: { id: string; displayName: string; organisationName: string } | null;
  dueNext: Deadline | null;
  deadlines: Deadline[];
  transitions: {
    id: string;
    fromState: PathwayState;
    toState: PathwayState;
    label: string;
    reason: string | null;
    occurredAt: string;
    actorName: string | null;
  }[];
  reports: {
    id: string;
    kind: string;
    channel: string;
    receivedAt: string;
    summary: string;
    reporter: {
      kind: string;
      anonymous: boolean;
      name?: string | null;
      organisation?: string | null;
      meldcodeStep?: string | null;
    };
    urgency: string | null;
    nextStep: string | null;
    triagedAt: string | null;
  }[];
  reporterFeedback: { reportId: string; kind: string; sentAt: string }[];
  concerns: {
    id: string;
    type: string;
    description: string;
    aboutPersonIds: string[];
    heldBy: { kind: string; name?: string | null }[];
    status: string;
    version: number;
  }[];
  facts: {
    id: string;
    statement: string;
    observedOn: string | null;
    sourceKind: string;
    sourceDescription: string;
    obtainedWithConsent: boolean;
    legalBasis: string | null;
    verification: string;
    responseText: string | null;
    version: number;
  }[];
  openInvestigationId: string | null;
  investigations: {
    id: string;
    kind: 'FIRST' | 'EXTENDED';
    startedAt: string;
    decidedAt: string | null;
    outcome: string | null;
    proposedRule: string | null;
    deviates: boolean | null;
    /** The recorded judgements, the table's proposal and the reasons (see DecisionRecord). */
    decision: DecisionRecordData | null;
    conferences: {
      id: string;
      heldOn: string;
      outcome: string;
      nextSteps: string;
      participants: { name: string }[];
    }[];
    consults: {
      id: string;
      expertName: string;
      question: string;
      advice: string | null;
      requestedBy: string;
    }[];
  }[];
  safetyAssessments: {
    id: string;
    assessedAt: string;
    professionalScore: number;
    familyScores: { personId: string; score: number }[];
    dangers: string[];
    protectiveFactors: string[];
    safetyConditions: string[];
    uncertainty: string | null;
    disagreement: string | null;
  }[];
  safetyPlans: {
    id: string;
    versionNo: number;
    conditions: string[];
    agreements: { text: string; owner: { kind: string; name: string } }[];
    checkDates: string[];
    familyAgreementStatus: string;
    familyAgreementNote: string | null;
    createdAt: string;
  }[];
  safetyPlanEvents: {
    id: string;
    kind: 'BREACH' | 'EVALUATION';
    occurredOn: string;
    description: string;
    followUp: string | null;
    conditionsMet: string | null;
  }[];
  familyPlan: {
    lifeDomains: { code: string; labelNl: string; labelEn: string }[];
    goals: {
      id: string;
      personId: string | null;
      lifeDomain: string;
      description: string;
      status: string;
      version: number;
    }[];
    scores: {
      id: string;
      personId: string | null;
      lifeDomain: string;
      score: number;
      scoredBy: string;
      scoredAt: string;
    }[];
    actions: {
      id: string;
      goalId: string;
      description: string;
      ownerKind: string;
      ownerName: string;
      dueOn: string | null;
    }[];
    evaluations: { id: string; summary: string; householdView: string | null; evaluatedAt: string }[];
  };
  interventions: {
    id: string;
    title: string;
    category: string;
    provider: string;
    targetPersonIds: string[];
    frame: string;
    status: string;
    requestedOn: string;
    startedOn: string | null;
    endedOn: string | null;
    unmetReason: string | null;
    waitingDays: number;
    version: number;
  }[];
  urgentSafety: { id: string; situation: string; startedAt: string; active: boolean; stateAtStart: string }[];
  safetyMonitoring: { id: string; startedAt: string; active: boolean }[];
  abilities: Record<string, boolean>;
}
