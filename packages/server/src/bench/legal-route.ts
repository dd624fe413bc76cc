import { type Actor, todayInNetherlands } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import { filePetition } from '../commands/file-petition';
import { recordRuling } from '../commands/record-ruling';
import { requestPetitionReview } from '../commands/request-petition-review';
import { submitPetitionReview } from '../commands/submit-petition-review';
import { type RequestContext, runAsActor } from '../context';
import type { DB } from '../db/schema';
import { draftPetition, prepareLegalRouteCase } from '../seed/demo-legal-route';
import { buildHousehold, buildProfessional } from '../test/factories';

/**
 * Families in the legal route for the benchmark (issue 10), walked through the real use cases: half with a
 * drafted petition (everything but the review), half with a granted OTS running, so that the RVT partner's
 * worklist holds the measures' evaluation and extension deadlines. One Lokaal Team professional and one RVT
 * partner hold them all, as a busy duo would.
 */
export interface LegalRouteFixture {
  rvt: Actor;
  drafted: {
    householdId: string;
    petitionId: string;
    groundId: string;
    factIds: string[];
    version: number;
  }[];
  executing: string[];
}

export async function buildLegalRouteFixture(db: Kysely<DB>, families: number): Promise<LegalRouteFixture> {
  const lt = await buildProfessional(db, 'LOCAL_TEAM', { name: 'Bench LT (juridisch)' });
  const rvt = await buildProfessional(db, 'RVT', { name: 'Bench RVT (juridisch)' });
  const reviewer = await buildProfessional(db, 'RVT', { regionCode: 'VR07', roles: ['COUNTER_REVIEWER'] });
  const jurist = await buildProfessional(db, 'RVT', { regionCode: 'VR07', roles: ['JURIST'] });
  const scientist = await buildProfessional(db, 'RVT', {
    regionCode: 'VR07',
    roles: ['BEHAVIOURAL_SCIENTIST'],
  });
  const run = <T>(actor: Actor, fn: (ctx: RequestContext) => Promise<T>) =>
    runAsActor(db, { actor, requestId: crypto.randomUUID(), onBehalfOf: null, now: new Date() }, fn);
  const today = todayInNetherlands(new Date());
  const fixture: LegalRouteFixture = { rvt, drafted: [], executing: [] };
  for (let i = 0; i < families; i++) {
    const h = await buildHousehold(db, lt, { team: [{ actor: rvt, role: 'RVT_PARTNER' }] });
    const family = { householdId: h.householdId, subjectId: h.childId, otherId: h.parentId, lt, rvt };
    const prepared = await prepareLegalRouteCase(run, family, today, {
      report: 'Bench: zorgen over de veiligheid thuis.',
      concern: 'Onveiligheid thuis',
      facts: ['Politie kwam langs.', 'Blauwe plek gezien op school.', 'Hulp thuis gestopt.'],
    });
    let p = await draftPetition(run, family, prepared, today, {
      id: 'OTS',
      addressee: 'KINDERRECHTER',
      subjectIsMinor: true,
    });
    if (i % 2 === 0) {
      fixture.drafted.push({
        householdId: h.householdId,
        petitionId: p.id,
        groundId: p.grounds[0]?.id as string,
        factIds: prepared.factIds,
        version: p.version,
      });
      continue;
    }
    p = await run(rvt, (ctx) =>
      requestPetitionReview(ctx, h.householdId, p.id, {
        version: p.version,
        reviewerId: reviewer.id,
        juristId: jurist.id,
        behaviouralScientistId: scientist.id,
      }),
    );
    const answer = { answer: 'YES' as const, explanation: 'Onderbouwd.' };
    await run(reviewer, (ctx) =>
      submitPetitionReview(ctx, h.householdId, p.id, p.reviews.at(-1)?.id as string, {
        notInvolved: true,
        bestSolution: answer,
        followsFromInformation: answer,
        legalFoundation: answer,
        outcome: 'PROCEED',
        findings: [],
      }),
    );
    p = await run(rvt, (ctx) =>
      filePetition(ctx, h.householdId, p.id, { version: p.version + 1, filedOn: today, court: 'Rechtbank' }),
    );
    await run(rvt, (ctx) =>
      recordRuling(ctx, h.householdId, p.id, {
        version: p.version,
        decidedOn: today,
        outcome: 'GRANTED',
        judge: 'Kinderrechter (bench)',
        legalGround: 'Art. 1:255 BW',
        targetPersonIds: [],
        startsOn: today,
        hearings: [],
      }),
    );
    fixture.executing.push(h.householdId);
  }
  return fixture;
}
