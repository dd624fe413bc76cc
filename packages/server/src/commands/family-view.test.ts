import { randomUUID } from 'node:crypto';
import type { Actor, FamilyVisibilitySet } from '@gezinsdossier/domain';
import { isPlainLanguage, todayInNetherlands } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import type { FamilyViewJson } from '../presenters/family-view.presenter';
import { getFamilyView } from '../queries/get-family-view';
import { type RunAs, walkLegalRoute } from '../seed/demo-legal-route';
import { createTestDatabase } from '../test/database';
import { asActor, type BuiltHousehold, buildHousehold, buildProfessional } from '../test/factories';
import { addShield } from './add-shield';
import { setFamilyVisibility } from './set-family-visibility';

/**
 * Issue 10.8, "family-readable by design": what each household member sees of the legal route, with its
 * family summary; the duo's per-member choice (withholding needs a reason, at a version); shields win; the
 * preview is read like every read (policy, presenters, the access log from what was presented).
 *
 * The household: a parent with authority (born 1985) and a child born 2015-09-30, walked through the legal
 * route to a granted OTS for the child (UO-3, review PROCEED, filing, ruling).
 */
let database: Database;
let lt: Actor;
let rvt: Actor;
let expert: Actor;
let h: BuiltHousehold;
const now = new Date();
const today = todayInNetherlands(now);

beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  expert = await buildProfessional(database.db, 'OTHER');
  h = await buildHousehold(database.db, lt, {
    team: [
      { actor: rvt, role: 'RVT_PARTNER' },
      { actor: expert, role: 'EXPERT' },
    ],
  });
  const runAt =
    (daysAgo: number): RunAs =>
    (who, fn) =>
      asActor(database.db, who, fn, new Date(now.getTime() - daysAgo * 86_400_000));
  await walkLegalRoute(
    runAt,
    { householdId: h.householdId, subjectId: h.childId, otherId: h.parentId, lt, rvt },
    'COERCED_EXECUTION',
    {
      reviewer: await buildProfessional(database.db, 'RVT', {
        regionCode: 'VR07',
        roles: ['COUNTER_REVIEWER'],
      }),
      jurist: await buildProfessional(database.db, 'RVT', { regionCode: 'VR07', roles: ['JURIST'] }),
      scientist: await buildProfessional(database.db, 'RVT', {
        regionCode: 'VR07',
        roles: ['BEHAVIOURAL_SCIENTIST'],
      }),
    },
    today,
  );
});
afterAll(async () => database?.close());

const view = (actor: Actor, personId: string) =>
  asActor(database.db, actor, (ctx) => getFamilyView(ctx, h.householdId, personId));
const set = (actor: Actor, input: Omit<FamilyVisibilitySet, 'reason'> & { reason?: string | null }) =>
  asActor(database.db, actor, (ctx) =>
    setFamilyVisibility(ctx, h.householdId, { reason: null, ...input } as FamilyVisibilitySet),
  );
const kinds = (items: FamilyViewJson['items']) => items.map((i) => i.kind).sort();
const itemOf = (v: FamilyViewJson, kind: string) =>
  [...v.items, ...v.hiddenItems].find((i) => i.kind === kind) as FamilyViewJson['items'][number];
const visibilityOf = (v: FamilyViewJson, kind: string, personId: string) =>
  itemOf(v, kind).visibility.find((m) => m.personId === personId);

async function overrides() {
  return database.db
    .selectFrom('familyVisibility')
    .selectAll()
    .where('householdId', '=', h.householdId)
    .execute();
}

