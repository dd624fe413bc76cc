import type { TeamRole } from './case-team';
import type { DeadlineKindId, TimedDeadlineKind } from './deadline-kinds';
import { AppError } from './errors';
import type { IntakeChannel } from './intake';
import type { ExtendedOutcome, FirstOutcome } from './investigation';
import {
  assertPathwayTransition,
  MANUAL_PATHWAY_MOVES,
  type PathwayState,
  type PathwayTransition,
} from './pathway';

/**
 * What a step along the pathway (§4.3) leads to, as pure rules: which trigger may take which edge, the guards
 * on entering a state (VAL-08, the legal route), and the consequences — which investigation opens or is
 * cancelled, which deadlines start, are met or are cancelled, and who owns them. The one transition use
 * case in the server applies these effects; no command decides them itself.
 *
 * The rule every entry follows: a case never sits in a state without what its next step needs. A first
 * investigation has an open first investigation with its deadlines; an extended investigation (and the
 * independent expert's interim step) an open extended investigation; safety monitoring an active
 * monitoring record; a closed case nothing open at all; and no deadline survives the state it belonged to.
 * A case opened without its Lokaal Team (VAL-01's exception) takes no step until the Lokaal Team is linked:
 * what happens next is decided together with the vast gezicht (spec §1.3, §5.10 flow 2).
 */

/** What performs a step. Each trigger may take only its own edges. */
export const PATHWAY_TRIGGERS = [
  'TRIAGE', // KT2: the triage of a report
  'FIRST_DECISION', // KT3a: EO-1..EO-3
  'EXTENDED_DECISION', // KT3b: UO-1..UO-3
  'EXPERT_ADVICE', // UO-2: the independent expert's advice is in
  'MANUAL', // a reasoned step without a decision table (MANUAL_PATHWAY_MOVES)
  'URGENT_SAFETY_RETURN', // KT5-R3: the explicit return after spoed
  'MONITORING_ENDED', // VAL-08: RVT safety monitoring ended explicitly
  'LEGAL_ROUTE', // KT6–KT8: a petition sent to review, corrected, not filed, filed, decided
] as const;
export type PathwayTrigger = (typeof PATHWAY_TRIGGERS)[number];

const EDGES_BY_TRIGGER: Record<PathwayTrigger, readonly { from: PathwayState; to: PathwayState }[]> = {
  TRIAGE: [
    { from: 'SIGNAL_RECEIVED', to: 'INFO_ADVICE' },
    { from: 'SIGNAL_RECEIVED', to: 'FIRST_INVESTIGATION' },
    // §5.10 flow 2: only for a report the RVT received (see STRAIGHT_TO_EXTENDED).
    { from: 'SIGNAL_RECEIVED', to: 'EXTENDED_INVESTIGATION' },
  ],
  FIRST_DECISION: [
    { from: 'FIRST_INVESTIGATION', to: 'CLOSED' },
    { from: 'FIRST_INVESTIGATION', to: 'VOLUNTARY_HELP' },
    { from: 'FIRST_INVESTIGATION', to: 'EXTENDED_INVESTIGATION' },
  ],
  EXTENDED_DECISION: [
    { from: 'EXTENDED_INVESTIGATION', to: 'VOLUNTARY_HELP' },
    { from: 'EXTENDED_INVESTIGATION', to: 'INDEPENDENT_EXPERT' },
    { from: 'EXTENDED_INVESTIGATION', to: 'PETITION_PREPARATION' },
    { from: 'EXTENDED_INVESTIGATION', to: 'SAFETY_MONITORING' },
  ],
  EXPERT_ADVICE: [{ from: 'INDEPENDENT_EXPERT', to: 'EXTENDED_INVESTIGATION' }],
  MANUAL: MANUAL_PATHWAY_MOVES,
  // After spoed the case returns where it was (no step) or escalates along the diagram (spec §4.3 overlay).
  URGENT_SAFETY_RETURN: [
    { from: 'SIGNAL_RECEIVED', to: 'FIRST_INVESTIGATION' },
    { from: 'FIRST_INVESTIGATION', to: 'EXTENDED_INVESTIGATION' },
    { from: 'VOLUNTARY_HELP', to: 'EXTENDED_INVESTIGATION' },
  ],
  MONITORING_ENDED: [{ from: 'SAFETY_MONITORING', to: 'CLOSED' }],
  LEGAL_ROUTE: [
    { from: 'PETITION_PREPARATION', to: 'REVIEW' }, // sent to counter-review (KT7)
    { from: 'PETITION_PREPARATION', to: 'VOLUNTARY_HELP' }, // the draft withdrawn, with a reason
    { from: 'REVIEW', to: 'PETITION_PREPARATION' }, // CORRECT_FIRST: corrections before filing
    { from: 'REVIEW', to: 'VOLUNTARY_HELP' }, // DO_NOT_FILE: too heavy a measure
    { from: 'REVIEW', to: 'AWAITING_DECISION' }, // filed after PROCEED and a passing gate
    { from: 'AWAITING_DECISION', to: 'COERCED_EXECUTION' }, // granted (KT8)
    { from: 'AWAITING_DECISION', to: 'VOLUNTARY_HELP' }, // rejected
    { from: 'COERCED_EXECUTION', to: 'SAFETY_MONITORING' }, // the measure ended
  ],
};

