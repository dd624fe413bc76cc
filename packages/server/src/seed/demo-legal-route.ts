import type { Actor, AuthorityKind } from '@gezinsdossier/domain';
import { addCalendarDays } from '@gezinsdossier/domain/deadlines';
import { addFact } from '../commands/add-fact';
import { closePetitionNotFiled } from '../commands/close-petition-not-filed';
import { decideExtendedInvestigation } from '../commands/decide-extended-investigation';
import { decideFirstInvestigation } from '../commands/decide-first-investigation';
import { filePetition } from '../commands/file-petition';
import { offerSupport } from '../commands/offer-support';
import { recordConsultation } from '../commands/record-consultation';
import { recordHearingAttempt } from '../commands/record-hearing-attempt';
import { recordIntake } from '../commands/record-intake';
import { recordRuling } from '../commands/record-ruling';
import { requestPetitionReview } from '../commands/request-petition-review';
import { requestIntervention } from '../commands/request-intervention';
import { respondToFact } from '../commands/respond-to-fact';
import { saveChildVoice } from '../commands/save-child-voice';
import { savePetitionAlternative } from '../commands/save-petition-alternative';
import { savePetitionGround } from '../commands/save-petition-ground';
import { startPetition } from '../commands/start-petition';
import { submitPetitionReview } from '../commands/submit-petition-review';
import { triageReport } from '../commands/triage-report';
import { updatePetitionFields } from '../commands/update-petition';
import type { RequestContext } from '../context';
import { getPetition } from '../queries/get-petition';
import { concernIdsOf } from '../db/repositories/seed.repository';
import type { PetitionJson } from '../presenters/petition.schema';
import { extendedDecision, firstDecision } from './demo-decisions';

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
    if (f.subjectId !== f.otherId) {
      await run(f.rvt, (ctx) =>
        respondToFact(ctx, f.householdId, factId, { personId: f.subjectId, text: 'Ik zie het anders.' }),
      );
    }
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
        decision: 'GIVEN',
        goal: 'Rust en veiligheid thuis',
        rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
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
  // Every other adult is asked about every fact, and every other parent with authority is offered legal aid:
  // what the gate still names is done the way a professional would (an attempt recorded, an offer made).
  for (const issue of p.gate) {
    if (issue.code === 'fact_not_heard' && issue.ref) {
      const [factId, personId] = issue.ref.split(':') as [string, string];
      p = await run(f.rvt, (ctx) =>
        recordHearingAttempt(ctx, f.householdId, p.id, {
          version: p.version,
          factId,
          personId,
          attemptedOn: daysAgo(today, 4),
          description: 'Gebeld en een brief gestuurd met de vraag om te reageren; geen reactie.',
        }),
      );
    }
    if (issue.code === 'legal_aid_not_offered' && issue.ref) {
      const personId = issue.ref;
      await run(f.rvt, (ctx) =>
        offerSupport(ctx, f.householdId, {
          personId,
          kind: 'LEGAL_AID',
          offeredOn: daysAgo(today, 3),
          response: 'DECLINED',
          provider: null,
        }),
      );
    }
  }
  return run(f.rvt, (ctx) => getPetition(ctx, f.householdId, p.id));
}

/** The legal-route stages a demo family can be in (issue 10: a new user sees the whole route). */
export const LEGAL_DEMO_STAGES = [
  'PETITION_PREPARATION',
  'REVIEW',
  'AWAITING_DECISION',
  'COERCED_EXECUTION',
  'NOT_FILED',
  'ADULT_PROTECTION',
] as const;
export type LegalDemoStage = (typeof LEGAL_DEMO_STAGES)[number];

/**
 * Walks a demo family through the legal route to `stage`, dated in the past as a real case would be: the
 * path to UO-3 forty days ago, the petition drafted a month ago, the review assigned ten days ago and
 * answered eight days ago, filing six days ago, the ruling three days ago. PETITION_PREPARATION leaves the petition with its gaps (no child's voice,
 * no family summary yet), so the demo shows a gate at work; ADULT_PROTECTION asks the kantonrechter for
 * bewindvoering for the eldest member of a household without children (AMB-14).
 */
