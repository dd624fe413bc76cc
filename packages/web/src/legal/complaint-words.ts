import type {
  AkjMoment,
  ComplaintOutcome,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintTermOwner,
} from '@gezinsdossier/domain';

/**
 * The words of the complaints part (KT9-R3, LS-15), in Dutch (B1: a family may read them over a
 * professional's shoulder) and English. Plain objects, to be merged into the i18n resources as `complaints`
 * (the deadline kinds are with the casework texts).
 */
export interface ComplaintWords {
  title: string;
  empty: string;
  /** The AKJ's role, in one plain sentence. */
  akjRole: string;
  akjApplies: string;
  subjects: Record<ComplaintSubject, string>;
  statuses: Record<ComplaintStatus, string>;
  outcomes: Record<ComplaintOutcome, string>;
  terms: Record<'COMPLAINT_ACKNOWLEDGEMENT' | 'COMPLAINT_DECISION', string>;
  termStatus: Record<'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'ESCALATED' | 'MET' | 'CANCELLED', string>;
  owners: Record<ComplaintTermOwner, string>;
  akjMoments: Record<AkjMoment, string>;
  labels: {
    received: string;
    complainant: string;
    onBehalfOf: string;
    representative: string;
    representativeName: string;
    byRepresentative: string;
    subject: string;
    reference: string;
    petition: string;
    decision: string;
    aboutProfessional: string;
    text: string;
    youthCareMatter: string;
    youthCareMatterHint: string;
    status: string;
    terms: string;
    dueOn: string;
    metOn: string;
    owner: string;
    handler: string;
    extension: string;
    outcome: string;
    reasons: string;
    changes: string;
    withdrawalNote: string;
    akjOffered: string;
    akjTo: string;
    akjToRepresentative: string;
    /** An AKJ offer to a member whose name this viewer does not have (the handler sees no dossier). */
    akjToMember: string;
    none: string;
    date: string;
    optional: string;
  };
  actions: {
    record: string;
    acknowledge: string;
    assignHandler: string;
    extend: string;
    decide: string;
    withdraw: string;
  };
  forms: {
    handlerHint: string;
    extendHint: string;
    withdrawTitle: string;
    withdrawBody: string;
    decidedReceipt: string;
    extendedReceipt: string;
    extendConfirmTitle: string;
    extendConfirmBody: string;
    extendConfirm: string;
    outcomeQuestion: string;
    outcomeRequired: string;
    decideConfirmTitle: string;
    /** What deciding does, with the chosen outcome in words. */
    decideConfirmBody: (outcome: string) => string;
    decideConfirm: string;
  };
  /** The handler's pages: "Klachten" (the complaints I handle) and one complaint to handle. */
  handling: {
    title: string;
    intro: string;
    none: string;
    about: string;
    received: string;
    decideBy: string;
    extended: string;
    late: string;
    dueSoon: string;
    yes: string;
    no: string;
    /** The page of one complaint: "Klacht: <what it is about>". */
    complaintTitle: (subject: string) => string;
    role: string;
    actions: string;
    waitForAcknowledgement: string;
    back: string;
    gone: string;
    decidedTitle: string;
    decided: (outcome: string, on: string) => string;
    decidedAccess: string;
  };
}

