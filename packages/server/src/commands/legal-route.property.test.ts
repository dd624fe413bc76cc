import { type Actor, AppError, todayInNetherlands } from '@gezinsdossier/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context';
import type { Database } from '../db/database';
import { loadPetitionAggregate } from '../db/repositories/petition-aggregate';
import { findPetition } from '../db/repositories/petition.repository';
import { petitionGate } from '../policies/petition-gate';
import { gateContext } from '../queries/get-petition';
import { requireHousehold } from '../policies/require';
import { draftPetition, type LegalRouteFamily, prepareLegalRouteCase } from '../seed/demo-legal-route';
import { createTestDatabase } from '../test/database';
import { asActor, buildHousehold, buildProfessional } from '../test/factories';
import { closePetitionNotFiled } from './close-petition-not-filed';
import { filePetition } from './file-petition';
import { removePetitionAlternative } from './remove-petition-alternative';
import { removePetitionGround } from './remove-petition-ground';
import { reopenPetition } from './reopen-petition';
import { requestPetitionReview } from './request-petition-review';
import { savePetitionGround } from './save-petition-ground';
import { submitPetitionReview } from './submit-petition-review';
import { updatePetitionFields } from './update-petition';

/**
 * VAL-05 / LS-13 / VAL-06 / LS-17, as a property: whatever the professionals and reviewers do, in whatever
 * order — send to review (to an eligible reviewer or not), review with any outcome (as the reviewer or as
 * someone else), correct, weaken the petition, not file, file — a petition is filed only when, at that
 * moment, its last review says PROCEED, that review was done by a reviewer of another RVT who was never in
 * the case team and is not the petitioner, and the readiness gate has nothing left.
 */
let database: Database;
let lt: Actor;
let rvt: Actor;
let reviewer: Actor;
let jurist: Actor;
let scientist: Actor;
let sameRvtReviewer: Actor;
const today = todayInNetherlands(new Date());

beforeAll(async () => {
  database = await createTestDatabase();
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  rvt = await buildProfessional(database.db, 'RVT');
  reviewer = await buildProfessional(database.db, 'RVT', { regionCode: 'VR07', roles: ['COUNTER_REVIEWER'] });
  jurist = await buildProfessional(database.db, 'RVT', { regionCode: 'VR07', roles: ['JURIST'] });
  scientist = await buildProfessional(database.db, 'RVT', {
    regionCode: 'VR07',
    roles: ['BEHAVIOURAL_SCIENTIST'],
  });
  sameRvtReviewer = await buildProfessional(database.db, 'RVT', { roles: ['COUNTER_REVIEWER'] });
});
afterAll(async () => database?.close());

const run = <T>(actor: Actor, fn: (ctx: RequestContext) => Promise<T>) => asActor(database.db, actor, fn);

interface World {
  householdId: string;
  petitionId: string;
  factIds: string[];
}

/** The petition as the screen of the one sending the command showed it (read as the owner). */
async function screen(w: World) {
  const db = database.db;
  const petition = await db
    .selectFrom('petitions')
    .select(['version', 'state'])
    .where('id', '=', w.petitionId)
    .executeTakeFirstOrThrow();
  const review = await db
    .selectFrom('petitionReviews')
    .select(['id', 'submittedAt'])
    .where('petitionId', '=', w.petitionId)
    .orderBy('assignedAt', 'desc')
    .executeTakeFirst();
  const ground = await db
    .selectFrom('petitionGrounds')
    .select('id')
    .where('petitionId', '=', w.petitionId)
    .orderBy('position')
    .executeTakeFirst();
  const alternative = await db
    .selectFrom('petitionAlternatives')
    .select('id')
    .where('petitionId', '=', w.petitionId)
    .executeTakeFirst();
  return { ...petition, review, groundId: ground?.id, alternativeId: alternative?.id };
}

const answer = { answer: 'YES' as const, explanation: 'Afgewogen.' };

type Command = { name: string; act: (w: World) => Promise<unknown> };

