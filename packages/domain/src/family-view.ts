import { z } from 'zod';
import { ageOn } from './dates';
import type { DecisionStatus, DecisionType } from './decisions';
import type { Frame } from './help';
import { LIMITS } from './limits';
import { findMeasureType } from './measures';
import type { PetitionState, ReviewOutcome, RulingOutcome, SupportKind, SupportResponse } from './petition';
import type { PlacementKind } from './placement';
import { RIGHTS_NOTICES } from './rights';

/**
 * Family-readable by design (issue 10, point 8): every object of the legal route has a summary the family
 * can read (B1 Dutch, with English) and a visibility per household member, so that the family portal can
 * show it without rework and the professional sees beforehand what each member will see (KT6-R4, KT7-R4,
 * KT9-R1, LS-11, INV-03, INV-04, INF-02).
 *
 * A new kind of object is one entry in `FAMILY_VIEW_SUBJECT_KINDS`, one variant of `FamilySummaryInput` and
 * one case in `familySummary`; the exhaustive switch points at it. The weighty decisions of point 1
 * (`DECISION`) are told as what was decided, whether it holds yet, and that the family's view was written down.
 */
export const FAMILY_VIEW_SUBJECT_KINDS = [
  'PETITION',
  'REVIEW_OUTCOME',
  'RULING',
  'RUNNING_MEASURE',
  'PLACEMENT',
  'SUPPORT_OFFER',
  'COMPLAINT',
  'RIGHTS_NOTICE',
  'DECISION',
] as const;
export type FamilySubjectKind = (typeof FAMILY_VIEW_SUBJECT_KINDS)[number];

/** The age from which a child is heard in matters about them (Rv art. 809; Jeugdwet art. 7.3.11). */
export const CHILD_HEARD_FROM_AGE = 12;
const ADULT_AGE = 18;

/** A member of the household as the visibility rule needs them. */
export interface FamilyMember {
  personId: string;
  /** Null when unknown: treated as an adult, like the measures catalogue does (`targetRolesOf`). */
  birthDate: string | null;
  /** Holds parental authority over a child of the household (BW 1:245). */
  holdsParentalAuthority: boolean;
}

/** One object of the legal route, as the visibility rule needs it. */
export interface FamilySubject {
  kind: FamilySubjectKind;
  id: string;
  /** The persons the object is about (its targets); empty when it is about the household as a whole. */
  aboutPersonIds: readonly string[];
}

/** Why a member sees an object by default, or not (shown in words to the professional). */
export const VISIBILITY_BASES = [
  'COMPLAINANT',
  'NOT_COMPLAINANT',
  'ABOUT_THEM',
  'ABOUT_THEM_UNDER_12',
  'ADULT_MATTER_OF_ANOTHER',
  'PARENT_WITH_AUTHORITY',
  'ADULT',
  'CHILD_FROM_12',
  'CHILD_UNDER_12',
] as const;
export type VisibilityBasis = (typeof VISIBILITY_BASES)[number];

function ageOf(member: Pick<FamilyMember, 'birthDate'>, today: string): number {
  return member.birthDate === null ? ADULT_AGE : ageOn(member.birthDate, today);
}

/**
 * Whether a household member sees an object of the legal route by default, and why. The defaults follow the
 * family's right to know what happens and why (INV-03, INV-04, KT9-R1) and the privacy of each member:
 *
 * - a complaint is the complainant's own (KT9-R3, LS-15): only they see it, and whom they choose (an override);
 * - the person an object is about sees it from 12, the age at which a child is heard (LS-09; Rv art. 809,
 *   Jeugdwet art. 7.3.11); a younger child is told in another way, by the professional or the parents;
 * - a matter that is only about adults (adult protection, MEAS-06..08; legal aid offered to one parent) is
 *   theirs: other members do not see it;
 * - otherwise every parent with authority and every adult member sees it (they raise the child, BW 1:247,
 *   and are parties in the proceedings), and every child from 12.
 *
 * A shielding record that withholds the object, or a person it is about, from the member always wins (the
 * caller knows; see `familyVisibility`), and the duo may override a default with a reason (`FamilyVisibilitySetSchema`).
 */
