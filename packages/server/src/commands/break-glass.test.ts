import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { getDossier } from '../queries/get-dossier';
import { listBreakGlassReviews } from '../queries/list-break-glass-reviews';
import { asActor, buildHousehold, buildProfessional, randomBsn } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { addShield } from './add-shield';
import { requestBreakGlass } from './request-break-glass';
import { reviewBreakGlass } from './review-break-glass';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const reason = {
  reasonCode: 'ACUTE_DANGER' as const,
  reason: 'Politie meldt acuut gevaar in de woning',
  hours: 2,
};

describe('break the glass', () => {
  it('grants time-limited read access by exact BSN, logs it, and the access ends when the grant expires', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const bsn = randomBsn();
    const h = await buildHousehold(database.db, lt, { bsn });
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const now = new Date();
    const grant = await asActor(
      database.db,
      crisis,
      (ctx) => requestBreakGlass(ctx, { ...reason, bsn }),
      now,
    );
    expect(grant.householdId).toBe(h.householdId);
    expect(new Date(grant.expiresAt).getTime() - now.getTime()).toBe(2 * 3_600_000);
    const dossier = await asActor(database.db, crisis, (ctx) => getDossier(ctx, h.householdId));
    expect(dossier.access.basis).toBe('BREAK_GLASS');
    expect(dossier.abilities['person.update']).toBe(false);
    const logged = await database.db
      .selectFrom('accessLog')
      .select(['action', 'breakGlassGrantId'])
      .where('actorId', '=', crisis.id)
      .orderBy('seq')
      .execute();
    expect(logged).toEqual([
      { action: 'break_glass', breakGlassGrantId: grant.grantId },
      { action: 'read', breakGlassGrantId: grant.grantId },
    ]);
    await database.db
      .updateTable('breakGlassGrants')
      .set({ grantedAt: new Date(Date.now() - 10_000), expiresAt: new Date(Date.now() - 1000) })
      .where('id', '=', grant.grantId)
      .execute();
    await expect(asActor(database.db, crisis, (ctx) => getDossier(ctx, h.householdId))).rejects.toMatchObject(
      { code: 'not_found' },
    );
  });

  it('refuses an ambiguous or missing match and logs the search; a Lokaal Team professional may not break the glass', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    await expect(
      asActor(database.db, crisis, (ctx) => requestBreakGlass(ctx, { ...reason, bsn: randomBsn() })),
    ).rejects.toMatchObject({
      code: 'break_glass_no_match',
    });
    const searches = await database.db
      .selectFrom('accessLog')
      .select('action')
      .where('actorId', '=', crisis.id)
      .execute();
    expect(searches).toEqual([{ action: 'search' }]);
    // Issue 8.11: a name and birth date that fit two households say so, not "no household found".
    const familyName = `Dubbel${randomBsn().slice(0, 5)}`;
    await buildHousehold(database.db, lt, { familyName });
    await buildHousehold(database.db, lt, { familyName });
    const parent = await database.db
      .selectFrom('persons')
      .select('birthDate')
      .where('familyName', '=', familyName)
      .executeTakeFirstOrThrow();
    await expect(
      asActor(database.db, crisis, (ctx) =>
        requestBreakGlass(ctx, { ...reason, familyName, birthDate: parent.birthDate as string }),
      ),
    ).rejects.toMatchObject({ code: 'break_glass_ambiguous' });
    await expect(
      asActor(database.db, lt, (ctx) => requestBreakGlass(ctx, { ...reason, bsn: randomBsn() })),
    ).rejects.toMatchObject({
      code: 'break_glass_not_allowed',
    });
  });

  it('a team lead of the same organisation reviews it once; not their own, and leads elsewhere do not see it', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const bsn = randomBsn();
    await buildHousehold(database.db, lt, { bsn });
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    const organisationId = crisis.memberships[0]?.organisationId as string;
    const lead = await buildProfessional(database.db, 'CRISIS_SERVICE', {
      organisationId,
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const otherLead = await buildProfessional(database.db, 'CRISIS_SERVICE', {
      roles: ['PROFESSIONAL', 'TEAM_LEAD'],
    });
    const grant = await asActor(database.db, crisis, (ctx) => requestBreakGlass(ctx, { ...reason, bsn }));

    const open = await asActor(database.db, lead, (ctx) => listBreakGlassReviews(ctx, { onlyOpen: true }));
    expect(open.map((g) => g.id)).toEqual([grant.grantId]);
    expect(
      await asActor(database.db, otherLead, (ctx) => listBreakGlassReviews(ctx, { onlyOpen: true })),
    ).toEqual([]);
    await expect(
      asActor(database.db, otherLead, (ctx) =>
        reviewBreakGlass(ctx, grant.grantId, { verdict: 'JUSTIFIED', comment: '' }),
      ),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    // The requester is no team lead: told so (nothing secret about a permission).
    await expect(
      asActor(database.db, crisis, (ctx) =>
        reviewBreakGlass(ctx, grant.grantId, { verdict: 'JUSTIFIED', comment: '' }),
      ),
    ).rejects.toMatchObject({
      code: 'permission_denied',
    });

    const reviewed = await asActor(database.db, lead, (ctx) =>
      reviewBreakGlass(ctx, grant.grantId, { verdict: 'UNJUSTIFIED', comment: 'Geen acute situatie' }),
    );
    expect(reviewed).toMatchObject({ id: grant.grantId, reviewVerdict: 'UNJUSTIFIED' });
    const stored = await database.db
      .selectFrom('breakGlassGrants')
      .select(['reviewedBy', 'reviewVerdict'])
      .where('id', '=', grant.grantId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ reviewedBy: lead.id, reviewVerdict: 'UNJUSTIFIED' });
    // A second review says what happened (it was reviewed already), not that someone else changed it.
    await expect(
      asActor(database.db, lead, (ctx) =>
        reviewBreakGlass(ctx, grant.grantId, { verdict: 'JUSTIFIED', comment: '' }),
      ),
    ).rejects.toMatchObject({
      code: 'break_glass_already_reviewed',
      data: { current: { reviewVerdict: 'UNJUSTIFIED' } },
    });
    expect(await asActor(database.db, lead, (ctx) => listBreakGlassReviews(ctx, { onlyOpen: true }))).toEqual(
      [],
    );
  });
});

describe('break the glass never finds a household through a withheld person (issue 7: definer functions filter)', () => {
  it('a person withheld from the break-the-glass ground is not matched by BSN', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const bsn = randomBsn();
    const h = await buildHousehold(database.db, lt, { bsn });
    const crisis = await buildProfessional(database.db, 'CRISIS_SERVICE');
    await asActor(database.db, lt, (ctx) =>
      addShield(ctx, h.householdId, {
        itemType: 'person',
        itemId: h.parentId,
        target: { kind: 'GROUND', ground: 'BREAK_GLASS' },
        reasonCode: 'SAFETY_OF_PERSON',
        reason: 'Moeder verblijft in de opvang; niet vindbaar voor noodtoegang.',
      }),
    );
    await expect(
      asActor(database.db, crisis, (ctx) => requestBreakGlass(ctx, { ...reason, bsn })),
    ).rejects.toMatchObject({ code: 'break_glass_no_match' });
  });
});
