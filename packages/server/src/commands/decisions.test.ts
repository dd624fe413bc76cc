import type { Actor, DecisionType, InterventionCreate, TeamRole } from '@gezinsdossier/domain';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { renderExportDocument } from '../presenters/export-document';
import { exportHousehold } from '../queries/export-household';
import { getCasework } from '../queries/get-casework';
import { getDecisions, listDecisionAssignments } from '../queries/get-decisions';
import { listDecisionPolicies } from '../queries/list-decision-policies';
import { reasonedRecord } from '../seed/demo-decisions';
import { createTestDatabase } from '../test/database';
import { asActor, buildAccount, buildProfessional } from '../test/factories';
import { buildFullHousehold, type FullHousehold } from '../test/full-household';
import { moveFromCurrent } from '../test/pathway';
import { answerDecisionGate } from './answer-decision-gate';
import { endSafetyMonitoring } from './end-safety-monitoring';
import { progressIntervention } from './progress-intervention';
import { requestIntervention } from './request-intervention';
import { setDecisionPolicy } from './set-decision-policy';
import { withdrawDecision } from './withdraw-decision';

/**
 * Weighty decisions with their reasons (issue 10 point 1: LS-04, LS-05, LS-07, LS-10, LS-02), the gates a
 * region configures per decision type — a lighter counter-review of help decisions (KT7-R5, INV-05, AMB-03)
 * and four-eyes approval, never by the decider — and informed consent that may be refused (LS-08).
 */
let database: Database;
let lt: Actor;
let rvt: Actor;
let expert: Actor;
let admin: Actor;
let regionId: string;
const today = todayInNetherlands(new Date());

beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  expert = await buildProfessional(database.db, 'OTHER');
  admin = await buildAccount(database.db, 'ADMINISTRATOR');
  regionId = (
    await database.db
      .selectFrom('municipalities')
      .select('regionId')
      .where('code', '=', 'GM0344')
      .executeTakeFirstOrThrow()
  ).regionId;
});
afterAll(async () => database?.close());
// Every test starts from a region without gates, whatever the one before configured.
afterEach(async () => {
  const current = await as(admin, (ctx) => listDecisionPolicies(ctx, regionId));
  for (const item of current.items.filter((i) => i.review || i.fourEyes)) {
    await gates(item.decisionType, {});
  }
});

const as = <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2]) => asActor(database.db, actor, fn);

/** The region's gates for one type, set by the administrator at the version shown. */
async function gates(type: DecisionType, policy: { review?: TeamRole[]; fourEyes?: TeamRole[] }) {
  const current = await as(admin, (ctx) => listDecisionPolicies(ctx, regionId));
  const version = current.items.find((i) => i.decisionType === type)?.version ?? 0;
  await as(admin, (ctx) =>
    setDecisionPolicy(ctx, regionId, type, {
      review: policy.review ? { roles: policy.review } : null,
      fourEyes: policy.fourEyes ? { roles: policy.fourEyes } : null,
      reason: 'Afspraak in het regionaal overleg (synthetisch).',
      version,
    }),
  );
}

async function family(tag: string): Promise<FullHousehold> {
  return buildFullHousehold(database.db, { lt, rvt, expert }, tag);
}

async function decisionsOf(h: FullHousehold, actor: Actor = lt) {
  return (await as(actor, (ctx) => getDecisions(ctx, h.householdId))).items;
}

async function monitoringActive(h: FullHousehold): Promise<boolean> {
  const row = await database.db
    .selectFrom('safetyMonitoring')
    .select('endedAt')
    .where('householdId', '=', h.householdId)
    .executeTakeFirst();
  return row !== undefined && row.endedAt === null;
}

