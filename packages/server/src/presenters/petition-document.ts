import { findMeasureType, GATE_ISSUE_WORDS, isPlainLanguage, LIGHTER_STEPS } from '@gezinsdossier/domain';
import PDFDocument from 'pdfkit';
import type { PetitionJson } from './petition.schema';
import {
  AUTHORITY_WORDS,
  CHILD_VOICE_WORDS,
  CONSULTATION_PARTY_WORDS,
  type DocumentLanguage,
  FRAME_WORDS,
  fill,
  HELP_CATEGORY_WORDS,
  HELP_STATUS_WORDS,
  LIGHTER_STEP_WORDS,
  REVIEW_ANSWER_WORDS,
  REVIEW_OUTCOME_WORDS,
  RULING_OUTCOME_WORDS,
  SOURCE_KIND_WORDS,
  STATE_WORDS,
  SUPPORT_KIND_WORDS,
  SUPPORT_RESPONSE_WORDS,
  safeguardLabel,
  TEXT,
  type TextKey,
  VERIFICATION_WORDS,
  wordFor,
} from './petition-document.labels';

/**
 * The readable petition (KT6, issue 10): one document for the judge or the mayor, the reviewer and the
 * family, as self-contained HTML and as PDF. Both are rendered from one document model built here, so they
 * hold the same content in the same order. Every claim shows the facts it rests on with their source and
 * date (LS-11), whether they were obtained lawfully (LS-16) and what the family said (LS-07); facts the
 * family disputes are marked in words, never by colour alone. Codes are printed as words; only safeguard
 * ids are printed as such, because a judge recognises them as references.
 */

export interface PetitionDocumentOptions {
  language: DocumentLanguage;
  /** The household's display name: it is not part of the presented petition. */
  householdName: string;
  generatedAt: Date;
}

/**
 * The petition as one self-contained, accessible HTML5 document: no scripts and no external resources (a
 * content security policy forbids them), print styles inline, every value escaped.
 *
 * @param p the presented petition
 * @param options the language, the household's name and the moment of generation
 * @returns the complete HTML document
 */