/** The states a trigger may lead to from `from`. */
export function stepsByTrigger(from: PathwayState, trigger: PathwayTrigger): PathwayState[] {
  return EDGES_BY_TRIGGER[trigger].filter((e) => e.from === from).map((e) => e.to);
}

/**
 * The returns offered when spoed ends: back to where the case is, or one escalation step (KT5-R3). A case
 * still waiting for its Lokaal Team can only return where it is (it takes no step before the link).
 */
export function urgentSafetyReturns(state: PathwayState, localTeamLinked = true): PathwayState[] {
  return localTeamLinked ? [state, ...stepsByTrigger(state, 'URGENT_SAFETY_RETURN')] : [state];
}

/** The next steps a triage may name (the request's `nextStep`; KEEP_CURRENT once the pathway has started). */
export type TriageNextStep =
  | 'INFO_ADVICE'
  | 'FIRST_INVESTIGATION'
  | 'EXTENDED_INVESTIGATION'
  | 'KEEP_CURRENT';

/**
 * Whether a triage may go straight from the signal to an extended investigation (§5.10 flow 2): the report
 * was received by the RVT, and the Lokaal Team is linked (checked for every step, see planPathwayStep).
 */
export function mayGoStraightToExtended(reportChannel: IntakeChannel | null | undefined): boolean {
  return reportChannel === 'RVT';
}

/**
 * The next steps a triage of one report may offer: none before the Lokaal Team is linked (the triage is
 * done together with it), KEEP_CURRENT once the pathway has started, otherwise information and advice or a
 * first investigation, and for a report the RVT received also an extended investigation straight away.
 */
export function triageNextSteps(
  state: PathwayState,
  reportChannel: IntakeChannel,
  localTeamLinked: boolean,
): TriageNextStep[] {
  if (!localTeamLinked) {
    return [];
  }
  if (state !== 'SIGNAL_RECEIVED') {
    return ['KEEP_CURRENT'];
  }
  return stepsByTrigger(state, 'TRIAGE').filter(
    (to): to is Exclude<TriageNextStep, 'KEEP_CURRENT'> =>
      to !== 'EXTENDED_INVESTIGATION' || mayGoStraightToExtended(reportChannel),
  );
}

/** Where each decision outcome leads (decision tables EO and UO, spec §5). */
export const FIRST_OUTCOME_STATES: Record<FirstOutcome, PathwayState> = {
  EO1_CLOSE: 'CLOSED',
  EO2_VOLUNTARY_HELP: 'VOLUNTARY_HELP',
  EO3_EXTENDED: 'EXTENDED_INVESTIGATION',
};
export const EXTENDED_OUTCOME_STATES: Record<ExtendedOutcome, PathwayState> = {
  UO1_VOLUNTARY_HELP: 'VOLUNTARY_HELP',
  UO1_SAFETY_MONITORING: 'SAFETY_MONITORING',
  UO2_INDEPENDENT_EXPERT: 'INDEPENDENT_EXPERT',
  UO3_PETITION: 'PETITION_PREPARATION',
};

