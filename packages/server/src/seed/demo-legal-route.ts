import type { Actor, AuthorityKind } from '@gezinsdossier/domain';
import { addCalendarDays } from '@gezinsdossier/domain/deadlines';
import { addFact } from '../commands/add-fact';
import { decideExtendedInvestigation } from '../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../commands/decide-first-investigation';
import { offerSupport } from '../commands/offer-support';
import { recordConsultation } from '../commands/record-consultation';
import { recordHearingAttempt } from '../commands/record-hearing-attempt';
import { recordIntake } from '../commands/record-intake';
import { requestIntervention } from '../commands/request-intervention';
import { respondToFact } from '../commands/respond-to-fact';
import { saveChildVoice } from '../commands/save-child-voice';
import { savePetitionAlternative } from '../commands/save-petition-alternative';
import { savePetitionGround } from '../commands/save-petition-ground';
import { startPetition } from '../commands/start-petition';
import { triageReport } from '../commands/triage-report';
import { updatePetitionFields } from '../commands/update-petition';
import type { RequestContext } from '../context';
import { concernIdsOf } from '../db/repositories/seed.repository';
import type { PetitionJson } from '../presenters/petition.schema';
import { extendedDecision, firstDecision } from './demo-casework';

/**
 * The legal route walked through the real use cases (KT3b → KT6), with synthetic words only: a household is
 * taken to petition preparation with facts, responses and help on record, and a petition is drafted until
 * only the counter-review is missing. Used by the demo region, the tests and the benchmark.
 */

/** Runs one use case as an actor (a test's `asActor`, or the seed's dated runner). */
export type RunAs = <T>(actor: Actor, fn: (ctx: RequestContext) => Promise<T>) => Promise<T>;

export interface LegalRouteFamily {
  householdId: string;
  /** The person the worries and the measure are about (a child, or an adult for adult protection). */
  subjectId: string;
  /** The other member of the household (the parent with authority, or a grown-up son). */
  otherId: string;
  /** The Lokaal Team's vast gezicht and the RVT partner of the case. */
  lt: Actor;
  rvt: Actor;
}

export interface PreparedCase {
  factIds: string[];
  interventionId: string;
}

function daysAgo(today: string, days: number): string {
  return addCalendarDays(today, -days);
}

/**
 * From a report to UO-3: a report, triage into a first investigation, EO-3, three facts (one disputed, one
 * answered by both members, one answered by one), help that was tried, and the extended decision to prepare
 * a petition. The case ends in PETITION_PREPARATION.
 */