export const complaintWordsNl: ComplaintWords = {
  title: 'Klachten',
  empty: 'Nog geen klachten.',
  akjRole:
    'Het AKJ (Advies- en Klachtenbureau Jeugdzorg) helpt kinderen en ouders gratis bij een klacht over jeugdhulp; het AKJ is onafhankelijk en hoort niet bij ons.',
  akjApplies: 'Bied de hulp van het AKJ aan: het gaat om een kind of om jeugdhulp.',
  subjects: {
    DECISION: 'Een besluit',
    PETITION: 'Een verzoek aan de rechter',
    PROFESSIONAL_CONDUCT: 'Hoe een professional zich gedroeg',
    ACCESS_TO_DATA: 'Inzage in gegevens',
    OTHER: 'Iets anders',
  },
  statuses: {
    RECEIVED: 'Ontvangen',
    ACKNOWLEDGED: 'Ontvangst bevestigd',
    IN_HANDLING: 'In behandeling',
    DECIDED: 'Besloten',
    WITHDRAWN: 'Ingetrokken',
  },
  outcomes: {
    UPHELD: 'Terecht',
    PARTLY_UPHELD: 'Deels terecht',
    NOT_UPHELD: 'Niet terecht',
    WITHDRAWN: 'Ingetrokken',
  },
  terms: {
    COMPLAINT_ACKNOWLEDGEMENT: 'Ontvangst bevestigen',
    COMPLAINT_DECISION: 'Besluit over de klacht',
  },
  termStatus: {
    OPEN: 'Op tijd',
    DUE_SOON: 'Bijna',
    OVERDUE: 'Te laat',
    ESCALATED: 'Te laat, teamleider ziet het',
    MET: 'Gedaan',
    CANCELLED: 'Vervallen',
  },
  owners: {
    FIXED_PROFESSIONAL: 'Vast gezicht',
    RVT_PARTNER: 'RVT-duopartner',
    COMPLAINT_HANDLER: 'Klachtbehandelaar',
  },
  akjMoments: {
    ACKNOWLEDGEMENT: 'Bij de bevestiging',
    OUTCOME: 'Bij het besluit',
  },
  labels: {
    received: 'Ontvangen op',
    complainant: 'Wie klaagt',
    onBehalfOf: 'Namens wie',
    representative: 'Iemand klaagt namens een gezinslid',
    representativeName: 'Naam van wie namens het gezinslid klaagt',
    byRepresentative: 'namens',
    subject: 'Waar gaat de klacht over',
    reference: 'Welk besluit of verzoek',
    petition: 'Verzoek',
    decision: 'Besluit',
    aboutProfessional: 'Over welke professional',
    text: 'De klacht',
    youthCareMatter: 'De klacht gaat over jeugdhulp',
    youthCareMatterHint: 'Dan bieden we altijd de hulp van het AKJ aan.',
    status: 'Stand',
    terms: 'Termijnen',
    dueOn: 'Uiterlijk',
    metOn: 'Gedaan op',
    owner: 'Wie',
    handler: 'Klachtbehandelaar',
    extension: 'Verlengd tot',
    outcome: 'Besluit',
    reasons: 'Waarom',
    changes: 'Wat er verandert',
    withdrawalNote: 'Wat de klager zei',
    akjOffered: 'Hulp van het AKJ aangeboden',
    akjTo: 'Aan wie',
    akjToRepresentative: 'Aan wie namens het gezinslid klaagt',
    akjToMember: 'Een gezinslid',
    none: 'Niemand',
    date: 'Datum',
    optional: '(niet verplicht)',
  },
  actions: {
    record: 'Klacht vastleggen',
    acknowledge: 'Ontvangst bevestigen',
    assignHandler: 'Klachtbehandelaar kiezen',
    extend: 'Termijn verlengen',
    decide: 'Besluit vastleggen',
    withdraw: 'Klacht ingetrokken',
  },
  forms: {
    handlerHint:
      'Kies iemand die niet in het team van dit gezin zit of zat, en over wie de klacht niet gaat.',
    extendHint:
      'Dit kan één keer, met vier weken. Schrijf op waarom er meer tijd nodig is; de klager hoort dit.',
    withdrawTitle: 'De klager trekt de klacht in',
    withdrawBody:
      'De klacht wordt gesloten. De termijnen vervallen en de klachtbehandelaar kan de klacht niet meer zien. Dit kunt u niet terugdraaien; een nieuwe klacht kan altijd.',
    decidedReceipt: 'Het besluit is vastgelegd. U kunt de klacht nu niet meer zien.',
    extendedReceipt: 'De termijn is verlengd.',
    extendConfirmTitle: 'De termijn verlengen?',
    extendConfirmBody:
      'Het besluit mag dan vier weken later komen. Dit kan maar één keer en u kunt het niet terugdraaien. De klager hoort waarom.',
    extendConfirm: 'Ja, termijn verlengen',
    outcomeQuestion: 'Is de klacht terecht?',
    outcomeRequired: 'Kies of de klacht terecht is.',
    decideConfirmTitle: 'Het besluit vastleggen?',
    decideConfirmBody: (outcome) =>
      `Uw besluit: ${outcome.toLowerCase()}. De klacht is daarna gesloten. U kunt de klacht dan niet meer zien of veranderen, en dit kunt u niet terugdraaien.`,
    decideConfirm: 'Ja, besluit vastleggen',
  },
  handling: {
    title: 'Klachten',
    intro:
      'De klachten die u behandelt. U behandelt ze onafhankelijk: u ziet alleen de klacht, niet het dossier van het gezin.',
    none: 'U heeft geen open klachten om te behandelen.',
    about: 'Waar gaat de klacht over',
    received: 'Ontvangen op',
    decideBy: 'Besluit uiterlijk',
    extended: 'Termijn verlengd',
    late: 'te laat',
    dueSoon: 'bijna',
    yes: 'Ja',
    no: 'Nee',
    complaintTitle: (subject) => `Klacht: ${subject.toLowerCase()}`,
    role: 'U bent de onafhankelijke klachtbehandelaar. U zat niet in het team van dit gezin en de klacht gaat niet over u.',
    actions: 'Wat u kunt doen',
    waitForAcknowledgement:
      'U kunt nog niet besluiten: het team moet eerst de ontvangst van de klacht aan de klager bevestigen.',
    back: 'Terug naar klachten',
    gone: 'U kunt deze klacht niet meer zien. Er is al over besloten, de klacht is ingetrokken, of iemand anders behandelt hem nu.',
    decidedTitle: 'De klacht is besloten',
    decided: (outcome, on) => `Uw besluit is vastgelegd: ${outcome.toLowerCase()}, op ${on}.`,
    decidedAccess: 'De klacht is nu gesloten. U kunt hem niet meer zien.',
  },
};

