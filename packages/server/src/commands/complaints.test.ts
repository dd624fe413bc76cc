import { randomUUID } from 'node:crypto';
import type { Actor, AkjOfferInput, ComplaintCreate } from '@gezinsdossier/domain';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import type { App } from '../http/app';
import { exportHousehold } from '../queries/export-household';
import { getComplaint } from '../queries/get-complaint';
import { getPetition } from '../queries/get-petition';
import { getWorklist } from '../queries/get-worklist';
import { listAccessLog } from '../queries/list-access-log';
import { listComplaintAssignments } from '../queries/list-complaint-assignments';
import { listHouseholdComplaints } from '../queries/list-complaints';
import { createTestDatabase } from '../test/database';
import {
  asActor,
  type BuiltHousehold,
  buildAccount,
  buildHousehold,
  buildProfessional,
} from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import { acknowledgeComplaint } from './acknowledge-complaint';
import { assignComplaintHandler } from './assign-complaint-handler';
import { decideComplaint } from './decide-complaint';
import { extendComplaintTerm } from './extend-complaint-term';
import { recordComplaint } from './record-complaint';
import { withdrawComplaint } from './withdraw-complaint';

/**
 * Complaints end to end through the use cases (KT9-R3, LS-15): recorded for the family, acknowledged with the
 * AKJ's support offered where it applies, handled by someone independent of the team (like LS-17), decided
 * within the rule pack's terms (extendable once), withdrawn. A complaint stays out of the casework and is
 * never shown to the professional it is about. Bad input gets a specific error and changes nothing.
 */
let database: Database;
let lt: Actor;
let rvt: Actor;
/** A complaints officer of another organisation: never in the family's team. */
let handler: Actor;
const today = todayInNetherlands(new Date());

/** 20 April 2026, a Monday: the day the term tests act on (a complaint received on 2 April 2026). */
const APRIL_20 = new Date('2026-04-20T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  handler = await buildProfessional(database.db, 'OTHER');
});
afterAll(async () => database?.close());

const as = <T>(actor: Actor, fn: Parameters<typeof asActor<T>>[2], now?: Date) =>
  asActor(database.db, actor, fn, now);

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

async function family(): Promise<BuiltHousehold> {
  return buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
}

function complaint(h: BuiltHousehold, extra: Partial<ComplaintCreate> = {}): ComplaintCreate {
  return {
    complainant: { kind: 'MEMBER', personId: h.parentId },
    subject: 'OTHER',
    receivedOn: today,
    text: 'Afspraken worden steeds verzet zonder uitleg (synthetisch).',
    youthCareMatter: false,
    ...extra,
  };
}

/** The complaint as stored, read as the owner (outside row-level security). */
async function stored(id: string) {
  return database.db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function eventTypes(entityId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('dossierEvents')
    .select('eventType')
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.eventType);
}