export async function prepareLegalRouteCase(
  run: RunAs,
  f: LegalRouteFamily,
  today: string,
  words: { report: string; concern: string; facts: [string, string, string] },
): Promise<PreparedCase> {
  const { reportId } = await run(f.lt, (ctx) =>
    recordIntake(ctx, {
      kind: 'REPORT',
      householdId: f.householdId,
      reporter: { kind: 'CITIZEN', anonymous: true },
      summary: words.report,
    }),
  );
  await run(f.lt, (ctx) =>
    triageReport(ctx, f.householdId, reportId, {
      urgency: 'PRIORITY',
      nextStep: 'FIRST_INVESTIGATION',
      rationale: 'Samen met het RVT besproken: eerst onderzoeken wat er speelt.',
      concerns: [
        {
          type: 'STRUCTURAL_UNSAFETY',
          description: words.concern,
          aboutPersonIds: [f.subjectId],
          heldBy: [],
        },
      ],
    }),
  );
  const concernIds = await run(f.lt, (ctx) => concernIdsOf(ctx.tx, f.householdId));
  await run(f.lt, (ctx) =>
    decideFirstInvestigation(ctx, f.householdId, firstDecision(concernIds, 'EO3_EXTENDED')),
  );
  const factIds: string[] = [];
  const sources = [
    { kind: 'PROFESSIONAL' as const, description: 'Huisarts (synthetisch)', obtainedWithConsent: true },
    { kind: 'PROFESSIONAL' as const, description: 'Wijkverpleging (synthetisch)', obtainedWithConsent: true },
    {
      kind: 'HOUSEHOLD' as const,
      description: 'Huisbezoek, gesprek met het gezin',
      obtainedWithConsent: true,
    },
  ];
  for (const [i, statement] of words.facts.entries()) {
    const { id } = await run(f.rvt, (ctx) =>
      addFact(ctx, f.householdId, {
        statement,
        observedOn: daysAgo(today, 40 - i * 7),
        source: sources[i] as (typeof sources)[number],
        verification: i === 1 ? 'DISPUTED' : 'CORROBORATED',
        concernIds,
        aboutPersonIds: [f.subjectId],
      }),
    );
    factIds.push(id);
  }
  // Hoor en wederhoor: both answer the first two facts; the third only by one member (an attempt follows).
  for (const factId of factIds.slice(0, 2)) {
    await run(f.rvt, (ctx) =>
      respondToFact(ctx, f.householdId, factId, { personId: f.otherId, text: 'Zo heb ik het niet beleefd.' }),
    );
    await run(f.rvt, (ctx) =>
      respondToFact(ctx, f.householdId, factId, { personId: f.subjectId, text: 'Ik zie het anders.' }),
    );
  }
  await run(f.rvt, (ctx) =>
    respondToFact(ctx, f.householdId, factIds[2] as string, { personId: f.otherId, text: 'Dat klopt.' }),
  );
  const { id: interventionId } = await run(f.lt, (ctx) =>
    requestIntervention(ctx, f.householdId, {
      title: 'Ambulante hulp thuis',
      category: 'YOUTH_CARE',
      provider: 'Zorgaanbieder De Linde (synthetisch)',
      targetPersonIds: [f.subjectId, f.otherId],
      frame: 'VOLUNTARY',
      consent: {
        givenByPersonIds: [f.otherId],
        givenOn: daysAgo(today, 60),
        reason: 'Steun thuis bij de zorgen die samen zijn benoemd.',
        consequencesOfRefusal: 'Zonder hulp kijkt het RVT of de zorgen blijven.',
      },
      requestedOn: daysAgo(today, 60),
    }),
  );
  await run(f.rvt, (ctx) =>
    decideExtendedInvestigation(ctx, f.householdId, extendedDecision(concernIds, 'UO3_PETITION')),
  );
  return { factIds, interventionId };
}

/** The plain-language summary every demo petition carries (B1: short sentences, common words). */
export const FAMILY_SUMMARY =
  'Wij maken ons zorgen over de veiligheid thuis. U kreeg hulp, maar de zorgen zijn niet minder. ' +
  'Wij vragen de rechter om te helpen. De rechter luistert ook naar u. U mag hulp van een advocaat. ' +
  'Die hulp is gratis of kost weinig.';

/**
 * Drafts a complete petition for a prepared case (KT6): measure and persons, grounds on the facts, a hearing
 * attempt for the member who did not answer, the lighter help that fell short, the child's voice (for a
 * minor), consultations, legal advice, legal aid offered, proportionality and the family summary. Only the
 * counter-review is then missing from the gate.
 */
