import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { asActor, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { createHousehold } from './create-household';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('createHousehold', () => {
  it('INV-01/VAL-01: opens household, case and team with the Lokaal Team creator as the one fixed professional', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const { householdId, caseId } = await asActor(database.db, lt, (ctx) =>
      createHousehold(ctx, { displayName: 'Gezin Proef', municipalityCode: 'GM0344' }),
    );
    const team = await database.db
      .selectFrom('caseTeamMembers')
      .selectAll()
      .where('caseId', '=', caseId)
      .execute();
    expect(team).toHaveLength(1);
    expect(team[0]).toMatchObject({ professionalId: lt.id, role: 'FIXED_PROFESSIONAL', endedAt: null });
    const events = await database.db
      .selectFrom('dossierEvents')
      .select(['eventType', 'actorId'])
      .where('householdId', '=', householdId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.eventType)).toEqual(['household.created', 'case.opened', 'team_member.added']);
    const log = await database.db
      .selectFrom('accessLog')
      .selectAll()
      .where('householdId', '=', householdId)
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'create', actorId: lt.id, purpose: 'casework' });
  });

  it('INV-02: an RVT professional opening a dossier for a report names the vast gezicht and stays as duo partner', async () => {
    const rvt = await buildProfessional(database.db, 'RVT');
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const { caseId } = await asActor(database.db, rvt, (ctx) =>
      createHousehold(ctx, {
        displayName: 'Gezin Melding',
        municipalityCode: 'GM0307',
        fixedProfessionalId: lt.id,
      }),
    );
    const team = await database.db
      .selectFrom('caseTeamMembers')
      .select(['professionalId', 'role'])
      .where('caseId', '=', caseId)
      .orderBy('role')
      .execute();
    expect(team).toEqual([
      { professionalId: lt.id, role: 'FIXED_PROFESSIONAL' },
      { professionalId: rvt.id, role: 'RVT_PARTNER' },
    ]);
  });

  it('VAL-01: refuses an RVT professional as fixed professional and changes nothing', async () => {
    const rvt = await buildProfessional(database.db, 'RVT');
    const other = await buildProfessional(database.db, 'RVT');
    const before = await database.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      asActor(database.db, rvt, (ctx) =>
        createHousehold(ctx, { displayName: 'X', municipalityCode: 'GM0344', fixedProfessionalId: other.id }),
      ),
    ).rejects.toMatchObject({ code: 'fixed_professional_not_local_team' });
    const after = await database.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses an unknown municipality with municipality_unknown', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    await expect(
      asActor(database.db, lt, (ctx) =>
        createHousehold(ctx, { displayName: 'X', municipalityCode: 'GM9999' }),
      ),
    ).rejects.toMatchObject({ code: 'municipality_unknown' });
  });

  it('refuses a crisis-service professional (not allowed to open a dossier) and says so: permission_denied', async () => {
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    await expect(
      asActor(database.db, crisis, (ctx) =>
        createHousehold(ctx, { displayName: 'X', municipalityCode: 'GM0344' }),
      ),
    ).rejects.toMatchObject({ code: 'permission_denied', data: { permission: 'household.create' } });
  });
});
