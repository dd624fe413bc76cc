import {
  AppError,
  EndSafetyMonitoringSchema,
  ExtendedDecisionSchema,
  FirstDecisionSchema,
  InterventionCreateSchema,
  PathwayMoveSchema,
} from '@gezinsdossier/domain';
import type { z } from 'zod';
import type { RequestContext } from '../context';
import { decideExtendedInvestigation } from './decide-extended-investigation';
import { decideFirstInvestigation } from './decide-first-investigation';
import { endSafetyMonitoring } from './end-safety-monitoring';
import { movePathway } from './move-pathway';
import { requestIntervention } from './request-intervention';
import type { DecisionExecution, HeldCommand } from './weigh-decision';

type Carry = (
  ctx: RequestContext,
  householdId: string,
  held: { input: unknown; target: string | null },
  execution: DecisionExecution,
) => Promise<unknown>;

/**
 * The stored input parsed again by the command's schema. An input the schema no longer takes (it changed
 * since the decision was held) cannot be carried out as recorded: a 409 that changes nothing.
 * @throws AppError decision_no_longer_applicable
 */
function again<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('decision_no_longer_applicable');
  }
  return parsed.data;
}

/**
 * What a held decision carries out when its last gate passes: the decider's own command with the input
 * stored when it was taken, parsed again by the same schema, checked again against the dossier as it is
 * now (a case that moved on refuses it, and nothing changes), carried out by the actor of the last gate in
 * the name of the decider.
 */
export const HELD_COMMANDS: Record<HeldCommand, Carry> = {
  decideFirstInvestigation: (ctx, h, held, execution) =>
    decideFirstInvestigation(
      ctx,
      h,
      again(FirstDecisionSchema, held.input),
      held.target ?? undefined,
      execution,
    ),
  decideExtendedInvestigation: (ctx, h, held, execution) =>
    decideExtendedInvestigation(
      ctx,
      h,
      again(ExtendedDecisionSchema, held.input),
      held.target ?? undefined,
      execution,
    ),
  movePathway: (ctx, h, held, execution) =>
    movePathway(ctx, h, again(PathwayMoveSchema, held.input), execution),
  endSafetyMonitoring: (ctx, h, held, execution) =>
    endSafetyMonitoring(
      ctx,
      h,
      again(EndSafetyMonitoringSchema, held.input),
      held.target ?? undefined,
      execution,
    ),
  requestIntervention: (ctx, h, held, execution) =>
    requestIntervention(ctx, h, again(InterventionCreateSchema, held.input), held.target, execution),
};
