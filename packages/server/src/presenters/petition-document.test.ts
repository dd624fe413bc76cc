import { createRequire } from 'node:module';
import path from 'node:path';
import { isPlainLanguage, readability } from '@gezinsdossier/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PetitionJson, PetitionSchema } from './petition.schema';
import { formatDay, petitionDocumentHtml, petitionDocumentPdf, winAnsi } from './petition-document';

/**
 * The readable petition (KT6, issue 10) on a synthetic household, "Familie Zonnebloem": two grounds, four
 * facts (one disputed, one answered by a hearing attempt, one changed after it was linked, one without a
 * date), two children (one heard, one a reasoned exception), a CORRECT_FIRST review followed by a PROCEED
 * review, and the filing. The PDF is read back with pdfjs-dist, so the assertions are about what a reader
 * of the file gets, not about what was handed to pdfkit.
 */

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SANNE = id(1);
const RUUD = id(2);
const NOOR = id(3);
const DAAN = id(4);
const GROUND_1 = id(11);
const GROUND_2 = id(12);
const FACT_POLICE = id(21);
const FACT_MENTOR = id(22);
const FACT_THERAPY = id(23);
const FACT_MONEY = id(24);

const FAMILY_SUMMARY = [
  'Wij maken ons zorgen over Noor en Daan.',
  'Thuis is vaak ruzie.',
  'Soms komt de politie.',
  'De kinderen zijn dan bang.',
  'Jullie kregen hulp, maar de ruzie ging door.',
  'Daarom vragen wij de rechter om hulp.',
  'Er komt dan iemand die jullie helpt en op de kinderen let.',
  'Noor en Daan blijven thuis wonen.',
  'Jullie mogen een advocaat nemen.',
  'Die kost weinig of niets.',
  'Klopt iets niet? Zeg het dan.',
  'De rechter luistert ook naar jullie.',
].join(' ');

const OFFICIALESE =
  'Gelet op de aanhoudende escalaties binnen de gezinssituatie en de onvoldoende gebleken effectiviteit van de ' +
  'vrijwillige hulpverleningstrajecten verzoekt de verzoekende instantie de kinderrechter een ondertoezichtstelling ' +
  'uit te spreken ten aanzien van beide minderjarigen, teneinde de geconstateerde ontwikkelingsbedreiging af te wenden.';

