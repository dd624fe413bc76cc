import { DecisionRecordSchema } from './decisions';
import { z } from 'zod';
import { AppError } from './errors';
import { LIMITS } from './limits';
import { PATHWAY_STATES, type PathwayState } from './labels';

export { PATHWAY_STATE_NAMES, PATHWAY_STATES, type PathwayState } from './labels';

/**
 * The case pathway (spec §4.3): where a family is on the path of a worry. Every transition is labelled
 * with the kerntaak that performs it. Urgent safety (spoed, KT5) is an overlay that can start in any state
 * and does not change the pathway state itself (see urgent-safety.ts).
 */

export interface PathwayTransition {
  from: PathwayState;
  to: PathwayState;
  /** The kerntaak or decision rule that performs the step (spec §4.3 labels). */
  label: string;
}

/**
 * The allowed transitions: the edges of the spec §4.3 diagram, plus a drafted petition that is withdrawn (UO-3 is
 * a possibility, not a one-way street: back to voluntary help, with a reason), plus §5.10 flow 2 — a report received by the
 * RVT goes, once the Lokaal Team is linked, to "KT3a/KT3b": straight into an extended investigation when the
 * joint look shows it is needed, without a full first investigation in between (issue 8.10).
 */
export const PATHWAY_TRANSITIONS: readonly PathwayTransition[] = [
  { from: 'SIGNAL_RECEIVED', to: 'INFO_ADVICE', label: 'KT2 informatie en advies volstaat' },
  { from: 'SIGNAL_RECEIVED', to: 'FIRST_INVESTIGATION', label: 'KT2→KT3 zorgen nader onderzoeken' },
  {
    from: 'SIGNAL_RECEIVED',
    to: 'EXTENDED_INVESTIGATION',
    label: 'KT2→KT3b melding via het RVT, samen met het Lokaal Team (§5.10)',
  },
  { from: 'INFO_ADVICE', to: 'CLOSED', label: 'KT2 afgerond' },
  { from: 'FIRST_INVESTIGATION', to: 'CLOSED', label: 'EO-1 geen feiten' },
  { from: 'FIRST_INVESTIGATION', to: 'VOLUNTARY_HELP', label: 'EO-2 gezin komt eruit met steun' },
  { from: 'FIRST_INVESTIGATION', to: 'EXTENDED_INVESTIGATION', label: 'EO-3 vervolgonderzoek' },
  { from: 'VOLUNTARY_HELP', to: 'EXTENDED_INVESTIGATION', label: 'zorgen blijven / nieuwe feiten' },
  { from: 'VOLUNTARY_HELP', to: 'CLOSED', label: 'doelen bereikt' },
  { from: 'EXTENDED_INVESTIGATION', to: 'VOLUNTARY_HELP', label: 'UO-1 gezin komt eruit' },
  { from: 'EXTENDED_INVESTIGATION', to: 'INDEPENDENT_EXPERT', label: 'UO-2 onafhankelijke deskundige' },
  { from: 'INDEPENDENT_EXPERT', to: 'EXTENDED_INVESTIGATION', label: 'UO-2 advies ontvangen' },
  { from: 'EXTENDED_INVESTIGATION', to: 'PETITION_PREPARATION', label: 'UO-3 verzoek voorbereiden (KT6)' },
  { from: 'PETITION_PREPARATION', to: 'REVIEW', label: 'KT7 toetsing en tegenspraak' },
  { from: 'PETITION_PREPARATION', to: 'VOLUNTARY_HELP', label: 'KT6 verzoek ingetrokken' },
  { from: 'REVIEW', to: 'PETITION_PREPARATION', label: 'KT7 eerst corrigeren' },
  { from: 'REVIEW', to: 'VOLUNTARY_HELP', label: 'KT7 te zwaar middel' },
  { from: 'REVIEW', to: 'AWAITING_DECISION', label: 'KT7 indienen' },
  { from: 'AWAITING_DECISION', to: 'COERCED_EXECUTION', label: 'KT8 maatregel uitgesproken' },
  { from: 'AWAITING_DECISION', to: 'VOLUNTARY_HELP', label: 'KT8 verzoek afgewezen' },
  { from: 'COERCED_EXECUTION', to: 'SAFETY_MONITORING', label: 'maatregel geëindigd' },
  { from: 'EXTENDED_INVESTIGATION', to: 'SAFETY_MONITORING', label: 'RVT monitort veiligheid' },
  { from: 'SAFETY_MONITORING', to: 'CLOSED', label: 'monitoring beëindigd' },
];

/** States in which the legal route runs; reachable only through an extended investigation (KT6–KT8). */
export const LEGAL_ROUTE_STATES: readonly PathwayState[] = [
  'PETITION_PREPARATION',
  'REVIEW',
  'AWAITING_DECISION',
  'COERCED_EXECUTION',
];

/** The states reachable in one step from `from`. */
export function nextPathwayStates(from: PathwayState): PathwayState[] {
  return PATHWAY_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}

/** The transition from → to, or undefined when the state machine forbids it. */
export function findPathwayTransition(from: PathwayState, to: PathwayState): PathwayTransition | undefined {
  return PATHWAY_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/**
 * Checks one step of the pathway.
 * @throws AppError pathway_transition_not_allowed when the §4.3 state machine has no such edge
 */
export function assertPathwayTransition(from: PathwayState, to: PathwayState): PathwayTransition {
  const transition = findPathwayTransition(from, to);
  if (!transition) {
    throw new AppError('pathway_transition_not_allowed', {
      data: { from, to, allowed: nextPathwayStates(from) },
    });
  }
  return transition;
}

export function isPathwayState(value: string): value is PathwayState {
  return (PATHWAY_STATES as readonly string[]).includes(value);
}

/**
 * The steps a professional takes by hand, where the spec has no decision behind them: closing after
 * information and advice or when the goals of voluntary help are reached, and moving voluntary help into an
 * extended investigation when worries remain. Every other transition follows from a recorded decision.
 */
export const MANUAL_PATHWAY_MOVES: readonly { from: PathwayState; to: PathwayState }[] = [
  { from: 'INFO_ADVICE', to: 'CLOSED' },
  { from: 'VOLUNTARY_HELP', to: 'CLOSED' },
  { from: 'VOLUNTARY_HELP', to: 'EXTENDED_INVESTIGATION' },
];

/** The manual moves open from a state. */
export function manualPathwayMoves(from: PathwayState): PathwayState[] {
  return MANUAL_PATHWAY_MOVES.filter((m) => m.from === from).map((m) => m.to);
}

/** A step a professional takes by hand (closing, or moving voluntary help into an extended investigation). */
export const PathwayMoveSchema = z.object({
  /** The state the case was in as the author saw it: a move from a state the case has left is refused. */
  from: z.enum(PATHWAY_STATES),
  to: z.enum(PATHWAY_STATES),
  reason: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
  /** The decision's record (a close or a step into an extended investigation is a weighty decision). */
  decision: DecisionRecordSchema.optional(),
});
export type PathwayMove = z.infer<typeof PathwayMoveSchema>;

/** Ending RVT safety monitoring is explicit and reasoned (VAL-08). */
export const EndSafetyMonitoringSchema = z.object({
  reason: z.string().trim().min(1, { error: 'rationale_required' }).max(LIMITS.reasonMax),
  decision: DecisionRecordSchema.optional(),
});