/** What row-level security lets the actor see of a table, for this household. */
async function visibleRows(actor: Actor, table: string, householdId: string): Promise<number> {
  return as(actor, async (ctx) => {
    const column = table === 'households' ? 'id' : 'household_id';
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
      where ${sql.ref(column)} = ${householdId}`.execute(ctx.tx);
    return result.rows[0]?.n ?? 0;
  });
}

/** An open complaint with its handler assigned (acknowledged unless told otherwise). */
async function handled(h: BuiltHousehold, extra: Partial<ComplaintCreate> = {}, acknowledged = true) {
  const { id } = await as(lt, (ctx) => recordComplaint(ctx, h.householdId, complaint(h, extra)));
  let version = 1;
  if (acknowledged) {
    version = (
      await as(lt, (ctx) =>
        acknowledgeComplaint(ctx, h.householdId, id, {
          version,
          acknowledgedOn: extra.receivedOn ?? today,
          akj: { personIds: [h.parentId], representative: false },
        }),
      )
    ).version;
  }
  const assigned = await as(rvt, (ctx) =>
    assignComplaintHandler(ctx, h.householdId, id, { version, handlerId: handler.id }),
  );
  return { id, version: assigned.version };
}

describe('LS-15 / KT9-R3: a complaint from receipt to decision', () => {
  it('LS-15 / KT9-R3: recorded, acknowledged with the AKJ offered, handled independently, extended once, decided with reasons and what will change', async () => {
    const h = await family();
    const timelineBefore = await database.db
      .selectFrom('timelineEntries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('householdId', '=', h.householdId)
      .executeTakeFirstOrThrow();

    // Recorded by the vast gezicht for the family; a youth-care matter, so the AKJ's support applies.
    const recorded = await as(lt, (ctx) =>
      recordComplaint(ctx, h.householdId, complaint(h, { youthCareMatter: true, receivedOn: '2026-04-02' })),
    );
    expect(recorded).toMatchObject({
      version: 1,
      acknowledgeDueOn: '2026-04-10',
      decideDueOn: '2026-05-15',
      akjApplicable: true,
    });
    const id = recorded.id;
    const listed = await as(rvt, (ctx) => listHouseholdComplaints(ctx, h.householdId), APRIL_20);
    expect(listed.abilities.record).toBe(true);
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      id,
      status: 'RECEIVED',
      complainant: { kind: 'MEMBER', personId: h.parentId, representativeName: null },
      terms: [
        // 20 April: the acknowledgement (due 10 April) is overdue for more than the pack's 3 working days.
        {
          kind: 'COMPLAINT_ACKNOWLEDGEMENT',
          dueOn: '2026-04-10',
          metOn: null,
          status: 'ESCALATED',
          owner: 'FIXED_PROFESSIONAL',
        },
        {
          kind: 'COMPLAINT_DECISION',
          dueOn: '2026-05-15',
          metOn: null,
          status: 'OPEN',
          owner: 'FIXED_PROFESSIONAL',
        },
      ],
      abilities: { acknowledge: true, assignHandler: true, extend: false, decide: false, withdraw: true },
    });

    // Acknowledged, late, with the AKJ's support offered to the parent.
    const acknowledged = await as(lt, (ctx) =>
      acknowledgeComplaint(ctx, h.householdId, id, {
        version: 1,
        acknowledgedOn: '2026-04-14',
        akj: { personIds: [h.parentId], representative: false },
      }),
    );
    expect(acknowledged).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedOn: '2026-04-14',
      version: 2,
      akjOffers: [{ moment: 'ACKNOWLEDGEMENT', offeredOn: '2026-04-14', personId: h.parentId }],
    });
    expect(acknowledged.terms[0]).toMatchObject({ metOn: '2026-04-14', status: 'MET' });

    // Given to an independent handler: they now hold a ground for this complaint, and see it in their list.
    const assigned = await as(rvt, (ctx) =>
      assignComplaintHandler(ctx, h.householdId, id, { version: 2, handlerId: handler.id }),
    );
    expect(assigned).toMatchObject({ status: 'IN_HANDLING', handler: { id: handler.id }, version: 3 });
    expect(assigned.terms[1]).toMatchObject({ owner: 'COMPLAINT_HANDLER' });
    expect(await as(handler, (ctx) => listComplaintAssignments(ctx), APRIL_20)).toEqual([
      expect.objectContaining({
        complaintId: id,
        householdId: h.householdId,
        subject: 'OTHER',
        acknowledged: true,
        decideDueOn: '2026-05-15',
        extended: false,
      }),
    ]);
    const seen = await as(handler, (ctx) => getComplaint(ctx, h.householdId, id), APRIL_20);
    expect(seen).toMatchObject({
      id,
      text: complaint(h).text,
      complainant: { personId: h.parentId },
      abilities: { acknowledge: false, assignHandler: false, extend: true, decide: true, withdraw: false },
    });
    // The handler does not see the team, so not who holds the acknowledgement; the decision is theirs.
    expect(seen.terms.map((t) => t.owner)).toEqual([null, 'COMPLAINT_HANDLER']);
    // Nothing else of the household: no dossier, no casework, no persons.
    expect(await visibleRows(handler, 'memberships', h.householdId)).toBe(0);
    expect(await visibleRows(handler, 'timeline_entries', h.householdId)).toBe(0);

    // The handler extends the term once, with a reason.
    const extended = await as(
      handler,
      (ctx) =>
        extendComplaintTerm(ctx, h.householdId, id, {
          version: 3,
          reason: 'Beide partijen worden eerst gehoord; dat lukt niet binnen zes weken.',
        }),
      APRIL_20,
    );
    expect(extended.extension).toEqual({
      dueOn: '2026-06-11',
      reason: 'Beide partijen worden eerst gehoord; dat lukt niet binnen zes weken.',
    });
    expect(extended.terms[1]).toMatchObject({ dueOn: '2026-06-11' });

    // The handler decides, with reasons, what will change, and the AKJ's support offered again.
    const decided = await as(
      handler,
      (ctx) =>
        decideComplaint(ctx, h.householdId, id, {
          version: 4,
          outcome: 'PARTLY_UPHELD',
          decidedOn: '2026-04-20',
          reasons: 'Afspraken zijn verzet zonder uitleg; de inhoud van de hulp was wel passend.',
          changes: 'Een verzette afspraak wordt voortaan dezelfde dag met uitleg gemeld.',
          akj: { personIds: [h.parentId], representative: false },
        }),
      APRIL_20,
    );
    expect(decided).toEqual({ id, outcome: 'PARTLY_UPHELD', decidedOn: '2026-04-20', version: 5 });

    const after = await as(lt, (ctx) => getComplaint(ctx, h.householdId, id), APRIL_20);
    expect(after).toMatchObject({
      status: 'DECIDED',
      outcome: {
        outcome: 'PARTLY_UPHELD',
        decidedOn: '2026-04-20',
        changes: 'Een verzette afspraak wordt voortaan dezelfde dag met uitleg gemeld.',
      },
      abilities: { acknowledge: false, assignHandler: false, withdraw: false },
    });
    expect(after.terms[1]).toMatchObject({ metOn: '2026-04-20', status: 'MET' });
    expect(after.akjOffers.map((o) => o.moment)).toEqual(['ACKNOWLEDGEMENT', 'OUTCOME']);
    expect(await eventTypes(id)).toEqual([
      'complaint.recorded',
      'complaint.acknowledged',
      'complaint.handler_assigned',
      'complaint.term_extended',
      'complaint.decided',
    ]);
    const acknowledgedEvent = await database.db
      .selectFrom('dossierEvents')
      .select('payload')
      .where('entityId', '=', id)
      .where('eventType', '=', 'complaint.acknowledged')
      .executeTakeFirstOrThrow();
    expect(acknowledgedEvent.payload).toEqual({ acknowledgedOn: '2026-04-14', late: true, akjOffered: true });

    // a complaint never enters the casework — no timeline step.
    const timelineAfter = await database.db
      .selectFrom('timelineEntries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('householdId', '=', h.householdId)
      .executeTakeFirstOrThrow();
    expect(Number(timelineAfter.n)).toBe(Number(timelineBefore.n));
  });

  it('KT9-R3: the handler’s ground ends when the complaint is decided — the complaint, its list and the database close', async () => {
    const h = await family();
    const { id, version } = await handled(h);
    // While it is open: the complaint, and the household's envelope (for the loader).
    expect(await visibleRows(handler, 'complaints', h.householdId)).toBe(1);
    expect(await visibleRows(handler, 'households', h.householdId)).toBe(1);
    await as(handler, (ctx) =>
      decideComplaint(ctx, h.householdId, id, {
        version,
        outcome: 'NOT_UPHELD',
        decidedOn: today,
        reasons: 'De afspraken zijn steeds op tijd en met uitleg verzet.',
        changes: null,
        akj: null,
      }),
    );
    await expectCode(
      as(handler, (ctx) => getComplaint(ctx, h.householdId, id)),
      'not_found',
    );
    expect(await as(handler, (ctx) => listComplaintAssignments(ctx))).toEqual([]);
    expect(await visibleRows(handler, 'complaints', h.householdId)).toBe(0);
    expect(await visibleRows(handler, 'complaint_akj_offers', h.householdId)).toBe(0);
    expect(await visibleRows(handler, 'households', h.householdId)).toBe(0);
    // A second decision finds nothing to decide.
    await expectCode(
      as(handler, (ctx) =>
        decideComplaint(ctx, h.householdId, id, {
          version: version + 1,
          outcome: 'UPHELD',
          decidedOn: today,
          reasons: 'Toch terecht.',
          changes: 'Alles anders.',
          akj: null,
        }),
      ),
      'not_found',
    );
    expect((await stored(id)).outcome).toBe('NOT_UPHELD');
  });

  it('KT9-R3: a withdrawal closes the complaint, cancels its open terms and ends the handler’s ground', async () => {
    const h = await family();
    const { id, version } = await handled(h, {}, false);
    const withdrawn = await as(rvt, (ctx) =>
      withdrawComplaint(ctx, h.householdId, id, {
        version,
        withdrawnOn: today,
        note: 'Het gesprek heeft het opgelost.',
      }),
    );
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      outcome: { outcome: 'WITHDRAWN', reasons: 'Het gesprek heeft het opgelost.', changes: null },
    });
    expect(withdrawn.terms.map((t) => t.status)).toEqual(['CANCELLED', 'CANCELLED']);
    await expectCode(
      as(handler, (ctx) => getComplaint(ctx, h.householdId, id)),
      'not_found',
    );
    await expectCode(
      as(lt, (ctx) =>
        acknowledgeComplaint(ctx, h.householdId, id, { version: version + 1, acknowledgedOn: today }),
      ),
      'complaint_closed',
    );
    expect(await eventTypes(id)).toEqual([
      'complaint.recorded',
      'complaint.handler_assigned',
      'complaint.withdrawn',
    ]);
  });
});

describe('KT9-R3: the terms come from the rule pack, in Dutch working days', () => {
  it('KT9-R3 / LS-05: received before Easter — acknowledged within 5 working days past Easter Monday, decided 6 weeks on (Ascension Day moves it a day), extended once by 4 weeks from the original end', async () => {
    const h = await family();
    const { id, version } = await handled(h, { receivedOn: '2026-04-02' });
    const row = await stored(id);
    expect(row).toMatchObject({
      rulePackVersion: 'nl-2026.1',
      acknowledgeDueOn: '2026-04-10',
      decideDueOn: '2026-05-15',
    });
    const reason = 'Er is een extra gesprek met de klager nodig.';
    const extended = await as(
      handler,
      (ctx) => extendComplaintTerm(ctx, h.householdId, id, { version, reason }),
      APRIL_20,
    );
    // 2 April + 6 weeks = 14 May (Ascension Day): due 15 May. The extension runs from 14 May: 11 June.
    expect(extended.extension?.dueOn).toBe('2026-06-11');
    expect((await stored(id)).extendedDueOn).toBe('2026-06-11');
    // Once only.
    await expectCode(
      as(
        handler,
        (ctx) => extendComplaintTerm(ctx, h.householdId, id, { version: version + 1, reason }),
        APRIL_20,
      ),
      'complaint_already_extended',
    );
    expect((await stored(id)).version).toBe(version + 1);
  });

  it('KT9-R3: an extension after the term has ended is refused, and nothing changes', async () => {
    const h = await family();
    const { id, version } = await handled(h, { receivedOn: '2026-04-02' });
    await expectCode(
      as(
        handler,
        (ctx) =>
          extendComplaintTerm(ctx, h.householdId, id, { version, reason: 'Te laat gevraagd om meer tijd.' }),
        new Date('2026-05-18T09:00:00Z'),
      ),
      'complaint_term_passed',
    );
    expect(await stored(id)).toMatchObject({ version, extendedDueOn: null });
  });

  it('KT9-R3: a complaint about the vast gezicht is acknowledged by the RVT partner', async () => {
    const h = await family();
    const { id } = await as(rvt, (ctx) =>
      recordComplaint(
        ctx,
        h.householdId,
        complaint(h, { subject: 'PROFESSIONAL_CONDUCT', aboutProfessionalId: lt.id }),
      ),
    );
    const seen = await as(rvt, (ctx) => getComplaint(ctx, h.householdId, id));
    expect(seen.terms.map((t) => t.owner)).toEqual(['RVT_PARTNER', 'RVT_PARTNER']);
    expect(seen.aboutProfessional).toEqual({ id: lt.id, name: lt.displayName });
  });
});

describe('KT9-R3 / LS-17: bad input is refused with a specific error, and nothing changes', () => {
  it('LS-17 / KT9-R3: a handler in the team, formerly in the team, or complained about is refused with every reason', async () => {
    const h = await family();
    const former = await buildProfessional(database.db, 'LOCAL_TEAM');
    await database.db
      .insertInto('caseTeamMembers')
      .values({
        id: randomUUID(),
        caseId: h.caseId,
        householdId: h.householdId,
        professionalId: former.id,
        organisationId: former.memberships[0]?.organisationId as string,
        role: 'EXPERT',
        expertise: null,
        startedAt: new Date('2026-01-05T09:00:00Z'),
        endedAt: new Date('2026-02-05T09:00:00Z'),
      })
      .execute();
    const outsider = await buildProfessional(database.db, 'OTHER');
    const { id } = await as(lt, (ctx) =>
      recordComplaint(
        ctx,
        h.householdId,
        complaint(h, { subject: 'PROFESSIONAL_CONDUCT', aboutProfessionalId: outsider.id }),
      ),
    );
    for (const [candidate, reasons] of [
      [rvt, ['handler_in_case_team']],
      [lt, ['handler_in_case_team']],
      [former, ['handler_was_in_case_team']],
      [outsider, ['handler_complained_about']],
    ] as const) {
      const error = await as(lt, (ctx) =>
        assignComplaintHandler(ctx, h.householdId, id, { version: 1, handlerId: candidate.id }),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'complaint_handler_not_independent',
        data: { refusals: reasons.map((code) => ({ safeguard: 'KT9-R3', code })) },
        issues: reasons.map((code) => ({ path: 'handlerId', code })),
      });
    }
    // Not a professional at all: a family member's account, or nobody.
    const familyAccount = await buildAccount(database.db, 'FAMILY_MEMBER', h.parentId);
    for (const handlerId of [familyAccount.id, randomUUID()]) {
      await expectCode(
        as(lt, (ctx) => assignComplaintHandler(ctx, h.householdId, id, { version: 1, handlerId })),
        'complaint_handler_unknown',
      );
    }
    expect(await stored(id)).toMatchObject({ version: 1, handlerId: null });
    expect(await eventTypes(id)).toEqual(['complaint.recorded']);
  });

  it('KT9-R3: an outcome by anyone but the handler is refused — the team is told it may not, others find nothing', async () => {
    const h = await family();
    const { id, version } = await handled(h);
    const outcome = {
      version,
      outcome: 'NOT_UPHELD' as const,
      decidedOn: today,
      reasons: 'Niet terecht.',
      changes: null,
      akj: null,
    };
    const error = await as(lt, (ctx) => decideComplaint(ctx, h.householdId, id, outcome)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'permission_denied', data: { permission: 'complaint.handle' } });
    // A colleague outside the family, and the handler of a complaint in another household.
    const other = await family();
    const otherHandler = await buildProfessional(database.db, 'OTHER');
    const otherComplaint = await as(lt, (ctx) => recordComplaint(ctx, other.householdId, complaint(other)));
    await as(lt, (ctx) =>
      assignComplaintHandler(ctx, other.householdId, otherComplaint.id, {
        version: 1,
        handlerId: otherHandler.id,
      }),
    );
    for (const someone of [await buildProfessional(database.db, 'LOCAL_TEAM'), otherHandler]) {
      await expectCode(
        as(someone, (ctx) => decideComplaint(ctx, h.householdId, id, outcome)),
        'not_found',
      );
    }
    expect(await stored(id)).toMatchObject({ version, outcome: null, closedAt: null });
  });

  it('KT9-R3: a decision before the complaint was acknowledged is refused', async () => {
    const h = await family();
    const { id, version } = await handled(h, {}, false);
    await expectCode(
      as(handler, (ctx) =>
        decideComplaint(ctx, h.householdId, id, {
          version,
          outcome: 'NOT_UPHELD',
          decidedOn: today,
          reasons: 'Niet terecht.',
          changes: null,
          akj: null,
        }),
      ),
      'complaint_not_acknowledged',
    );
    expect(await stored(id)).toMatchObject({ version, outcome: null });
  });

  it('LS-15: a complainant who is not a current member (nor someone represented who is) is refused, and nothing is recorded', async () => {
    const h = await family();
    const other = await family();
    // The parent moved out: a former member.
    await database.db
      .updateTable('memberships')
      .set({ validTo: '2025-12-31' })
      .where('id', '=', h.parentMembershipId)
      .execute();
    for (const personId of [h.parentId, other.parentId, randomUUID()]) {
      for (const complainant of [
        { kind: 'MEMBER' as const, personId },
        { kind: 'REPRESENTATIVE' as const, personId, name: 'Mr. J. de Vries (synthetisch)' },
      ]) {
        const error = await as(lt, (ctx) =>
          recordComplaint(ctx, h.householdId, complaint(h, { complainant })),
        ).catch((e: unknown) => e);
        expect(error).toMatchObject({
          code: 'complainant_not_member',
          issues: [{ path: 'complainant.personId', code: 'complainant_not_member' }],
        });
      }
    }
    const count = await database.db
      .selectFrom('complaints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('householdId', '=', h.householdId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    // A representative complaining for the child (a current member) is fine.
    const recorded = await as(lt, (ctx) =>
      recordComplaint(
        ctx,
        h.householdId,
        complaint(h, {
          complainant: { kind: 'REPRESENTATIVE', personId: h.childId, name: 'Mr. J. de Vries (synthetisch)' },
        }),
      ),
    );
    // The child is a minor: the AKJ's support must be offered.
    expect(recorded.akjApplicable).toBe(true);
  });

  it('KT9-R3: a referenced decision or petition must be the family’s, a professional must exist', async () => {
    const h = await family();
    await expectCode(
      as(lt, (ctx) =>
        recordComplaint(ctx, h.householdId, complaint(h, { subject: 'PETITION', referenceId: randomUUID() })),
      ),
      'complaint_reference_unknown',
    );
    await expectCode(
      as(lt, (ctx) =>
        recordComplaint(ctx, h.householdId, complaint(h, { subject: 'DECISION', referenceId: randomUUID() })),
      ),
      'complaint_reference_unknown',
    );
    await expectCode(
      as(lt, (ctx) =>
        recordComplaint(
          ctx,
          h.householdId,
          complaint(h, { subject: 'PROFESSIONAL_CONDUCT', aboutProfessionalId: randomUUID() }),
        ),
      ),
      'complaint_professional_unknown',
    );
  });

  it('KT9-R3: acknowledging twice is refused; so is a date before the complaint came in', async () => {
    const h = await family();
    const { id } = await as(lt, (ctx) =>
      recordComplaint(ctx, h.householdId, complaint(h, { receivedOn: '2026-04-02' })),
    );
    await expectCode(
      as(lt, (ctx) =>
        acknowledgeComplaint(ctx, h.householdId, id, { version: 1, acknowledgedOn: '2026-04-01' }),
      ),
      'complaint_date_before_receipt',
    );
    await as(lt, (ctx) =>
      acknowledgeComplaint(ctx, h.householdId, id, { version: 1, acknowledgedOn: '2026-04-03' }),
    );
    await expectCode(
      as(rvt, (ctx) =>
        acknowledgeComplaint(ctx, h.householdId, id, { version: 2, acknowledgedOn: '2026-04-07' }),
      ),
      'complaint_already_acknowledged',
    );
    expect(await stored(id)).toMatchObject({
      version: 2,
      acknowledgedOn: '2026-04-03',
      acknowledgedBy: lt.id,
    });
    expect(await eventTypes(id)).toEqual(['complaint.recorded', 'complaint.acknowledged']);
  });

  it('KT9-R3: a child’s complaint is not acknowledged without the AKJ’s support offered, to someone it can be offered to', async () => {
    const h = await family();
    const { id } = await as(lt, (ctx) =>
      recordComplaint(
        ctx,
        h.householdId,
        complaint(h, { complainant: { kind: 'MEMBER', personId: h.childId } }),
      ),
    );
    const cases: [AkjOfferInput | null, string][] = [
      [null, 'complaint_akj_required'],
      [{ personIds: [], representative: false }, 'complaint_akj_required'],
      // No one complains on the child's behalf, and a stranger is no recipient.
      [{ personIds: [], representative: true }, 'complaint_akj_recipient_invalid'],
      [{ personIds: [randomUUID()], representative: false }, 'complaint_akj_recipient_invalid'],
    ];
    for (const [akj, code] of cases) {
      const error = await as(lt, (ctx) =>
        acknowledgeComplaint(ctx, h.householdId, id, { version: 1, acknowledgedOn: today, akj }),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code, issues: [{ path: 'akj', code }] });
    }
    expect(await stored(id)).toMatchObject({ version: 1, acknowledgedOn: null });
    const acknowledged = await as(lt, (ctx) =>
      acknowledgeComplaint(ctx, h.householdId, id, {
        version: 1,
        acknowledgedOn: today,
        akj: { personIds: [h.childId, h.parentId], representative: false },
      }),
    );
    expect(acknowledged.akjOffers.map((o) => o.personId).sort()).toEqual([h.childId, h.parentId].sort());
  });

  it('a stale version is a conflict with the current complaint, and changes nothing', async () => {
    const h = await family();
    const { id } = await as(lt, (ctx) => recordComplaint(ctx, h.householdId, complaint(h)));
    await as(lt, (ctx) =>
      acknowledgeComplaint(ctx, h.householdId, id, { version: 1, acknowledgedOn: today }),
    );
    const error = await as(rvt, (ctx) =>
      assignComplaintHandler(ctx, h.householdId, id, { version: 1, handlerId: handler.id }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'version_conflict',
      data: { current: { id, version: 2, status: 'ACKNOWLEDGED', handler: null } },
    });
    expect(await stored(id)).toMatchObject({ version: 2, handlerId: null });
    expect(await eventTypes(id)).toEqual(['complaint.recorded', 'complaint.acknowledged']);
  });
});

describe('R-065: what is withheld stays withheld', () => {
  it('R-065 / KT9-R3: a complaint about the vast gezicht is absent for them — list, complaint, writes, access log, change history, the database', async () => {
    const h = await family();
    // The family tells the vast gezicht herself; she records it, and from then on it is withheld from her.
    const recorded = await as(lt, (ctx) =>
      recordComplaint(
        ctx,
        h.householdId,
        complaint(h, {
          subject: 'PROFESSIONAL_CONDUCT',
          aboutProfessionalId: lt.id,
          text: 'De vaste professional dreigde met een melding als wij zouden klagen (synthetisch).',
        }),
      ),
    );
    const id = recorded.id;
    await as(rvt, (ctx) =>
      acknowledgeComplaint(ctx, h.householdId, id, { version: 1, acknowledgedOn: today }),
    );
    await as(rvt, (ctx) => listHouseholdComplaints(ctx, h.householdId));

    // The RVT partner sees it; the vast gezicht does not, anywhere.
    expect((await as(rvt, (ctx) => listHouseholdComplaints(ctx, h.householdId))).items).toHaveLength(1);
    expect((await as(lt, (ctx) => listHouseholdComplaints(ctx, h.householdId))).items).toEqual([]);
    await expectCode(
      as(lt, (ctx) => getComplaint(ctx, h.householdId, id)),
      'not_found',
    );
    await expectCode(
      as(lt, (ctx) => withdrawComplaint(ctx, h.householdId, id, { version: 2, withdrawnOn: today })),
      'not_found',
    );
    await expectCode(
      as(lt, (ctx) => assignComplaintHandler(ctx, h.householdId, id, { version: 2, handlerId: handler.id })),
      'not_found',
    );
    expect(await visibleRows(lt, 'complaints', h.householdId)).toBe(0);
    expect(await visibleRows(rvt, 'complaints', h.householdId)).toBe(1);

    // Her access log and change history (the export) hold no trace of it, though the rows exist.
    const logRows = await database.db
      .selectFrom('accessLog')
      .select('resourceId')
      .where('householdId', '=', h.householdId)
      .where('resourceType', '=', 'complaint')
      .execute();
    expect(logRows.length).toBeGreaterThanOrEqual(3);
    const log = await as(lt, (ctx) => listAccessLog(ctx, h.householdId, { limit: 100 }));
    expect(log.items.filter((r) => r.resourceId === id || r.resourceType === 'complaint')).toEqual([]);
    const exported = await as(lt, (ctx) => exportHousehold(ctx, h.householdId));
    expect(JSON.stringify(exported)).not.toContain(id);
    expect(JSON.stringify(exported)).not.toContain('dreigde met een melding');
    // And nothing of it in her worklist.
    expect(JSON.stringify(await as(lt, (ctx) => getWorklist(ctx)))).not.toContain(id);
  });

  it('R-065: the handler of a complaint about a petition reads the petition’s own row, not the petition', async () => {
    const h = await family();
    const petitionId = randomUUID();
    const now = new Date();
    await database.db
      .insertInto('petitions')
      .values({
        id: petitionId,
        caseId: h.caseId,
        householdId: h.householdId,
        measureTypeId: 'OTS',
        catalogueVersion: 'measures-2026.1',
        addressee: 'KINDERRECHTER',
        state: 'DRAFT',
        petitionerId: rvt.id,
        organisationId: rvt.memberships[0]?.organisationId as string,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await database.db
      .insertInto('petitionPersons')
      .values({
        petitionId,
        householdId: h.householdId,
        personId: h.childId,
        name: 'Bram',
        birthDate: null,
        holdsParentalAuthority: false,
        target: true,
        actionAim: false,
        involvedChild: true,
      })
      .execute();
    const { id } = await handled(h, { subject: 'PETITION', referenceId: petitionId });
    const seen = await as(handler, (ctx) => getComplaint(ctx, h.householdId, id));
    expect(seen.petition).toMatchObject({
      id: petitionId,
      measureTypeId: 'OTS',
      addressee: 'KINDERRECHTER',
      state: 'DRAFT',
    });
    await expectCode(
      as(handler, (ctx) => getPetition(ctx, h.householdId, petitionId)),
      'not_found',
    );
    expect(await visibleRows(handler, 'petitions', h.householdId)).toBe(1);
    expect(await visibleRows(handler, 'petition_persons', h.householdId)).toBe(0);
    expect(await visibleRows(handler, 'memberships', h.householdId)).toBe(0);
  });

  it('R-065: a person withheld from a colleague takes their complaint with them', async () => {
    const h = await family();
    const expert = await buildProfessional(database.db, 'OTHER');
    await database.db
      .insertInto('caseTeamMembers')
      .values({
        id: randomUUID(),
        caseId: h.caseId,
        householdId: h.householdId,
        professionalId: expert.id,
        organisationId: expert.memberships[0]?.organisationId as string,
        role: 'EXPERT',
        expertise: 'GGZ',
        startedAt: new Date(),
      })
      .execute();
    await as(lt, (ctx) => recordComplaint(ctx, h.householdId, complaint(h)));
    expect((await as(expert, (ctx) => listHouseholdComplaints(ctx, h.householdId))).items).toHaveLength(1);
    await database.db
      .insertInto('shieldingRecords')
      .values({
        id: randomUUID(),
        householdId: h.householdId,
        itemType: 'person',
        itemId: h.parentId,
        targetKind: 'ACCOUNT',
        targetPersonId: null,
        targetAccountId: expert.id,
        targetGround: null,
        reasonCode: 'CONFLICT_OF_INTEREST',
        reason: 'Kent het gezin privé (synthetisch).',
        createdBy: lt.id,
        createdAt: new Date(),
      })
      .execute();
    expect((await as(expert, (ctx) => listHouseholdComplaints(ctx, h.householdId))).items).toEqual([]);
  });
});

describe('the complaints API', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(database);
  });
  afterAll(async () => app?.close());

  it('LS-15: the routes answer with their schemas: record, list, acknowledge, assign, the handler’s list, decide', async () => {
    const h = await family();
    const team = await sessionFor(database, lt);
    const base = `/api/v1/households/${h.householdId}/complaints`;
    const created = await app.inject({
      method: 'POST',
      url: base,
      headers: { ...team.headers, 'idempotency-key': randomUUID() },
      payload: complaint(h, { receivedOn: today }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const list = await app.inject({ method: 'GET', url: base, headers: team.headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0]).toMatchObject({ id, status: 'RECEIVED' });
    const acknowledged = await app.inject({
      method: 'POST',
      url: `${base}/${id}/acknowledgements`,
      headers: team.headers,
      payload: { version: 1, acknowledgedOn: today },
    });
    expect(acknowledged.statusCode, acknowledged.body).toBe(201);
    const refused = await app.inject({
      method: 'PUT',
      url: `${base}/${id}/handler`,
      headers: team.headers,
      payload: { version: 2, handlerId: rvt.id },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'complaint_handler_not_independent',
      issues: [
        {
          path: 'handlerId',
          code: 'handler_in_case_team',
          message: 'Deze persoon zit in het team van het gezin.',
        },
      ],
    });
    const assigned = await app.inject({
      method: 'PUT',
      url: `${base}/${id}/handler`,
      headers: team.headers,
      payload: { version: 2, handlerId: handler.id },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const own = await sessionFor(database, handler);
    const assignments = await app.inject({
      method: 'GET',
      url: '/api/v1/complaint-assignments',
      headers: own.headers,
    });
    expect(assignments.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ complaintId: id })]),
    );
    const upheldWithoutChanges = await app.inject({
      method: 'POST',
      url: `${base}/${id}/outcomes`,
      headers: own.headers,
      payload: { version: 3, outcome: 'UPHELD', decidedOn: today, reasons: 'Terecht.' },
    });
    expect(upheldWithoutChanges.statusCode).toBe(400);
    expect(upheldWithoutChanges.json().issues).toEqual([
      expect.objectContaining({ path: 'changes', code: 'complaint_changes_required' }),
    ]);
    const decided = await app.inject({
      method: 'POST',
      url: `${base}/${id}/outcomes`,
      headers: own.headers,
      payload: {
        version: 3,
        outcome: 'UPHELD',
        decidedOn: today,
        reasons: 'Terecht.',
        changes: 'Uitleg bij elke verzette afspraak.',
      },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json()).toEqual({ id, outcome: 'UPHELD', decidedOn: today, version: 4 });
    const gone = await app.inject({ method: 'GET', url: `${base}/${id}`, headers: own.headers });
    expect(gone.statusCode).toBe(404);
  });
});