function help(h: FullHousehold, over: Partial<InterventionCreate> = {}): InterventionCreate {
  return {
    title: 'Opvoedondersteuning (synthetisch)',
    category: 'YOUTH_CARE',
    provider: 'Zorgaanbieder (synthetisch)',
    targetPersonIds: [h.parentId],
    frame: 'VOLUNTARY',
    consent: {
      decision: 'GIVEN',
      givenByPersonIds: [h.parentId],
      givenOn: today,
      reason: 'Steun bij de opvoeding.',
      goal: 'Rust in huis en duidelijke afspraken.',
      consequencesOfRefusal: 'Geen; het gezin kan altijd stoppen.',
      rightsExplained: 'Recht op een klacht, op inzage en op een cliëntondersteuner.',
    },
    requestedOn: today,
    ...over,
  };
}

describe('decision records (LS-04, LS-05, LS-07, LS-10, LS-02)', () => {
  it('LS-04 / LS-05: an EO-3 decision records who decided, the rule, the rule-pack version, the facts at their version, the alternatives, the child’s interest and the family’s view', async () => {
    const h = await family('record');
    const [record] = (await decisionsOf(h)).filter((d) => d.type === 'START_EXTENDED_INVESTIGATION');
    expect(record).toMatchObject({
      status: 'TAKEN',
      decidedBy: { id: lt.id },
      rule: 'EO-3',
      rulePackVersion: 'nl-2026.1',
      childInterest: expect.stringContaining('veilige plek'),
      familyView: expect.any(String),
      alternatives: [expect.objectContaining({ option: 'Informele steun van het netwerk' })],
    });
    // The facts default to those of the concerns the decision established, at the version used.
    expect(record?.facts).toEqual([{ factId: h.items.fact.id, version: 1, changedSince: false }]);
  });

  it('LS-10 / LS-07: a decision without the child’s interest or anyone heard is refused by safeguard, and nothing changes', async () => {
    const h = await family('incomplete');
    const before = (await decisionsOf(h)).length;
    await expect(
      as(rvt, (ctx) =>
        endSafetyMonitoring(ctx, h.householdId, {
          reason: 'Veilig genoeg',
          decision: reasonedRecord({ childInterest: null, familyView: null }),
        }),
      ),
    ).rejects.toMatchObject({
      code: 'decision_record_incomplete',
      issues: expect.arrayContaining([
        expect.objectContaining({ code: 'decision_child_interest_required', path: 'decision.childInterest' }),
        expect.objectContaining({ code: 'decision_nobody_heard' }),
      ]),
    });
    await expect(
      as(rvt, (ctx) =>
        endSafetyMonitoring(ctx, h.householdId, {
          reason: 'Veilig genoeg',
          decision: reasonedRecord({ heard: [{ personId: h.childId, mode: 'NOT_HEARD' }] }),
        }),
      ),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'decision_not_heard_reason_required' })],
    });
    expect(await monitoringActive(h)).toBe(true);
    expect(await decisionsOf(h)).toHaveLength(before);
  });

  it('LS-07 / LS-09: who was heard, how and what they said is kept with the decision', async () => {
    const h = await family('heard');
    await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, {
        reason: 'Het plan werkt.',
        decision: reasonedRecord({
          heard: [
            { personId: h.parentId, mode: 'HEARD', view: 'Moeder is opgelucht.' },
            { personId: h.childId, mode: 'REPRESENTED', view: 'Via de mentor op school.' },
          ],
          dissent: [{ by: 'Gedragswetenschapper', view: 'Liever nog drie maanden volgen.' }],
        }),
      }),
    );
    const [ended] = (await decisionsOf(h)).filter((d) => d.type === 'END_MONITORING');
    expect(ended?.heard).toEqual([
      { personId: h.parentId, mode: 'HEARD', view: 'Moeder is opgelucht.', reason: null },
      { personId: h.childId, mode: 'REPRESENTED', view: 'Via de mentor op school.', reason: null },
    ]);
    expect(ended?.dissent).toEqual([{ by: 'Gedragswetenschapper', view: 'Liever nog drie maanden volgen.' }]);
    expect(await monitoringActive(h)).toBe(false);
  });
});