function fixture(): PetitionJson {
  const r = readability(FAMILY_SUMMARY);
  return PetitionSchema.parse({
    id: id(100),
    householdId: id(101),
    caseId: id(102),
    state: 'FILED',
    version: 7,
    measureTypeId: 'OTS',
    catalogueVersion: 'measures-2026.1',
    addressee: 'KINDERRECHTER',
    petitioner: { id: id(200), name: 'Fatima el Amrani', organisation: 'Regionaal Veiligheidsteam Midden' },
    persons: [
      {
        personId: SANNE,
        name: 'Sanne Zonnebloem',
        birthDate: '1988-05-14',
        age: 37,
        holdsParentalAuthority: true,
        target: false,
        actionAim: true,
        involvedChild: false,
      },
      {
        personId: RUUD,
        name: 'Ruud Zonnebloem',
        birthDate: '1985-11-02',
        age: 40,
        holdsParentalAuthority: true,
        target: false,
        actionAim: true,
        involvedChild: false,
      },
      {
        personId: NOOR,
        name: 'Noor Zonnebloem',
        birthDate: '2014-09-21',
        age: 11,
        holdsParentalAuthority: false,
        target: true,
        actionAim: false,
        involvedChild: true,
      },
      {
        personId: DAAN,
        name: 'Daan Zonnebloem',
        birthDate: '2022-03-08',
        age: 4,
        holdsParentalAuthority: false,
        target: true,
        actionAim: false,
        involvedChild: true,
      },
    ],
    grounds: [
      {
        id: GROUND_2,
        position: 2,
        claim:
          'De vrijwillige hulp heeft de ruzies niet verminderd; de ouders zijn er halverwege mee gestopt.',
        facts: [
          {
            factId: FACT_THERAPY,
            factVersion: 1,
            currentVersion: 2,
            statement: 'De ouders kwamen na vier van de acht afspraken niet meer bij de gezinstherapie.',
            observedOn: '2025-11-12',
            recordedAt: '2025-11-13T08:15:00.000Z',
            source: {
              kind: 'PROFESSIONAL',
              description: 'Gezinstherapeut, Jeugdhulp Midden',
              obtainedWithConsent: true,
              legalBasis: null,
            },
            verification: 'CORROBORATED',
            disputed: false,
            responses: [
              {
                personId: SANNE,
                name: 'Sanne Zonnebloem',
                text: 'Ik kon de afspraken niet combineren met mijn nachtdiensten.',
                respondedAt: '2026-02-11T13:00:00.000Z',
              },
            ],
            hearingAttempts: [
              {
                personId: RUUD,
                name: 'Ruud Zonnebloem',
                attemptedOn: '2026-02-10',
                description: 'Brief gestuurd en twee keer gebeld; vader heeft niet gereageerd.',
              },
            ],
          },
          {
            factId: FACT_MONEY,
            factVersion: 1,
            currentVersion: 1,
            statement: 'De ouders vertellen zelf dat geldzorgen de ruzies erger maken.',
            observedOn: null,
            recordedAt: '2026-01-08T10:00:00.000Z',
            source: {
              kind: 'HOUSEHOLD',
              description: 'Sanne en Ruud Zonnebloem, gesprek op kantoor',
              obtainedWithConsent: false,
              legalBasis: null,
            },
            verification: 'CORROBORATED',
            disputed: false,
            responses: [
              {
                personId: RUUD,
                name: 'Ruud Zonnebloem',
                text: 'Dat klopt, maar we werken eraan met de schuldhulp.',
                respondedAt: '2026-02-12T09:00:00.000Z',
              },
            ],
            hearingAttempts: [],
          },
        ],
      },
      {
        id: GROUND_1,
        position: 1,
        claim:
          'Noor en Daan groeien op in een huis waar de ouders vaak ruziën – ook ’s avonds, als de kinderen erbij zijn.',
        facts: [
          {
            factId: FACT_POLICE,
            factVersion: 2,
            currentVersion: 2,
            statement:
              'De buurvrouw belde de politie om 23.10 uur omdat zij geschreeuw en brekend glas hoorde; agenten troffen beide ouders en de kinderen thuis aan. Vader was geïrriteerd.',
            observedOn: '2026-03-03',
            recordedAt: '2026-03-04T09:30:00.000Z',
            source: {
              kind: 'POLICE',
              description: 'Politie Midden, mutatie na melding van de buurvrouw',
              obtainedWithConsent: false,
              legalBasis: 'Wet politiegegevens art. 19',
            },
            verification: 'CORROBORATED',
            disputed: false,
            responses: [
              {
                personId: SANNE,
                name: 'Sanne Zonnebloem',
                text: 'Het was één keer zo erg. Er viel een vaas, niemand was gewond.',
                respondedAt: '2026-03-06T10:00:00.000Z',
              },
              {
                personId: RUUD,
                name: 'Ruud Zonnebloem',
                text: 'We hadden ruzie over geld. De kinderen sliepen.',
                respondedAt: '2026-03-06T10:05:00.000Z',
              },
            ],
            hearingAttempts: [],
          },
          {
            factId: FACT_MENTOR,
            factVersion: 1,
            currentVersion: 1,
            statement:
              'Noor vertelde haar mentor dat zij ’s nachts wakker ligt van de ruzies van haar ouders.',
            observedOn: '2026-01-20',
            recordedAt: '2026-01-21T14:00:00.000Z',
            source: {
              kind: 'PROFESSIONAL',
              description: 'Mentor van Noor, basisschool De Regenboog',
              obtainedWithConsent: true,
              legalBasis: null,
            },
            verification: 'DISPUTED',
            disputed: true,
            responses: [
              {
                personId: RUUD,
                name: 'Ruud Zonnebloem',
                text: 'Dat klopt niet. Noor slaapt goed; ze had in januari griep.',
                respondedAt: '2026-02-12T09:10:00.000Z',
              },
              {
                personId: SANNE,
                name: 'Sanne Zonnebloem',
                text: 'Noor heeft dat nooit tegen mij gezegd.',
                respondedAt: '2026-02-11T13:10:00.000Z',
              },
            ],
            hearingAttempts: [],
          },
        ],
      },
    ],
    alternatives: [
      {
        id: id(31),
        step: 'PROFESSIONAL_HELP',
        outcome: 'Vier van de acht sessies gezinstherapie gevolgd; daarna gestopt.',
        whyInsufficient: 'De ruzies gingen door en de ouders wilden geen nieuwe afspraken maken.',
        interventions: [
          {
            id: id(41),
            type: 'YOUTH_CARE',
            frame: 'VOLUNTARY',
            status: 'ENDED',
            startedOn: '2025-09-01',
            provider: 'Jeugdhulp Midden',
          },
        ],
      },
      {
        id: id(32),
        step: 'INFORMAL_SUPPORT',
        outcome: 'Oma Joke paste twee avonden per week op.',
        whyInsufficient: 'Oma verhuisde in oktober naar Zeeland.',
        interventions: [],
      },
      {
        id: id(33),
        step: 'INFO_ADVICE',
        outcome: 'Gesprekken over opvoeden en over geld met het Lokaal Team.',
        whyInsufficient: 'De adviezen hielpen kort; na een maand was de spanning terug.',
        interventions: [
          {
            id: id(42),
            type: 'INFO_ADVICE',
            frame: 'VOLUNTARY',
            status: 'ENDED',
            startedOn: '2025-05-12',
            provider: 'Lokaal Team Zonnedorp',
          },
        ],
      },
    ],
    proportionality: {
      intrusiveness: 'Toezicht thuis; geen uithuisplaatsing. De ouders houden het gezag.',
      duration: 'Twaalf maanden, met een evaluatie na zes maanden.',
      scope:
        'Alleen Noor en Daan; de opdrachten aan de ouders gaan over rust in huis en het volgen van hulp.',
      why: 'Lichtere hulp is geprobeerd en hielp niet genoeg; zonder toezicht blijft de onveiligheid bestaan.',
    },
    childInterest: 'Noor en Daan hebben rust en veiligheid thuis nodig. Zij willen thuis blijven wonen.',
    childVoices: [
      {
        childId: NOOR,
        how: 'HEARD',
        view: 'Ik wil dat het thuis rustig is. Ik wil niet ergens anders wonen.',
        interests: 'Naar dezelfde school blijven gaan en bij haar broertje blijven.',
        exceptionReason: null,
      },
      {
        childId: DAAN,
        how: 'EXCEPTION',
        view: null,
        interests: null,
        exceptionReason:
          'Daan is vier jaar en te jong om over dit verzoek te praten. De gedragswetenschapper heeft hem op het kinderdagverblijf geobserveerd.',
      },
    ],
    consultations: [
      {
        id: id(51),
        party: 'HOUSEHOLD',
        personId: SANNE,
        heldOn: '2026-02-24',
        summary: 'Moeder begrijpt de zorgen en wil hulp, maar is tegen toezicht.',
      },
      {
        id: id(52),
        party: 'FIXED_PROFESSIONAL',
        personId: null,
        heldOn: '2026-02-25',
        summary: 'Het vaste gezicht steunt het verzoek en blijft betrokken.',
      },
    ],
    legalAdvice: {
      summary: 'Een ondertoezichtstelling is passend; een uithuisplaatsing is niet nodig.',
      adviser: 'mr. Daniëlle Verhoef',
      givenOn: '2026-02-26',
    },
    supportOffers: [
      {
        id: id(61),
        personId: SANNE,
        kind: 'LEGAL_AID',
        offeredOn: '2026-02-20',
        response: 'ACCEPTED',
        provider: 'mr. J. de Wit, advocaat',
      },
      {
        id: id(62),
        personId: RUUD,
        kind: 'LEGAL_AID',
        offeredOn: '2026-02-20',
        response: 'DECLINED',
        provider: null,
      },
      {
        id: id(63),
        personId: SANNE,
        kind: 'CLIENT_SUPPORT',
        offeredOn: '2026-02-20',
        response: 'PENDING',
        provider: null,
      },
    ],
    familySummary: FAMILY_SUMMARY,
    readability: {
      douma: r.douma,
      wordsPerSentence: r.wordsPerSentence,
      plain: isPlainLanguage(FAMILY_SUMMARY),
    },
    reviews: [
      {
        id: id(71),
        reviewer: { id: id(81), name: 'René Bakker', organisation: 'Regionaal Veiligheidsteam Noord' },
        jurist: { id: id(82), name: 'mr. Inge Smit' },
        behaviouralScientist: { id: id(83), name: 'drs. Chloë de Vries' },
        assignedAt: '2026-03-02T08:00:00.000Z',
        until: '2026-03-16T08:00:00.000Z',
        submittedAt: '2026-03-05T15:00:00.000Z',
        lapsedAt: null,
        bestSolution: { answer: 'YES', explanation: 'Toezicht thuis past bij wat het gezin nodig heeft.' },
        followsFromInformation: {
          answer: 'PARTLY',
          explanation: 'Vader is over één feit nog niet gehoord.',
        },
        legalFoundation: { answer: 'PARTLY', explanation: 'Onderbouwing compleet na horen van vader.' },
        outcome: 'CORRECT_FIRST',
        findings: [
          { safeguard: 'LS-07', groundId: GROUND_2, text: 'Documenteer de poging om vader te horen.' },
          { safeguard: 'LS-02', groundId: null, text: 'Beschrijf ook de steun van oma.' },
        ],
        unmetNeed: null,
      },
      {
        id: id(72),
        reviewer: { id: id(81), name: 'René Bakker', organisation: 'Regionaal Veiligheidsteam Noord' },
        jurist: { id: id(82), name: 'mr. Inge Smit' },
        behaviouralScientist: { id: id(83), name: 'drs. Chloë de Vries' },
        assignedAt: '2026-03-17T08:00:00.000Z',
        until: '2026-03-31T08:00:00.000Z',
        submittedAt: '2026-03-20T11:00:00.000Z',
        lapsedAt: null,
        bestSolution: { answer: 'YES', explanation: 'Ongewijzigd.' },
        followsFromInformation: { answer: 'YES', explanation: 'De poging om vader te horen is vastgelegd.' },
        legalFoundation: { answer: 'YES', explanation: 'Voldoende onderbouwd.' },
        outcome: 'PROCEED',
        findings: [],
        unmetNeed: null,
      },
    ],
    gate: [],
    filing: {
      filedOn: '2026-03-24',
      court: 'Rechtbank Midden, kinderrechter',
      filedBy: 'Fatima el Amrani',
      gate: [],
    },
    sameJudge: null,
    rulings: [],
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-03-24T10:00:00.000Z',
    notFiled: null,
    abilities: {
      edit: false,
      requestReview: false,
      review: false,
      correct: false,
      closeNotFiled: false,
      file: false,
      recordRuling: true,
      withdraw: false,
    },
  });
}

