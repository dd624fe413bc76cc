import { randomUUID } from 'node:crypto';
import {
  AppError,
  type IntakeChannel,
  type PathwayState,
  type PathwayTrigger,
  planPathwayStep,
  type StepEffect,
} from '@gezinsdossier/domain';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findOpenCase, loadSituation, moveCaseState } from '../db/repositories/case.repository';
import {
  cancelInvestigation,
  findOpenInvestigation,
  insertInvestigation,
} from '../db/repositories/investigation.repository';
import { findActiveMonitoring, insertMonitoring } from '../db/repositories/monitoring.repository';
import { insertTransition } from '../db/repositories/transition.repository';
import { addStep, type CaseAccess, cancelDeadlines, recordWrite, startDeadline } from './casework';
import { issueRightsNotice } from './rights-notice';

export interface PathwayStep {
  to: PathwayState;
  trigger: PathwayTrigger;
  /** A manual step's own reason (for a decision the reasons stay with the decision: `source`). */
  reason?: string | null;
  /** The item that caused the step (a decision, a report, an episode), shown with the step. */
  source?: { type: string; id: string } | null;
  /** A final decision of an extended investigation (VAL-08: monitoring starts), and which one. */
  finalExtendedDecisionOf?: string;
  /** For a triage: who received the report (§5.10 flow 2: an RVT report may go straight to KT3b). */
  reportChannel?: IntakeChannel;
}

export interface StepResult {
  transitionId: string;
  /** The investigation the new state opened, if it opened one. */
  openedInvestigationId: string | null;
}

/**
 * Checks that a step may be taken now (the same rules `applyPathwayStep` applies), without taking it: a
 * decision held for a gate must be one that could be carried out when it was taken.
 * @throws AppError as planPathwayStep
 */
export async function checkPathwayStep(ctx: RequestContext, c: CaseAccess, step: PathwayStep): Promise<void> {
  const situation = { state: c.pathwayState, ...(await loadSituation(ctx.tx, c.caseId)) };
  planPathwayStep(situation, step.to, step.trigger, {
    finalExtendedDecision: step.finalExtendedDecisionOf !== undefined,
    ...(step.reportChannel ? { reportChannel: step.reportChannel } : {}),
  });
}

/**
 * The one use case that moves a case along the pathway (§4.3). It asks the domain what the step leads to
 * (`planPathwayStep`: the trigger's edges, the entry guards, the investigations and deadlines the step
 * opens, meets or cancels, and who owns them) and applies exactly that, with a transition row, a typed
 * event, the access-log row and a timeline step. The case is moved only if it is still where the caller saw
 * it, so two concurrent steps never both pass.
 * @throws AppError pathway_transition_not_allowed | safety_monitoring_active |
 *   local_team_not_linked | extended_investigation_needs_rvt_report |
 *   version_conflict (another request moved the case first; `current` holds its state now)
 */
export async function applyPathwayStep(
  ctx: RequestContext,
  c: CaseAccess,
  step: PathwayStep,
): Promise<StepResult> {
  const from = c.pathwayState;
  const situation = { state: from, ...(await loadSituation(ctx.tx, c.caseId)) };
  const plan = planPathwayStep(situation, step.to, step.trigger, {
    finalExtendedDecision: step.finalExtendedDecisionOf !== undefined,
    ...(step.reportChannel ? { reportChannel: step.reportChannel } : {}),
  });
  if (!(await moveCaseState(ctx.tx, c.caseId, from, step.to, ctx.now))) {
    const current = await findOpenCase(ctx.tx, c.householdId);
    throw new AppError('pathway_state_changed', {
      data: { current: { pathwayState: current?.pathwayState ?? null } },
    });
  }
  const transitionId = randomUUID();
  await insertTransition(ctx.tx, {
    id: transitionId,
    caseId: c.caseId,
    householdId: c.householdId,
    fromState: from,
    toState: step.to,
    label: plan.transition.label,
    trigger: step.trigger,
    reason: step.reason ?? null,
    sourceType: step.source?.type ?? null,
    sourceId: step.source?.id ?? null,
    occurredAt: ctx.now,
    actorId: ctx.actor.id,
  });
  c.pathwayState = step.to;
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'pathway.transitioned',
      entityId: c.caseId,
      payload: { from, to: step.to, trigger: step.trigger, transitionId },
    },
    resourceType: 'case',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'pathway.transitioned',
    params: { from, to: step.to, trigger: step.trigger },
    source: { type: 'pathway_transition', id: transitionId },
  });
  let openedInvestigationId: string | null = null;
  let monitoringId: string | null = null;
  for (const effect of plan.effects) {
    const result = await applyEffect(ctx, c, effect, {
      investigationId: openedInvestigationId ?? (await findOpenInvestigation(ctx.tx, c.caseId))?.id ?? null,
      monitoringId,
      decidedInvestigationId: step.finalExtendedDecisionOf ?? null,
      closing: step.to === 'CLOSED',
    });
    openedInvestigationId = result.openedInvestigationId ?? openedInvestigationId;
    monitoringId = result.monitoringId ?? monitoringId;
  }
  return { transitionId, openedInvestigationId };
}