export function defaultFamilyVisibility(
  subject: FamilySubject,
  member: FamilyMember,
  members: readonly FamilyMember[],
  today: string,
  complainantPersonId: string | null = null,
): { visible: boolean; basis: VisibilityBasis } {
  if (subject.kind === 'COMPLAINT') {
    return complainantPersonId === member.personId
      ? { visible: true, basis: 'COMPLAINANT' }
      : { visible: false, basis: 'NOT_COMPLAINANT' };
  }
  const age = ageOf(member, today);
  if (subject.aboutPersonIds.includes(member.personId)) {
    return age >= CHILD_HEARD_FROM_AGE
      ? { visible: true, basis: 'ABOUT_THEM' }
      : { visible: false, basis: 'ABOUT_THEM_UNDER_12' };
  }
  const about = members.filter((m) => subject.aboutPersonIds.includes(m.personId));
  if (about.length > 0 && about.every((m) => ageOf(m, today) >= ADULT_AGE)) {
    return { visible: false, basis: 'ADULT_MATTER_OF_ANOTHER' };
  }
  if (member.holdsParentalAuthority) {
    return { visible: true, basis: 'PARENT_WITH_AUTHORITY' };
  }
  if (age >= ADULT_AGE) {
    return { visible: true, basis: 'ADULT' };
  }
  return age >= CHILD_HEARD_FROM_AGE
    ? { visible: true, basis: 'CHILD_FROM_12' }
    : { visible: false, basis: 'CHILD_UNDER_12' };
}

/** Where a member's visibility of an object comes from: the default, the duo's choice, or a shielding record. */
export const VISIBILITY_SOURCES = ['DEFAULT', 'OVERRIDE', 'SHIELDED'] as const;
export type VisibilitySource = (typeof VISIBILITY_SOURCES)[number];

/** The visibility that holds: a shielding record first, then an override, then the default. */
export function familyVisibility(input: {
  defaultVisible: boolean;
  override: { visible: boolean } | null;
  shielded: boolean;
}): { visible: boolean; source: VisibilitySource } {
  if (input.shielded) {
    return { visible: false, source: 'SHIELDED' };
  }
  if (input.override) {
    return { visible: input.override.visible, source: 'OVERRIDE' };
  }
  return { visible: input.defaultVisible, source: 'DEFAULT' };
}

/**
 * Setting one member's visibility of one object, at the version the author saw (null: no override yet).
 * Withholding is weighty — it limits the family's right to information — so it needs a reason.
 */
export const FamilyVisibilitySetSchema = z.object({
  subjectKind: z.enum(FAMILY_VIEW_SUBJECT_KINDS),
  subjectId: z.uuid(),
  personId: z.uuid(),
  visible: z.boolean(),
  /** Trimmed; empty counts as no reason (the use case refuses withholding without one). */
  reason: z.string().trim().max(LIMITS.reasonMax).nullable().default(null),
  version: z.number().int().positive().nullable(),
});
export type FamilyVisibilitySet = z.infer<typeof FamilyVisibilitySetSchema>;

// ---------- Summaries ----------

/** What a family summary is made from: the object's own data, with first names for the persons. */
export type FamilySummaryInput =
  | {
      kind: 'PETITION';
      state: PetitionState;
      measureTypeId: string;
      byMayor: boolean;
      names: readonly string[];
      filedOn: string | null;
      /** The professional's own summary for the family (LS-11, B1-checked at the gate). */
      familySummary: string | null;
    }
  | { kind: 'REVIEW_OUTCOME'; outcome: ReviewOutcome; submittedOn: string }
  | {
      kind: 'RULING';
      outcome: RulingOutcome;
      decidedOn: string;
      measureTypeId: string;
      byMayor: boolean;
      names: readonly string[];
      endsOn: string | null;
    }
  | {
      kind: 'RUNNING_MEASURE';
      measureTypeId: string;
      names: readonly string[];
      startsOn: string;
      endsOn: string | null;
      endedOn: string | null;
      lastEvaluation: { on: string; goalsReached: boolean } | null;
    }
  | {
      kind: 'PLACEMENT';
      name: string;
      placementKind: PlacementKind;
      since: string;
      endedOn: string | null;
      returnedHome: boolean | null;
      moves: number;
      returnHomeReviewOn: string | null;
    }
  | {
      kind: 'SUPPORT_OFFER';
      name: string;
      supportKind: SupportKind;
      offeredOn: string;
      response: SupportResponse;
    }
  | {
      kind: 'COMPLAINT';
      name: string;
      receivedOn: string;
      dueOn: string;
      outcome: 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD' | 'WITHDRAWN' | null;
    }
  | { kind: 'RIGHTS_NOTICE'; frame: Frame; issuedOn: string }
  | {
      kind: 'DECISION';
      decisionType: DecisionType;
      status: DecisionStatus;
      decidedOn: string;
      familyViewRecorded: boolean;
    };

