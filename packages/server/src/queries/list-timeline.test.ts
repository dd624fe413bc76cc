import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { listTimeline } from './list-timeline';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('listTimeline', () => {
  it('pages newest first with a keyset cursor: every entry once, in order, also with equal timestamps', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    const base = Date.parse('2026-03-01T09:00:00Z');
    const rows = Array.from({ length: 60 }, (_, i) => ({
      id: randomUUID(),
      householdId: h.householdId,
      caseId: h.caseId,
      kind: 'NOTE' as const,
      title: `Notitie ${i}`,
      body: '',
      // pairs of entries share a timestamp, so the id must break ties
      occurredAt: new Date(base + Math.floor(i / 2) * 60_000),
      authorId: lt.id,
    }));
    await database.db.insertInto('timelineEntries').values(rows).execute();
    const seen: string[] = [];
    let cursor: string | undefined;
    const pageSizes: number[] = [];
    do {
      const page = await asActor(database.db, lt, (ctx) =>
        listTimeline(ctx, h.householdId, { limit: 25, cursor }),
      );
      pageSizes.push(page.items.length);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pageSizes).toEqual([25, 25, 10]);
    expect(new Set(seen).size).toBe(60);
    const expected = [...rows]
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    expect(seen).toEqual(expected);
  });

  it('refuses a forged cursor with validation_failed', async () => {
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    const h = await buildHousehold(database.db, lt);
    await expect(
      asActor(database.db, lt, (ctx) =>
        listTimeline(ctx, h.householdId, { limit: 10, cursor: 'bm90LWpzb24' }),
      ),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