describe('AVG art. 15: the subject-access export holds the decisions and the legal route', () => {
  it('the household export holds every decision with its record and gates; a person’s export keeps of those heard only that person', async () => {
    const h = await family('export');
    await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, {
        reason: 'Het plan werkt.',
        decision: reasonedRecord({
          heard: [
            { personId: h.parentId, mode: 'HEARD', view: 'Moeder is opgelucht.' },
            { personId: h.childId, mode: 'REPRESENTED', view: 'Via de mentor op school.' },
          ],
        }),
      }),
    );
    const full = await as(lt, (ctx) => exportHousehold(ctx, h.householdId));
    expect(full.format).toBe('gezinsdossier.export.v3');
    const decisions = full.cases.flatMap((c) => c.decisions);
    expect(decisions.map((d) => d.type).sort()).toEqual(['END_MONITORING', 'START_EXTENDED_INVESTIGATION']);
    expect(decisions.find((d) => d.type === 'END_MONITORING')?.heard.map((x) => x.personId)).toEqual([
      h.parentId,
      h.childId,
    ]);
    expect(full.legalRoute.rightsNotices.length).toBeGreaterThan(0);
    const child = await as(lt, (ctx) => exportHousehold(ctx, h.householdId, { personId: h.childId }));
    const ended = child.cases.flatMap((c) => c.decisions).find((d) => d.type === 'END_MONITORING');
    expect(ended?.heard).toEqual([
      { personId: h.childId, mode: 'REPRESENTED', view: 'Via de mentor op school.', reason: null },
    ]);
    const readable = renderExportDocument(full);
    expect(readable).toContain('stoppen met het extra volgen van de veiligheid');
    expect(readable).toContain('Moeder is opgelucht.');
  });
});