async function applyEffect(
  ctx: RequestContext,
  c: CaseAccess,
  effect: StepEffect,
  at: {
    investigationId: string | null;
    monitoringId: string | null;
    decidedInvestigationId: string | null;
    closing: boolean;
  },
): Promise<{ openedInvestigationId?: string; monitoringId?: string }> {
  switch (effect.kind) {
    case 'CANCEL_INVESTIGATION': {
      if (
        at.investigationId &&
        (await cancelInvestigation(ctx.tx, at.investigationId, 'STATE_LEFT', ctx.now))
      ) {
        await recordEvent(ctx, c.viewer.access, {
          type: 'investigation.cancelled',
          entityId: at.investigationId,
          payload: { kind: effect.investigation, reason: 'STATE_LEFT' },
        });
      }
      return {};
    }
    case 'CANCEL_DEADLINES':
      await cancelDeadlines(ctx, c, effect.deadlines, at.closing ? 'CASE_CLOSED' : 'STATE_LEFT');
      return {};
    case 'OPEN_INVESTIGATION': {
      const id = randomUUID();
      await insertInvestigation(ctx.tx, {
        id,
        caseId: c.caseId,
        householdId: c.householdId,
        kind: effect.investigation,
        leadOrganisationKind: effect.investigation === 'FIRST' ? 'LOCAL_TEAM' : 'RVT',
        startedAt: ctx.now,
        startedBy: ctx.actor.id,
        ruleSetVersion: c.ruleSetVersion,
      });
      await recordWrite(ctx, c.viewer, {
        event: { type: 'investigation.started', entityId: id, payload: { kind: effect.investigation } },
        resourceType: 'investigation',
      });
      await addStep(ctx, c, {
        code: 'investigation.started',
        params: { kind: effect.investigation },
        source: { type: 'investigation', id },
      });
      return { openedInvestigationId: id };
    }
    case 'START_DEADLINE': {
      const subject =
        effect.deadline === 'SAFETY_MONITORING_REVIEW'
          ? at.monitoringId
          : effect.deadline === 'FAMILY_PLAN'
            ? c.caseId
            : at.investigationId;
      await startDeadline(ctx, c, effect.deadline, subject);
      return {};
    }
    case 'START_MONITORING': {
      const existing = await findActiveMonitoring(ctx.tx, c.caseId);
      if (existing) {
        return { monitoringId: existing.id };
      }
      const id = randomUUID();
      await insertMonitoring(ctx.tx, {
        id,
        caseId: c.caseId,
        householdId: c.householdId,
        investigationId: at.decidedInvestigationId,
        startedAt: ctx.now,
        startedBy: ctx.actor.id,
      });
      await recordWrite(ctx, c.viewer, {
        event: {
          type: 'safety_monitoring.started',
          entityId: id,
          payload: { investigationId: at.decidedInvestigationId },
        },
        resourceType: 'safety_monitoring',
      });
      await addStep(ctx, c, { code: 'safety_monitoring.started', source: null });
      return { monitoringId: id };
    }
    case 'RIGHTS_NOTICE':
      await issueRightsNotice(ctx, c, effect.frame, `pathway:${c.pathwayState}`);
      return {};
    default: {
      const unknown: never = effect;
      throw new Error(`unknown effect ${JSON.stringify(unknown)}`);
    }
  }
}