export const complaintWordsEn: ComplaintWords = {
  title: 'Complaints',
  empty: 'No complaints yet.',
  akjRole:
    'The AKJ (Advies- en Klachtenbureau Jeugdzorg) helps children and parents with a complaint about youth care, free of charge; the AKJ is independent and not part of us.',
  akjApplies: 'Offer the support of the AKJ: this is about a child or about youth care.',
  subjects: {
    DECISION: 'A decision',
    PETITION: 'A petition to the court',
    PROFESSIONAL_CONDUCT: 'How a professional behaved',
    ACCESS_TO_DATA: 'Access to data',
    OTHER: 'Something else',
  },
  statuses: {
    RECEIVED: 'Received',
    ACKNOWLEDGED: 'Receipt confirmed',
    IN_HANDLING: 'Being handled',
    DECIDED: 'Decided',
    WITHDRAWN: 'Withdrawn',
  },
  outcomes: {
    UPHELD: 'Upheld',
    PARTLY_UPHELD: 'Partly upheld',
    NOT_UPHELD: 'Not upheld',
    WITHDRAWN: 'Withdrawn',
  },
  terms: {
    COMPLAINT_ACKNOWLEDGEMENT: 'Confirm receipt',
    COMPLAINT_DECISION: 'Decision on the complaint',
  },
  termStatus: {
    OPEN: 'On time',
    DUE_SOON: 'Due soon',
    OVERDUE: 'Late',
    ESCALATED: 'Late, the team lead sees it',
    MET: 'Done',
    CANCELLED: 'No longer needed',
  },
  owners: {
    FIXED_PROFESSIONAL: 'Fixed professional',
    RVT_PARTNER: 'RVT duo partner',
    COMPLAINT_HANDLER: 'Complaint handler',
  },
  akjMoments: {
    ACKNOWLEDGEMENT: 'With the confirmation',
    OUTCOME: 'With the decision',
  },
  labels: {
    received: 'Received on',
    complainant: 'Who complains',
    onBehalfOf: 'On whose behalf',
    representative: 'Someone complains on behalf of a family member',
    representativeName: 'Name of the person complaining on their behalf',
    byRepresentative: 'on behalf of',
    subject: 'What the complaint is about',
    reference: 'Which decision or petition',
    petition: 'Petition',
    decision: 'Decision',
    aboutProfessional: 'About which professional',
    text: 'The complaint',
    youthCareMatter: 'The complaint is about youth care',
    youthCareMatterHint: 'Then the support of the AKJ is always offered.',
    status: 'Status',
    terms: 'Terms',
    dueOn: 'By',
    metOn: 'Done on',
    owner: 'Who',
    handler: 'Complaint handler',
    extension: 'Extended to',
    outcome: 'Decision',
    reasons: 'Why',
    changes: 'What will change',
    withdrawalNote: 'What the complainant said',
    akjOffered: 'Support of the AKJ offered',
    akjTo: 'To whom',
    akjToRepresentative: 'To the person complaining on their behalf',
    akjToMember: 'A family member',
    none: 'Nobody',
    date: 'Date',
    optional: '(optional)',
  },
  actions: {
    record: 'Record a complaint',
    acknowledge: 'Confirm receipt',
    assignHandler: 'Choose a complaint handler',
    extend: 'Extend the term',
    decide: 'Record the decision',
    withdraw: 'Complaint withdrawn',
  },
  forms: {
    handlerHint:
      'Choose someone who is not and was not in this family’s team, and whom the complaint is not about.',
    extendHint:
      'This can be done once, by four weeks. Write down why more time is needed; the complainant is told.',
    withdrawTitle: 'The complainant withdraws the complaint',
    withdrawBody:
      'The complaint is closed. Its terms lapse and the complaint handler can no longer see it. This cannot be undone; a new complaint is always possible.',
    decidedReceipt: 'The decision has been recorded. You can no longer see the complaint.',
    extendedReceipt: 'The term has been extended.',
    extendConfirmTitle: 'Extend the term?',
    extendConfirmBody:
      'The decision may then come four weeks later. This can be done only once and cannot be undone. The complainant is told why.',
    extendConfirm: 'Yes, extend the term',
    outcomeQuestion: 'Is the complaint justified?',
    outcomeRequired: 'Choose whether the complaint is justified.',
    decideConfirmTitle: 'Record the decision?',
    decideConfirmBody: (outcome) =>
      `Your decision: ${outcome.toLowerCase()}. The complaint is then closed. You can then no longer see or change the complaint, and this cannot be undone.`,
    decideConfirm: 'Yes, record the decision',
  },
  handling: {
    title: 'Complaints',
    intro:
      "The complaints you handle. You handle them independently: you see only the complaint, not the family's file.",
    none: 'You have no open complaints to handle.',
    about: 'What the complaint is about',
    received: 'Received on',
    decideBy: 'Decision due by',
    extended: 'Term extended',
    late: 'late',
    dueSoon: 'due soon',
    yes: 'Yes',
    no: 'No',
    complaintTitle: (subject) => `Complaint: ${subject.toLowerCase()}`,
    role: "You are the independent complaint handler. You were not in this family's team and the complaint is not about you.",
    actions: 'What you can do',
    waitForAcknowledgement:
      'You cannot decide yet: the team must first confirm to the complainant that the complaint was received.',
    back: 'Back to complaints',
    gone: 'You can no longer see this complaint. It has been decided or withdrawn, or someone else handles it now.',
    decidedTitle: 'The complaint has been decided',
    decided: (outcome, on) => `Your decision has been recorded: ${outcome.toLowerCase()}, on ${on}.`,
    decidedAccess: 'The complaint is now closed. You can no longer see it.',
  },
};
