import { findMeasureType } from '@gezinsdossier/domain';
import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';
// Placement kinds, ruling outcomes and the unknown measure are legal-route texts: they come with the timeline.
import '../legal/i18n-legal';
// Decision types, gates and their outcomes are texts of weighty decisions: they come with the timeline too.
import './i18n-decisions';

/**
 * The codes of the steps the server writes on the timeline (`TimelineEntry.step.code`). A step carries no
 * text of its own: its title is rendered here from the code and its parameters, in the reader's language.
 * `legacy` steps were recorded before steps had codes; they keep their stored title and text.
 */
export const STEP_CODES = [
  'pathway.transitioned',
  'report.received',
  'report.triaged',
  'investigation.started',
  'investigation.decided',
  'network_conference.held',
  'expert_consult.requested',
  'expert_consult.advised',
  'safety_assessment.recorded',
  'safety_plan.versioned',
  'safety_plan.breach_recorded',
  'safety_plan.evaluated',
  'goal.created',
  'plan.evaluated',
  'intervention.requested',
  'intervention.progressed',
  'urgent_safety.started',
  'urgent_safety.ended',
  'safety_monitoring.started',
  'safety_monitoring.ended',
  'case.local_team_linked',
  'petition.started',
  'petition.review_requested',
  'petition.reopened',
  'petition.not_filed',
  'petition.filed',
  'ruling.recorded',
  'rights_notice.issued',
  'petition.withdrawn',
  'measure.evaluated',
  'measure.ended',
  'placement.started',
  'placement.moved',
  'placement.ended',
  'placement.returned_home',
  'decision.recorded',
  'decision.held',
  'decision.gate_answered',
  'decision.withdrawn',
] as const;
export type StepCode = (typeof STEP_CODES)[number];

/** The message key of a step code (i18next reads dots as nesting, so they become underscores). */
export const stepKey = (code: string) => code.replaceAll('.', '_');

type Step = NonNullable<Schemas['TimelineEntry']['step']>;

/** The label list that translates a coded parameter of a step; numbers (a score, a version) stay as they are. */
const PARAM_LISTS: Record<string, string> = {
  from: 'casework.states',
  to: 'casework.states',
  returnedTo: 'casework.states',
  trigger: 'casework.triggers',
  urgency: 'casework.urgencies',
  outcome: 'casework.outcomes',
  frame: 'casework.frames',
  status: 'casework.helpStatuses',
};

/** The parameters of the steps of weighty decisions: its type, the gate and the gate's answer. */
const DECISION_PARAM_LISTS: Record<string, string> = {
  type: 'decisions.types',
  gate: 'decisions.gates',
  outcome: 'decisions.gateOutcomes',
};

function paramList(code: StepCode, name: string): string | undefined {
  if (name === 'kind') {
    // A received report names the kind of report, a placement the kind of place; an investigation step the
    // kind of investigation.
    if (code === 'report.received') {
      return 'casework.kinds';
    }
    return code.startsWith('placement.') ? 'legal.placementKinds' : 'casework.investigationKinds';
  }
  if (code === 'ruling.recorded' && name === 'outcome') {
    return 'legal.rulingOutcomes';
  }
  if (code.startsWith('decision.')) {
    return DECISION_PARAM_LISTS[name];
  }
  return PARAM_LISTS[name];
}

function isStepCode(code: string): code is StepCode {
  return (STEP_CODES as readonly string[]).includes(code);
}

/**
 * The title of a step in the current language (`language` names a measure from the catalogue). An unknown
 * code (a newer server) reads as a plain "step in the pathway" rather than showing the code.
 */
export function stepTitle(t: TFunction, step: Step, language: 'nl' | 'en' = 'nl'): string {
  if (!isStepCode(step.code)) {
    return t('entryKinds.STEP');
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.params)) {
    if (name === 'measureTypeId') {
      // A measure is named by the catalogue, in the reader's language.
      values[name] = findMeasureType(value)?.name[language] ?? t('legal.unknownMeasure');
      continue;
    }
    const list = paramList(step.code, name);
    values[name] = list ? t(`${list}.${value}`) : value;
  }
  const title = t(`casework.stepTitles.${stepKey(step.code)}`, values);
  if (step.code === 'investigation.decided' && step.params.deviates === 'true') {
    return `${title} (${t('casework.investigation.deviated')})`;
  }
  return title;
}

/** A second line for a step, where the parameters say more than the title (e.g. what made a pathway step). */
export function stepDetail(t: TFunction, step: Step): string | null {
  if (step.code === 'pathway.transitioned' && step.params.trigger) {
    return t('casework.stepBy', { trigger: t(`casework.triggers.${step.params.trigger}`) });
  }
  return null;
}
