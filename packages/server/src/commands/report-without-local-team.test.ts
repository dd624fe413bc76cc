import { randomUUID } from 'node:crypto';
import { type Actor, type IntakeCreate, situationProblems } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context';
import type { Database } from '../db/database';
import { loadSituation } from '../db/repositories/case.repository';
import type { App } from '../http/app';
import { getCasework } from '../queries/get-casework';
import { getDossier } from '../queries/get-dossier';
import { getWorklist } from '../queries/get-worklist';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import { changeFixedProfessional } from './change-fixed-professional';
import { endTeamMember } from './end-team-member';
import { linkLocalTeam } from './link-local-team';
import { recordIntake } from './record-intake';
import { startUrgentSafety } from './start-urgent-safety';
import { triageReport } from './triage-report';

/**
 * Issue 8.10: reports that cannot be recorded. The crisis service (24/7) must be able to record a police
 * report about a family not yet known, and the RVT must not have to name a Lokaal Team vast gezicht at 23:40.
 * VAL-01's transitional exception (AMB-06, KT2-R2): the case exists without a vast gezicht, with a deadline
 * by which the Lokaal Team must be linked, seen by the recorder and, once overdue, by the team lead.
 */
let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** Thursday 12 March 2026, 23:40 in the Netherlands (CET). */
const LATE_EVENING = new Date('2026-03-12T22:40:00Z');
/** Two working days later (nl-2026.1: LINK_LOCAL_TEAM = 2 working days). */
const LINK_DUE = '2026-03-16';

function policeReport(displayName: string): IntakeCreate {
  return {
    kind: 'REPORT',
    newHousehold: { displayName, municipalityCode: 'GM0344' },
    reporter: {
      kind: 'POLICE',
      anonymous: false,
      name: 'Agent Nacht',
      organisation: 'Politie (synthetisch)',
    },
    summary: 'Politie meldt huiselijk geweld; kinderen van 4 en 7 thuis.',
  };
}

async function recordAt(actor: Actor, input: IntakeCreate, now = LATE_EVENING) {
  return asActor(database.db, actor, (ctx) => recordIntake(ctx, input), now);
}

const orgOf = (actor: Actor) => actor.memberships[0]?.organisationId ?? '';