describe('four-eyes approval, configured per decision type', () => {
  it('a held decision changes nothing until approved; the decider, a role not configured and a stale version are refused; the approval carries it out', async () => {
    await gates('END_MONITORING', { fourEyes: ['FIXED_PROFESSIONAL'] });
    const h = await family('four-eyes');
    const held = await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig genoeg', decision: reasonedRecord() }),
    );
    expect(held.decision).toMatchObject({ status: 'AWAITING_APPROVAL', version: 1 });
    expect(await monitoringActive(h)).toBe(true);
    const id = held.decision?.id as string;
    const approve = { gate: 'FOUR_EYES' as const, outcome: 'APPROVE' as const, rationale: 'Gezien en eens.' };

    await expect(
      as(rvt, (ctx) => answerDecisionGate(ctx, h.householdId, id, { ...approve, version: 1 })),
    ).rejects.toMatchObject({
      code: 'decision_gate_refused',
      issues: expect.arrayContaining([expect.objectContaining({ code: 'gate_by_decider' })]),
    });
    await expect(
      as(expert, (ctx) => answerDecisionGate(ctx, h.householdId, id, { ...approve, version: 1 })),
    ).rejects.toMatchObject({
      code: 'decision_gate_refused',
      issues: [expect.objectContaining({ code: 'gate_role' })],
    });
    await expect(
      as(lt, (ctx) => answerDecisionGate(ctx, h.householdId, id, { ...approve, version: 2 })),
    ).rejects.toMatchObject({ code: 'version_conflict' });
    expect(await monitoringActive(h)).toBe(true);

    // The fixed professional sees it on her worklist, without personal data.
    expect(await as(lt, (ctx) => listDecisionAssignments(ctx))).toContainEqual(
      expect.objectContaining({ id, householdId: h.householdId, type: 'END_MONITORING', gate: 'FOUR_EYES' }),
    );
    const taken = await as(lt, (ctx) =>
      answerDecisionGate(ctx, h.householdId, id, { ...approve, version: 1 }),
    );
    expect(taken).toMatchObject({
      status: 'TAKEN',
      decidedBy: { id: rvt.id },
      gates: [
        expect.objectContaining({
          gate: 'FOUR_EYES',
          outcome: 'APPROVE',
          answeredBy: expect.objectContaining({ id: lt.id }),
        }),
      ],
    });
    expect(await monitoringActive(h)).toBe(false);
    await expect(
      as(lt, (ctx) => answerDecisionGate(ctx, h.householdId, id, { ...approve, version: taken.version })),
    ).rejects.toMatchObject({ code: 'decision_not_awaiting' });
  });

  it('a rejection returns the decision with its reason and nothing changes; a decision that cannot be carried out is not held', async () => {
    await gates('CLOSE_CASE', { fourEyes: ['RVT_PARTNER'] });
    const h = await family('reject');
    // Monitoring still runs (VAL-08): closing is refused before anything is held.
    await expect(
      as(lt, (ctx) => moveFromCurrent(ctx, h.householdId, 'CLOSED', 'Doelen bereikt')),
    ).rejects.toMatchObject({
      code: 'safety_monitoring_active',
    });
    expect((await decisionsOf(h)).filter((d) => d.type === 'CLOSE_CASE')).toEqual([]);
    await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig', decision: reasonedRecord() }),
    );
    const held = await as(lt, (ctx) => moveFromCurrent(ctx, h.householdId, 'CLOSED', 'Doelen bereikt'));
    expect(held).toMatchObject({ pathwayState: 'VOLUNTARY_HELP', decision: { status: 'AWAITING_APPROVAL' } });
    const returned = await as(rvt, (ctx) =>
      answerDecisionGate(ctx, h.householdId, held.decision?.id as string, {
        gate: 'FOUR_EYES',
        outcome: 'REJECT',
        rationale: 'Eerst de school nog spreken.',
        version: 1,
      }),
    );
    expect(returned).toMatchObject({ status: 'RETURNED', closedReason: 'Eerst de school nog spreken.' });
    const casework = await as(lt, (ctx) => getCasework(ctx, h.householdId));
    expect(casework.case?.pathwayState).toBe('VOLUNTARY_HELP');
  });

  it('when the dossier moved on, the approval is refused with the reason and nothing changes; the decider withdraws it', async () => {
    await gates('CLOSE_CASE', { fourEyes: ['RVT_PARTNER'] });
    const h = await family('moved-on');
    await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig', decision: reasonedRecord() }),
    );
    const held = await as(lt, (ctx) => moveFromCurrent(ctx, h.householdId, 'CLOSED', 'Doelen bereikt'));
    const id = held.decision?.id as string;
    // Meanwhile new worries: voluntary help goes back into an extended investigation (not gated).
    await as(lt, (ctx) => moveFromCurrent(ctx, h.householdId, 'EXTENDED_INVESTIGATION', 'Nieuwe zorgen'));
    await expect(
      as(rvt, (ctx) =>
        answerDecisionGate(ctx, h.householdId, id, {
          gate: 'FOUR_EYES',
          outcome: 'APPROVE',
          rationale: 'Eens.',
          version: 1,
        }),
      ),
    ).rejects.toMatchObject({ code: 'pathway_state_changed' });
    const [still] = (await decisionsOf(h)).filter((d) => d.id === id);
    expect(still).toMatchObject({ status: 'AWAITING_APPROVAL', gates: [], abilities: { withdraw: true } });
    await expect(
      as(rvt, (ctx) => withdrawDecision(ctx, h.householdId, id, { reason: 'Niet van mij', version: 1 })),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    const withdrawn = await as(lt, (ctx) =>
      withdrawDecision(ctx, h.householdId, id, { reason: 'Situatie is veranderd.', version: 1 }),
    );
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', closedReason: 'Situatie is veranderd.' });
    expect((await as(lt, (ctx) => getCasework(ctx, h.householdId))).case?.pathwayState).toBe(
      'EXTENDED_INVESTIGATION',
    );
  });
});