export async function walkLegalRoute(
  runAt: (daysAgo: number) => RunAs,
  f: LegalRouteFamily,
  stage: LegalDemoStage,
  reviewers: { reviewer: Actor; jurist: Actor; scientist: Actor },
  today: string,
): Promise<void> {
  const adult = stage === 'ADULT_PROTECTION';
  const prepared = await prepareLegalRouteCase(runAt(40), f, addCalendarDays(today, -40), {
    report: adult
      ? 'De wijkverpleging ziet dat rekeningen niet meer worden betaald en dat vreemden geld ophalen.'
      : 'School en buren melden herhaalde ruzies en een kind dat bang is om naar huis te gaan.',
    concern: adult ? 'Financiële uitbuiting van een kwetsbare oudere' : 'Herhaalde onveiligheid thuis',
    facts: adult
      ? [
          'Drie maanden huur niet betaald; de verhuurder dreigt met ontruiming.',
          'Een onbekende man haalde twee keer geld op met de bankpas.',
          'Mevrouw weet niet meer welke rekeningen er zijn.',
        ]
      : [
          'De politie kwam twee keer langs na een ruzie in huis.',
          'Het kind had een blauwe plek op de arm en zei dat het was gevallen.',
          'De hulp thuis is na acht weken gestopt.',
        ],
  });
  const run = runAt(30);
  if (stage === 'PETITION_PREPARATION') {
    const p = await run(f.rvt, (ctx) =>
      startPetition(ctx, f.householdId, {
        measureTypeId: 'OTS',
        addressee: 'KINDERRECHTER',
        targetPersonIds: [f.subjectId],
        actionAimPersonIds: [f.otherId],
      }),
    );
    await run(f.rvt, (ctx) =>
      savePetitionGround(ctx, f.householdId, p.id, {
        version: p.version,
        claim: 'De veiligheid thuis is herhaaldelijk in gevaar geweest.',
        factIds: prepared.factIds.slice(0, 2),
      }),
    );
    return;
  }
  let p = await draftPetition(run, f, prepared, addCalendarDays(today, -30), {
    id: adult ? 'ADMINISTRATION_OF_ASSETS' : 'OTS',
    addressee: adult ? 'KANTONRECHTER' : 'KINDERRECHTER',
    subjectIsMinor: !adult,
  });
  // A reviewer's access runs from the assignment for the review's term, counted on the real clock: the demo
  // review is assigned recently enough for the reviewer to read it now (REVIEW) or when it was answered.
  p = await runAt(stage === 'REVIEW' ? 2 : 10)(f.rvt, (ctx) =>
    requestPetitionReview(ctx, f.householdId, p.id, {
      version: p.version,
      reviewerId: reviewers.reviewer.id,
      juristId: reviewers.jurist.id,
      behaviouralScientistId: reviewers.scientist.id,
    }),
  );
  if (stage === 'REVIEW') {
    return;
  }
  const answer = (explanation: string) => ({ answer: 'YES' as const, explanation });
  const notFiled = stage === 'NOT_FILED';
  await runAt(8)(reviewers.reviewer, (ctx) =>
    submitPetitionReview(ctx, f.householdId, p.id, p.reviews.at(-1)?.id as string, {
      notInvolved: true,
      bestSolution: notFiled
        ? { answer: 'NO', explanation: 'Intensieve gezinsbehandeling past beter dan toezicht.' }
        : answer('De maatregel past bij wat het gezin nodig heeft.'),
      followsFromInformation: answer('Het besluit volgt uit de feiten en de reacties van het gezin.'),
      legalFoundation: notFiled
        ? { answer: 'PARTLY', explanation: 'De grond is er, maar een lichtere weg is nog niet geprobeerd.' }
        : answer('De wettelijke grond is goed onderbouwd.'),
      outcome: notFiled ? 'DO_NOT_FILE' : 'PROCEED',
      findings: notFiled
        ? [
            {
              safeguard: 'LS-02',
              text: 'Intensieve gezinsbehandeling is niet geprobeerd: er was een wachtlijst.',
            },
          ]
        : [],
      unmetNeed: notFiled ? 'Intensieve gezinsbehandeling (wachtlijst van vier maanden).' : null,
    }),
  );
  if (notFiled) {
    await runAt(7)(f.rvt, (ctx) =>
      closePetitionNotFiled(ctx, f.householdId, p.id, {
        version: p.version + 1,
        reason: 'De toetser vindt een maatregel nu te zwaar; eerst intensieve gezinsbehandeling.',
      }),
    );
    return;
  }
  p = await runAt(6)(f.rvt, (ctx) =>
    filePetition(ctx, f.householdId, p.id, {
      version: p.version + 1,
      filedOn: addCalendarDays(today, -6),
      court: adult
        ? 'Rechtbank Midden-Nederland, kantonrechter'
        : 'Rechtbank Midden-Nederland, kinderrechter',
    }),
  );
  if (stage === 'AWAITING_DECISION') {
    return;
  }
  const decidedOn = addCalendarDays(today, -3);
  await runAt(3)(f.rvt, (ctx) =>
    recordRuling(ctx, f.householdId, p.id, {
      version: p.version,
      decidedOn,
      outcome: 'GRANTED',
      judge: adult ? 'Kantonrechter mr. De Vries (synthetisch)' : 'Kinderrechter mr. Jansen (synthetisch)',
      legalGround: adult ? 'Art. 1:431 BW' : 'Art. 1:255 BW',
      conditions: adult ? 'Jaarlijkse rekening en verantwoording.' : 'Evaluatie na zes maanden.',
      targetPersonIds: [],
      startsOn: decidedOn,
      endingGoals: adult
        ? 'De schulden zijn geregeld en mevrouw heeft vaste hulp bij haar geldzaken.'
        : 'Een jaar zonder politie-inzet thuis en de hulp loopt volgens plan.',
      hearings: [
        { heldOn: decidedOn, note: adult ? 'Mevrouw en haar zoon gehoord.' : 'Ouder en kind gehoord.' },
      ],
    }),
  );
}