// Weighted so that a filing is tried often after a review: otherwise the property would rarely be tested.
const commands: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<'other' | 'same' | 'team' | 'petitioner'>(
        'other',
        'other',
        'other',
        'same',
        'team',
        'petitioner',
      )
      .map((who) => ({
        name: `request review (${who} reviewer)`,
        act: async (w: World) => {
          const s = await screen(w);
          const reviewerId = {
            other: reviewer.id,
            same: sameRvtReviewer.id,
            team: lt.id,
            petitioner: rvt.id,
          }[who];
          return run(rvt, (ctx) =>
            requestPetitionReview(ctx, w.householdId, w.petitionId, {
              version: s.version,
              reviewerId,
              juristId: jurist.id,
              behaviouralScientistId: scientist.id,
            }),
          );
        },
      })),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'PROCEED' as const,
          'PROCEED' as const,
          'DO_NOT_FILE' as const,
          'CORRECT_FIRST' as const,
        ),
        fc.constantFrom('reviewer', 'reviewer', 'reviewer', 'jurist', 'petitioner'),
      )
      .map(([outcome, by]) => ({
        name: `review ${outcome} by ${by}`,
        act: async (w: World) => {
          const s = await screen(w);
          const actor = by === 'reviewer' ? reviewer : by === 'jurist' ? jurist : rvt;
          return run(actor, (ctx) =>
            submitPetitionReview(ctx, w.householdId, w.petitionId, s.review?.id ?? w.petitionId, {
              notInvolved: true,
              bestSolution: answer,
              followsFromInformation: answer,
              legalFoundation: answer,
              outcome,
              findings:
                outcome === 'CORRECT_FIRST'
                  ? [{ safeguard: 'LS-11', text: 'Verbeter de onderbouwing.' }]
                  : [],
            }),
          );
        },
      })),
  },
  fc.constant({
    name: 'correction round',
    act: async (w: World) => {
      const { version } = await screen(w);
      return run(rvt, (ctx) => reopenPetition(ctx, w.householdId, w.petitionId, version));
    },
  }),
  fc.constant({
    name: 'not filed',
    act: async (w: World) => {
      const { version } = await screen(w);
      return run(rvt, (ctx) =>
        closePetitionNotFiled(ctx, w.householdId, w.petitionId, { version, reason: 'Te zwaar.' }),
      );
    },
  }),
  fc.constant({
    name: 'remove a ground',
    act: async (w: World) => {
      const s = await screen(w);
      return run(rvt, (ctx) =>
        removePetitionGround(ctx, w.householdId, w.petitionId, s.groundId ?? w.petitionId, s.version),
      );
    },
  }),
  fc.constant({
    name: 'add a ground',
    act: async (w: World) => {
      const { version } = await screen(w);
      return run(rvt, (ctx) =>
        savePetitionGround(ctx, w.householdId, w.petitionId, {
          version,
          claim: 'Nog een grond.',
          factIds: [w.factIds[0] as string],
        }),
      );
    },
  }),
  fc.constant({
    name: 'remove an alternative',
    act: async (w: World) => {
      const s = await screen(w);
      return run(rvt, (ctx) =>
        removePetitionAlternative(
          ctx,
          w.householdId,
          w.petitionId,
          s.alternativeId ?? w.petitionId,
          s.version,
        ),
      );
    },
  }),
  fc.constantFrom('plain', 'officialese').map((kind) => ({
    name: `family summary (${kind})`,
    act: async (w: World) => {
      const { version } = await screen(w);
      return run(rvt, (ctx) =>
        updatePetitionFields(ctx, w.householdId, w.petitionId, {
          version,
          familySummary:
            kind === 'plain'
              ? 'Wij maken ons zorgen. Wij vragen de rechter om hulp. U mag zeggen wat u vindt.'
              : 'Gelet op de aanhoudende escalaties binnen de gezinssituatie en de onvoldoende gebleken effectiviteit van de vrijwillige hulpverleningstrajecten verzoekt de verzoekende instantie de kinderrechter een ondertoezichtstelling uit te spreken.',
        }),
      );
    },
  })),
  { weight: 4, arbitrary: fc.constant({ name: 'file', act: (w: World) => fileChecked(w) }) },
);