export interface FamilyText {
  nl: string;
  en: string;
}

const DATE_FORMAT = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const DATES = {
  nl: new Intl.DateTimeFormat('nl-NL', DATE_FORMAT),
  en: new Intl.DateTimeFormat('en-GB', DATE_FORMAT),
};

/** A date in words: "3 maart 2027" / "3 March 2027". */
export function familyDate(iso: string): FamilyText {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return { nl: DATES.nl.format(day), en: DATES.en.format(day) };
}

function names(list: readonly string[]): FamilyText {
  if (list.length === 0) {
    return { nl: 'uw gezin', en: 'your family' };
  }
  const head = list.slice(0, -1).join(', ');
  const last = list.at(-1) as string;
  return list.length === 1 ? { nl: last, en: last } : { nl: `${head} en ${last}`, en: `${head} and ${last}` };
}

/**
 * The measures in the family's words (B1). A measure missing here is named by the catalogue's name; the
 * domain test checks that every catalogue measure has words.
 */
export const FAMILY_MEASURE_WORDS: Record<string, FamilyText> = {
  OTS: { nl: 'toezicht op de opvoeding', en: 'supervision of how the child is raised' },
  OUT_OF_HOME_PLACEMENT: { nl: 'wonen op een andere plek dan thuis', en: 'living somewhere other than home' },
  GUARDIANSHIP: {
    nl: 'een voogd zorgt voor het kind in plaats van de ouders',
    en: 'a guardian cares for the child instead of the parents',
  },
  TEMPORARY_RESTRAINING_ORDER: {
    nl: 'een tijd niet thuis mogen komen',
    en: 'not being allowed home for a while',
  },
  AREA_BAN: { nl: 'niet in een deel van de stad mogen komen', en: 'not being allowed in part of town' },
  MENTORSHIP: { nl: 'een mentor helpt bij zorg en keuzes', en: 'a mentor helps with care and choices' },
  ADMINISTRATION_OF_ASSETS: { nl: 'iemand anders helpt met het geld', en: 'someone else helps with money' },
  CURATORSHIP: {
    nl: 'een curator beslist mee over geld en zorg',
    en: 'a curator co-decides on money and care',
  },
  SPECIAL_CONDITIONS: { nl: 'regels van de strafrechter', en: 'rules set by the criminal court' },
  COMPULSORY_CARE: {
    nl: 'zorg die moet, ook als u nee zegt',
    en: 'care that must happen, even if you say no',
  },
  PUBLIC_ORDER_POWERS: {
    nl: 'regels van de burgemeester voor de veiligheid',
    en: 'rules of the mayor for safety',
  },
  WRITTEN_INSTRUCTION: { nl: 'een brief met wat u moet doen', en: 'a letter that says what you must do' },
  ENFORCEABLE_HELP_FOR_CAREGIVERS: {
    nl: 'hulp voor de ouders die moet',
    en: 'help for the parents that must happen',
  },
  FAMILY_MEASURE: { nl: 'een maatregel voor het hele gezin', en: 'a measure for the whole family' },
  SECURE_YOUTH_CARE: { nl: 'wonen in een gesloten groep', en: 'living in a closed group' },
  COUNTER_EXPERTISE: { nl: 'nog een onderzoek door een deskundige', en: 'one more study by an expert' },
};

