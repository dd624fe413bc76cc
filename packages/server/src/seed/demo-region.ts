/**
 * The synthetic demo region. Municipality names and CBS codes are real public reference data (Veiligheidsregio
 * Utrecht); every organisation name, professional, household and person is invented.
 */
export const DEMO_REGION = { code: 'VR09', name: 'Regio Utrecht (demo)' };

export const DEMO_MUNICIPALITIES: { code: string; name: string }[] = [
  { code: 'GM0344', name: 'Utrecht' },
  { code: 'GM0307', name: 'Amersfoort' },
  { code: 'GM0356', name: 'Nieuwegein' },
  { code: 'GM0355', name: 'Zeist' },
  { code: 'GM0321', name: 'Houten' },
  { code: 'GM0353', name: 'IJsselstein' },
  { code: 'GM0310', name: 'De Bilt' },
  { code: 'GM0632', name: 'Woerden' },
  { code: 'GM0345', name: 'Veenendaal' },
  { code: 'GM1904', name: 'Stichtse Vecht' },
];

/** A second, small region, so that independent counter-review by another RVT can be shown later. */
export const SECOND_REGION = { code: 'VR07', name: 'Regio Gooi en Vechtstreek (demo)' };
export const SECOND_MUNICIPALITIES: { code: string; name: string }[] = [
  { code: 'GM0402', name: 'Hilversum' },
  { code: 'GM1942', name: 'Gooise Meren' },
];

/** Neutral, generic note templates. No real case stories. */
export const NOTE_TEMPLATES: { kind: 'NOTE' | 'CONTACT' | 'DOCUMENT'; title: string; body: string }[] = [
  {
    kind: 'CONTACT',
    title: 'Kennismakingsgesprek met het gezin',
    body: 'Eerste gesprek thuis. Afgesproken hoe we contact houden en wie het vaste aanspreekpunt is.',
  },
  {
    kind: 'CONTACT',
    title: 'Telefonisch contact met school',
    body: 'Met toestemming van de ouders gesproken met de mentor over aanwezigheid en welbevinden.',
  },
  {
    kind: 'NOTE',
    title: 'Afspraken gemaakt over ondersteuning',
    body: 'Samen met het gezin besproken welke hulp nodig is. Het gezin denkt mee over de volgende stap.',
  },
  {
    kind: 'CONTACT',
    title: 'Huisbezoek',
    body: 'Huisbezoek afgelegd. Sfeer was rustig. Volgende afspraak over twee weken.',
  },
  {
    kind: 'NOTE',
    title: 'Overleg met het netwerk',
    body: 'Grootouders en buren willen helpen met opvang na school. Het gezin is het hiermee eens.',
  },
  {
    kind: 'DOCUMENT',
    title: 'Verslag gesprek schuldhulp',
    body: 'Verslag ontvangen van het gesprek met de schuldhulpverlening.',
  },
  {
    kind: 'CONTACT',
    title: 'Gesprek met de jongere alleen',
    body: 'Apart gesproken met de jongere, zodat die vrij kon vertellen. Wat besproken is, is met de jongere afgestemd.',
  },
  {
    kind: 'NOTE',
    title: 'Evaluatie van de afspraken',
    body: 'De afspraken lopen grotendeels goed. Eén afspraak wordt aangepast op verzoek van het gezin.',
  },
  {
    kind: 'CONTACT',
    title: 'Contact met de huisarts',
    body: 'Met toestemming afgestemd over de gezondheid van een gezinslid.',
  },
  {
    kind: 'NOTE',
    title: 'Duo-overleg met RVT',
    body: 'Met de duopartner van het Regionaal Veiligheidsteam de veiligheid besproken. Geen acute zorgen.',
  },
];