/** The team role that owns a deadline; EXPERT only as LINK_LOCAL_TEAM's fallback (the crisis service). */
export type ResponsibleRole = TeamRole;
export const RESPONSIBLE_ROLES = ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT'] as const;
/** The record a deadline belongs to. */
export type DeadlineSubject =
  | 'REPORT'
  | 'INVESTIGATION'
  | 'CASE'
  | 'MONITORING'
  | 'SAFETY_PLAN'
  | 'MEASURE'
  | 'COMPLAINT';

/**
 * Every deadline kind: who owns it, what it belongs to, and the pathway states it belongs to (it is
 * cancelled when the case leaves them; null: it belongs to its record, not to a state). `fallback` owns
 * it in a team without a duo — neither a vast gezicht nor an RVT partner (see deadlineOwner).
 */
export const DEADLINE_RULES: Record<
  DeadlineKindId,
  {
    role: ResponsibleRole;
    fallback?: ResponsibleRole;
    /**
     * Held by someone outside the case team once they are assigned (a complaint's handler); `role` answers
     * for it until then.
     */
    heldBy?: 'COMPLAINT_HANDLER';
    subject: DeadlineSubject;
    states: readonly PathwayState[] | null;
  }
> = {
  TRIAGE: { role: 'FIXED_PROFESSIONAL', subject: 'REPORT', states: null },
  // The RVT links the Lokaal Team (§1.3); a report the crisis service recorded at night has no RVT partner,
  // so the crisis professional who recorded it (an added expert, the only member then) owns the link.
  LINK_LOCAL_TEAM: { role: 'RVT_PARTNER', fallback: 'EXPERT', subject: 'REPORT', states: null },
  FIRST_CONTACT: { role: 'FIXED_PROFESSIONAL', subject: 'INVESTIGATION', states: ['FIRST_INVESTIGATION'] },
  REPORTER_FEEDBACK: { role: 'FIXED_PROFESSIONAL', subject: 'REPORT', states: null },
  FIRST_INVESTIGATION_DECISION: {
    role: 'FIXED_PROFESSIONAL',
    subject: 'INVESTIGATION',
    states: ['FIRST_INVESTIGATION'],
  },
  EXTENDED_INVESTIGATION_DECISION: {
    role: 'RVT_PARTNER',
    subject: 'INVESTIGATION',
    states: ['EXTENDED_INVESTIGATION', 'INDEPENDENT_EXPERT'],
  },
  FAMILY_PLAN: { role: 'FIXED_PROFESSIONAL', subject: 'CASE', states: ['VOLUNTARY_HELP'] },
  SAFETY_PLAN_CHECK: { role: 'FIXED_PROFESSIONAL', subject: 'SAFETY_PLAN', states: null },
  SAFETY_MONITORING_REVIEW: { role: 'RVT_PARTNER', subject: 'MONITORING', states: null },
  // The RVT executes measures (INV-07); the deadlines belong to the running measure.
  MEASURE_EVALUATION: { role: 'RVT_PARTNER', subject: 'MEASURE', states: ['COERCED_EXECUTION'] },
  MEASURE_EXTENSION: { role: 'RVT_PARTNER', subject: 'MEASURE', states: ['COERCED_EXECUTION'] },
  // Complaints (KT9-R3) belong to the complaint, not to a state, and outlive the case. The terms are kept on
  // the complaint itself (complaints.ts `complaintTermOwner`): the vast gezicht, the family's contact,
  // acknowledges, and the RVT partner does when the complaint is about the vast gezicht; the decision is
  // the assigned handler's, outside the team, and the duo answers for it until one is assigned.
  COMPLAINT_ACKNOWLEDGEMENT: { role: 'FIXED_PROFESSIONAL', subject: 'COMPLAINT', states: null },
  COMPLAINT_DECISION: {
    role: 'FIXED_PROFESSIONAL',
    heldBy: 'COMPLAINT_HANDLER',
    subject: 'COMPLAINT',
    states: null,
  },
};