/** What a refused command must leave untouched. */
async function snapshot(householdId: string) {
  const count = async (table: 'dossierEvents' | 'caseTeamMembers' | 'pathwayTransitions' | 'concerns') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('householdId', '=', householdId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const deadlines = await database.db
    .selectFrom('deadlines')
    .select(['kind', 'metAt'])
    .where('householdId', '=', householdId)
    .orderBy('kind')
    .execute();
  return {
    events: await count('dossierEvents'),
    team: await count('caseTeamMembers'),
    transitions: await count('pathwayTransitions'),
    concerns: await count('concerns'),
    deadlines,
  };
}

const triage = (nextStep: 'FIRST_INVESTIGATION' | 'EXTENDED_INVESTIGATION') => ({
  urgency: 'ACUTE' as const,
  concerns: [],
  nextStep,
  rationale: 'Samen met het Lokaal Team bekeken',
});

describe('issue 8.10: reports that cannot be recorded', () => {
  it('issue 8.10: the crisis service records a police report about an unknown family at 23:40 and takes the first safety steps; the case waits for the Lokaal Team with a deadline', async () => {
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const recorded = await recordAt(crisis, policeReport('Gezin Nachtegaal'));
    const casework = await asActor(
      database.db,
      crisis,
      (ctx) => getCasework(ctx, recorded.householdId),
      LATE_EVENING,
    );
    expect(casework.answersQuestions).toBeNull();
    expect(casework.reports[0]).toMatchObject({ channel: 'CRISIS_SERVICE' });
    const link = casework.deadlines.find((d) => d.kind === 'LINK_LOCAL_TEAM');
    expect(link).toMatchObject({ dueOn: LINK_DUE, status: 'DUE_SOON' });
    const team = await database.db
      .selectFrom('caseTeamMembers')
      .select(['professionalId', 'role'])
      .where('householdId', '=', recorded.householdId)
      .execute();
    expect(team).toEqual([{ professionalId: crisis.id, role: 'EXPERT' }]);
    // The first safety steps: spoed is organised by whoever recorded the report.
    await asActor(
      database.db,
      crisis,
      (ctx) =>
        startUrgentSafety(ctx, recorded.householdId, {
          situation: 'Vader aangehouden; moeder en kinderen bij oma',
        }),
      LATE_EVENING,
    );
    const worklist = await asActor(database.db, crisis, (ctx) => getWorklist(ctx), LATE_EVENING);
    expect(worklist.mine).toEqual([
      expect.objectContaining({
        householdId: recorded.householdId,
        kind: 'LINK_LOCAL_TEAM',
        dueOn: LINK_DUE,
      }),
    ]);
  });

  it('issue 8.10: the RVT records a report at 23:40 without naming a vast gezicht; it stays as duo partner and the link deadline is on its worklist and, once missed, escalated to its team lead', async () => {
    const organisationId = (await buildProfessional(database.db, 'RVT')).memberships[0]?.organisationId;
    const rvt = await buildProfessional(database.db, 'RVT', { organisationId });
    const lead = await buildProfessional(database.db, 'RVT', {
      organisationId,
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const recorded = await recordAt(rvt, policeReport('Gezin Avondrood'));
    const casework = await asActor(
      database.db,
      rvt,
      (ctx) => getCasework(ctx, recorded.householdId),
      LATE_EVENING,
    );
    expect(casework.rvtPartner?.id).toBe(rvt.id);
    expect(casework.answersQuestions).toBeNull();
    const mine = await asActor(database.db, rvt, (ctx) => getWorklist(ctx), LATE_EVENING);
    expect(mine.mine.filter((i) => i.kind === 'LINK_LOCAL_TEAM')).toEqual([
      expect.objectContaining({ householdId: recorded.householdId, dueOn: LINK_DUE, status: 'DUE_SOON' }),
    ]);
    // Friday a week later the deadline is three working days past: escalated to the team lead.
    const later = new Date('2026-03-20T09:00:00Z');
    const supervised = await asActor(database.db, lead, (ctx) => getWorklist(ctx), later);
    expect(supervised.team).toEqual([
      expect.objectContaining({
        householdId: recorded.householdId,
        kind: 'LINK_LOCAL_TEAM',
        status: 'ESCALATED',
        professionalName: rvt.displayName,
      }),
    ]);
  });

  it('issue 8.10: before the Lokaal Team is linked the case takes no step and nobody leaves; linking it makes the vast gezicht, meets the deadline and records a typed event, once', async () => {
    const rvt = await buildProfessional(database.db, 'RVT');
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const lt2 = await buildProfessional(database.db, 'LOCAL_TEAM');
    const { householdId, reportId } = await recordAt(rvt, policeReport('Gezin Wachtkamer'));
    const dossier = await asActor(database.db, rvt, (ctx) => getDossier(ctx, householdId), LATE_EVENING);
    expect(dossier.case).toMatchObject({
      contactPerson: null,
      localTeamLink: { dueOn: LINK_DUE, status: 'DUE_SOON' },
    });
    expect(dossier.abilities['local_team.link']).toBe(true);

    const before = await snapshot(householdId);
    const rvtMember = await database.db
      .selectFrom('caseTeamMembers')
      .select('id')
      .where('householdId', '=', householdId)
      .executeTakeFirstOrThrow();
    const refusals: ((ctx: RequestContext) => Promise<unknown>)[] = [
      (ctx) => triageReport(ctx, householdId, reportId, triage('FIRST_INVESTIGATION')),
      (ctx) => endTeamMember(ctx, householdId, rvtMember.id, null),
      (ctx) =>
        changeFixedProfessional(ctx, householdId, {
          replacingMemberId: rvtMember.id,
          professionalId: lt.id,
          organisationId: orgOf(lt),
          reason: 'Lokaal Team gevonden',
        }),
    ];
    for (const refused of refusals) {
      await expect(asActor(database.db, rvt, refused)).rejects.toMatchObject({
        code: 'local_team_not_linked',
      });
    }
    // Only a Lokaal Team professional can be linked.
    const rvt2 = await buildProfessional(database.db, 'RVT');
    await expect(
      asActor(database.db, rvt, (ctx) =>
        linkLocalTeam(ctx, householdId, { professionalId: rvt2.id, organisationId: orgOf(rvt2) }),
      ),
    ).rejects.toMatchObject({ code: 'fixed_professional_not_local_team' });
    expect(await snapshot(householdId)).toEqual(before);

    const linkedAt = new Date('2026-03-13T08:30:00Z');
    const { id: memberId } = await asActor(
      database.db,
      rvt,
      (ctx) => linkLocalTeam(ctx, householdId, { professionalId: lt.id, organisationId: orgOf(lt) }),
      linkedAt,
    );
    const link = await database.db
      .selectFrom('deadlines')
      .select(['metAt'])
      .where('householdId', '=', householdId)
      .where('kind', '=', 'LINK_LOCAL_TEAM')
      .executeTakeFirstOrThrow();
    expect(link.metAt).toEqual(linkedAt);
    const events = await database.db
      .selectFrom('dossierEvents')
      .select(['eventType', 'payload'])
      .where('householdId', '=', householdId)
      .where('eventType', 'in', ['case.local_team_linked', 'deadline.met'])
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { eventType: 'case.local_team_linked', payload: { professionalId: lt.id, memberId } },
      {
        eventType: 'deadline.met',
        payload: { kind: 'LINK_LOCAL_TEAM', dueOn: LINK_DUE, metOn: '2026-03-13', late: false },
      },
    ]);
    const linked = await asActor(database.db, rvt, (ctx) => getDossier(ctx, householdId), linkedAt);
    expect(linked.case).toMatchObject({
      contactPerson: { professionalId: lt.id },
      localTeamLink: null,
    });
    // The triage deadline was waiting for its owner: the vast gezicht sees it now.
    const ltWork = await asActor(database.db, lt, (ctx) => getWorklist(ctx), linkedAt);
    expect(ltWork.mine.map((i) => i.kind)).toEqual(['TRIAGE']);
    // Once linked, a second link (another screen, a colleague) is refused and says who is linked.
    await expect(
      asActor(database.db, rvt, (ctx) =>
        linkLocalTeam(ctx, householdId, { professionalId: lt2.id, organisationId: orgOf(lt2) }),
      ),
    ).rejects.toMatchObject({
      code: 'local_team_already_linked',
      data: { current: { memberId, professionalId: lt.id } },
    });
  });

  it('issue 8.10: a report received by the RVT goes straight to an extended investigation with the Lokaal Team linked (§5.10 flow 2); a Lokaal Team report does not', async () => {
    const rvt = await buildProfessional(database.db, 'RVT');
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const { householdId, reportId, caseId } = await recordAt(rvt, policeReport('Gezin Rechtdoor'));
    await asActor(database.db, rvt, (ctx) =>
      linkLocalTeam(ctx, householdId, { professionalId: lt.id, organisationId: orgOf(lt) }),
    );
    const triaged = await asActor(database.db, lt, (ctx) =>
      triageReport(ctx, householdId, reportId, triage('EXTENDED_INVESTIGATION')),
    );
    expect(triaged).toMatchObject({ pathwayState: 'EXTENDED_INVESTIGATION' });
    const investigations = await database.db
      .selectFrom('investigations')
      .select(['id', 'kind', 'leadOrganisationKind'])
      .where('caseId', '=', caseId)
      .execute();
    expect(investigations).toEqual([
      { id: triaged.investigationId, kind: 'EXTENDED', leadOrganisationKind: 'RVT' },
    ]);
    const casework = await asActor(database.db, rvt, (ctx) => getCasework(ctx, householdId));
    expect(casework.transitions.map((t) => [t.fromState, t.toState, t.trigger])).toEqual([
      ['SIGNAL_RECEIVED', 'EXTENDED_INVESTIGATION', 'TRIAGE'],
    ]);
    expect(casework.deadlines.map((d) => [d.kind, d.status === 'MET', d.responsibleRole]).sort()).toEqual([
      ['EXTENDED_INVESTIGATION_DECISION', false, 'RVT_PARTNER'],
      ['LINK_LOCAL_TEAM', true, 'RVT_PARTNER'],
      ['TRIAGE', true, 'FIXED_PROFESSIONAL'],
    ]);
    const situation = {
      state: 'EXTENDED_INVESTIGATION' as const,
      ...(await loadSituation(database.db, caseId)),
    };
    expect(situationProblems(situation)).toEqual([]);

    // A report the Lokaal Team received itself goes through a first investigation first.
    const own = await buildHousehold(database.db, lt);
    const ltReport = await asActor(database.db, lt, (ctx) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId: own.householdId,
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Buren maken zich zorgen.',
      }),
    );
    const before = await snapshot(own.householdId);
    await expect(
      asActor(database.db, lt, (ctx) =>
        triageReport(ctx, own.householdId, ltReport.reportId, triage('EXTENDED_INVESTIGATION')),
      ),
    ).rejects.toMatchObject({ code: 'extended_investigation_needs_rvt_report' });
    expect(await snapshot(own.householdId)).toEqual(before);
  });

  it('issue 8.10: over HTTP the crisis service records the report (201, with the link deadline) and links the Lokaal Team once per submission; a question still needs the vast gezicht', async () => {
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const { headers } = await sessionFor(database, crisis);
    const recorded = await app.inject({
      method: 'POST',
      url: '/api/v1/intakes',
      headers,
      payload: policeReport('Gezin Nachtdienst'),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const { householdId, localTeamDue } = recorded.json();
    expect(localTeamDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dossier = await app.inject({ method: 'GET', url: `/api/v1/households/${householdId}`, headers });
    expect(dossier.json().case).toMatchObject({
      contactPerson: null,
      localTeamLink: { dueOn: localTeamDue },
    });

    const key = randomUUID();
    const link = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/households/${householdId}/local-team`,
        headers: { ...headers, 'idempotency-key': key },
        payload: { professionalId: lt.id, organisationId: orgOf(lt) },
      });
    const first = await link();
    const repeat = await link();
    expect([first.statusCode, repeat.statusCode]).toEqual([201, 201]);
    expect(repeat.json()).toEqual(first.json());
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${householdId}/local-team`,
      headers,
      payload: { professionalId: lt.id, organisationId: orgOf(lt) },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'local_team_already_linked' });
    const linked = await app.inject({ method: 'GET', url: `/api/v1/households/${householdId}`, headers });
    expect(linked.json().case).toMatchObject({
      contactPerson: { professionalId: lt.id },
      localTeamLink: null,
    });

    const question = await app.inject({
      method: 'POST',
      url: '/api/v1/intakes',
      headers,
      payload: { ...policeReport('Gezin Vraagteken'), kind: 'QUESTION' },
    });
    expect(question.statusCode).toBe(422);
    expect(question.json()).toMatchObject({
      code: 'local_team_required',
      issues: [expect.objectContaining({ path: 'fixedProfessionalId', code: 'local_team_required' })],
    });
  });

  it('issue 8.10: three colleagues link the Lokaal Team at the same moment: one vast gezicht, the others hear who it is', async () => {
    const rvt = await buildProfessional(database.db, 'RVT');
    const candidates = await Promise.all([1, 2, 3].map(() => buildProfessional(database.db, 'LOCAL_TEAM')));
    const { householdId } = await recordAt(rvt, policeReport('Gezin Tegelijk'));
    const { headers } = await sessionFor(database, rvt);
    const answers = await Promise.all(
      candidates.map((lt) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/households/${householdId}/local-team`,
          headers,
          payload: { professionalId: lt.id, organisationId: orgOf(lt) },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    const fixed = await database.db
      .selectFrom('caseTeamMembers')
      .select(['id', 'professionalId'])
      .where('householdId', '=', householdId)
      .where('role', '=', 'FIXED_PROFESSIONAL')
      .execute();
    expect(fixed).toHaveLength(1);
    for (const refused of answers.filter((a) => a.statusCode === 409)) {
      expect(refused.json()).toMatchObject({
        code: 'local_team_already_linked',
        current: { memberId: fixed[0]?.id, professionalId: fixed[0]?.professionalId },
      });
    }
  });
});