function measureWords(measureTypeId: string): FamilyText {
  return (
    FAMILY_MEASURE_WORDS[measureTypeId] ??
    findMeasureType(measureTypeId)?.name ?? { nl: 'een maatregel', en: 'a measure' }
  );
}

function appealWords(measureTypeId: string): FamilyText {
  return findMeasureType(measureTypeId)?.appealRoute ?? { nl: '', en: '' };
}

const PLACEMENT_WORDS: Record<PlacementKind, FamilyText> = {
  FAMILY_NETWORK: { nl: 'bij familie of vrienden', en: 'with family or friends' },
  FOSTER_FAMILY: { nl: 'in een pleeggezin', en: 'with a foster family' },
  FAMILY_HOME: { nl: 'in een gezinshuis', en: 'in a family home' },
  RESIDENTIAL: { nl: 'in een groep van een instelling', en: 'in a group home' },
  CRISIS_PLACEMENT: { nl: 'op een plek voor korte tijd', en: 'in a place for a short time' },
  SECURE_YOUTH_CARE: { nl: 'in een gesloten groep', en: 'in a closed group' },
};

const SUPPORT_WORDS: Record<SupportKind, FamilyText> = {
  LEGAL_AID: { nl: 'hulp van een advocaat', en: 'help from a lawyer' },
  CLIENT_SUPPORT: { nl: 'hulp van een cliëntondersteuner', en: 'help from a client supporter' },
  CONFIDANT: { nl: 'hulp van een vertrouwenspersoon', en: 'help from a confidant' },
};

function join(...parts: (FamilyText | null)[]): FamilyText {
  const kept = parts.filter((p): p is FamilyText => p !== null);
  const text = (lang: keyof FamilyText) =>
    kept
      .map((p) => p[lang])
      .filter((t) => t !== '')
      .join(' ');
  return { nl: text('nl'), en: text('en') };
}

/**
 * The family-readable summary of one object of the legal route, generated from its data in plain Dutch (B1,
 * checked by `isPlainLanguage` in the tests) and English. Names are first names; places are named by their
 * kind, never by their address (a foster family's whereabouts can be withheld from a parent).
 */