/**
 * Who owns a new deadline of this kind, given the roles active in the case team: the rule's role, or its
 * fallback in a team without a duo (a case the crisis service opened, held by its professional alone). A
 * deadline whose role nobody holds yet (the triage of a case waiting for its Lokaal Team) waits for its
 * owner: the worklist finds owners by role.
 */
export function deadlineOwner(kind: DeadlineKindId, activeRoles: readonly TeamRole[]): ResponsibleRole {
  const rule = DEADLINE_RULES[kind];
  const hasDuo = activeRoles.some((r) => r === 'FIXED_PROFESSIONAL' || r === 'RVT_PARTNER');
  if (!hasDuo && rule.fallback && activeRoles.includes(rule.fallback)) {
    return rule.fallback;
  }
  return rule.role;
}

/** Things that happen in casework and meet deadlines. */
export type DeadlineMeetingEvent =
  | 'REPORT_TRIAGED' // meets TRIAGE of that report, and its LINK_LOCAL_TEAM (triage needs the Lokaal Team)
  | 'LOCAL_TEAM_LINKED' // the vast gezicht joined a case opened without one (VAL-01)
  | 'CONTACT_RECORDED'
  | 'FEEDBACK_SENT'
  | 'FIRST_INVESTIGATION_DECIDED'
  | 'EXTENDED_INVESTIGATION_DECIDED'
  | 'GOAL_ADDED'
  | 'SAFETY_PLAN_EVALUATED'
  | 'SAFETY_REVIEWED' // an evaluation of the safety plan is the RVT's periodic safety review
  | 'MONITORING_ENDED'
  | 'MEASURE_EVALUATED' // a running measure was evaluated (KT8-R1)
  | 'MEASURE_ENDED'; // a running measure ended: its extension decision is no longer due

export const DEADLINES_MET_BY: Record<DeadlineMeetingEvent, readonly DeadlineKindId[]> = {
  // Triage is done by the Lokaal Team together with the RVT (KT2-R2): it links the Lokaal Team too.
  REPORT_TRIAGED: ['TRIAGE', 'LINK_LOCAL_TEAM'],
  LOCAL_TEAM_LINKED: ['LINK_LOCAL_TEAM'],
  CONTACT_RECORDED: ['FIRST_CONTACT'],
  FEEDBACK_SENT: ['REPORTER_FEEDBACK'],
  FIRST_INVESTIGATION_DECIDED: ['FIRST_INVESTIGATION_DECISION'],
  EXTENDED_INVESTIGATION_DECIDED: ['EXTENDED_INVESTIGATION_DECISION'],
  GOAL_ADDED: ['FAMILY_PLAN'],
  SAFETY_PLAN_EVALUATED: ['SAFETY_PLAN_CHECK'],
  SAFETY_REVIEWED: ['SAFETY_MONITORING_REVIEW'],
  MONITORING_ENDED: ['SAFETY_MONITORING_REVIEW'],
  MEASURE_EVALUATED: ['MEASURE_EVALUATION'],
  MEASURE_ENDED: ['MEASURE_EVALUATION', 'MEASURE_EXTENSION'],
};

/** What the case holds right now, as far as the pathway's consequences depend on it. */
export interface CaseSituation {
  state: PathwayState;
  /** The case has its vast gezicht (false only under VAL-01's exception, until the Lokaal Team is linked). */
  localTeamLinked: boolean;
  /** The kind of the open (undecided, not cancelled) investigation, if any. */
  openInvestigation: 'FIRST' | 'EXTENDED' | null;
  monitoringActive: boolean;
  hasGoals: boolean;
  /** Kinds of the case's open deadlines. */
  openDeadlines: readonly DeadlineKindId[];
}

export type StepEffect =
  | { kind: 'CANCEL_INVESTIGATION'; investigation: 'FIRST' | 'EXTENDED' }
  | { kind: 'OPEN_INVESTIGATION'; investigation: 'FIRST' | 'EXTENDED' }
  | { kind: 'START_DEADLINE'; deadline: TimedDeadlineKind }
  | { kind: 'CANCEL_DEADLINES'; deadlines: DeadlineKindId[] }
  | { kind: 'START_MONITORING' }
  /** INV-04 / LS-12: entering voluntary help or coerced execution tells the family its frame and rights. */
  | { kind: 'RIGHTS_NOTICE'; frame: 'VOLUNTARY' | 'COERCED' };