describe('gates that hold (review findings)', () => {
  const approve = (version: number) => ({
    gate: 'FOUR_EYES' as const,
    outcome: 'APPROVE' as const,
    rationale: 'Eens.',
    version,
  });
  const review = (version: number) => ({
    gate: 'REVIEW' as const,
    bestForHousehold: 'Ja.',
    followsFromInformation: 'Ja.',
    outcome: 'PROCEED' as const,
    rationale: 'Gezien.',
    version,
  });

  it('a gate no team could pass is refused when configured; a decision whose gate nobody else in the team may pass is not held', async () => {
    await expect(
      as(admin, (ctx) =>
        setDecisionPolicy(ctx, regionId, 'END_MONITORING', {
          review: null,
          fourEyes: { roles: ['RVT_PARTNER'] },
          reason: 'Alleen de RVT-partner',
          version: 0,
        }),
      ),
    ).rejects.toMatchObject({
      code: 'decision_policy_unsatisfiable',
      issues: [expect.objectContaining({ code: 'gate_only_decider_role' })],
    });
    const h = await family('unavailable');
    await gates('HELP_DECISION', { review: ['EXPERT'] });
    // The expert asks for help himself: there is no other expert in the team to review it.
    await expect(
      as(expert, (ctx) => requestIntervention(ctx, h.householdId, help(h, { decision: reasonedRecord() }))),
    ).rejects.toMatchObject({ code: 'decision_gate_unavailable' });
    expect((await decisionsOf(h)).filter((d) => d.type === 'HELP_DECISION')).toEqual([]);
  });

  it('one decision of a kind waits at a time; a refusal of consent is never held (LS-08)', async () => {
    const h = await family('one-waiting');
    await gates('END_MONITORING', { fourEyes: ['FIXED_PROFESSIONAL'] });
    await gates('HELP_DECISION', { review: ['EXPERT'] });
    const end = (ctx: Parameters<Parameters<typeof as>[1]>[0]) =>
      endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig genoeg', decision: reasonedRecord() });
    await as(rvt, end);
    await expect(as(rvt, end)).rejects.toMatchObject({ code: 'decision_already_waiting' });
    const base = help(h);
    const consent = base.consent as NonNullable<InterventionCreate['consent']>;
    const refused = await as(lt, (ctx) =>
      requestIntervention(ctx, h.householdId, { ...base, consent: { ...consent, decision: 'REFUSED' } }),
    );
    expect(refused).toMatchObject({ version: 1, decision: null });
    const casework = await as(lt, (ctx) => getCasework(ctx, h.householdId));
    expect(casework.interventions.find((i) => i.id === refused.id)?.status).toBe('DECLINED');
  });

  it('a gate added after a decision was held applies to it too; four eyes are two people; every step is a typed event', async () => {
    const h = await family('stricter');
    await gates('END_MONITORING', { fourEyes: ['FIXED_PROFESSIONAL', 'EXPERT'] });
    const held = await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig genoeg', decision: reasonedRecord() }),
    );
    const id = held.decision?.id as string;
    // After an incident the region adds a review by the expert or the vast gezicht: it applies now.
    await gates('END_MONITORING', {
      review: ['EXPERT', 'FIXED_PROFESSIONAL'],
      fourEyes: ['FIXED_PROFESSIONAL', 'EXPERT'],
    });
    await expect(
      as(lt, (ctx) => answerDecisionGate(ctx, h.householdId, id, approve(1))),
    ).rejects.toMatchObject({
      code: 'decision_not_awaiting',
    });
    const reviewed = await as(lt, (ctx) => answerDecisionGate(ctx, h.householdId, id, review(1)));
    expect(reviewed).toMatchObject({ status: 'AWAITING_APPROVAL', nextGate: 'FOUR_EYES' });
    await expect(
      as(lt, (ctx) => answerDecisionGate(ctx, h.householdId, id, approve(reviewed.version))),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'gate_same_person_twice' })] });
    expect(await monitoringActive(h)).toBe(true);
    const taken = await as(expert, (ctx) =>
      answerDecisionGate(ctx, h.householdId, id, approve(reviewed.version)),
    );
    expect(taken.status).toBe('TAKEN');
    expect(await monitoringActive(h)).toBe(false);
    const events = await database.db
      .selectFrom('dossierEvents')
      .select(['eventType', 'payload'])
      .where('entityId', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.eventType, (e.payload as { status?: string }).status])).toEqual([
      ['decision.recorded', 'AWAITING_APPROVAL'],
      ['decision.gate_answered', 'AWAITING_APPROVAL'],
      ['decision.gate_answered', 'TAKEN'],
    ]);
    const changes = await database.db
      .selectFrom('adminChanges')
      .select(['action', 'details'])
      .where('entityId', '=', regionId)
      .where('action', '=', 'decision_policy.changed')
      .execute();
    expect(changes.length).toBeGreaterThan(0);
  });

  it('the vast gezicht may withdraw a colleague’s waiting decision (its decider may have left), with a reason and an event', async () => {
    const h = await family('withdraw-fixed');
    await gates('END_MONITORING', { fourEyes: ['FIXED_PROFESSIONAL'] });
    const held = await as(rvt, (ctx) =>
      endSafetyMonitoring(ctx, h.householdId, { reason: 'Veilig genoeg', decision: reasonedRecord() }),
    );
    const id = held.decision?.id as string;
    await expect(
      as(expert, (ctx) => withdrawDecision(ctx, h.householdId, id, { reason: 'Niet aan mij', version: 1 })),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    const withdrawn = await as(lt, (ctx) =>
      withdrawDecision(ctx, h.householdId, id, { reason: 'De RVT-partner is vertrokken.', version: 1 }),
    );
    expect(withdrawn.status).toBe('WITHDRAWN');
    const events = await database.db
      .selectFrom('dossierEvents')
      .select('eventType')
      .where('entityId', '=', id)
      .execute();
    expect(events.map((e) => e.eventType)).toContain('decision.withdrawn');
    expect(await monitoringActive(h)).toBe(true);
  });
});

