import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntake } from '../commands/record-intake';
import { startUrgentSafety } from '../commands/start-urgent-safety';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { getWorklist } from './get-worklist';
import { listCaseload } from './list-caseload';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const on = (date: string) => new Date(`${date}T09:00:00+01:00`);

/** A report received on `date`: its triage is due 5 working days later (nl-2026.1). */
async function reportOn(actor: Actor, householdId: string, date: string) {
  return asActor(
    database.db,
    actor,
    (ctx) =>
      recordIntake(ctx, {
        kind: 'REPORT',
        householdId,
        receivedAt: on(date).toISOString(),
        reporter: {
          kind: 'PROFESSIONAL',
          anonymous: false,
          name: 'Mentor (synthetisch)',
          organisation: 'Basisschool De Test',
          meldcodeStep: 'STEP_5_DECIDE',
        },
        summary: 'Kind komt vaak moe op school.',
      }),
    on(date),
  );
}

describe('issue 9.5: the team lead sees her own items once', () => {
  it('issue 9.5: a team lead who holds an overdue deadline herself finds it in her own list and not again in the team view', async () => {
    const lead = await buildProfessional(database.db, 'LOCAL_TEAM', { roles: ['PROFESSIONAL', 'TEAM_LEAD'] });
    const organisationId = lead.memberships[0]?.organisationId as string;
    const colleague = await buildProfessional(database.db, 'LOCAL_TEAM', { organisationId });
    const hers = await buildHousehold(database.db, lead);
    const theirs = await buildHousehold(database.db, colleague);
    // Received Mon 2 Nov 2026: triage due Mon 9 Nov; on Thu 12 Nov it is 3 working days late (escalated).
    await reportOn(lead, hers.householdId, '2026-11-02');
    await reportOn(colleague, theirs.householdId, '2026-11-02');
    const worklist = await asActor(database.db, lead, (ctx) => getWorklist(ctx), on('2026-11-12'));
    const ownItem = expect.objectContaining({
      householdId: hers.householdId,
      kind: 'TRIAGE',
      status: 'ESCALATED',
      workingDaysLate: 3,
    });
    expect(worklist.mine.filter((i) => i.householdId === hers.householdId)).toEqual([ownItem]);
    const team = worklist.team ?? [];
    expect(team.filter((i) => i.householdId === hers.householdId)).toEqual([]);
    // The colleague's overdue item is still in the team view, with how late it is.
    expect(team.filter((i) => i.householdId === theirs.householdId)).toEqual([
      expect.objectContaining({
        kind: 'TRIAGE',
        professionalName: colleague.displayName,
        workingDaysLate: 3,
      }),
    ]);
    expect(worklist.counts.teamEscalated).toBe(1);
    expect(worklist.counts.overdue).toBe(1);
    expect(worklist.teamHasMore).toBe(false);
  });
});

describe('issue 9.5: "Mijn gezinnen" shows spoed and how late the first deadline is', () => {
  it('issue 9.5: the caseload item carries the active spoed flag and the first open deadline with its working days late', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const late = await buildHousehold(database.db, lt);
    const calm = await buildHousehold(database.db, lt);
    await reportOn(lt, late.householdId, '2026-11-02');
    await reportOn(lt, calm.householdId, '2026-11-10');
    await asActor(
      database.db,
      lt,
      (ctx) => startUrgentSafety(ctx, late.householdId, { situation: 'Melding politie: escalatie thuis.' }),
      on('2026-11-12'),
    );
    const page = await asActor(database.db, lt, (ctx) => listCaseload(ctx, { limit: 25 }), on('2026-11-12'));
    expect(page.items.find((i) => i.id === late.householdId)).toMatchObject({
      pathwayState: 'SIGNAL_RECEIVED',
      urgentSafetyActive: true,
      nextDeadline: { kind: 'TRIAGE', dueOn: '2026-11-09', status: 'ESCALATED', workingDaysLate: 3 },
    });
    // Received Tue 10 Nov: triage due Tue 17 Nov, not late on the 12th.
    expect(page.items.find((i) => i.id === calm.householdId)).toMatchObject({
      urgentSafetyActive: false,
      nextDeadline: { kind: 'TRIAGE', dueOn: '2026-11-17', status: 'OPEN', workingDaysLate: 0 },
    });
  });
});