export interface PlannedStep {
  transition: PathwayTransition;
  trigger: PathwayTrigger;
  effects: StepEffect[];
}

/** The states that put the family in a frame it must be told about (INV-04): help by consent, or a measure. */
const FRAME_OF_STATE: Partial<Record<PathwayState, 'VOLUNTARY' | 'COERCED'>> = {
  VOLUNTARY_HELP: 'VOLUNTARY',
  COERCED_EXECUTION: 'COERCED',
};

/** The effects of opening an investigation: the record and its deadlines. */
function openInvestigation(kind: 'FIRST' | 'EXTENDED'): StepEffect[] {
  return kind === 'FIRST'
    ? [
        { kind: 'OPEN_INVESTIGATION', investigation: 'FIRST' },
        { kind: 'START_DEADLINE', deadline: 'FIRST_CONTACT' },
        { kind: 'START_DEADLINE', deadline: 'FIRST_INVESTIGATION_DECISION' },
      ]
    : [
        { kind: 'OPEN_INVESTIGATION', investigation: 'EXTENDED' },
        { kind: 'START_DEADLINE', deadline: 'EXTENDED_INVESTIGATION_DECISION' },
      ];
}

const INVESTIGATION_OF_STATE: Partial<Record<PathwayState, 'FIRST' | 'EXTENDED'>> = {
  FIRST_INVESTIGATION: 'FIRST',
  EXTENDED_INVESTIGATION: 'EXTENDED',
  INDEPENDENT_EXPERT: 'EXTENDED',
};

/** The investigation a state needs open, if any. */
export function investigationNeededIn(state: PathwayState): 'FIRST' | 'EXTENDED' | null {
  return INVESTIGATION_OF_STATE[state] ?? null;
}

/**
 * Plans one step: checks that the trigger may take the edge and that the target may be entered, and lists
 * every consequence in the order the use case applies them (leave the old state, then enter the new one).
 * @param options.finalExtendedDecision a final decision of an extended investigation (VAL-08: monitoring starts)
 * @param options.reportChannel for a triage: who received the report (§5.10 flow 2 is for the RVT's reports)
 * @throws AppError pathway_transition_not_allowed | safety_monitoring_active |
 *   local_team_not_linked | extended_investigation_needs_rvt_report
 */
export function planPathwayStep(
  situation: CaseSituation,
  to: PathwayState,
  trigger: PathwayTrigger,
  options: { finalExtendedDecision?: boolean; reportChannel?: IntakeChannel } = {},
): PlannedStep {
  const from = situation.state;
  const transition = assertPathwayTransition(from, to);
  if (!EDGES_BY_TRIGGER[trigger].some((e) => e.from === from && e.to === to)) {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from, to, allowed: stepsByTrigger(from, trigger) },
    });
  }
  // VAL-01: what happens after the report is decided together with the Lokaal Team.
  if (!situation.localTeamLinked) {
    throw new AppError('local_team_not_linked', { data: { from, to } });
  }
  if (
    trigger === 'TRIAGE' &&
    from === 'SIGNAL_RECEIVED' &&
    to === 'EXTENDED_INVESTIGATION' &&
    !mayGoStraightToExtended(options.reportChannel)
  ) {
    throw new AppError('extended_investigation_needs_rvt_report', { data: { from, to } });
  }
  if (to === 'CLOSED' && situation.monitoringActive) {
    throw new AppError('safety_monitoring_active');
  }
  const effects: StepEffect[] = [];
  // Leaving: an investigation the new state does not continue is cancelled (it was not decided).
  const kept = investigationNeededIn(to);
  let open = situation.openInvestigation;
  if (open && open !== kept) {
    effects.push({ kind: 'CANCEL_INVESTIGATION', investigation: open });
    open = null;
  }
  // Deadlines of the states left behind, and on closing every deadline.
  const cancelled = situation.openDeadlines.filter((kind) => {
    if (to === 'CLOSED') {
      return true;
    }
    const states = DEADLINE_RULES[kind].states;
    return states !== null && !states.includes(to);
  });
  if (cancelled.length > 0) {
    effects.push({ kind: 'CANCEL_DEADLINES', deadlines: [...new Set(cancelled)] });
  }
  // Entering: what the new state needs.
  if (kept && open !== kept) {
    effects.push(...openInvestigation(kept));
  }
  let monitoring = situation.monitoringActive;
  if ((to === 'SAFETY_MONITORING' || options.finalExtendedDecision) && !monitoring) {
    effects.push(
      { kind: 'START_MONITORING' },
      { kind: 'START_DEADLINE', deadline: 'SAFETY_MONITORING_REVIEW' },
    );
    monitoring = true;
  }
  if (to === 'VOLUNTARY_HELP' && !situation.hasGoals && !situation.openDeadlines.includes('FAMILY_PLAN')) {
    effects.push({ kind: 'START_DEADLINE', deadline: 'FAMILY_PLAN' });
  }
  const frame = FRAME_OF_STATE[to];
  if (frame) {
    effects.push({ kind: 'RIGHTS_NOTICE', frame });
  }
  return { transition, trigger, effects };
}

