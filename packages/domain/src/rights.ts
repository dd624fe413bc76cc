import type { Frame } from './help';

/**
 * Rights the family is told about (KT9, INV-04, LS-12, LS-05): a notice in plain words at every change of
 * frame — voluntary, drang, coerced — and the appeal route with every written decision. Words only, no
 * schemas: the web shows them, and the readable documents print them.
 *
 * The notices are written at B1 (checked in rights.test.ts with the same Flesch–Douma check as the family
 * summary of a petition, legal-route.ts `isPlainLanguage`).
 */
export const RIGHTS_NOTICES: Record<Frame, { nl: string; en: string }> = {
  VOLUNTARY: {
    nl:
      'U krijgt hulp omdat u dat zelf wilt. U mag nee zeggen tegen hulp. U mag ook stoppen. ' +
      'Wij leggen dan uit wat er kan gebeuren. U mag alles lezen wat wij over u opschrijven. ' +
      'U mag hulp vragen van een cliëntondersteuner of een vertrouwenspersoon. Dat is gratis. ' +
      'Bent u het niet eens met ons? Dan mag u een klacht indienen.',
    en:
      'You receive help because you want it. You may say no to help. You may also stop. ' +
      'We will then explain what can happen. You may read everything we write about you. ' +
      'You may ask a client supporter or a confidant for help. That is free. ' +
      'Do you disagree with us? Then you may make a complaint.',
  },
  DRANG: {
    nl:
      'Wij maken ons zorgen en wij vragen u dringend om hulp aan te nemen. Er is geen besluit van een rechter. ' +
      'U mag nee zeggen. Zegt u nee? Dan kan het zijn dat wij de rechter om hulp vragen. Dat zeggen wij u dan eerst. ' +
      'U mag hulp vragen van een cliëntondersteuner of een vertrouwenspersoon. U mag een klacht indienen.',
    en:
      'We are worried and we urge you to accept help. There is no decision by a judge. ' +
      'You may say no. If you say no, we may ask a judge for help. We will tell you first. ' +
      'You may ask a client supporter or a confidant for help. You may make a complaint.',
  },
  COERCED: {
    nl:
      'De rechter heeft een maatregel opgelegd. Daarom moet deze hulp er komen, ook als u dat niet wilt. ' +
      'U mag zeggen wat u ervan vindt. U mag een advocaat nemen. Dat is vaak gratis of goedkoop. ' +
      'U mag in hoger beroep gaan. Dat staat in de uitspraak. U mag een klacht indienen over hoe wij werken.',
    en:
      'The judge has ordered a measure. That is why this help must happen, even if you do not want it. ' +
      'You may say what you think of it. You may take a lawyer. That is often free or cheap. ' +
      'You may appeal. The ruling says how. You may make a complaint about how we work.',
  },
};

/** Whether an organisation decides as an administrative body (spec KT9, "Appeal and access routes today"). */
export const LEGAL_NATURES = ['ADMINISTRATIVE_BODY', 'PRIVATE', 'UNSETTLED'] as const;
export type LegalNature = (typeof LEGAL_NATURES)[number];

/**
 * The appeal route for a written decision by an organisation, from its legal nature (KT9-R4): an
 * administrative body's decision is open to objection and appeal (bezwaar en beroep); a private
 * organisation's to the civil judge; the RVT's is not settled in law yet (spec KT9: "Open"), so the family is
 * told what it can do now. Measures decided by a judge carry their own route (the catalogue's appealRoute).
 */
export const APPEAL_ROUTES: Record<LegalNature, { nl: string; en: string }> = {
  ADMINISTRATIVE_BODY: {
    nl: 'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij de organisatie die het besluit nam. Daarna kunt u in beroep gaan bij de rechter.',
    en: 'Do you disagree with this decision? You can object within six weeks to the organisation that took it. After that you can appeal to the court.',
  },
  PRIVATE: {
    nl: 'Bent u het niet eens met dit besluit? Dan kunt u een klacht indienen. U kunt de zaak ook aan de rechter voorleggen.',
    en: 'Do you disagree with this decision? You can make a complaint. You can also take the matter to court.',
  },
  UNSETTLED: {
    nl: 'Bent u het niet eens met dit besluit? Dan kunt u een klacht indienen. Hoe u bij de rechter bezwaar maakt tegen besluiten van het Regionaal Veiligheidsteam, is nog niet in de wet geregeld. Een advocaat of het Juridisch Loket kan u helpen.',
    en: 'Do you disagree with this decision? You can make a complaint. How to challenge decisions of the regional safety team in court is not yet settled in law. A lawyer or the Legal Services Counter can help you.',
  },
};

/** The legal nature an organisation kind has unless configured otherwise (AMB: the RVT's is open). */
export const DEFAULT_LEGAL_NATURE: Record<'LOCAL_TEAM' | 'RVT' | 'CRISIS_SERVICE' | 'OTHER', LegalNature> = {
  LOCAL_TEAM: 'ADMINISTRATIVE_BODY',
  RVT: 'UNSETTLED',
  CRISIS_SERVICE: 'PRIVATE',
  OTHER: 'PRIVATE',
};

/** An organisation's legal nature: as configured, else the default of its kind. */
export function legalNatureOf(organisation: {
  legalNature: LegalNature | null;
  kind: keyof typeof DEFAULT_LEGAL_NATURE;
}): LegalNature {
  return organisation.legalNature ?? DEFAULT_LEGAL_NATURE[organisation.kind];
}