export function petitionDocumentHtml(p: PetitionJson, options: PetitionDocumentOptions): string {
  const model = buildDocument(p, options);
  const t = TEXT[options.language];
  const footer = `${model.title} · ${options.householdName} · ${t.generatedOn} ${formatMoment(options.generatedAt, options.language)}`;
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`${model.title} · ${options.householdName}`)}</title>
<style>${htmlStyles(options.language)}</style>
</head>
<body>
<main>
${model.blocks.map(htmlBlock).join('\n')}
</main>
<footer><p>${esc(footer)}</p></footer>
</body>
</html>
`;
}

/**
 * The petition as a PDF, typeset by pdfkit with its built-in Helvetica: A4, wrapped text, page breaks that
 * keep a heading with what follows, "Pagina n van m" in every footer, bookmarks for the sections, and
 * metadata that holds the title and subject only (no personal data).
 *
 * @param p the presented petition
 * @param options the language, the household's name and the moment of generation
 * @returns the PDF file
 */
export async function petitionDocumentPdf(
  p: PetitionJson,
  options: PetitionDocumentOptions,
): Promise<Buffer> {
  const model = buildDocument(p, options);
  const doc = new PDFDocument({
    size: 'A4',
    margins: PDF_MARGINS,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: options.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: model.title,
      Subject: model.subject,
      Creator: 'Gezinsdossier',
      CreationDate: options.generatedAt,
      ModDate: options.generatedAt,
    },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT.regular).fontSize(SIZE.body);
  for (const block of model.blocks) {
    pdfBlock(doc, block, 0);
  }
  pdfFooters(doc, `${model.title} · ${options.householdName}`, TEXT[options.language].pageOf);
  doc.end();
  return done;
}

// ---------- The document model: what both renderers show ----------

type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  /** A short bold lead-in for the list that follows it. */
  | { kind: 'label'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'list'; items: string[] }
  /** The first cell of each row names the row. */
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  /** A mark that must stand out in print and on screen without colour (a disputed fact). */
  | { kind: 'marker'; text: string }
  | { kind: 'group'; role: 'section' | 'item' | 'fact'; disputed: boolean; blocks: Block[] };

interface DocumentModel {
  title: string;
  subject: string;
  blocks: Block[];
}

function buildDocument(p: PetitionJson, options: PetitionDocumentOptions): DocumentModel {
  const lang = options.language;
  const t = TEXT[lang];
  const text = (key: TextKey, values: Record<string, string | number> = {}) => fill(t[key], values);
  const day = (d: string) => formatDay(d, lang);
  const moment = (m: string | Date) => formatMoment(m, lang);
  const measure = findMeasureType(p.measureTypeId);
  const measureName = measure ? measure.name[lang] : t.unknownMeasure;
  const title = `${t.petition}: ${measureName}`;
  const addressee = AUTHORITY_WORDS[lang][p.addressee];
  const grounds = [...p.grounds].sort((a, b) => a.position - b.position);
  const personName = (id: string) => p.persons.find((x) => x.personId === id)?.name ?? null;
  const groundNo = (id: string) => {
    const i = grounds.findIndex((g) => g.id === id);
    return i < 0 ? null : i + 1;
  };
  const factNo = (id: string) => {
    for (const [gi, g] of grounds.entries()) {
      const fi = g.facts.findIndex((f) => f.factId === id);
      if (fi >= 0) {
        return `${gi + 1}.${fi + 1}`;
      }
    }
    return null;
  };

  /** A gate issue's `ref` in words: a person, a ground, a fact or a code; raw ids are never printed. */
  const refWords = (piece: string): string | null => {
    const ground = groundNo(piece);
    const fact = factNo(piece);
    return (
      personName(piece) ??
      (ground !== null ? text('aboutGround', { n: ground }) : null) ??
      (fact !== null ? text('aboutFact', { n: fact }) : null) ??
      findMeasureType(piece)?.name[lang] ??
      (wordFor(AUTHORITY_WORDS[lang], piece, '') ||
        wordFor(CONSULTATION_PARTY_WORDS[lang], piece, '') ||
        wordFor(REVIEW_OUTCOME_WORDS[lang], piece, '') ||
        wordFor(LIGHTER_STEP_WORDS[lang], piece, '') ||
        null)
    );
  };
  const describeRef = (ref: string | null) => {
    const words = (ref ?? '')
      .split(':')
      .map(refWords)
      .filter((w): w is string => w !== null);
    return words.length > 0 ? words.join(', ') : null;
  };
  const gateLine = (issue: { safeguard: string; code: string; ref: string | null }) => {
    const what = GATE_ISSUE_WORDS[issue.code]?.[lang];
    const about = describeRef(issue.ref);
    return `${safeguardLabel(issue.safeguard, lang)}${what ? `: ${what}` : ''}${about ? ` (${about})` : ''}`;
  };

  const blocks: Block[] = [];

  // Title and addressing.
  blocks.push({ kind: 'heading', level: 1, text: title });
  blocks.push({
    kind: 'fields',
    rows: [
      { label: t.to, value: addressee },
      { label: t.household, value: options.householdName },
      { label: t.petitioner, value: `${p.petitioner.name}, ${p.petitioner.organisation}` },
      { label: t.state, value: STATE_WORDS[lang][p.state] },
      ...(measure ? [{ label: t.legalBasis, value: measure.legalBasis }] : []),
      { label: t.version, value: String(p.version) },
      { label: t.generatedOn, value: moment(options.generatedAt) },
    ],
  });
  if (measure?.experimental) {
    blocks.push({ kind: 'note', text: t.experimental });
  }

  // The family's summary comes first: it is what the family reads (KT6-R4, LS-11).
  const summary: Block[] = [{ kind: 'heading', level: 2, text: t.summary }];
  if (p.familySummary?.trim()) {
    const plain = p.readability ? p.readability.plain : isPlainLanguage(p.familySummary);
    summary.push({ kind: 'paragraph', text: p.familySummary });
    summary.push({ kind: 'note', text: plain ? t.summaryPlain : t.summaryNotPlain });
  } else {
    summary.push({ kind: 'paragraph', text: t.summaryMissing });
  }
  blocks.push(section(summary));

  // The persons.
  blocks.push(
    section([
      { kind: 'heading', level: 2, text: t.persons },
      {
        kind: 'table',
        caption: t.personsCaption,
        columns: [t.name, t.birthDate, t.age, t.roles, t.authority],
        rows: p.persons.map((person) => {
          const roles = [
            person.target ? t.roleTarget : null,
            person.actionAim ? t.roleActionAim : null,
            person.involvedChild ? t.roleInvolvedChild : null,
          ].filter((r): r is string => r !== null);
          return [
            person.name,
            person.birthDate ? day(person.birthDate) : t.unknown,
            person.age === null ? t.unknown : text('years', { n: person.age }),
            roles.length > 0 ? roles.join('; ') : t.roleNone,
            person.holdsParentalAuthority ? t.hasAuthority : t.noAuthority,
          ];
        }),
      },
    ]),
  );

  // The grounds, each with every fact it rests on (KT6-R1, LS-11, LS-16, LS-07).
  const groundBlocks: Block[] = [
    { kind: 'heading', level: 2, text: t.grounds },
    { kind: 'paragraph', text: t.groundsIntro },
  ];
  if (grounds.length === 0) {
    groundBlocks.push({ kind: 'paragraph', text: t.noGrounds });
  }
  for (const [gi, ground] of grounds.entries()) {
    const item: Block[] = [
      { kind: 'heading', level: 3, text: text('ground', { n: gi + 1 }) },
      { kind: 'fields', rows: [{ label: t.claim, value: ground.claim }] },
    ];
    if (ground.facts.length === 0) {
      item.push({ kind: 'paragraph', text: t.noFacts });
    }
    for (const [fi, fact] of ground.facts.entries()) {
      item.push(factGroup(fact, `${gi + 1}.${fi + 1}`));
    }
    groundBlocks.push({ kind: 'group', role: 'item', disputed: false, blocks: item });
  }
  blocks.push(section(groundBlocks));

  function factGroup(fact: PetitionJson['grounds'][number]['facts'][number], no: string): Block {
    const source = fact.source;
    const lawfulness =
      source.obtainedWithConsent && source.legalBasis
        ? text('consentAndBasis', { basis: source.legalBasis })
        : source.obtainedWithConsent
          ? t.withConsent
          : source.legalBasis
            ? text('withLegalBasis', { basis: source.legalBasis })
            : source.kind === 'HOUSEHOLD'
              ? t.fromHousehold
              : t.noLawfulness;
    const group: Block[] = [{ kind: 'heading', level: 4, text: text('fact', { n: no }) }];
    if (fact.disputed) {
      group.push({ kind: 'marker', text: t.disputed });
    }
    group.push({
      kind: 'fields',
      rows: [
        { label: t.statement, value: fact.statement },
        { label: t.observedOn, value: fact.observedOn ? day(fact.observedOn) : t.dateUnknown },
        { label: t.source, value: source.description },
        {
          label: t.sourceKind,
          value: wordFor(SOURCE_KIND_WORDS[lang], source.kind, SOURCE_KIND_WORDS[lang].OTHER),
        },
        { label: t.lawfulness, value: lawfulness },
        { label: t.verification, value: VERIFICATION_WORDS[lang][fact.verification] },
        { label: t.versionUsed, value: text('versionN', { n: fact.factVersion }) },
      ],
    });
    if (fact.currentVersion === null) {
      group.push({ kind: 'note', text: t.currentUnknown });
    } else if (fact.currentVersion > fact.factVersion) {
      group.push({
        kind: 'note',
        text: text('changedLater', { current: fact.currentVersion, used: fact.factVersion }),
      });
    }
    group.push({ kind: 'label', text: t.responses });
    group.push(
      fact.responses.length > 0
        ? {
            kind: 'list',
            items: fact.responses.map((r) =>
              text('personDateText', { name: r.name, date: moment(r.respondedAt), text: r.text }),
            ),
          }
        : { kind: 'paragraph', text: t.noResponses },
    );
    if (fact.hearingAttempts.length > 0) {
      group.push({ kind: 'label', text: t.hearingAttempts });
      group.push({
        kind: 'list',
        items: fact.hearingAttempts.map((a) =>
          text('personDateText', { name: a.name, date: day(a.attemptedOn), text: a.description }),
        ),
      });
    }
    return { kind: 'group', role: 'fact', disputed: fact.disputed, blocks: group };
  }

  // Lighter alternatives, in the E-4 order (LS-02).
  const order = LIGHTER_STEPS as readonly string[];
  const alternatives = [...p.alternatives].sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step));
  const alternativeBlocks: Block[] = [
    { kind: 'heading', level: 2, text: t.alternatives },
    { kind: 'paragraph', text: alternatives.length > 0 ? t.alternativesIntro : t.noAlternatives },
  ];
  for (const [i, a] of alternatives.entries()) {
    const helpLines = a.interventions.map((h) => {
      const kind = wordFor(HELP_CATEGORY_WORDS[lang], h.type, looksLikeCode(h.type) ? t.help : h.type);
      return [
        h.provider ? `${kind} ${text('helpBy', { provider: h.provider })}` : kind,
        wordFor(FRAME_WORDS[lang], h.frame, ''),
        wordFor(HELP_STATUS_WORDS[lang], h.status, ''),
        h.startedOn ? text('startedOn', { date: day(h.startedOn) }) : '',
      ]
        .filter((part) => part.length > 0)
        .join(', ');
    });
    alternativeBlocks.push({
      kind: 'group',
      role: 'item',
      disputed: false,
      blocks: [
        {
          kind: 'heading',
          level: 3,
          text: `${i + 1}. ${wordFor(LIGHTER_STEP_WORDS[lang], a.step, t.help)}`,
        },
        {
          kind: 'fields',
          rows: [
            { label: t.outcome, value: a.outcome },
            { label: t.whyInsufficient, value: a.whyInsufficient },
          ],
        },
        { kind: 'label', text: t.helpRecords },
        helpLines.length > 0
          ? { kind: 'list', items: helpLines }
          : { kind: 'paragraph', text: t.noHelpRecords },
      ],
    });
  }
  blocks.push(section(alternativeBlocks));

  // Proportionality (LS-01) and the child's interest (LS-10).
  const pr = p.proportionality;
  blocks.push(
    section([
      { kind: 'heading', level: 2, text: t.proportionality },
      pr
        ? {
            kind: 'fields',
            rows: [
              { label: t.intrusiveness, value: pr.intrusiveness },
              { label: t.duration, value: pr.duration },
              { label: t.scope, value: pr.scope },
              { label: t.why, value: pr.why },
            ],
          }
        : { kind: 'paragraph', text: t.notFilled },
    ]),
  );
  blocks.push(
    section([
      { kind: 'heading', level: 2, text: t.childInterest },
      { kind: 'paragraph', text: p.childInterest?.trim() ? p.childInterest : t.notFilled },
    ]),
  );

  // Each involved child's voice or reasoned exception (VAL-10, LS-09).
  const childIds = [
    ...p.persons.filter((x) => x.involvedChild).map((x) => x.personId),
    ...p.childVoices.map((v) => v.childId),
  ].filter((id, i, all) => all.indexOf(id) === i);
  const voiceBlocks: Block[] = [{ kind: 'heading', level: 2, text: t.childVoices }];
  if (childIds.length === 0) {
    voiceBlocks.push({ kind: 'paragraph', text: t.noChildren });
  }
  for (const childId of childIds) {
    const voice = p.childVoices.find((v) => v.childId === childId);
    const item: Block[] = [{ kind: 'heading', level: 3, text: personName(childId) ?? t.unknown }];
    if (voice) {
      item.push({
        kind: 'fields',
        rows: [
          { label: t.how, value: CHILD_VOICE_WORDS[lang][voice.how] },
          ...optionalRow(t.view, voice.view),
          ...optionalRow(t.interests, voice.interests),
          ...optionalRow(t.exceptionReason, voice.exceptionReason),
        ],
      });
    } else {
      item.push({ kind: 'paragraph', text: t.voiceMissing });
    }
    voiceBlocks.push({ kind: 'group', role: 'item', disputed: false, blocks: item });
  }
  blocks.push(section(voiceBlocks));

  // Consultations (KT6-R2), legal advice (KT6-R3) and support offered (LS-14).
  blocks.push(
    section([
      { kind: 'heading', level: 2, text: t.consultations },
      p.consultations.length > 0
        ? {
            kind: 'list',
            items: p.consultations.map((c) => {
              const name = c.personId ? personName(c.personId) : null;
              return text('consultationItem', {
                date: day(c.heldOn),
                party: CONSULTATION_PARTY_WORDS[lang][c.party],
                person: name ? ` (${name})` : '',
                summary: c.summary,
              });
            }),
          }
        : { kind: 'paragraph', text: t.noConsultations },
    ]),
  );
  blocks.push(
    section([
      { kind: 'heading', level: 2, text: t.legalAdvice },
      p.legalAdvice
        ? {
            kind: 'fields',
            rows: [
              { label: t.adviser, value: p.legalAdvice.adviser },
              { label: t.date, value: day(p.legalAdvice.givenOn) },
              { label: t.advice, value: p.legalAdvice.summary },
            ],
          }
        : { kind: 'paragraph', text: t.noLegalAdvice },
    ]),
  );
  blocks.push(
    section([
      { kind: 'heading', level: 2, text: t.support },
      p.supportOffers.length > 0
        ? {
            kind: 'list',
            items: p.supportOffers.map((s) =>
              text('supportItem', {
                name: personName(s.personId) ?? t.unknown,
                kind: SUPPORT_KIND_WORDS[lang][s.kind],
                date: day(s.offeredOn),
                provider: s.provider ? text('supportProvider', { provider: s.provider }) : '',
                response: SUPPORT_RESPONSE_WORDS[lang][s.response],
              }),
            ),
          }
        : { kind: 'paragraph', text: t.noSupport },
    ]),
  );

  // The counter-reviews: the three questions, the outcome and the findings (KT7-R2, KT7-R4).
  const reviewBlocks: Block[] = [{ kind: 'heading', level: 2, text: t.reviews }];
  if (p.reviews.length === 0) {
    reviewBlocks.push({ kind: 'paragraph', text: t.noReviews });
  }
  for (const [i, r] of p.reviews.entries()) {
    const answer = (a: (typeof r)['bestSolution']) =>
      a ? `${REVIEW_ANSWER_WORDS[lang][a.answer]}. ${a.explanation}` : t.notAnswered;
    const item: Block[] = [
      {
        kind: 'heading',
        level: 3,
        text: `${text('review', { n: i + 1 })}: ${r.reviewer.name}, ${r.reviewer.organisation}`,
      },
      {
        kind: 'fields',
        rows: [
          { label: t.reviewer, value: `${r.reviewer.name}, ${r.reviewer.organisation}` },
          { label: t.jurist, value: r.jurist.name },
          { label: t.behaviouralScientist, value: r.behaviouralScientist.name },
          { label: t.assignedOn, value: moment(r.assignedAt) },
          { label: t.submittedOn, value: r.submittedAt ? moment(r.submittedAt) : t.notSubmitted },
          { label: t.q1, value: answer(r.bestSolution) },
          { label: t.q2, value: answer(r.followsFromInformation) },
          { label: t.q3, value: answer(r.legalFoundation) },
          {
            label: t.reviewOutcome,
            value: r.outcome ? REVIEW_OUTCOME_WORDS[lang][r.outcome] : t.notAnswered,
          },
          ...optionalRow(t.unmetNeed, r.unmetNeed),
        ],
      },
      { kind: 'label', text: t.findings },
      r.findings.length > 0
        ? {
            kind: 'list',
            items: r.findings.map((f) => {
              const ground = f.groundId ? groundNo(f.groundId) : null;
              const about = [
                f.safeguard ? safeguardLabel(f.safeguard, lang) : null,
                ground !== null ? text('aboutGround', { n: ground }) : null,
              ].filter((x): x is string => x !== null);
              return about.length > 0 ? `${about.join(', ')}: ${f.text}` : f.text;
            }),
          }
        : { kind: 'paragraph', text: t.noFindings },
    ];
    reviewBlocks.push({ kind: 'group', role: 'item', disputed: false, blocks: item });
  }
  blocks.push(section(reviewBlocks));

  // Filing and the gate as it stood then (VAL-05); before filing, what still blocks it.
  const filingBlocks: Block[] = [{ kind: 'heading', level: 2, text: t.filing }];
  if (p.filing) {
    filingBlocks.push({
      kind: 'fields',
      rows: [
        { label: t.filedOn, value: day(p.filing.filedOn) },
        { label: t.court, value: p.filing.court },
        { label: t.filedBy, value: p.filing.filedBy },
        ...optionalRow(t.sameJudge, p.sameJudge),
      ],
    });
    filingBlocks.push({ kind: 'label', text: t.gateAtFiling });
    filingBlocks.push(
      p.filing.gate.length > 0
        ? { kind: 'list', items: p.filing.gate.map(gateLine) }
        : { kind: 'paragraph', text: t.gatePassed },
    );
  } else {
    filingBlocks.push({ kind: 'paragraph', text: p.state === 'NOT_FILED' ? t.notFiled : t.notYetFiled });
    if (p.state !== 'NOT_FILED') {
      filingBlocks.push({ kind: 'label', text: t.gateNow });
      filingBlocks.push(
        p.gate.length > 0
          ? { kind: 'list', items: p.gate.map(gateLine) }
          : { kind: 'paragraph', text: t.gateClear },
      );
    }
  }
  blocks.push(section(filingBlocks));

  // The authority's decisions (KT8-R1, KT8-R3).
  const rulingBlocks: Block[] = [{ kind: 'heading', level: 2, text: t.rulings }];
  if (p.rulings.length === 0) {
    rulingBlocks.push({ kind: 'paragraph', text: t.noRulings });
  }
  for (const r of p.rulings) {
    const item: Block[] = [
      { kind: 'heading', level: 3, text: `${day(r.decidedOn)}: ${RULING_OUTCOME_WORDS[lang][r.outcome]}` },
      {
        kind: 'fields',
        rows: [
          { label: t.judge, value: r.judge },
          ...optionalRow(t.legalGround, r.legalGround),
          ...optionalRow(t.conditions, r.conditions),
          ...optionalRow(t.counterExpertise, r.counterExpertise),
        ],
      },
    ];
    if (r.hearings.length > 0) {
      item.push({ kind: 'label', text: t.hearings });
      item.push({
        kind: 'list',
        items: r.hearings.map((h) => {
          const when = text('hearingItem', { date: day(h.heldOn) });
          return h.note ? `${when}: ${h.note}` : when;
        }),
      });
    }
    rulingBlocks.push({ kind: 'group', role: 'item', disputed: false, blocks: item });
  }
  blocks.push(section(rulingBlocks));

  // The appeal route from the catalogue, with the lawyer's open point (LS-05).
  const appealBlocks: Block[] = [
    { kind: 'heading', level: 2, text: t.appeal },
    { kind: 'paragraph', text: measure ? measure.appealRoute[lang] : t.appealUnknown },
  ];
  if (measure?.toBeConfirmed) {
    appealBlocks.push({ kind: 'note', text: toBeConfirmedNote(measure.toBeConfirmed, lang) });
  }
  blocks.push(section(appealBlocks));

  return {
    title,
    subject: text('subject', { addressee }),
    blocks,
  };
}

/**
 * The catalogue's open legal point (CFG-MEAS `toBeConfirmed`). The catalogue writes it in English with the
 * spec's references ("(spec §6.1 [I])"), which are no part of a court document: the English document prints
 * the point without them, the Dutch one says that a lawyer still has to confirm the route.
 */
function toBeConfirmedNote(note: string, lang: DocumentLanguage): string {
  const t = TEXT[lang];
  if (lang === 'nl') {
    return `${t.toBeConfirmed}.`;
  }
  const point = note
    .replace(/^to be confirmed by a lawyer:\s*/i, '')
    .replace(/\s*\(spec [^)]*\)/gi, '')
    .replace(/\s*\[[A-Z]\]/g, '')
    .trim();
  return point ? `${t.toBeConfirmed}: ${point}` : `${t.toBeConfirmed}.`;
}

function section(blocks: Block[]): Block {
  return { kind: 'group', role: 'section', disputed: false, blocks };
}

function optionalRow(label: string, value: string | null): { label: string; value: string }[] {
  return value?.trim() ? [{ label, value }] : [];
}

/** A code such as "YOUTH_CARE" that the tables do not know: shown as a generic word, never as is. */
function looksLikeCode(value: string): boolean {
  return /^[A-Z0-9_]+$/.test(value);
}

const DATE_FORMATS: Record<DocumentLanguage, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }),
};

/**
 * A calendar day (YYYY-MM-DD) as a long date, "3 maart 2026". Read at noon UTC, which is the same day in
 * Amsterdam in summer and winter time, so the day never shifts.
 */
export function formatDay(day: string, language: DocumentLanguage): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DATE_FORMATS[language].format(date);
}

/** A moment (ISO timestamp or Date) as the long date it was in Amsterdam. */
export function formatMoment(moment: string | Date, language: DocumentLanguage): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? String(moment) : DATE_FORMATS[language].format(date);
}

// ---------- HTML ----------

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escaped text with the author's line breaks kept. */
function escLines(text: string): string {
  return esc(text).replace(/\r?\n/g, '<br>');
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${esc(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escLines(block.text)}</p>`;
    case 'label':
      return `<p class="label">${esc(block.text)}</p>`;
    case 'note':
      return `<p class="note">${escLines(block.text)}</p>`;
    case 'fields':
      return `<dl class="fields">${block.rows
        .map((r) => `<div><dt>${esc(r.label)}</dt><dd>${escLines(r.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escLines(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = block.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
      const rows = block.rows
        .map(
          ([first = '', ...rest]) =>
            `<tr><th scope="row">${esc(first)}</th>${rest.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table><caption>${esc(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'marker':
      return `<p class="badge"><strong>${esc(block.text)}</strong></p>`;
    case 'group': {
      const cls = [block.role, block.disputed ? 'disputed' : null].filter(Boolean).join(' ');
      return `<section class="${cls}">\n${block.blocks.map(htmlBlock).join('\n')}\n</section>`;
    }
    default:
      return assertNever(block);
  }
}

function htmlStyles(language: DocumentLanguage): string {
  const page =
    language === 'nl'
      ? '"Pagina " counter(page) " van " counter(pages)'
      : '"Page " counter(page) " of " counter(pages)';
  return `
:root{color:#1a1a1a;background:#fff;font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;line-height:1.5}
body{max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:0 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #444;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
.fields{margin:.3rem 0 .6rem}
.fields div{display:grid;grid-template-columns:minmax(9rem,16rem) 1fr;gap:0 1rem;padding:.15rem 0;border-bottom:1px solid #ddd}
.fields dt{font-weight:600}
.fields dd{margin:0}
.label{font-weight:600;margin:.6rem 0 .2rem}
.note{border-left:4px solid #555;padding:.2rem .6rem;font-style:italic}
.fact{border-left:3px solid #bbb;padding:.1rem 0 .4rem 1rem;margin:.8rem 0}
.fact.disputed{border-left:6px double #8a1c1c}
.badge{display:inline-block;margin:.2rem 0 .5rem;padding:.15rem .6rem;border:2px solid #8a1c1c;background:#fdecea;color:#8a1c1c;letter-spacing:.03em}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eee}
footer{margin-top:3rem;border-top:1px solid #999;font-size:.85rem;color:#444}
@page{size:A4;margin:2cm 2cm 2.5cm;@bottom-center{content:${page};font-size:9pt}}
@media print{
:root{font-size:10.5pt}
body{max-width:none;margin:0;padding:0}
h2,h3,h4,.label{break-after:avoid}
.fact,tr,.fields div{break-inside:avoid}
.badge{background:none}
}
`;
}

// ---------- PDF ----------

type Pdf = InstanceType<typeof PDFDocument>;

const PDF_MARGINS = { top: 56, bottom: 64, left: 60, right: 60 };
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
const SIZE = { 1: 18, 2: 14, 3: 12, 4: 11, body: 10, footer: 8 } as const;
const INDENT = { section: 0, item: 0, fact: 14 } as const;

function pdfBlock(doc: Pdf, block: Block, indent: number): void {
  const x = doc.page.margins.left + indent;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - indent;
  const body = () => doc.font(FONT.regular).fontSize(SIZE.body);
  switch (block.kind) {
    case 'heading': {
      // Keep a heading with at least a few lines of what follows it.
      keepSpace(doc, block.level <= 2 ? 90 : 60);
      if (doc.y > doc.page.margins.top + 1) {
        doc.moveDown(block.level <= 2 ? 1 : 0.6);
      }
      if (block.level === 2) {
        doc.outline.addItem(winAnsi(block.text));
      }
      doc.font(FONT.bold).fontSize(SIZE[block.level]).text(winAnsi(block.text), x, doc.y, { width });
      if (block.level <= 2) {
        const y = doc.y + 2;
        doc
          .moveTo(x, y)
          .lineTo(x + width, y)
          .lineWidth(block.level === 1 ? 1.2 : 0.6)
          .stroke();
        doc.y = y + 2;
      }
      doc.moveDown(0.4);
      body();
      return;
    }
    case 'paragraph':
      body().text(winAnsi(block.text), x, doc.y, { width });
      doc.moveDown(0.4);
      return;
    case 'label':
      keepSpace(doc, 30);
      doc.font(FONT.bold).fontSize(SIZE.body).text(winAnsi(block.text), x, doc.y, { width });
      doc.moveDown(0.15);
      body();
      return;
    case 'note':
      doc.font(FONT.italic).fontSize(SIZE.body).text(winAnsi(block.text), x, doc.y, { width });
      doc.moveDown(0.4);
      body();
      return;
    case 'fields':
      for (const row of block.rows) {
        doc
          .font(FONT.bold)
          .fontSize(SIZE.body)
          .text(`${winAnsi(row.label)}${/[?:]$/.test(row.label) ? ' ' : ': '}`, x, doc.y, {
            width,
            continued: true,
          })
          .font(FONT.regular)
          .text(winAnsi(row.value));
        doc.moveDown(0.15);
      }
      doc.moveDown(0.25);
      return;
    case 'list':
      body().list(
        block.items.map((item) => winAnsi(item)),
        x,
        doc.y,
        { width, bulletRadius: 1.6, textIndent: 12, bulletIndent: 2 },
      );
      doc.moveDown(0.4);
      return;
    case 'table': {
      keepSpace(doc, 70);
      doc.font(FONT.bold).fontSize(SIZE.body).text(winAnsi(block.caption), x, doc.y, { width });
      doc.moveDown(0.2);
      const header = block.columns.map((c) => ({
        text: winAnsi(c),
        type: 'TH' as const,
        font: { src: FONT.bold },
        backgroundColor: '#eeeeee',
      }));
      const rows = block.rows.map((cells) =>
        cells.map((c, i) =>
          i === 0
            ? { text: winAnsi(c), type: 'TH' as const, font: { src: FONT.bold } }
            : { text: winAnsi(c) },
        ),
      );
      body().table({
        position: { x, y: doc.y },
        maxWidth: width,
        columnStyles: ['*', 100, 48, '*', 70],
        defaultStyle: { padding: [3, 4, 3, 4], borderColor: '#999999', border: 0.6 },
        data: [header, ...rows],
      });
      doc.x = doc.page.margins.left;
      doc.moveDown(0.5);
      body();
      return;
    }
    case 'marker': {
      // Words in a drawn frame: recognisable in black-and-white print and to text extraction.
      keepSpace(doc, 30);
      const label = winAnsi(block.text);
      doc.font(FONT.bold).fontSize(SIZE.body);
      const w = doc.widthOfString(label) + 12;
      const h = doc.currentLineHeight() + 7;
      const y = doc.y;
      doc.lineWidth(1.5).rect(x, y, w, h).stroke();
      doc.text(label, x + 6, y + 4, { width: w - 6, lineBreak: false });
      doc.x = x;
      doc.y = y + h + 5;
      body();
      return;
    }
    case 'group': {
      const inner = indent + INDENT[block.role];
      for (const child of block.blocks) {
        pdfBlock(doc, child, inner);
      }
      doc.moveDown(0.2);
      return;
    }
    default:
      assertNever(block);
  }
}

function keepSpace(doc: Pdf, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
  }
}

/** Title and "Pagina n van m" at the foot of every page, written once the page count is known. */
function pdfFooters(doc: Pdf, title: string, pageOf: string): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const { left, right, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    const y = doc.page.height - bottom + 24;
    // Writing below the bottom margin would start a new page: lift the margin while writing the footer.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(SIZE.footer);
    const page = winAnsi(fill(pageOf, { page: i + 1, pages: range.count }));
    const pageWidth = doc.widthOfString(page);
    doc.text(winAnsi(title), left, y, {
      width: width - pageWidth - 24,
      height: doc.currentLineHeight(),
      ellipsis: true,
      lineBreak: false,
    });
    doc.text(page, left + width - pageWidth, y, { width: pageWidth, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * pdfkit's standard fonts encode text as WinAnsi (Windows-1252): Latin-1 plus a few typographic marks (’ “ ” –
 * — … € •). Dutch text fits, but a character outside it would come out as a wrong glyph. This replaces such
 * characters on purpose: typographic variants by their plain form (≥ → >=, non-breaking hyphen → -), letters
 * with marks the font lacks by the bare letter (ő → o), ligatures by their letters (ĳ → ij), and anything else
 * by "?", so nothing is silently garbled.
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (isWinAnsi(ch) || ch === '\n') {
      out += ch;
      continue;
    }
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += bare.length > 0 && [...bare].every(isWinAnsi) ? bare : '?';
  }
  return out;
}

/** The code points of pdfkit's WinAnsi map beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

function isWinAnsi(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff && cp !== 0xad) || WIN_ANSI_EXTRA.has(cp);
}

const REPLACEMENTS: Record<string, string> = {
  '\t': ' ',
  '\u00ad': '',
  '\u200b': '',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2248': '~',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};

function assertNever(value: never): never {
  throw new Error(`Unhandled document block: ${JSON.stringify(value)}`);
}