describe('issue 10.8: the default family view', () => {
  it('KT9-R1: the parent with authority sees the petition, the review outcome, the ruling, the running measure and the rights notices, each with a B1 summary', async () => {
    const parent = await view(lt, h.parentId);
    expect(kinds(parent.items)).toEqual(
      expect.arrayContaining(['PETITION', 'REVIEW_OUTCOME', 'RULING', 'RUNNING_MEASURE', 'RIGHTS_NOTICE']),
    );
    const ruling = itemOf(parent, 'RULING');
    expect(ruling.summary.nl).toMatch(/^De rechter heeft op \d+ \w+ \d{4} een besluit genomen over /);
    expect(ruling.summary.nl).toContain('toezicht op de opvoeding');
    expect(ruling.summary.nl).toContain('Hoger beroep');
    for (const item of parent.items) {
      if (item.kind !== 'PETITION') {
        expect(isPlainLanguage(item.summary.nl), item.summary.nl).toBe(true);
      }
    }
    expect(visibilityOf(parent, 'RULING', h.parentId)).toMatchObject({
      visible: true,
      source: 'DEFAULT',
      basis: 'PARENT_WITH_AUTHORITY',
      version: null,
    });
  });

  it('LS-09: the child (under 12) sees nothing of the legal route by default, and the professional sees why per item', async () => {
    const child = await view(lt, h.childId);
    expect(child.items).toEqual([]);
    expect(visibilityOf(child, 'RULING', h.childId)).toMatchObject({
      visible: false,
      basis: 'ABOUT_THEM_UNDER_12',
    });
  });

  it('the case team reads it (an expert too), an outsider gets not_found, and a member who is not one is not_found', async () => {
    await expect(view(expert, h.parentId)).resolves.toMatchObject({ abilities: { setVisibility: false } });
    const outsider = await buildProfessional(database.db, 'LOCAL_TEAM');
    await expect(view(outsider, h.parentId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(view(lt, randomUUID())).rejects.toMatchObject({ code: 'not_found' });
  });

  it('the access-log row of the preview names exactly the persons it presented', async () => {
    const shown = await view(lt, h.parentId);
    const rows = await database.db
      .selectFrom('accessLog')
      .select(['resourceType', 'resourceId', 'personIds', 'action'])
      .where('actorId', '=', lt.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .execute();
    const presented = new Set(
      [...shown.items, ...shown.hiddenItems].flatMap((i) => [
        ...i.aboutPersonIds,
        ...i.visibility.map((m) => m.personId),
      ]),
    );
    expect(rows[0]).toMatchObject({ resourceType: 'family_view', resourceId: h.parentId, action: 'read' });
    expect([...(rows[0]?.personIds ?? [])].sort()).toEqual([...presented].sort());
  });
});

describe('issue 10.8: the duo shows or withholds an item per member', () => {
  it('INV-03: withholding without a reason is refused with its own error, and nothing changes', async () => {
    const ruling = itemOf(await view(lt, h.parentId), 'RULING');
    await expect(
      set(rvt, {
        subjectKind: 'RULING',
        subjectId: ruling.id,
        personId: h.parentId,
        visible: false,
        reason: ' ',
        version: null,
      }),
    ).rejects.toMatchObject({ code: 'family_visibility_reason_required' });
    expect(await overrides()).toEqual([]);
  });

  it('an expert may read but not decide (permission_denied), and an item of another household is not_found', async () => {
    const ruling = itemOf(await view(lt, h.parentId), 'RULING');
    await expect(
      set(expert, {
        subjectKind: 'RULING',
        subjectId: ruling.id,
        personId: h.parentId,
        visible: true,
        version: null,
      }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
    await expect(
      set(rvt, {
        subjectKind: 'RULING',
        subjectId: randomUUID(),
        personId: h.parentId,
        visible: true,
        version: null,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('withholding with a reason hides the item for that member only, keeps the reason, writes the event; a stale version is 409 and changes nothing', async () => {
    const ruling = itemOf(await view(lt, h.parentId), 'RULING');
    const reason = 'De uitspraak wordt eerst in een gesprek uitgelegd (synthetisch).';
    const after = await set(rvt, {
      subjectKind: 'RULING',
      subjectId: ruling.id,
      personId: h.parentId,
      visible: false,
      reason,
      version: null,
    });
    expect(kinds(after.items)).not.toContain('RULING');
    expect(visibilityOf(after, 'RULING', h.parentId)).toMatchObject({
      visible: false,
      source: 'OVERRIDE',
      defaultVisible: true,
      reason,
      version: 1,
    });
    const events = await database.db
      .selectFrom('dossierEvents')
      .select(['eventType', 'payload'])
      .where('householdId', '=', h.householdId)
      .where('eventType', '=', 'family_visibility.set')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({ subjectKind: 'RULING', visible: false, defaultVisible: true });
    expect(JSON.stringify(events[0]?.payload)).not.toContain('gesprek');

    // A second author who did not see the override (version null) and one with a stale version both lose.
    await expect(
      set(rvt, {
        subjectKind: 'RULING',
        subjectId: ruling.id,
        personId: h.parentId,
        visible: true,
        version: null,
      }),
    ).rejects.toMatchObject({ code: 'version_conflict' });
    await expect(
      set(lt, {
        subjectKind: 'RULING',
        subjectId: ruling.id,
        personId: h.parentId,
        visible: true,
        version: 7,
      }),
    ).rejects.toMatchObject({ code: 'version_conflict' });
    expect((await overrides()).map((o) => [o.visible, o.version])).toEqual([[false, 1]]);

    const shownAgain = await set(lt, {
      subjectKind: 'RULING',
      subjectId: ruling.id,
      personId: h.parentId,
      visible: true,
      version: 1,
    });
    expect(kinds(shownAgain.items)).toContain('RULING');
    expect(visibilityOf(shownAgain, 'RULING', h.parentId)).toMatchObject({
      visible: true,
      reason: null,
      version: 2,
    });
  });

  it('a shielding record wins: with the child withheld from the parent, the items about the child are SHIELDED in the parent’s view, even when shown on purpose', async () => {
    await asActor(database.db, lt, (ctx) =>
      addShield(ctx, h.householdId, {
        itemType: 'person',
        itemId: h.childId,
        target: { kind: 'PERSON', personId: h.parentId },
        reasonCode: 'SAFETY_OF_PERSON',
        reason: 'Het kind wordt afgeschermd voor deze ouder (synthetisch).',
      }),
    );
    const parent = await view(lt, h.parentId);
    expect(kinds(parent.items)).not.toContain('RULING');
    expect(kinds(parent.items)).not.toContain('RUNNING_MEASURE');
    expect(visibilityOf(parent, 'RULING', h.parentId)).toMatchObject({ visible: false, source: 'SHIELDED' });
    // The rights notices are about the household as a whole: still there.
    expect(kinds(parent.items)).toContain('RIGHTS_NOTICE');
  });
});
