import { randomUUID } from 'node:crypto';
import { AppError, findMeasureType, type RulingInput } from '@gezinsdossier/domain';
import { addCalendarMonths, measureDeadlines, rulePack } from '@gezinsdossier/domain/deadlines';
import type { RequestContext } from '../context';
import { insertOrderedHelp, insertRunningMeasure, insertRuling } from '../db/repositories/measure.repository';
import { listPetitionPersons } from '../db/repositories/petition.repository';
import { applyPathwayStep } from './apply-pathway-step';
import { addDeadline, addStep, recordWrite } from './casework';
import { changePetition, issuesError, requirePetition } from './petition-guards';
import { showPetition } from '../queries/get-petition';

/**
 * KT8-R1/R3: records what the judge or the mayor decided on a filed petition — the platform records, it
 * never decides (INV-07). Counter-expertise ordered (MEAS-18) keeps the petition waiting for the decision.
 * A (partly) granted measure becomes a running measure carried out by the RVT (INV-07) for the persons the
 * ruling names, from its start to its end (at most the catalogue's maximum duration), with its evaluation
 * and extension deadlines in calendar months on the RVT partner's worklist; the case moves to coerced
 * execution. A rejected petition returns the family to voluntary help.
 * @throws AppError ruling_target_not_in_petition | measure_duration_too_long | petition_state_invalid |
 *   version_conflict
 */
export async function recordRuling(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  input: RulingInput,
) {
  const a = await requirePetition(ctx, householdId, petitionId, 'petition.file');
  const measure = findMeasureType(a.petition.measureTypeId);
  if (!measure) {
    throw new AppError('internal_error', {
      detail: `petition with unknown measure ${a.petition.measureTypeId}`,
    });
  }
  if (a.petition.filedOn && input.decidedOn < a.petition.filedOn) {
    throw issuesError('ruling_before_filing', [{ path: 'decidedOn', code: 'ruling_before_filing' }]);
  }
  const granted = input.outcome === 'GRANTED' || input.outcome === 'PARTIALLY_GRANTED';
  const petitionTargets = (await listPetitionPersons(ctx.tx, petitionId))
    .filter((p) => p.target)
    .map((p) => p.personId);
  const targets = input.targetPersonIds.length > 0 ? [...new Set(input.targetPersonIds)] : petitionTargets;
  const outside = targets.findIndex((id) => !petitionTargets.includes(id));
  if (outside >= 0) {
    throw issuesError('ruling_target_not_in_petition', [
      { path: `targetPersonIds.${outside}`, code: 'ruling_target_not_in_petition' },
    ]);
  }
  const startsOn = input.startsOn ?? null;
  let endsOn = input.endsOn ?? null;
  if (granted && startsOn) {
    const longest = measure.maxDuration ? addCalendarMonths(startsOn, measure.maxDuration.months) : null;
    if (longest && endsOn && endsOn > longest) {
      throw issuesError('measure_duration_too_long', [{ path: 'endsOn', code: 'measure_duration_too_long' }]);
    }
    endsOn = endsOn ?? longest;
  }
  await changePetition(
    ctx,
    a,
    { version: input.version, states: ['FILED'] },
    {
      ...(input.outcome === 'COUNTER_EXPERTISE_ORDERED' ? {} : { state: 'DECIDED' }),
    },
  );
  const rulingId = randomUUID();
  await insertRuling(ctx.tx, {
    id: rulingId,
    petitionId,
    householdId,
    decidedOn: input.decidedOn,
    outcome: input.outcome,
    judge: input.judge,
    legalGround: input.legalGround ?? null,
    conditions: input.conditions ?? null,
    counterExpertise: input.counterExpertise ?? null,
    hearings: JSON.stringify(input.hearings.map((h) => ({ heldOn: h.heldOn, note: h.note ?? null }))),
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'ruling.recorded',
      entityId: rulingId,
      personIds: targets,
      payload: { petitionId, outcome: input.outcome, measureTypeId: measure.id },
    },
    resourceType: 'ruling',
  });
  await addStep(ctx, a.c, {
    code: 'ruling.recorded',
    params: { outcome: input.outcome, measureTypeId: measure.id },
    source: { type: 'petition', id: petitionId },
    personIds: targets,
  });
  if (input.outcome === 'COUNTER_EXPERTISE_ORDERED') {
    return showPetition(ctx, a.c.viewer, petitionId);
  }
  if (!granted) {
    await applyPathwayStep(ctx, a.c, {
      to: 'VOLUNTARY_HELP',
      trigger: 'LEGAL_ROUTE',
      source: { type: 'petition', id: petitionId },
    });
    return showPetition(ctx, a.c.viewer, petitionId);
  }
  const measureId = randomUUID();
  const start = startsOn as string;
  await insertRunningMeasure(ctx.tx, {
    id: measureId,
    householdId,
    caseId: a.c.caseId,
    petitionId,
    rulingId,
    measureTypeId: measure.id,
    executorOrganisationId: measure.executor === 'RVT' ? a.petition.organisationId : null,
    judge: input.judge,
    startsOn: start,
    endsOn,
    endingGoals: input.endingGoals ?? null,
    personIds: targets,
    now: ctx.now,
  });
  await insertOrderedHelp(
    ctx.tx,
    measureId,
    householdId,
    (input.orderedHelp ?? []).map((h) => ({
      id: randomUUID(),
      category: h.category,
      description: h.description,
    })),
  );
  await recordWrite(ctx, a.c.viewer, {
    event: {
      type: 'measure.started',
      entityId: measureId,
      personIds: targets,
      payload: { measureTypeId: measure.id, startsOn: start, endsOn, rulingId },
    },
    resourceType: 'measure',
  });
  await applyPathwayStep(ctx, a.c, {
    to: 'COERCED_EXECUTION',
    trigger: 'LEGAL_ROUTE',
    source: { type: 'petition', id: petitionId },
  });
  const deadlines = measureDeadlines(
    {
      startsOn: start,
      endsOn,
      evaluationAfterMonths: measure.evaluationAfter?.months ?? null,
      extendable: measure.extension !== null,
    },
    rulePack(a.c.ruleSetVersion),
  );
  for (const d of deadlines) {
    await addDeadline(ctx, a.c, d.kind, d.dueOn, measureId);
  }
  return showPetition(ctx, a.c.viewer, petitionId);
}