export async function draftPetition(
  run: RunAs,
  f: LegalRouteFamily,
  prepared: PreparedCase,
  today: string,
  measure: { id: string; addressee: AuthorityKind; subjectIsMinor: boolean },
): Promise<PetitionJson> {
  let p = await run(f.rvt, (ctx) =>
    startPetition(ctx, f.householdId, {
      measureTypeId: measure.id,
      addressee: measure.addressee,
      targetPersonIds: [f.subjectId],
      actionAimPersonIds: measure.subjectIsMinor ? [f.otherId] : [],
    }),
  );
  const [first, second, third] = prepared.factIds as [string, string, string];
  p = await run(f.rvt, (ctx) =>
    savePetitionGround(ctx, f.householdId, p.id, {
      version: p.version,
      claim: 'De veiligheid thuis is herhaaldelijk in gevaar geweest.',
      factIds: [first, second],
    }),
  );
  p = await run(f.rvt, (ctx) =>
    savePetitionGround(ctx, f.householdId, p.id, {
      version: p.version,
      claim: 'Vrijwillige hulp heeft de zorgen niet weggenomen.',
      factIds: [third],
    }),
  );
  p = await run(f.rvt, (ctx) =>
    recordHearingAttempt(ctx, f.householdId, p.id, {
      version: p.version,
      factId: third,
      personId: f.subjectId,
      attemptedOn: daysAgo(today, 5),
      description: 'Twee keer gebeld en een brief gestuurd met de vraag om te reageren; geen reactie.',
    }),
  );
  p = await run(f.rvt, (ctx) =>
    savePetitionAlternative(ctx, f.householdId, p.id, {
      version: p.version,
      step: 'INFORMAL_SUPPORT',
      interventionIds: [],
      outcome: 'Familie hielp een paar weken mee.',
      whyInsufficient: 'De familie woont ver weg en kon de steun niet volhouden.',
    }),
  );
  p = await run(f.rvt, (ctx) =>
    savePetitionAlternative(ctx, f.householdId, p.id, {
      version: p.version,
      step: 'PROFESSIONAL_HELP',
      interventionIds: [prepared.interventionId],
      outcome: 'Ambulante hulp thuis is gestart en na acht weken gestopt.',
      whyInsufficient: 'Afspraken werden niet nagekomen en de onveiligheid bleef.',
    }),
  );
  if (measure.subjectIsMinor) {
    p = await run(f.rvt, (ctx) =>
      saveChildVoice(ctx, f.householdId, p.id, {
        version: p.version,
        childId: f.subjectId,
        how: 'HEARD',
        view: 'Wil thuis blijven wonen, maar wil wel dat de ruzies stoppen.',
        interests: 'Rust en veiligheid thuis, school blijven volgen.',
      }),
    );
  }
  for (const party of ['HOUSEHOLD', 'FIXED_PROFESSIONAL'] as const) {
    p = await run(f.rvt, (ctx) =>
      recordConsultation(ctx, f.householdId, p.id, {
        version: p.version,
        party,
        personId: party === 'HOUSEHOLD' ? f.otherId : null,
        heldOn: daysAgo(today, 3),
        summary:
          party === 'HOUSEHOLD'
            ? 'Het voornemen besproken; het gezin is het er niet mee eens en heeft dat laten opnemen.'
            : 'Met de vaste professional van het Lokaal Team besproken; zij blijft betrokken.',
      }),
    );
  }
  // LS-14: legal aid offered to the parent with authority (or, for adult protection, to the person himself).
  await run(f.rvt, (ctx) =>
    offerSupport(ctx, f.householdId, {
      personId: measure.subjectIsMinor ? f.otherId : f.subjectId,
      kind: 'LEGAL_AID',
      offeredOn: daysAgo(today, 3),
      response: 'ACCEPTED',
      provider: 'Advocatenkantoor Voorbeeld (synthetisch)',
    }),
  );
  p = await run(f.rvt, (ctx) =>
    updatePetitionFields(ctx, f.householdId, p.id, {
      version: p.version,
      proportionality: {
        intrusiveness: 'De maatregel beperkt het gezag, maar het kind blijft thuis wonen.',
        duration: 'Een jaar, met een evaluatie na zes maanden.',
        scope: 'Alleen gericht op veiligheid en de hulp die daarvoor nodig is.',
        why: 'Lichtere hulp is geprobeerd en bleef zonder resultaat; de zorgen zijn ernstig.',
      },
      childInterest: measure.subjectIsMinor
        ? 'Het belang van het kind bij veiligheid weegt zwaarder dan het bezwaar tegen toezicht.'
        : null,
      legalAdvice: {
        summary: 'De maatregel past bij de feiten; de procedure is besproken.',
        adviser: 'Jurist RVT (synthetisch)',
        givenOn: daysAgo(today, 4),
      },
      familySummary: FAMILY_SUMMARY,
    }),
  );
  return p;
}