/**
 * The situation after applying a planned step (what the case must hold afterwards). Used by the property
 * test as the model of the database, and by the invariant check.
 */
export function applyPlannedStep(situation: CaseSituation, step: PlannedStep): CaseSituation {
  let { openInvestigation: open, monitoringActive } = situation;
  let deadlines = [...situation.openDeadlines];
  for (const effect of step.effects) {
    switch (effect.kind) {
      case 'CANCEL_INVESTIGATION':
        open = null;
        break;
      case 'OPEN_INVESTIGATION':
        open = effect.investigation;
        break;
      case 'START_DEADLINE':
        deadlines.push(effect.deadline);
        break;
      case 'CANCEL_DEADLINES':
        deadlines = deadlines.filter((d) => !effect.deadlines.includes(d));
        break;
      case 'START_MONITORING':
        monitoringActive = true;
        break;
      case 'RIGHTS_NOTICE':
        break;
      default: {
        const unknown: never = effect;
        throw new Error(`unknown effect ${JSON.stringify(unknown)}`);
      }
    }
  }
  return {
    ...situation,
    state: step.transition.to,
    openInvestigation: open,
    monitoringActive,
    openDeadlines: deadlines,
  };
}

/**
 * What is wrong with a situation, as stable problem codes (empty when the case holds what its state needs).
 * The invariant of every pathway step; the property tests check it after every command.
 */
export function situationProblems(s: CaseSituation): string[] {
  const problems: string[] = [];
  if (!s.localTeamLinked && s.state !== 'SIGNAL_RECEIVED') {
    problems.push('step_taken_without_local_team');
  }
  const needed = investigationNeededIn(s.state);
  if (needed !== s.openInvestigation) {
    problems.push(
      needed ? `needs_open_${needed.toLowerCase()}_investigation` : 'investigation_open_outside_its_state',
    );
  }
  if (needed === 'FIRST' && !s.openDeadlines.includes('FIRST_INVESTIGATION_DECISION')) {
    problems.push('first_investigation_without_decision_deadline');
  }
  if (needed === 'EXTENDED' && !s.openDeadlines.includes('EXTENDED_INVESTIGATION_DECISION')) {
    problems.push('extended_investigation_without_decision_deadline');
  }
  for (const kind of s.openDeadlines) {
    const states = DEADLINE_RULES[kind].states;
    if (states !== null && !states.includes(s.state)) {
      problems.push(`deadline_${kind.toLowerCase()}_outside_its_state`);
    }
  }
  if (s.state === 'SAFETY_MONITORING' && !s.monitoringActive) {
    problems.push('monitoring_state_without_monitoring');
  }
  if (s.state === 'CLOSED' && (s.monitoringActive || s.openDeadlines.length > 0)) {
    problems.push('closed_with_open_work');
  }
  return problems;
}