describe('KT7-R5 / INV-05: a lighter counter-review of help decisions', () => {
  it('a help decision waits for a colleague’s review: RECONSIDER returns it, PROCEED carries it out under the reserved id', async () => {
    const h = await family('light-review');
    await gates('HELP_DECISION', { review: ['EXPERT'] });
    const countHelp = async () =>
      (await as(lt, (ctx) => getCasework(ctx, h.householdId))).interventions.length;
    const helpBefore = await countHelp();
    const first = await as(lt, (ctx) =>
      requestIntervention(ctx, h.householdId, help(h, { decision: reasonedRecord() })),
    );
    expect(first).toMatchObject({ version: 0, decision: { status: 'AWAITING_REVIEW' } });
    expect(await countHelp()).toBe(helpBefore);
    const review = {
      gate: 'REVIEW' as const,
      bestForHousehold: 'Ja, het netwerk kan het niet alleen.',
      followsFromInformation: 'Ja, uit het netwerkberaad.',
    };
    await expect(
      as(lt, (ctx) =>
        answerDecisionGate(ctx, h.householdId, first.decision?.id as string, {
          ...review,
          outcome: 'PROCEED',
          rationale: 'Eigen besluit',
          version: 1,
        }),
      ),
    ).rejects.toMatchObject({ code: 'decision_gate_refused' });
    const returned = await as(expert, (ctx) =>
      answerDecisionGate(ctx, h.householdId, first.decision?.id as string, {
        ...review,
        outcome: 'RECONSIDER',
        rationale: 'Eerst vragen wat het gezin zelf wil.',
        version: 1,
      }),
    );
    expect(returned).toMatchObject({
      status: 'RETURNED',
      gates: [expect.objectContaining({ outcome: 'RECONSIDER' })],
    });
    expect(await countHelp()).toBe(helpBefore);

    const second = await as(lt, (ctx) =>
      requestIntervention(ctx, h.householdId, help(h, { decision: reasonedRecord() })),
    );
    const taken = await as(expert, (ctx) =>
      answerDecisionGate(ctx, h.householdId, second.decision?.id as string, {
        ...review,
        outcome: 'PROCEED',
        rationale: 'Gezien; past bij het plan.',
        version: 1,
      }),
    );
    expect(taken).toMatchObject({ status: 'TAKEN', subject: { type: 'intervention', id: second.id } });
    const casework = await as(lt, (ctx) => getCasework(ctx, h.householdId));
    expect(casework.interventions.map((i) => i.id)).toContain(second.id);
  });

  it('without a configured gate a help decision takes effect at once and leaves no decision record', async () => {
    const h = await family('no-gate');
    const before = (await decisionsOf(h)).length;
    const requested = await as(lt, (ctx) => requestIntervention(ctx, h.householdId, help(h)));
    expect(requested).toMatchObject({ version: 1, decision: null });
    expect(await decisionsOf(h)).toHaveLength(before);
  });
});