/**
 * Files, and when the filing is accepted, checks what held at that moment (read in the same state the
 * command saw: nothing else runs in between).
 */
async function fileChecked(w: World) {
  const before = await run(rvt, async (ctx) => {
    const viewer = await requireHousehold(ctx, w.householdId, 'petition.file');
    const petition = await findPetition(ctx.tx, w.householdId, w.petitionId);
    if (!petition) {
      throw new Error('petition gone');
    }
    return {
      gate: petitionGate(await loadPetitionAggregate(ctx.tx, petition), await gateContext(ctx, viewer)),
      version: petition.version,
    };
  });
  const filed = await run(rvt, (ctx) =>
    filePetition(ctx, w.householdId, w.petitionId, {
      version: before.version,
      filedOn: today,
      court: 'Rechtbank',
    }),
  );
  const last = await database.db
    .selectFrom('petitionReviews as r')
    .innerJoin('organisations as o', 'o.id', 'r.reviewerOrganisationId')
    .select(['r.reviewerId', 'r.outcome', 'o.regionId'])
    .where('r.petitionId', '=', w.petitionId)
    .where('r.submittedAt', 'is not', null)
    .orderBy('r.submittedAt', 'desc')
    .executeTakeFirst();
  const household = await database.db
    .selectFrom('households')
    .select('regionId')
    .where('id', '=', w.householdId)
    .executeTakeFirstOrThrow();
  const team = (
    await database.db
      .selectFrom('caseTeamMembers')
      .select('professionalId')
      .where('householdId', '=', w.householdId)
      .execute()
  ).map((m) => m.professionalId);
  expect(before.gate, 'filed with a passing gate').toEqual([]);
  expect(last?.outcome, 'filed after PROCEED').toBe('PROCEED');
  expect(last?.regionId, 'reviewed by another RVT').not.toBe(household.regionId);
  expect(team, 'reviewer never in the case team').not.toContain(last?.reviewerId);
  expect(last?.reviewerId, 'reviewer is not the petitioner').not.toBe(rvt.id);
  return filed;
}

describe('VAL-05 / LS-13: no sequence of commands files a petition without a PROCEED review by an eligible reviewer and a passing gate', () => {
  it('holds for random sequences of review, correction, weakening, not filing and filing', async () => {
    let filings = 0;
    let refusedFilings = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(commands, { minLength: 4, maxLength: 12 }), async (sequence) => {
        const h = await buildHousehold(database.db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
        const family: LegalRouteFamily = {
          householdId: h.householdId,
          subjectId: h.childId,
          otherId: h.parentId,
          lt,
          rvt,
        };
        const prepared = await prepareLegalRouteCase(run, family, today, {
          report: 'Zorgen (synthetisch).',
          concern: 'Onveiligheid thuis',
          facts: ['Feit een.', 'Feit twee.', 'Feit drie.'],
        });
        const petition = await draftPetition(run, family, prepared, today, {
          id: 'OTS',
          addressee: 'KINDERRECHTER',
          subjectIsMinor: true,
        });
        const w: World = { householdId: h.householdId, petitionId: petition.id, factIds: prepared.factIds };
        for (const command of sequence) {
          try {
            await command.act(w);
            if (command.name === 'file') {
              filings += 1;
            }
          } catch (error) {
            if (!(error instanceof AppError)) {
              throw error;
            }
            if (command.name === 'file') {
              refusedFilings += 1;
            }
          }
        }
      }),
      { numRuns: 30, seed: 20261129, endOnFailure: true },
    );
    // The property is only worth something if both happened.
    expect(filings).toBeGreaterThan(0);
    expect(refusedFilings).toBeGreaterThan(0);
  }, 300_000);
});
