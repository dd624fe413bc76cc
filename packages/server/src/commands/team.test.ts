import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { getDossier } from '../queries/get-dossier';
import { addTeamMember } from './add-team-member';
import { changeFixedProfessional } from './change-fixed-professional';
import { endTeamMember } from './end-team-member';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('case team', () => {
  it('INV-02: an expert is added and leaves without handover; the fixed professional stays', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const expert = await buildProfessional(database.db, 'OTHER');
    const h = await buildHousehold(database.db, lt);
    const added = await asActor(database.db, lt, (ctx) =>
      addTeamMember(ctx, h.householdId, {
        professionalId: expert.id,
        organisationId: expert.memberships[0]?.organisationId as string,
        role: 'EXPERT',
        expertise: 'Schuldhulp',
      }),
    );
    await asActor(database.db, lt, (ctx) => endTeamMember(ctx, h.householdId, added.id, 'advies gegeven'));
    const dossier = await asActor(database.db, lt, (ctx) => getDossier(ctx, h.householdId));
    const roles = dossier.case?.team.map((t) => [t.role, t.endedAt === null]);
    expect(roles).toEqual([
      ['FIXED_PROFESSIONAL', true],
      ['EXPERT', false],
    ]);
    expect(dossier.case?.contactPerson?.professionalId).toBe(lt.id);
  });

  it('INV-01: a second fixed professional cannot be added as team member; the fixed professional cannot be ended', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const rvt = await buildProfessional(database.db, 'RVT');
    const h = await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const rvt2 = await buildProfessional(database.db, 'RVT');
    await expect(
      asActor(database.db, lt, (ctx) =>
        addTeamMember(ctx, h.householdId, {
          professionalId: rvt2.id,
          organisationId: rvt2.memberships[0]?.organisationId as string,
          role: 'RVT_PARTNER',
        }),
      ),
    ).rejects.toMatchObject({ code: 'rvt_partner_exists' });
    const fixedRow = await database.db
      .selectFrom('caseTeamMembers')
      .select('id')
      .where('caseId', '=', h.caseId)
      .where('role', '=', 'FIXED_PROFESSIONAL')
      .executeTakeFirstOrThrow();
    await expect(
      asActor(database.db, lt, (ctx) => endTeamMember(ctx, h.householdId, fixedRow.id, null)),
    ).rejects.toMatchObject({
      code: 'cannot_remove_fixed_professional',
    });
  });

  it('VAL-02: changing the fixed professional needs a reason, is counted and recorded as its own event', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const successor = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    await expect(
      asActor(database.db, lt, (ctx) =>
        changeFixedProfessional(ctx, h.householdId, {
          replacingMemberId: h.fixedMemberId,
          professionalId: successor.id,
          organisationId: successor.memberships[0]?.organisationId as string,
          reason: ' ',
        }),
      ),
    ).rejects.toMatchObject({ code: 'change_reason_required' });
    await asActor(database.db, lt, (ctx) =>
      changeFixedProfessional(ctx, h.householdId, {
        replacingMemberId: h.fixedMemberId,
        professionalId: successor.id,
        organisationId: successor.memberships[0]?.organisationId as string,
        reason: 'Langdurig verlof',
      }),
    );
    const dossier = await asActor(database.db, successor, (ctx) => getDossier(ctx, h.householdId));
    expect(dossier.case?.contactPerson?.professionalId).toBe(successor.id);
    expect(dossier.case?.fixedProfessionalChanges).toBe(1);
    const ended = dossier.case?.team.find((t) => t.professionalId === lt.id);
    expect(ended?.endReason).toBe('Langdurig verlof');
    const events = await database.db
      .selectFrom('dossierEvents')
      .select('eventType')
      .where('householdId', '=', h.householdId)
      .execute();
    expect(events.map((e) => e.eventType)).toContain('fixed_professional.changed');
    // The previous fixed professional is no longer involved: need-to-know now says not found.
    await expect(asActor(database.db, lt, (ctx) => getDossier(ctx, h.householdId))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