export function familySummary(input: FamilySummaryInput): FamilyText {
  switch (input.kind) {
    case 'PETITION': {
      const who = names(input.names);
      const decider = input.byMayor
        ? { nl: 'de burgemeester', en: 'the mayor' }
        : { nl: 'de rechter', en: 'the judge' };
      const what = measureWords(input.measureTypeId);
      const own = input.familySummary ? { nl: input.familySummary, en: '' } : null;
      return join(
        petitionAskWords(input.state, decider, who, what),
        petitionStateWords(input.state, input.filedOn, decider),
        own,
      );
    }
    case 'REVIEW_OUTCOME': {
      const on = familyDate(input.submittedOn);
      const lead = {
        nl: `Op ${on.nl} hebben andere deskundigen ons verzoek bekeken.`,
        en: `On ${on.en} other experts looked at our request.`,
      };
      return join(lead, REVIEW_WORDS[input.outcome]);
    }
    case 'RULING': {
      const on = familyDate(input.decidedOn);
      const decider = input.byMayor
        ? { nl: 'De burgemeester', en: 'The mayor' }
        : { nl: 'De rechter', en: 'The judge' };
      const who = names(input.names);
      const what = measureWords(input.measureTypeId);
      const lead = {
        nl: `${decider.nl} heeft op ${on.nl} een besluit genomen over ${who.nl}.`,
        en: `${decider.en} decided about ${who.en} on ${on.en}.`,
      };
      if (input.outcome === 'REJECTED') {
        return join(lead, {
          nl: 'Er komt geen maatregel. U krijgt weer hulp zonder maatregel.',
          en: 'There will be no measure. You get help without a measure again.',
        });
      }
      if (input.outcome === 'COUNTER_EXPERTISE_ORDERED') {
        return join(lead, {
          nl: 'Eerst doet een deskundige nog een onderzoek. Daarna beslist de rechter.',
          en: 'First an expert does one more study. Then the judge decides.',
        });
      }
      const until = input.endsOn ? familyDate(input.endsOn) : null;
      return join(
        lead,
        {
          nl: `${input.outcome === 'PARTIALLY_GRANTED' ? 'Een deel van de maatregel komt er' : 'De maatregel komt er'}: ${what.nl}.`,
          en: `${input.outcome === 'PARTIALLY_GRANTED' ? 'Part of the measure goes ahead' : 'The measure goes ahead'}: ${what.en}.`,
        },
        until ? { nl: `Dit duurt tot ${until.nl}.`, en: `This lasts until ${until.en}.` } : null,
        { nl: 'Bent u het niet eens?', en: 'Do you disagree?' },
        appealWords(input.measureTypeId),
      );
    }
    case 'RUNNING_MEASURE': {
      const who = names(input.names);
      const what = measureWords(input.measureTypeId);
      const since = familyDate(input.startsOn);
      const until = input.endsOn ? familyDate(input.endsOn) : null;
      const ended = input.endedOn ? familyDate(input.endedOn) : null;
      const last = input.lastEvaluation;
      return join(
        {
          nl: `Sinds ${since.nl} geldt voor ${who.nl}: ${what.nl}.`,
          en: `Since ${since.en} this applies to ${who.en}: ${what.en}.`,
        },
        ended
          ? { nl: `De maatregel is gestopt op ${ended.nl}.`, en: `The measure ended on ${ended.en}.` }
          : until
            ? { nl: `Dit duurt tot ${until.nl}.`, en: `This lasts until ${until.en}.` }
            : null,
        last
          ? {
              nl: `Op ${familyDate(last.on).nl} hebben wij samen bekeken hoe het gaat. ${last.goalsReached ? 'De doelen zijn bereikt.' : 'De doelen zijn nog niet bereikt.'}`,
              en: `On ${familyDate(last.on).en} we looked together at how it goes. ${last.goalsReached ? 'The goals have been reached.' : 'The goals have not been reached yet.'}`,
            }
          : null,
      );
    }
    case 'PLACEMENT': {
      const since = familyDate(input.since);
      const where = PLACEMENT_WORDS[input.placementKind];
      if (input.endedOn) {
        const ended = familyDate(input.endedOn);
        return input.returnedHome
          ? {
              nl: `${input.name} woont sinds ${ended.nl} weer thuis.`,
              en: `${input.name} has lived at home again since ${ended.en}.`,
            }
          : {
              nl: `${input.name} woonde ${where.nl}. Dat is gestopt op ${ended.nl}.`,
              en: `${input.name} lived ${where.en}. That ended on ${ended.en}.`,
            };
      }
      return join(
        {
          nl: `${input.name} woont sinds ${since.nl} ${where.nl}.`,
          en: `${input.name} has lived ${where.en} since ${since.en}.`,
        },
        input.moves > 0
          ? {
              nl: `${input.name} is ${input.moves === 1 ? 'één keer' : `${input.moves} keer`} verhuisd.`,
              en: `${input.name} has moved ${input.moves === 1 ? 'once' : `${input.moves} times`}.`,
            }
          : null,
        input.returnHomeReviewOn
          ? {
              nl: `Er is een plan om weer thuis te wonen. Wij kijken weer naar dit plan op ${familyDate(input.returnHomeReviewOn).nl}.`,
              en: `There is a plan to live at home again. We will look at this plan again on ${familyDate(input.returnHomeReviewOn).en}.`,
            }
          : null,
      );
    }
    case 'SUPPORT_OFFER': {
      const on = familyDate(input.offeredOn);
      const what = SUPPORT_WORDS[input.supportKind];
      return join(
        {
          nl: `Op ${on.nl} hebben wij ${input.name} ${what.nl} aangeboden. Dat is gratis.`,
          en: `On ${on.en} we offered ${input.name} ${what.en}. It is free.`,
        },
        input.response === 'ACCEPTED'
          ? { nl: `${input.name} heeft ja gezegd.`, en: `${input.name} said yes.` }
          : input.response === 'DECLINED'
            ? {
                nl: `${input.name} heeft nee gezegd. Dat mag. U kunt later alsnog ja zeggen.`,
                en: `${input.name} said no. That is allowed. You can still say yes later.`,
              }
            : { nl: 'Wij wachten nog op uw antwoord.', en: 'We are still waiting for your answer.' },
      );
    }
    case 'COMPLAINT': {
      const on = familyDate(input.receivedOn);
      const due = familyDate(input.dueOn);
      return join(
        {
          nl: `${input.name} heeft op ${on.nl} een klacht ingediend.`,
          en: `${input.name} made a complaint on ${on.en}.`,
        },
        input.outcome === null
          ? {
              nl: `Iemand die niet met uw gezin werkt, bekijkt de klacht. U hoort voor ${due.nl} wat de uitkomst is.`,
              en: `Someone who does not work with your family looks at the complaint. You will hear the outcome before ${due.en}.`,
            }
          : COMPLAINT_WORDS[input.outcome],
      );
    }
    case 'RIGHTS_NOTICE': {
      const on = familyDate(input.issuedOn);
      return join(
        {
          nl: `Op ${on.nl} hebben wij u uitgelegd wat uw rechten zijn.`,
          en: `On ${on.en} we explained your rights.`,
        },
        RIGHTS_NOTICES[input.frame],
      );
    }
    case 'DECISION': {
      const on = familyDate(input.decidedOn);
      const what = DECISION_WORDS[input.decisionType];
      return join(
        { nl: `Op ${on.nl} hebben wij een besluit genomen.`, en: `On ${on.en} we made a decision.` },
        what,
        DECISION_STATUS_WORDS[input.status],
        input.familyViewRecorded
          ? { nl: 'Wat u ervan vindt, is opgeschreven.', en: 'What you think of it has been written down.' }
          : null,
      );
    }
    default: {
      const unknown: never = input;
      throw new Error(`unknown family summary ${JSON.stringify(unknown)}`);
    }
  }
}