describe('LS-08: informed consent may be refused — a legitimate outcome', () => {
  it('refused consent records the help as declined (not unavailable), with the goal and the rights explained; consent can be withdrawn later; coerced help cannot be declined', async () => {
    const h = await family('consent');
    const base = help(h);
    const consent = base.consent as NonNullable<InterventionCreate['consent']>;
    const refused = await as(lt, (ctx) =>
      requestIntervention(ctx, h.householdId, {
        ...base,
        consent: {
          ...consent,
          decision: 'REFUSED',
          refusalReason: 'We willen het eerst zelf proberen.',
        },
      }),
    );
    const given = await as(lt, (ctx) => requestIntervention(ctx, h.householdId, base));
    const casework = await as(lt, (ctx) => getCasework(ctx, h.householdId));
    const declined = casework.interventions.find((i) => i.id === refused.id);
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declinedOn: today,
      unmetReason: null,
      consent: expect.objectContaining({
        decision: 'REFUSED',
        goal: 'Rust in huis en duidelijke afspraken.',
        rightsExplained: expect.stringContaining('klacht'),
        refusalReason: 'We willen het eerst zelf proberen.',
      }),
    });
    await as(lt, (ctx) =>
      progressIntervention(ctx, h.householdId, given.id, { status: 'STARTED', on: today, version: 1 }),
    );
    await as(lt, (ctx) =>
      progressIntervention(ctx, h.householdId, given.id, {
        status: 'DECLINED',
        on: today,
        reason: 'Het gezin trekt de toestemming in.',
        version: 2,
      }),
    );
    const after = await as(lt, (ctx) => getCasework(ctx, h.householdId));
    expect(after.interventions.find((i) => i.id === given.id)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Het gezin trekt de toestemming in.',
    });
    const coerced = await as(lt, (ctx) =>
      requestIntervention(ctx, h.householdId, {
        ...base,
        frame: 'COERCED',
        consent: null,
        measureReference: 'OTS 2026/1',
      }),
    );
    await expect(
      as(lt, (ctx) =>
        progressIntervention(ctx, h.householdId, coerced.id, {
          status: 'DECLINED',
          on: today,
          reason: 'Wil niet',
          version: 1,
        }),
      ),
    ).rejects.toMatchObject({ code: 'intervention_transition_not_allowed' });
  });
});

describe('the region’s configuration of the gates (AMB-03)', () => {
  it('only an administrator sets it, with a reason, at the version seen', async () => {
    await expect(
      as(lt, (ctx) =>
        setDecisionPolicy(ctx, regionId, 'REQUEST_MEASURE', {
          review: null,
          fourEyes: { roles: ['FIXED_PROFESSIONAL'] },
          reason: 'Zelf ingesteld',
          version: 0,
        }),
      ),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    const set = await as(admin, (ctx) =>
      setDecisionPolicy(ctx, regionId, 'REQUEST_MEASURE', {
        review: null,
        fourEyes: { roles: ['FIXED_PROFESSIONAL'] },
        reason: 'Regionaal besluit (synthetisch)',
        version: 0,
      }),
    );
    expect(set.items.find((i) => i.decisionType === 'REQUEST_MEASURE')).toMatchObject({
      fourEyes: { roles: ['FIXED_PROFESSIONAL'] },
      version: 1,
    });
    await expect(
      as(admin, (ctx) =>
        setDecisionPolicy(ctx, regionId, 'REQUEST_MEASURE', {
          review: null,
          fourEyes: null,
          reason: 'Oud',
          version: 0,
        }),
      ),
    ).rejects.toMatchObject({ code: 'version_conflict' });
  });
});