const OPTIONS = {
  language: 'nl' as const,
  householdName: 'Familie Zonnebloem',
  generatedAt: new Date('2026-03-25T09:00:00Z'),
};
const DISPUTED = 'BETWIST DOOR HET GEZIN';

/** Whitespace as a reader sees it: line wraps are spaces, and a wrap inside a hyphenated word leaves no gap. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\S[-–—/]) /g, '$1')
    .trim();
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const require = createRequire(import.meta.url);
const STANDARD_FONTS = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

/** The text of each page, as pdf.js extracts it, with the document's metadata. */
async function readPdf(pdf: Buffer) {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''),
    );
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: normalise(pages.join('\n')), info: info as Record<string, unknown> };
}

/** The text of an HTML document as a reader sees it (tags and styles gone, entities decoded). */
function htmlText(html: string): string {
  return normalise(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<title>[\s\S]*?<\/title>/g, ' ')
      // A term and its description read as "term: description", as the PDF prints them.
      .replace(/\?<\/dt>/g, '? ')
      .replace(/<\/dt>/g, ': ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** What every fact must show, as the document prints it. */
function expectedFactTexts(p: PetitionJson) {
  return p.grounds.flatMap((g) =>
    g.facts.map((f) => ({
      statement: f.statement,
      source: f.source.description,
      date: f.observedOn ? formatDay(f.observedOn, 'nl') : 'datum onbekend',
    })),
  );
}

function disputedCount(p: PetitionJson): number {
  return p.grounds.reduce((n, g) => n + g.facts.filter((f) => f.disputed).length, 0);
}

describe('petitionDocumentPdf', () => {
  const p = fixture();
  let pdf: Buffer;
  let read: Awaited<ReturnType<typeof readPdf>>;

  beforeAll(async () => {
    pdf = await petitionDocumentPdf(p, OPTIONS);
    read = await readPdf(pdf);
  });

  it('KT6: is a PDF that parses, with title and subject and no personal data in the metadata', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(read.pages.length).toBeGreaterThan(1);
    expect(read.info.Title).toBe('Verzoekschrift: Ondertoezichtstelling (OTS)');
    expect(read.info.Subject).toBe('Verzoekschrift aan de kinderrechter');
    expect(read.info.Author).toBeUndefined();
    expect(read.info.Keywords).toBeUndefined();
    expect(JSON.stringify(read.info)).not.toMatch(/Zonnebloem|Noor|Daan/);
  });

  it('KT6 / LS-11: every claim shows its fact, source and date in the PDF', () => {
    for (const g of p.grounds) {
      expect(read.text).toContain(normalise(g.claim));
    }
    const facts = expectedFactTexts(p);
    expect(facts).toHaveLength(4);
    for (const f of facts) {
      expect(read.text).toContain(normalise(f.statement));
      expect(read.text).toContain(normalise(f.source));
      expect(read.text).toContain(f.date);
    }
    // The dates print as Dutch long dates; a fact without one says so.
    expect(read.text).toContain('3 maart 2026');
    expect(read.text).toContain('Datum waargenomen: datum onbekend');
    // LS-16: the legal basis of a source obtained without consent.
    expect(read.text).toContain('op wettelijke grondslag: Wet politiegegevens art. 19');
  });

  it('KT6 / LS-11: the disputed fact is marked "BETWIST DOOR HET GEZIN" and the others are not', () => {
    expect(disputedCount(p)).toBe(1);
    expect(occurrences(read.text, DISPUTED)).toBe(disputedCount(p));
    // The mark sits with the disputed fact, right under its heading.
    const mark = read.text.indexOf(DISPUTED);
    const disputed = read.text.indexOf(normalise('Noor vertelde haar mentor'));
    expect(mark).toBeLessThan(disputed);
    expect(read.text.lastIndexOf('Feit', mark)).toBe(read.text.lastIndexOf('Feit 1.2', mark));
  });

  it('LS-07: every fact shows the family’s responses, or the documented attempt to hear them', () => {
    expect(read.text).toContain('Pogingen om het gezin te horen');
    expect(read.text).toContain(
      'Ruud Zonnebloem, 10 februari 2026: Brief gestuurd en twee keer gebeld; vader heeft niet gereageerd.',
    );
    expect(read.text).toContain('Ruud Zonnebloem, 12 februari 2026: Dat klopt niet. Noor slaapt goed');
  });

  it('KT6: a fact changed after it was linked says so, with the version used', () => {
    expect(read.text).toContain(
      'Dit feit is later gewijzigd (nu versie 2). Dit verzoekschrift gebruikt versie 1.',
    );
    expect(occurrences(read.text, 'Dit feit is later gewijzigd')).toBe(1);
  });

  it('KT6: Dutch characters survive the standard font (WinAnsi): ë, é, ï, ’ and –', () => {
    expect(read.text).toContain('ruziën – ook ’s avonds');
    expect(read.text).toContain('Vader was geïrriteerd.');
    expect(read.text).toContain('René Bakker');
    expect(read.text).toContain('Het was één keer zo erg.');
  });

  it('KT7-R4 / VAL-05: the reviews and the gate at filing reach the PDF, safeguards named in words', () => {
    expect(read.text).toContain('Volgt de beslissing uit de verzamelde informatie? Gedeeltelijk.');
    expect(read.text).toContain(
      'LS-07 (hoor en wederhoor), over grond 2: Documenteer de poging om vader te horen.',
    );
    expect(read.text).toContain('Uitkomst: Doorgaan: het verzoek mag worden ingediend');
    expect(read.text).toContain('Bij indiening waren alle waarborgen vervuld.');
  });

  it('KT6: every page has "Pagina n van m" in its footer', () => {
    const count = read.pages.length;
    expect(read.text).toContain('Pagina 1 van');
    for (const [i, page] of read.pages.entries()) {
      expect(normalise(page)).toContain(`Pagina ${i + 1} van ${count}`);
    }
  });

  it('KT6 / LS-02, LS-09, KT7-R4: the sections come in the fixed order', () => {
    const order = [
      'Verzoekschrift: Ondertoezichtstelling (OTS)',
      'Aan: de kinderrechter',
      'Gezin: Familie Zonnebloem',
      'Verzoeker: Fatima el Amrani, Regionaal Veiligheidsteam Midden',
      'Stand: Ingediend',
      'Samenvatting voor het gezin',
      'Om wie het gaat',
      'Gronden en feiten',
      'Lichtere hulp die is geprobeerd',
      'Evenredigheid',
      'Belang van het kind',
      'De stem van de kinderen',
      'Overleg vooraf',
      'Juridisch advies',
      'Aangeboden ondersteuning',
      'Toetsing en tegenspraak',
      'Indiening',
      'Beslissing',
      'Bezwaar en beroep',
    ];
    const positions = order.map((s) => read.text.indexOf(s));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('petitionDocumentPdf in English', () => {
  it('KT6: has English headings, "Page n of m" and the English disputed mark', async () => {
    const p = fixture();
    const { text, info } = await readPdf(await petitionDocumentPdf(p, { ...OPTIONS, language: 'en' }));
    expect(info.Title).toBe('Petition: Family supervision order (OTS)');
    expect(text).toContain('Summary for the family');
    expect(text).toContain('Grounds and facts');
    expect(text).toContain('Page 1 of');
    expect(occurrences(text, 'DISPUTED BY THE FAMILY')).toBe(disputedCount(p));
    expect(text).toContain('Date observed: 3 March 2026');
    expect(text).not.toContain('Samenvatting voor het gezin');
  });
});

describe('petitionDocumentPdf on a long petition', () => {
  it('KT6: wraps long text and breaks pages (also inside the persons table), each page with its footer', async () => {
    const p = fixture();
    const [ground] = p.grounds as [PetitionJson['grounds'][number]];
    const [fact] = ground.facts as [PetitionJson['grounds'][number]['facts'][number]];
    const longWord = 'Ondertoezichtstellingsverzoek'.repeat(8);
    const long: PetitionJson = {
      ...p,
      persons: Array.from({ length: 30 }, (_, i) => ({
        ...(p.persons[i % p.persons.length] as PetitionJson['persons'][number]),
        personId: id(1000 + i),
        name: `Persoon ${i + 1} Zonnebloem`,
      })),
      grounds: Array.from({ length: 12 }, (_, g) => ({
        ...ground,
        id: id(2000 + g),
        position: g + 1,
        claim: `Stelling ${g + 1}: ${'De ouders ruziën vaak als de kinderen erbij zijn. '.repeat(6)}`,
        facts: Array.from({ length: 3 }, (_, f) => ({
          ...fact,
          factId: id(3000 + g * 10 + f),
          statement: `Feit ${g + 1}.${f + 1}: ${longWord} ${'Er is iets gebeurd dat hier staat beschreven. '.repeat(5)}`,
          disputed: f === 1,
          verification: f === 1 ? ('DISPUTED' as const) : ('CORROBORATED' as const),
        })),
      })),
    };
    const { pages, text } = await readPdf(await petitionDocumentPdf(long, OPTIONS));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const [i, page] of pages.entries()) {
      expect(normalise(page)).toContain(`Pagina ${i + 1} van ${pages.length}`);
    }
    expect(text).toContain('Persoon 30 Zonnebloem');
    expect(text).toContain('Stelling 12:');
    expect(text.replace(/ /g, '')).toContain(longWord);
    expect(occurrences(text, DISPUTED)).toBe(12);
  });
});

describe('petitionDocumentHtml', () => {
  const p = fixture();
  const html = petitionDocumentHtml(p, OPTIONS);
  const text = htmlText(html);

  it('KT6: is a complete HTML5 document in Dutch, without external resources or scripts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(/i);
    expect(html).toContain('@media print');
  });

  it('KT6: has one h1 and headings that never skip a level', () => {
    const levels = [...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries()) {
      expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
    }
  });

  it('KT6: the persons table has column and row headers with scope', () => {
    expect(html).toContain('<th scope="col">Naam</th>');
    expect(html).toContain('<th scope="row">Noor Zonnebloem</th>');
    expect(html).toContain('<caption>');
    expect(text).toContain('21 september 2014');
    expect(text).toContain('betrokken kind');
  });

  it('KT6 / LS-11: every claim shows its fact, source and date in the HTML', () => {
    for (const g of p.grounds) {
      expect(text).toContain(normalise(g.claim));
    }
    for (const f of expectedFactTexts(p)) {
      expect(text).toContain(normalise(f.statement));
      expect(text).toContain(normalise(f.source));
      expect(text).toContain(f.date);
    }
  });

  it('KT6 / LS-11: the disputed fact carries a visible badge in words, not colour alone', () => {
    expect(occurrences(text, DISPUTED)).toBe(disputedCount(p));
    expect(occurrences(html, '<p class="badge"><strong>BETWIST DOOR HET GEZIN</strong></p>')).toBe(1);
    expect(occurrences(html, 'class="fact disputed"')).toBe(1);
  });

  it('LS-07: the hearing attempt and the responses are shown', () => {
    expect(text).toContain(
      'Ruud Zonnebloem, 10 februari 2026: Brief gestuurd en twee keer gebeld; vader heeft niet gereageerd.',
    );
    expect(text).toContain('Sanne Zonnebloem, 11 februari 2026: Ik kon de afspraken niet combineren');
  });

  it('LS-02: the lighter alternatives come in the E-4 order, each with the help it rests on', () => {
    const steps = [
      '1. Steun uit het eigen netwerk',
      '2. Informatie en advies',
      '3. Vrijwillige hulp van professionals',
    ];
    const positions = steps.map((s) => text.indexOf(s));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain(
      'Jeugdhulp bij Jeugdhulp Midden, vrijwillig, beëindigd, gestart op 1 september 2025',
    );
    expect(text).toContain('Bij deze stap is geen hulp vastgelegd.');
  });

  it('VAL-10 / LS-09: each child has a voice or a reasoned exception', () => {
    expect(text).toContain('Het kind is zelf gehoord');
    expect(text).toContain('Ik wil dat het thuis rustig is.');
    expect(text).toContain('Het kind is niet gehoord (uitzondering met reden)');
    expect(text).toContain('Daan is vier jaar en te jong om over dit verzoek te praten.');
  });

  it('KT7-R4: both reviews show the three questions, the outcome and the findings with the safeguard', () => {
    expect(text).toContain('Eerst corrigeren: er zijn onzorgvuldigheden');
    expect(text).toContain('Doorgaan: het verzoek mag worden ingediend');
    expect(text).toContain(
      'Volgt de beslissing uit de verzamelde informatie? Gedeeltelijk. Vader is over één feit',
    );
    expect(text).toContain(
      'LS-07 (hoor en wederhoor), over grond 2: Documenteer de poging om vader te horen.',
    );
    expect(text).toContain('LS-02 (subsidiariteit): Beschrijf ook de steun van oma.');
  });

  it('VAL-05 / LS-14: the filing, the gate at filing, legal aid and the appeal route are shown', () => {
    expect(text).toContain('Ingediend op: 24 maart 2026');
    expect(text).toContain('Bij indiening waren alle waarborgen vervuld.');
    expect(text).toContain(
      'Sanne Zonnebloem: rechtsbijstand aangeboden op 20 februari 2026 (door mr. J. de Wit, advocaat); aangenomen',
    );
    expect(text).toContain('Hoger beroep bij het gerechtshof binnen drie maanden na de uitspraak.');
    expect(text).toContain('Nog te bevestigen door een jurist.');
    expect(text).not.toMatch(/spec §|\[[IOX]\]/);
  });

  it('KT6: prints words for codes: no raw codes, ids or spec ids besides safeguards in findings', () => {
    expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    expect(text).not.toMatch(
      /\b(KINDERRECHTER|CORROBORATED|DISPUTED|POLICE|FILED|PROCEED|HEARD|EXCEPTION|PARTLY)\b/,
    );
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toMatch(/\b(MEAS|KT\d|VAL|INV|CFG)-/);
  });

  it('VAL-05: before filing, what blocks it is named by safeguard and in words, never by raw id', () => {
    const draft = petitionDocumentHtml(
      {
        ...p,
        state: 'DRAFT',
        filing: null,
        gate: [
          { safeguard: 'LS-07', code: 'fact_not_heard', ref: `${FACT_THERAPY}:${RUUD}` },
          { safeguard: 'KT6-R2', code: 'consultation_missing', ref: 'FIXED_PROFESSIONAL' },
        ],
      },
      OPTIONS,
    );
    const draftText = htmlText(draft);
    expect(draftText).toContain('Dit verzoekschrift is nog niet ingediend.');
    expect(draftText).toContain(
      'LS-07 (hoor en wederhoor): een gezinslid is niet gehoord over een feit (feit 2.1, Ruud Zonnebloem)',
    );
    expect(draftText).toContain(
      'KT6-R2 (overleg met gezin en vast gezicht): een verplicht overleg ontbreekt (het vaste gezicht uit het Lokaal Team)',
    );
    expect(draftText).not.toContain(FACT_THERAPY);
    expect(draftText).not.toContain('fact_not_heard');
  });

  it('KT8-R1: a decision shows its outcome, judge and hearings', () => {
    const decided = htmlText(
      petitionDocumentHtml(
        {
          ...p,
          state: 'DECIDED',
          rulings: [
            {
              id: id(91),
              decidedOn: '2026-04-14',
              outcome: 'GRANTED',
              judge: 'mr. P. Jansen',
              legalGround: 'Boek 1 BW art. 255',
              conditions: null,
              counterExpertise: null,
              hearings: [{ heldOn: '2026-04-14', note: 'Beide ouders en Noor gehoord.' }],
              measureId: id(92),
            },
          ],
        },
        OPTIONS,
      ),
    );
    expect(decided).toContain('14 april 2026: Toegewezen');
    expect(decided).toContain('Rechter: mr. P. Jansen');
    expect(decided).toContain('Zitting op 14 april 2026: Beide ouders en Noor gehoord.');
  });

  it('KT6: every value is escaped (a claim holding <script> stays text)', () => {
    const hostile = '<script>alert("x")</script> & \'quoted\'';
    const doc = petitionDocumentHtml(
      { ...p, grounds: [{ ...(p.grounds[0] as PetitionJson['grounds'][number]), claim: hostile }] },
      { ...OPTIONS, householdName: 'Familie <b>Zonnebloem</b>' },
    );
    expect(doc).not.toContain('<script>');
    expect(doc).not.toContain('<b>');
    expect(doc).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(htmlText(doc)).toContain(hostile);
  });

  it('KT6: the English variant has English headings and words', () => {
    const en = petitionDocumentHtml(p, { ...OPTIONS, language: 'en' });
    const enText = htmlText(en);
    expect(en).toContain('<html lang="en">');
    expect(enText).toContain('Petition: Family supervision order (OTS)');
    expect(enText).toContain('To: the juvenile judge');
    for (const heading of [
      'Summary for the family',
      'Persons concerned',
      'Grounds and facts',
      'Counter-review',
    ]) {
      expect(en).toContain(`<h2>${heading}</h2>`);
    }
    expect(occurrences(enText, 'DISPUTED BY THE FAMILY')).toBe(1);
    expect(enText).toContain('3 March 2026');
    expect(enText).toContain('To be confirmed by a lawyer: the petitioner moves from the RvdK to the RVT.');
    expect(enText).not.toMatch(/spec §|\[[IOX]\]/);
    expect(enText).not.toContain('Samenvatting voor het gezin');
    expect(enText).not.toContain(DISPUTED);
  });
});

describe('the family summary (LS-11, KT6-R4)', () => {
  // B1 is what most adults read without effort. legal-route.ts measures it as Flesch–Douma ≥ 60 (Dutch
  // "fairly easy") with at most 15 words per sentence on average: the usual thresholds in Dutch plain-language
  // guidance, which together catch both long words and long sentences. The gate (§6.4) blocks filing without it.
  it('LS-11: the fixture’s summary is plain language at B1 (Flesch–Douma ≥ 60, ≤ 15 words per sentence)', () => {
    const r = readability(FAMILY_SUMMARY);
    expect(r.douma).toBeGreaterThanOrEqual(60);
    expect(r.wordsPerSentence).toBeLessThanOrEqual(15);
    expect(isPlainLanguage(FAMILY_SUMMARY)).toBe(true);
  });

  it('LS-11: dense officialese fails the B1 check', () => {
    expect(isPlainLanguage(OFFICIALESE)).toBe(false);
  });

  it('LS-11: the document says whether the summary is plain language', () => {
    const text = htmlText(petitionDocumentHtml(fixture(), OPTIONS));
    expect(text).toContain('Deze samenvatting is geschreven in eenvoudige taal (taalniveau B1).');
    const dense = { ...fixture(), familySummary: OFFICIALESE, readability: null };
    expect(htmlText(petitionDocumentHtml(dense, OPTIONS))).toContain(
      'Deze samenvatting is nog niet in eenvoudige taal (taalniveau B1).',
    );
  });
});

describe('winAnsi', () => {
  it('keeps Dutch text as it is', () => {
    expect(winAnsi('Ruziën, café, geïrriteerd – ’s avonds “thuis” … €')).toBe(
      'Ruziën, café, geïrriteerd – ’s avonds “thuis” … €',
    );
  });

  it('replaces what the standard font cannot encode on purpose, never with a wrong glyph', () => {
    expect(winAnsi('Douma ≥ 60 → B1')).toBe('Douma >= 60 -> B1');
    expect(winAnsi('Łódź, Erdős, ĳs')).toBe('Lódz, Erdos, ijs');
    expect(winAnsi('zacht\u00adbreek en smal\u202Fspatie')).toBe('zachtbreek en smal spatie');
    expect(winAnsi('emoji 🙂 en 中')).toBe('emoji ? en ?');
  });

  it('KT6: an unencodable character reaches the PDF as its replacement, not as garbage', async () => {
    const p = fixture();
    const odd = {
      ...p,
      grounds: [
        { ...(p.grounds[0] as PetitionJson['grounds'][number]), claim: 'Score ≥ 60 bij Łódź 🙂.' },
        ...p.grounds.slice(1),
      ],
    };
    const { text } = await readPdf(await petitionDocumentPdf(odd, OPTIONS));
    expect(text).toContain('Score >= 60 bij Lódz ?.');
  });
});