/** The weighty decisions in the family's words (B1): what it means for them. */
const DECISION_WORDS: Record<DecisionType, FamilyText> = {
  START_EXTENDED_INVESTIGATION: {
    nl: 'Wij gaan beter onderzoeken wat er aan de hand is. Het Regionaal Veiligheidsteam doet dat met uw vaste professional.',
    en: 'We will look more closely at what is going on. The regional safety team does this with your fixed professional.',
  },
  REQUEST_MEASURE: {
    nl: 'Wij bereiden een verzoek voor aan de rechter of de burgemeester. Iemand van buiten kijkt eerst mee.',
    en: 'We are preparing a request to the court or the mayor. Someone from outside checks it first.',
  },
  CLOSE_CASE: {
    nl: 'Wij sluiten het dossier. U kunt altijd weer bij ons terecht.',
    en: 'We are closing the file. You can always come back to us.',
  },
  END_MONITORING: {
    nl: 'Wij volgen de veiligheid niet meer extra. U kunt altijd weer bij ons terecht.',
    en: 'We no longer keep an extra eye on safety. You can always come back to us.',
  },
  HELP_DECISION: {
    nl: 'Wij zetten hulp in.',
    en: 'We are arranging help.',
  },
};

const DECISION_STATUS_WORDS: Record<DecisionStatus, FamilyText | null> = {
  TAKEN: null,
  AWAITING_REVIEW: {
    nl: 'Een collega kijkt nog naar dit besluit. Er is nog niets veranderd.',
    en: 'A colleague is still looking at this decision. Nothing has changed yet.',
  },
  AWAITING_APPROVAL: {
    nl: 'Een collega kijkt nog naar dit besluit. Er is nog niets veranderd.',
    en: 'A colleague is still looking at this decision. Nothing has changed yet.',
  },
  RETURNED: {
    nl: 'Een collega vond dat het besluit beter moest. Het gaat nu niet door.',
    en: 'A colleague found the decision needed more work. It does not go ahead now.',
  },
  WITHDRAWN: { nl: 'Dit besluit gaat niet door.', en: 'This decision does not go ahead.' },
};

/** What we ask (or asked, or wanted to ask), in the tense the petition's state calls for. */
function petitionAskWords(
  state: PetitionState,
  decider: FamilyText,
  who: FamilyText,
  what: FamilyText,
): FamilyText {
  if (state === 'FILED' || state === 'DECIDED') {
    return {
      nl: `Wij hebben ${decider.nl} gevraagd om een besluit over ${who.nl}. Wij vroegen: ${what.nl}.`,
      en: `We asked ${decider.en} to decide about ${who.en}. We asked for: ${what.en}.`,
    };
  }
  if (state === 'NOT_FILED' || state === 'WITHDRAWN') {
    return {
      nl: `Wij wilden ${decider.nl} vragen om een besluit over ${who.nl}. Wij wilden vragen: ${what.nl}.`,
      en: `We wanted to ask ${decider.en} to decide about ${who.en}. We wanted to ask for: ${what.en}.`,
    };
  }
  return {
    nl: `Wij willen ${decider.nl} vragen om een besluit over ${who.nl}. Wij vragen: ${what.nl}.`,
    en: `We want to ask ${decider.en} to decide about ${who.en}. We are asking for: ${what.en}.`,
  };
}

function petitionStateWords(state: PetitionState, filedOn: string | null, decider: FamilyText): FamilyText {
  switch (state) {
    case 'DRAFT':
      return {
        nl: 'Wij maken een verzoek klaar. U mag zeggen wat u ervan vindt. U kunt gratis hulp van een advocaat krijgen.',
        en: 'We are preparing a request. You may say what you think of it. You can get free help from a lawyer.',
      };
    case 'IN_REVIEW':
    case 'REVIEWED':
      return {
        nl: 'Andere deskundigen kijken eerst of het verzoek goed is.',
        en: 'Other experts first check whether the request is sound.',
      };
    case 'FILED': {
      const on = filedOn ? familyDate(filedOn) : null;
      return {
        nl: `Wij hebben het verzoek${on ? ` op ${on.nl}` : ''} gestuurd. Nu beslist ${decider.nl}.`,
        en: `We sent the request${on ? ` on ${on.en}` : ''}. Now ${decider.en} decides.`,
      };
    }
    case 'DECIDED':
      return { nl: `Er is een besluit van ${decider.nl}.`, en: `${decider.en} has decided.` };
    case 'NOT_FILED':
    case 'WITHDRAWN':
      return {
        nl: 'Het verzoek gaat niet door. U krijgt hulp zonder maatregel.',
        en: 'The request will not go ahead. You get help without a measure.',
      };
    default: {
      const unknown: never = state;
      throw new Error(`unknown petition state ${String(unknown)}`);
    }
  }
}

const REVIEW_WORDS: Record<ReviewOutcome, FamilyText> = {
  PROCEED: {
    nl: 'Zij vinden dat het verzoek naar de rechter mag.',
    en: 'They think the request may go to the judge.',
  },
  DO_NOT_FILE: {
    nl: 'Zij vinden een maatregel te zwaar. Het verzoek gaat niet naar de rechter.',
    en: 'They think a measure is too heavy. The request will not go to the judge.',
  },
  CORRECT_FIRST: {
    nl: 'Zij vinden dat wij eerst iets moeten verbeteren. Daarna kijken zij weer.',
    en: 'They think we must first improve something. Then they will look again.',
  },
};

const COMPLAINT_WORDS: Record<
  NonNullable<Extract<FamilySummaryInput, { kind: 'COMPLAINT' }>['outcome']>,
  FamilyText
> = {
  UPHELD: { nl: 'De uitkomst: de klacht is terecht.', en: 'The outcome: the complaint is justified.' },
  PARTLY_UPHELD: {
    nl: 'De uitkomst: de klacht is voor een deel terecht.',
    en: 'The outcome: the complaint is partly justified.',
  },
  NOT_UPHELD: {
    nl: 'De uitkomst: de klacht is niet terecht.',
    en: 'The outcome: the complaint is not justified.',
  },
  WITHDRAWN: { nl: 'De klacht is ingetrokken.', en: 'The complaint was withdrawn.' },
};
