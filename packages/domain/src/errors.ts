/**
 * The one error type of Gezinsdossier. Every layer throws `AppError` with a stable `code`;
 * the HTTP edge maps the code to a status once (server `http/problem.ts`), the CLI to an exit code.
 * Messages for people live in `ERROR_MESSAGES` in Dutch (default) and English, so server, web and CLI
 * show the same sentence for the same code.
 */

export const ERROR_CODES = [
  'validation_failed',
  'body_too_large',
  'malformed_body',
  'not_found',
  'unauthenticated',
  'csrf_failed',
  'rate_limited',
  'version_conflict',
  'bsn_invalid',
  'bsn_taken',
  'birth_date_in_future',
  'birth_date_too_old',
  'period_ends_before_start',
  'membership_overlap',
  'relation_to_self',
  'relation_person_not_in_household',
  'authority_requires_parent_relation',
  'fixed_professional_exists',
  'fixed_professional_required',
  'fixed_professional_not_local_team',
  'rvt_partner_exists',
  'rvt_partner_not_rvt',
  'team_member_exists',
  'team_member_not_active',
  'cannot_remove_fixed_professional',
  'change_reason_required',
  'professional_unknown',
  'municipality_unknown',
  'break_glass_reason_required',
  'break_glass_no_match',
  'break_glass_not_allowed',
  'demo_mode_disabled',
  'oidc_not_configured',
  'oidc_failed',
  'pathway_transition_not_allowed',
  'rule_pack_unknown',
  'decision_deviation_reason_required',
  'source_without_consent_in_first_investigation',
  'legal_basis_required',
  'instrument_unknown',
  'safety_condition_required',
  'agreement_owner_required',
  'consent_required',
  'measure_reference_required',
  'intervention_transition_not_allowed',
  'investigation_not_open',
  'case_closed',
  'urgent_safety_active',
  'urgent_safety_not_active',
  'report_already_triaged',
  'person_not_in_household',
  'concern_unknown',
  'life_domain_unknown',
  'goal_unknown',
  'feedback_needs_professional_reporter',
  'safety_monitoring_active',
  'shielding_target_invalid',
  'shielding_item_unknown',
  'safety_monitoring_not_active',
  'break_glass_already_reviewed',
  'pathway_state_changed',
  'safety_plan_changed',
  'fixed_professional_changed',
  'investigation_already_decided',
  'investigation_other_kind',
  'investigation_on_hold',
  'expert_advice_recorded',
  'idempotency_key_invalid',
  'idempotency_key_reused',
  'relation_implausible',
  'membership_implausible',
  'json_too_deep',
  'database_unavailable',
  'permission_denied',
  'break_glass_ambiguous',
  'local_team_not_linked',
  'local_team_already_linked',
  'local_team_required',
  'extended_investigation_needs_rvt_report',
  'oidc_subject_taken',
  'account_changed',
  'account_deactivated',
  'membership_exists',
  'membership_ended',
  'region_exists',
  'municipality_exists',
  'region_unknown',
  'organisation_unknown',
  'membership_not_for_kind',
  'own_account_deactivation',
  'petition_state_invalid',
  'measure_unknown',
  'measure_addressee_invalid',
  'measure_target_not_allowed',
  'fact_not_in_petition',
  'child_not_involved',
  'intervention_not_in_case',
  'ground_fact_required',
  'fact_not_in_case',
  'petition_not_in_preparation',
  'petition_already_open',
  'petition_not_ready',
  'reviewer_not_eligible',
  'review_not_open',
  'review_reviewer_only',
  'review_finding_ground_unknown',
  'unmet_need_only_when_not_filed',
  'ruling_target_not_in_petition',
  'measure_duration_too_long',
  'placement_measure_invalid',
  'placement_child_not_in_measure',
  'placement_already_current',
  'contact_agreement_child_not_placed',
  'contact_moment_before_agreement',
  'complaint_closed',
  'complaint_already_acknowledged',
  'complaint_already_extended',
  'complaint_term_passed',
  'complaint_not_acknowledged',
  'complaint_handler_not_independent',
  'complaint_handler_unknown',
  'complainant_not_member',
  'complaint_reference_unknown',
  'complaint_professional_unknown',
  'complaint_akj_required',
  'complaint_akj_recipient_invalid',
  'complaint_date_before_receipt',
  'filing_before_review',
  'ruling_before_filing',
  'measure_not_running',
  'placement_date_before_start',
  'decision_record_incomplete',
  'decision_not_awaiting',
  'decision_gate_refused',
  'family_visibility_reason_required',
  'decision_policy_unsatisfiable',
  'decision_gate_unavailable',
  'decision_already_waiting',
  'decision_no_longer_applicable',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status per code. Kept here so the table is one place; the domain itself never speaks HTTP. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  body_too_large: 413,
  malformed_body: 400,
  not_found: 404,
  unauthenticated: 401,
  csrf_failed: 403,
  rate_limited: 429,
  version_conflict: 409,
  bsn_invalid: 422,
  bsn_taken: 409,
  birth_date_in_future: 422,
  birth_date_too_old: 422,
  period_ends_before_start: 422,
  membership_overlap: 409,
  relation_to_self: 422,
  relation_person_not_in_household: 422,
  authority_requires_parent_relation: 422,
  fixed_professional_exists: 409,
  fixed_professional_required: 422,
  fixed_professional_not_local_team: 422,
  rvt_partner_exists: 409,
  rvt_partner_not_rvt: 422,
  team_member_exists: 409,
  team_member_not_active: 409,
  cannot_remove_fixed_professional: 409,
  change_reason_required: 422,
  professional_unknown: 422,
  municipality_unknown: 422,
  break_glass_reason_required: 422,
  break_glass_no_match: 404,
  break_glass_not_allowed: 403,
  demo_mode_disabled: 404,
  oidc_not_configured: 404,
  oidc_failed: 401,
  pathway_transition_not_allowed: 409,
  rule_pack_unknown: 422,
  decision_deviation_reason_required: 422,
  source_without_consent_in_first_investigation: 422,
  legal_basis_required: 422,
  instrument_unknown: 422,
  safety_condition_required: 422,
  agreement_owner_required: 422,
  consent_required: 422,
  measure_reference_required: 422,
  intervention_transition_not_allowed: 409,
  investigation_not_open: 409,
  case_closed: 409,
  urgent_safety_active: 409,
  urgent_safety_not_active: 409,
  report_already_triaged: 409,
  person_not_in_household: 422,
  concern_unknown: 422,
  life_domain_unknown: 422,
  goal_unknown: 422,
  feedback_needs_professional_reporter: 422,
  safety_monitoring_active: 409,
  shielding_target_invalid: 422,
  shielding_item_unknown: 422,
  safety_monitoring_not_active: 409,
  break_glass_already_reviewed: 409,
  pathway_state_changed: 409,
  safety_plan_changed: 409,
  fixed_professional_changed: 409,
  investigation_already_decided: 409,
  investigation_other_kind: 409,
  investigation_on_hold: 409,
  expert_advice_recorded: 409,
  idempotency_key_invalid: 400,
  idempotency_key_reused: 422,
  relation_implausible: 422,
  membership_implausible: 422,
  json_too_deep: 400,
  database_unavailable: 503,
  permission_denied: 403,
  break_glass_ambiguous: 409,
  local_team_not_linked: 409,
  local_team_already_linked: 409,
  local_team_required: 422,
  extended_investigation_needs_rvt_report: 409,
  oidc_subject_taken: 409,
  account_changed: 409,
  account_deactivated: 409,
  membership_exists: 409,
  membership_ended: 409,
  region_exists: 409,
  municipality_exists: 409,
  region_unknown: 422,
  organisation_unknown: 422,
  membership_not_for_kind: 422,
  own_account_deactivation: 409,
  petition_state_invalid: 409,
  measure_unknown: 422,
  measure_addressee_invalid: 422,
  measure_target_not_allowed: 422,
  fact_not_in_petition: 422,
  child_not_involved: 422,
  intervention_not_in_case: 422,
  ground_fact_required: 422,
  fact_not_in_case: 422,
  petition_not_in_preparation: 409,
  petition_already_open: 409,
  petition_not_ready: 422,
  reviewer_not_eligible: 422,
  review_not_open: 409,
  review_reviewer_only: 403,
  review_finding_ground_unknown: 422,
  unmet_need_only_when_not_filed: 422,
  ruling_target_not_in_petition: 422,
  measure_duration_too_long: 422,
  placement_measure_invalid: 422,
  placement_child_not_in_measure: 422,
  placement_already_current: 409,
  contact_agreement_child_not_placed: 422,
  contact_moment_before_agreement: 422,
  complaint_closed: 409,
  complaint_already_acknowledged: 409,
  complaint_already_extended: 409,
  complaint_term_passed: 409,
  complaint_not_acknowledged: 409,
  complaint_handler_not_independent: 422,
  complaint_handler_unknown: 422,
  complainant_not_member: 422,
  complaint_reference_unknown: 422,
  complaint_professional_unknown: 422,
  complaint_akj_required: 422,
  complaint_akj_recipient_invalid: 422,
  complaint_date_before_receipt: 422,
  filing_before_review: 422,
  ruling_before_filing: 422,
  measure_not_running: 409,
  placement_date_before_start: 422,
  decision_record_incomplete: 422,
  decision_not_awaiting: 409,
  decision_gate_refused: 422,
  family_visibility_reason_required: 422,
  decision_policy_unsatisfiable: 422,
  decision_gate_unavailable: 422,
  decision_already_waiting: 409,
  decision_no_longer_applicable: 409,
  internal_error: 500,
};

type Messages = Record<ErrorCode, { nl: string; en: string }>;

/** Plain-language messages (B1 Dutch first). Shown to people; the code is for machines. */
export const ERROR_MESSAGES: Messages = {
  validation_failed: {
    nl: 'Niet alle velden zijn goed ingevuld.',
    en: 'Some fields are not filled in correctly.',
  },
  body_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  malformed_body: {
    nl: 'Het verzoek kon niet worden gelezen.',
    en: 'The request could not be read.',
  },
  not_found: {
    nl: 'Niet gevonden, of u heeft hier geen toegang toe.',
    en: 'Not found, or you have no access to it.',
  },
  unauthenticated: { nl: 'U bent niet ingelogd.', en: 'You are not signed in.' },
  csrf_failed: {
    nl: 'Het verzoek kon niet worden gecontroleerd. Laad de pagina opnieuw.',
    en: 'The request could not be verified. Reload the page.',
  },
  rate_limited: {
    nl: 'Te veel verzoeken achter elkaar. Wacht even en probeer het dan opnieuw.',
    en: 'Too many requests in a row. Wait a while, then try again.',
  },
  version_conflict: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
    en: 'Someone else changed this in the meantime. Review the new version and try again.',
  },
  bsn_invalid: {
    nl: 'Dit BSN is niet geldig (de elfproef klopt niet).',
    en: 'This BSN is not valid (it fails the eleven test).',
  },
  bsn_taken: {
    nl: 'Dit BSN hoort al bij een andere persoon.',
    en: 'This BSN already belongs to another person.',
  },
  birth_date_in_future: {
    nl: 'De geboortedatum ligt in de toekomst.',
    en: 'The date of birth is in the future.',
  },
  birth_date_too_old: {
    nl: 'De geboortedatum ligt te ver in het verleden.',
    en: 'The date of birth is too far in the past.',
  },
  period_ends_before_start: {
    nl: 'De einddatum ligt voor de begindatum.',
    en: 'The end date is before the start date.',
  },
  membership_overlap: {
    nl: 'Deze persoon hoort in die periode al bij dit huishouden.',
    en: 'This person already belongs to this household in that period.',
  },
  relation_to_self: {
    nl: 'Een persoon kan geen relatie met zichzelf hebben.',
    en: 'A person cannot have a relation with themselves.',
  },
  relation_person_not_in_household: {
    nl: 'Beide personen moeten bij dit huishouden horen.',
    en: 'Both persons must belong to this household.',
  },
  authority_requires_parent_relation: {
    nl: 'Gezag kan alleen bij een ouder-, pleegouder- of voogdrelatie.',
    en: 'Parental authority can only be recorded on a parent, foster-parent or guardian relation.',
  },
  fixed_professional_exists: {
    nl: 'Dit gezin heeft al een vast gezicht. Wissel het vaste gezicht in plaats van een tweede toe te voegen.',
    en: 'This family already has a fixed professional. Change the fixed professional instead of adding a second one.',
  },
  fixed_professional_required: {
    nl: 'Een gezinsdossier heeft altijd één vast gezicht uit het Lokaal Team.',
    en: 'A family dossier always has exactly one fixed professional from the Local Team.',
  },
  fixed_professional_not_local_team: {
    nl: 'Het vaste gezicht moet werken bij een Lokaal Team.',
    en: 'The fixed professional must work for a Local Team.',
  },
  rvt_partner_exists: {
    nl: 'Er is al een duopartner uit het Regionaal Veiligheidsteam.',
    en: 'There already is a duo partner from the Regional Safety Team.',
  },
  rvt_partner_not_rvt: {
    nl: 'De duopartner moet werken bij een Regionaal Veiligheidsteam.',
    en: 'The duo partner must work for a Regional Safety Team.',
  },
  team_member_exists: {
    nl: 'Deze professional is al betrokken bij dit gezin.',
    en: 'This professional is already involved with this family.',
  },
  team_member_not_active: {
    nl: 'Deze betrokkenheid is al beëindigd.',
    en: 'This involvement has already ended.',
  },
  cannot_remove_fixed_professional: {
    nl: 'Het vaste gezicht kan niet worden verwijderd, alleen gewisseld (met een reden).',
    en: 'The fixed professional cannot be removed, only changed (with a reason).',
  },
  change_reason_required: {
    nl: 'Geef een reden voor deze wissel.',
    en: 'Give a reason for this change.',
  },
  professional_unknown: { nl: 'Deze professional bestaat niet.', en: 'This professional does not exist.' },
  municipality_unknown: { nl: 'Deze gemeente is onbekend.', en: 'This municipality is unknown.' },
  break_glass_reason_required: {
    nl: 'Geef aan waarom u zonder betrokkenheid toegang nodig heeft.',
    en: 'State why you need access without being involved.',
  },
  break_glass_no_match: {
    nl: 'Er is geen huishouden gevonden dat precies past bij deze gegevens.',
    en: 'No household matches these details exactly.',
  },
  break_glass_not_allowed: {
    nl: 'Noodtoegang is niet beschikbaar voor uw rol.',
    en: 'Emergency access is not available for your role.',
  },
  demo_mode_disabled: {
    nl: 'Demo-inloggen staat uit.',
    en: 'Demo sign-in is disabled.',
  },
  oidc_not_configured: {
    nl: 'Inloggen via de organisatie is niet ingesteld.',
    en: 'Organisation sign-in is not configured.',
  },
  oidc_failed: { nl: 'Inloggen is mislukt. Probeer het opnieuw.', en: 'Sign-in failed. Try again.' },
  pathway_transition_not_allowed: {
    nl: 'Deze stap kan nu niet: het gezin is in een andere fase van het traject.',
    en: 'This step is not possible now: the family is in a different stage of the pathway.',
  },
  rule_pack_unknown: {
    nl: 'Er is geen landelijke regelset voor deze datum.',
    en: 'There is no national rule pack for this date.',
  },
  decision_deviation_reason_required: {
    nl: 'U kiest een andere uitkomst dan de beslistabel voorstelt. Leg uit waarom.',
    en: 'You chose a different outcome than the decision table proposes. Explain why.',
  },
  source_without_consent_in_first_investigation: {
    nl: 'In een eerste onderzoek mag u alleen informatie gebruiken met toestemming van het gezin of van het gezin zelf.',
    en: 'In a first investigation you may only use information given by the household or obtained with its consent.',
  },
  legal_basis_required: {
    nl: 'Informatie zonder toestemming mag alleen met een geregistreerde wettelijke grondslag.',
    en: 'Information without consent needs a registered legal basis.',
  },
  instrument_unknown: {
    nl: 'Dit instrument (of deze versie) is niet bekend.',
    en: 'This instrument (or version) is not known.',
  },
  safety_condition_required: {
    nl: 'Noem minstens een veiligheidsvoorwaarde.',
    en: 'Name at least one safety condition.',
  },
  agreement_owner_required: {
    nl: 'Elke afspraak heeft iemand nodig die hem uitvoert.',
    en: 'Every agreement needs someone who carries it out.',
  },
  consent_required: {
    nl: 'Vrijwillige hulp (en drang) rust op toestemming. Leg vast wie toestemming gaf en wat is uitgelegd.',
    en: 'Voluntary help (and drang) rests on consent. Record who consented and what was explained.',
  },
  measure_reference_required: {
    nl: 'Gedwongen hulp rust op een maatregel. Noem de maatregel.',
    en: 'Coerced help rests on a measure. Name the measure.',
  },
  intervention_transition_not_allowed: {
    nl: 'Deze hulp kan niet naar die status.',
    en: 'This help cannot move to that status.',
  },
  investigation_not_open: {
    nl: 'Er loopt nu geen onderzoek van deze soort.',
    en: 'There is no open investigation of this kind.',
  },
  case_closed: {
    nl: 'Dit traject is afgesloten. Start een nieuwe melding of vraag.',
    en: 'This pathway is closed. Record a new report or question.',
  },
  urgent_safety_active: {
    nl: 'Er loopt al een spoedsituatie.',
    en: 'An urgent-safety episode is already running.',
  },
  urgent_safety_not_active: {
    nl: 'Er loopt geen spoedsituatie.',
    en: 'No urgent-safety episode is running.',
  },
  report_already_triaged: {
    nl: 'Deze melding is al beoordeeld.',
    en: 'This report has already been triaged.',
  },
  person_not_in_household: {
    nl: 'Deze persoon hoort niet bij dit huishouden.',
    en: 'This person does not belong to this household.',
  },
  concern_unknown: {
    nl: 'Deze zorg hoort niet bij dit dossier.',
    en: 'This concern does not belong to this dossier.',
  },
  life_domain_unknown: {
    nl: 'Dit levensgebied is niet bekend.',
    en: 'This life domain is not known.',
  },
  goal_unknown: {
    nl: 'Dit doel hoort niet bij dit gezinsplan.',
    en: 'This goal does not belong to this family plan.',
  },
  feedback_needs_professional_reporter: {
    nl: 'Terugkoppeling gaat alleen naar een melder die professional is.',
    en: 'Feedback only goes to a reporter who is a professional.',
  },
  safety_monitoring_active: {
    nl: 'Het RVT volgt de veiligheid nog. Beëindig dat eerst, met een reden.',
    en: 'The RVT is still monitoring safety. End that first, with a reason.',
  },
  shielding_target_invalid: {
    nl: 'Voor deze persoon of rol kunt u dit niet afschermen.',
    en: 'You cannot withhold this from this person or role.',
  },
  shielding_item_unknown: {
    nl: 'Dit onderdeel bestaat niet in dit dossier.',
    en: 'This item does not exist in this dossier.',
  },
  safety_monitoring_not_active: {
    nl: 'Het RVT volgt de veiligheid niet (meer).',
    en: 'The RVT is not monitoring safety (any more).',
  },
  break_glass_already_reviewed: {
    nl: 'Deze noodtoegang is al beoordeeld.',
    en: 'This emergency access has already been reviewed.',
  },
  pathway_state_changed: {
    nl: 'Het gezin staat inmiddels op een andere plek in het traject. Bekijk de nieuwe situatie en kies opnieuw.',
    en: 'The case has moved on meanwhile. Look at where it is now and choose again.',
  },
  safety_plan_changed: {
    nl: 'Er is intussen een nieuwere versie van het veiligheidsplan opgeslagen. Bekijk die eerst en pas dan aan.',
    en: 'A newer version of the safety plan was saved meanwhile. Look at it first, then make your changes.',
  },
  fixed_professional_changed: {
    nl: 'De vaste professional is intussen al door iemand anders gewijzigd. Bekijk het team opnieuw.',
    en: 'The fixed professional was changed by someone else meanwhile. Look at the team again.',
  },
  investigation_already_decided: {
    nl: 'Over dit onderzoek is al besloten (of het is gestopt). Bekijk het besluit in het dossier.',
    en: 'This investigation has been decided already (or was stopped). See the decision in the dossier.',
  },
  investigation_other_kind: {
    nl: 'Er loopt nu een onderzoek van de andere soort. Kies het besluit dat bij dat onderzoek hoort.',
    en: 'The open investigation is of the other kind. Choose the decision that belongs to it.',
  },
  investigation_on_hold: {
    nl: 'Het onderzoek loopt, maar in deze fase van het traject (bijvoorbeeld tijdens spoed) kan er nu geen besluit over worden genomen.',
    en: 'The investigation is open, but in this phase of the path (for example during spoed) it cannot be decided now.',
  },
  expert_advice_recorded: {
    nl: 'Het advies van de deskundige is al vastgelegd. Bekijk het in het dossier.',
    en: "The expert's advice has been recorded already. See it in the dossier.",
  },
  idempotency_key_invalid: {
    nl: 'De Idempotency-Key is ongeldig: gebruik 1 tot 200 gewone tekens, bijvoorbeeld een UUID.',
    en: 'The Idempotency-Key is invalid: use 1 to 200 printable characters, for example a UUID.',
  },
  idempotency_key_reused: {
    nl: 'Deze Idempotency-Key hoort bij een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.',
    en: 'This Idempotency-Key belongs to another request. Use a new key for every new request.',
  },
  relation_implausible: {
    nl: 'Deze relatie kan niet kloppen met de geboortedata. Kijk bij de velden wat er niet klopt.',
    en: 'This relation cannot be right given the dates of birth. See the fields for what is wrong.',
  },
  membership_implausible: {
    nl: 'Dit lidmaatschap kan niet kloppen met de geboortedatum. Kijk bij de velden wat er niet klopt.',
    en: 'This membership cannot be right given the date of birth. See the fields for what is wrong.',
  },
  json_too_deep: {
    nl: 'De gegevens in het verzoek zijn te diep genest.',
    en: 'The data in the request is nested too deeply.',
  },
  database_unavailable: {
    nl: 'De database is even niet bereikbaar. Probeer het zo opnieuw.',
    en: 'The database cannot be reached at the moment. Try again shortly.',
  },
  permission_denied: {
    nl: 'Dit hoort niet bij uw rol:',
    en: 'This is not part of your role:',
  },
  break_glass_ambiguous: {
    nl: 'Deze naam en geboortedatum passen bij meer dan één huishouden. Zoek met het BSN, zodat u het juiste gezin opent.',
    en: 'This name and date of birth match more than one household. Search with the BSN so that you open the right family.',
  },
  local_team_not_linked: {
    nl: 'Het Lokaal Team is nog niet gekoppeld aan dit gezin. Koppel eerst een vast gezicht uit het Lokaal Team.',
    en: 'The Local Team has not been linked to this family yet. First link a fixed professional from the Local Team.',
  },
  local_team_already_linked: {
    nl: 'Het Lokaal Team is al gekoppeld: dit gezin heeft een vast gezicht. Wilt u een ander vast gezicht? Wissel het dan, met een reden.',
    en: 'The Local Team is already linked: this family has a fixed professional. Want another one? Change the fixed professional, with a reason.',
  },
  local_team_required: {
    nl: 'Kies het vaste gezicht uit het Lokaal Team. Alleen een melding kunt u vastleggen voordat het Lokaal Team is gekoppeld.',
    en: 'Choose the fixed professional from the Local Team. Only a report can be recorded before the Local Team is linked.',
  },
  extended_investigation_needs_rvt_report: {
    nl: 'Meteen een uitgebreid onderzoek kan alleen bij een melding die het Regionaal Veiligheidsteam ontving, met het Lokaal Team erbij. Kies een eerste onderzoek.',
    en: 'Going straight to an extended investigation is only possible for a report the Regional Safety Team received, with the Local Team linked. Choose a first investigation.',
  },
  oidc_subject_taken: {
    nl: 'Deze OIDC-inlog hoort al bij een ander account.',
    en: 'This OIDC sign-in already belongs to another account.',
  },
  account_changed: {
    nl: 'Iemand anders heeft dit account intussen gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.',
    en: 'Someone else changed this account meanwhile. Look at the new details and try again.',
  },
  account_deactivated: {
    nl: 'Dit account is al gedeactiveerd.',
    en: 'This account has been deactivated already.',
  },
  membership_exists: {
    nl: 'Dit account heeft deze rol in deze organisatie al.',
    en: 'This account already has this role in this organisation.',
  },
  membership_ended: {
    nl: 'Dit lidmaatschap is al beëindigd.',
    en: 'This membership has ended already.',
  },
  region_exists: {
    nl: 'Er is al een regio met deze code.',
    en: 'A region with this code exists already.',
  },
  municipality_exists: {
    nl: 'Er is al een gemeente met deze code.',
    en: 'A municipality with this code exists already.',
  },
  region_unknown: {
    nl: 'Deze regio is onbekend.',
    en: 'This region is unknown.',
  },
  organisation_unknown: {
    nl: 'Deze organisatie is onbekend.',
    en: 'This organisation is unknown.',
  },
  membership_not_for_kind: {
    nl: 'Alleen professionals werken voor een organisatie; een beheerder of gezinslid krijgt geen lidmaatschap.',
    en: 'Only professionals work for an organisation; an administrator or family member gets no membership.',
  },
  own_account_deactivation: {
    nl: 'U kunt uw eigen account niet deactiveren. Vraag een andere beheerder.',
    en: 'You cannot deactivate your own account. Ask another administrator.',
  },
  petition_state_invalid: {
    nl: 'Dit kan nu niet: het verzoekschrift staat in een andere stap.',
    en: 'This is not possible now: the petition is at another step.',
  },
  measure_unknown: {
    nl: 'Deze maatregel staat niet in de catalogus van maatregelen.',
    en: 'This measure is not in the catalogue of measures.',
  },
  measure_addressee_invalid: {
    nl: 'Deze rechter of instantie beslist niet over deze maatregel. Kies wie erover beslist.',
    en: 'This court or authority does not decide on this measure. Choose who decides on it.',
  },
  measure_target_not_allowed: {
    nl: 'Deze maatregel kan niet op deze persoon gericht zijn. Een maatregel over het gezag geldt voor een kind of een ouder met gezag; bescherming van volwassenen voor een volwassene.',
    en: 'This measure cannot be aimed at this person. A measure on parental authority applies to a child or a parent with authority; adult protection to an adult.',
  },
  fact_not_in_petition: {
    nl: 'Dit feit hoort niet bij een grond van dit verzoekschrift.',
    en: 'This fact is not part of a ground of this petition.',
  },
  child_not_involved: {
    nl: 'Dit kind is geen betrokken kind van dit verzoekschrift.',
    en: 'This child is not an involved child of this petition.',
  },
  intervention_not_in_case: {
    nl: 'Deze hulp hoort niet bij dit traject.',
    en: 'This help does not belong to this case.',
  },
  ground_fact_required: {
    nl: 'Een grond moet steunen op ten minste één vastgelegd feit.',
    en: 'A ground must rest on at least one recorded fact.',
  },
  fact_not_in_case: {
    nl: 'Dit feit hoort niet bij dit gezin.',
    en: 'This fact does not belong to this family.',
  },
  petition_not_in_preparation: {
    nl: 'Een verzoekschrift begint pas na het besluit (na het uitgebreid onderzoek) om een verzoek voor te bereiden.',
    en: 'A petition starts only after the decision (after the extended investigation) to prepare one.',
  },
  petition_already_open: {
    nl: 'Voor dit gezin loopt al een verzoekschrift.',
    en: 'A petition is already under way for this family.',
  },
  petition_not_ready: {
    nl: 'Het verzoekschrift is nog niet klaar om in te dienen. Hieronder staat wat nog ontbreekt.',
    en: 'The petition is not ready to be filed yet. What is still missing is listed below.',
  },
  reviewer_not_eligible: {
    nl: 'Deze toetser of ondersteuner mag dit verzoekschrift niet toetsen. Kies iemand die niet bij het gezin betrokken is, uit een ander Regionaal Veiligheidsteam.',
    en: 'This reviewer or supporter may not review this petition. Choose someone not involved with the family, from another regional safety team.',
  },
  review_not_open: {
    nl: 'Deze toetsing is al afgerond of de termijn is verlopen.',
    en: 'This review has been completed already or its term has passed.',
  },
  review_reviewer_only: {
    nl: 'Alleen de toegewezen toetser rondt de toetsing af.',
    en: 'Only the assigned reviewer completes the review.',
  },
  review_finding_ground_unknown: {
    nl: 'Deze bevinding wijst naar een grond die niet in dit verzoekschrift staat.',
    en: 'This finding points at a ground that is not in this petition.',
  },
  unmet_need_only_when_not_filed: {
    nl: 'Een onvervulde hulpvraag legt u alleen vast als het verzoek niet wordt ingediend.',
    en: 'An unmet need is recorded only when the petition is not filed.',
  },
  ruling_target_not_in_petition: {
    nl: 'De uitspraak kan alleen gelden voor personen op wie het verzoek gericht was.',
    en: 'The ruling can only apply to persons the petition was aimed at.',
  },
  measure_duration_too_long: {
    nl: 'Deze maatregel duurt langer dan de wet toestaat. Kies een eerdere einddatum.',
    en: 'This measure lasts longer than the law allows. Choose an earlier end date.',
  },
  placement_measure_invalid: {
    nl: 'Onder deze maatregel kan een kind niet uit huis worden geplaatst, of de maatregel loopt niet meer.',
    en: 'A child cannot be placed out of home under this measure, or the measure no longer runs.',
  },
  placement_child_not_in_measure: {
    nl: 'Deze maatregel geldt niet voor dit kind.',
    en: 'This measure does not apply to this child.',
  },
  placement_already_current: {
    nl: 'Dit kind woont al op een plek onder deze maatregel. Leg een verhuizing vast.',
    en: 'This child already lives somewhere under this measure. Record a move instead.',
  },
  contact_agreement_child_not_placed: {
    nl: 'Contactafspraken gelden voor een kind dat uit huis is geplaatst.',
    en: 'Contact agreements are for a child placed out of home.',
  },
  contact_moment_before_agreement: {
    nl: 'Dit contactmoment ligt voor de start van de afspraak.',
    en: 'This contact moment is before the agreement started.',
  },
  complaint_closed: {
    nl: 'Deze klacht is al afgehandeld of ingetrokken.',
    en: 'This complaint has been decided or withdrawn already.',
  },
  complaint_already_acknowledged: {
    nl: 'De ontvangst van deze klacht is al bevestigd.',
    en: 'Receipt of this complaint has been acknowledged already.',
  },
  complaint_already_extended: {
    nl: 'De termijn van deze klacht is al een keer verlengd. Dat kan maar één keer.',
    en: 'The term of this complaint has been extended once already. That can be done only once.',
  },
  complaint_term_passed: {
    nl: 'De termijn is al voorbij. Verlengen kan alleen voordat de termijn afloopt.',
    en: 'The term has passed. It can only be extended before it ends.',
  },
  complaint_not_acknowledged: {
    nl: 'Bevestig eerst de ontvangst van de klacht. Daarna kan er een besluit komen.',
    en: 'Acknowledge receipt of the complaint first. Then it can be decided.',
  },
  complaint_handler_not_independent: {
    nl: 'Deze persoon mag de klacht niet behandelen. Kies iemand die niet in het team van het gezin zit of zat, en over wie de klacht niet gaat.',
    en: 'This person may not handle the complaint. Choose someone who is not and was not in the family’s team, and whom the complaint is not about.',
  },
  complaint_handler_unknown: {
    nl: 'Deze persoon is geen professional die een klacht kan behandelen.',
    en: 'This person is not a professional who can handle a complaint.',
  },
  complainant_not_member: {
    nl: 'De klager moet nu bij het huishouden horen, of namens iemand uit het huishouden klagen.',
    en: 'The complainant must belong to the household now, or complain on behalf of someone who does.',
  },
  complaint_reference_unknown: {
    nl: 'Het besluit of verzoekschrift waarover de klacht gaat, hoort niet bij dit gezin.',
    en: 'The decision or petition the complaint is about does not belong to this family.',
  },
  complaint_professional_unknown: {
    nl: 'De professional over wie de klacht gaat, is niet bekend.',
    en: 'The professional the complaint is about is not known.',
  },
  complaint_akj_required: {
    nl: 'Leg vast aan wie de hulp van het AKJ is aangeboden. Dat moet bij een kind of bij een klacht over jeugdhulp.',
    en: 'Record to whom the support of the AKJ was offered. This is required for a child or a complaint about youth care.',
  },
  complaint_akj_recipient_invalid: {
    nl: 'De hulp van het AKJ kan alleen aan iemand uit het gezin of aan de vertegenwoordiger worden aangeboden.',
    en: 'The support of the AKJ can only be offered to someone in the family or to the representative.',
  },
  complaint_date_before_receipt: {
    nl: 'Deze datum ligt voor de dag waarop de klacht binnenkwam.',
    en: 'This date is before the day the complaint was received.',
  },
  filing_before_review: {
    nl: 'Een verzoekschrift kan niet zijn ingediend voor de toetsing die het goedkeurde.',
    en: 'A petition cannot have been filed before the review that cleared it.',
  },
  ruling_before_filing: {
    nl: 'Een uitspraak kan niet eerder zijn dan het indienen van het verzoek.',
    en: 'A ruling cannot be earlier than the filing of the petition.',
  },
  measure_not_running: {
    nl: 'Deze maatregel loopt niet meer.',
    en: 'This measure is no longer running.',
  },
  placement_date_before_start: {
    nl: 'Deze datum ligt voor het begin van de huidige plek.',
    en: 'This date is before the current place started.',
  },
  decision_record_incomplete: {
    nl: 'Het besluit is nog niet volledig onderbouwd. Vul aan wat ontbreekt.',
    en: 'The decision is not fully reasoned yet. Add what is missing.',
  },
  decision_not_awaiting: {
    nl: 'Dit besluit wacht niet (meer) op deze stap. Het is al genomen, teruggegeven of ingetrokken.',
    en: 'This decision is not (or no longer) waiting for this step. It was taken, returned or withdrawn.',
  },
  decision_gate_refused: {
    nl: 'U kunt dit besluit niet toetsen of goedkeuren.',
    en: 'You cannot review or approve this decision.',
  },
  family_visibility_reason_required: {
    nl: 'Geef een reden als u iets niet laat zien aan een gezinslid. Het gezin heeft recht op informatie.',
    en: 'Give a reason when you withhold something from a family member. The family has a right to information.',
  },
  decision_policy_unsatisfiable: {
    nl: 'Zo kan geen team dit besluit ooit toetsen of goedkeuren.',
    en: 'No team could ever review or approve this decision like this.',
  },
  decision_gate_unavailable: {
    nl: 'Er is in het team nu niemand anders die dit besluit mag toetsen of goedkeuren. Voeg eerst een collega toe aan het team. Er is niets veranderd.',
    en: 'Nobody else in the team may review or approve this decision now. Add a colleague to the team first. Nothing has changed.',
  },
  decision_already_waiting: {
    nl: 'Er wacht al een besluit van deze soort op een collega. Wacht daarop of trek het in.',
    en: 'A decision of this kind is already waiting for a colleague. Wait for it or withdraw it.',
  },
  decision_no_longer_applicable: {
    nl: 'Dit besluit kan niet meer worden uitgevoerd zoals het is vastgelegd. Trek het in en neem een nieuw besluit.',
    en: 'This decision can no longer be carried out as recorded. Withdraw it and take a new decision.',
  },
  internal_error: {
    nl: 'Er ging iets mis aan onze kant. Er is niets opgeslagen.',
    en: 'Something went wrong on our side. Nothing was saved.',
  },
};

export type Locale = 'nl' | 'en';

/** A field-level problem, e.g. from schema validation. `code` is stable, `message` is for people. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export interface AppErrorOptions {
  /** Developer-facing detail; never shown to families, never contains personal data. */
  detail?: string;
  issues?: FieldIssue[];
  /** Extra machine-readable data, e.g. the current version on a conflict. */
  data?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly data: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.data = options.data;
  }

  /** 5xx errors are reportable (logged with the request id); 4xx are the caller's. */
  get isReportable(): boolean {
    return ERROR_STATUS[this.code] >= 500;
  }
}

/**
 * The message for people, in the requested language.
 * @param code the stable error code
 * @param locale 'nl' (default) or 'en'
 */
export function errorMessage(code: ErrorCode, locale: Locale = 'nl'): string {
  return ERROR_MESSAGES[code][locale];
}

/**
 * Messages for field-level issue codes: our own codes from the schemas (e.g. `bsn_invalid`) and the generic
 * zod issue codes. Unknown codes fall back to the generic message.
 */
export const FIELD_MESSAGES: Record<string, { nl: string; en: string }> = {
  bsn_invalid: ERROR_MESSAGES.bsn_invalid,
  birth_date_in_future: ERROR_MESSAGES.birth_date_in_future,
  birth_date_too_old: ERROR_MESSAGES.birth_date_too_old,
  period_ends_before_start: ERROR_MESSAGES.period_ends_before_start,
  municipality_unknown: ERROR_MESSAGES.municipality_unknown,
  region_unknown: ERROR_MESSAGES.region_unknown,
  region_exists: ERROR_MESSAGES.region_exists,
  municipality_exists: ERROR_MESSAGES.municipality_exists,
  organisation_unknown: ERROR_MESSAGES.organisation_unknown,
  relation_person_not_in_household: ERROR_MESSAGES.relation_person_not_in_household,
  change_reason_required: ERROR_MESSAGES.change_reason_required,
  break_glass_reason_required: ERROR_MESSAGES.break_glass_reason_required,
  break_glass_review_comment_required: {
    nl: 'Schrijf waarom u dit oordeel geeft.',
    en: 'Write why you give this verdict.',
  },
  decision_deviation_reason_required: ERROR_MESSAGES.decision_deviation_reason_required,
  source_without_consent_in_first_investigation: ERROR_MESSAGES.source_without_consent_in_first_investigation,
  legal_basis_required: ERROR_MESSAGES.legal_basis_required,
  instrument_unknown: ERROR_MESSAGES.instrument_unknown,
  safety_condition_required: ERROR_MESSAGES.safety_condition_required,
  agreement_owner_required: ERROR_MESSAGES.agreement_owner_required,
  consent_required: ERROR_MESSAGES.consent_required,
  measure_reference_required: ERROR_MESSAGES.measure_reference_required,
  person_not_in_household: ERROR_MESSAGES.person_not_in_household,
  concern_unknown: ERROR_MESSAGES.concern_unknown,
  life_domain_unknown: ERROR_MESSAGES.life_domain_unknown,
  goal_unknown: ERROR_MESSAGES.goal_unknown,
  nothing_to_change: {
    nl: 'Er is niets gewijzigd. Pas eerst een gegeven aan.',
    en: 'Nothing was changed. Change a field first.',
  },
  postcode_invalid: {
    nl: 'Vul een postcode in zoals 1234 AB.',
    en: 'Enter a Dutch postcode such as 1234 AB.',
  },
  house_number_invalid: {
    nl: 'Vul een huisnummer in, eventueel met toevoeging, zoals 12 of 12a.',
    en: 'Enter a house number, with an addition if needed, such as 12 or 12a.',
  },
  address_incomplete: {
    nl: 'Vul postcode en huisnummer allebei in, of allebei niet.',
    en: 'Fill in both postcode and house number, or neither.',
  },
  intake_household_required: {
    nl: 'Kies een bestaand huishouden of maak een nieuw aan (niet allebei).',
    en: 'Choose an existing household or create a new one (not both).',
  },
  reporter_must_be_identified: {
    nl: 'Alleen een burger kan anoniem melden.',
    en: 'Only a citizen can report anonymously.',
  },
  reporter_name_required: {
    nl: 'Vul de naam van de melder in, of kies anoniem.',
    en: "Fill in the reporter's name, or choose anonymous.",
  },
  meldcode_step_required: { nl: 'Kies de stap van de meldcode.', en: 'Choose the step of the meldcode.' },
  reporter_organisation_required: {
    nl: 'Vul de organisatie van de melder in.',
    en: "Fill in the reporter's organisation.",
  },
  concern_about_required: { nl: 'Kies over wie de zorg gaat.', en: 'Choose whom the concern is about.' },
  concern_holder_required: { nl: 'Zeg bij wie de zorg bestaat.', en: 'Say who holds the concern.' },
  match_criteria_required: {
    nl: 'Zoek op BSN, op achternaam en geboortedatum, of op postcode en huisnummer.',
    en: 'Search by BSN, by family name and date of birth, or by postcode and house number.',
  },
  concern_required: { nl: 'Kies minstens een zorg.', en: 'Choose at least one concern.' },
  rationale_required: { nl: 'Geef een onderbouwing.', en: 'Give a rationale.' },
  fact_source_required: { nl: 'Noem de bron van dit feit.', en: 'Name the source of this fact.' },
  next_steps_required: {
    nl: 'Een netwerkberaad eindigt met vervolgstappen.',
    en: 'A network conference ends with next steps.',
  },
  danger_required: { nl: 'Noem minstens een gevaar of schade.', en: 'Name at least one danger or harm.' },
  owner_required: { nl: 'Zeg wie dit uitvoert.', en: 'Say who carries this out.' },
  check_date_required: {
    nl: 'Kies minstens een datum om het plan te controleren.',
    en: 'Choose at least one date to check the plan.',
  },
  follow_up_required: { nl: 'Schrijf op wat er daarna is gebeurd.', en: 'Write down what followed.' },
  unmet_need_reason_required: {
    nl: 'Schrijf op waarom de hulp er niet is.',
    en: 'Write down why the help is not available.',
  },
  measures_required: { nl: 'Noem de directe maatregelen.', en: 'Name the immediate measures.' },
  date_invalid: {
    nl: 'Dit is geen bestaande datum (jjjj-mm-dd).',
    en: 'This is not a valid date (yyyy-mm-dd).',
  },
  municipality_code_invalid: {
    nl: 'Kies een gemeente uit de lijst.',
    en: 'Choose a municipality from the list.',
  },
  break_glass_lookup_required: {
    nl: 'Vul een BSN in, of achternaam en geboortedatum.',
    en: 'Enter a BSN, or family name and date of birth.',
  },
  text_invalid_character: {
    nl: 'Deze tekst bevat een teken dat niet is toegestaan.',
    en: 'This text contains a character that is not allowed.',
  },
  cursor_invalid: {
    nl: 'De paginering klopt niet. Begin opnieuw.',
    en: 'The page cursor is invalid. Start again.',
  },
  required: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  too_small: { nl: 'Dit is te kort of te klein.', en: 'This is too short or too small.' },
  too_big: { nl: 'Dit is te lang of te groot.', en: 'This is too long or too large.' },
  invalid_type: {
    nl: 'Dit veld heeft niet het juiste soort waarde.',
    en: 'This field has the wrong kind of value.',
  },
  invalid_format: { nl: 'Dit veld heeft niet de juiste vorm.', en: 'This field is not in the right format.' },
  invalid_value: { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  unrecognized_keys: { nl: 'Dit veld is onbekend.', en: 'This field is not known.' },
  address_person_required: { nl: 'Kies voor wie dit adres geldt.', en: 'Choose who lives at this address.' },
  break_glass_reason_too_vague: {
    nl: 'Beschrijf in een paar woorden wat er aan de hand is, bijvoorbeeld: Politie meldt geweld in het gezin.',
    en: 'Describe in a few words what is going on, for example: Police report violence in the family.',
  },
  reason_too_short: {
    nl: 'Schrijf een reden van minstens tien tekens.',
    en: 'Write a reason of at least ten characters.',
  },
  date_in_future: {
    nl: 'Deze datum ligt in de toekomst. Vul in wanneer het echt gebeurde (een afspraak in de toekomst is een eigen soort).',
    en: 'This date lies in the future. Enter when it really happened (a future appointment is a kind of its own).',
  },
  date_out_of_range: {
    nl: 'Deze datum kan niet kloppen: kies een datum tussen 1900 en 2100.',
    en: 'This date cannot be right: choose a date between 1900 and 2100.',
  },
  appointment_time_required: { nl: 'Vul in wanneer de afspraak is.', en: 'Enter when the appointment is.' },
  relation_parent_not_older: {
    nl: 'Een ouder of grootouder is eerder geboren dan het kind.',
    en: 'A parent or grandparent is born before the child.',
  },
  authority_holder_minor: {
    nl: 'Ouderlijk gezag kan alleen bij een volwassene (18 jaar of ouder) liggen.',
    en: 'Only an adult (18 or older) can hold parental authority.',
  },
  authority_over_adult: {
    nl: 'Ouderlijk gezag bestaat alleen over een minderjarige. Voor een volwassene is er curatele, bewind of mentorschap.',
    en: 'Parental authority exists only over a minor. For an adult there is curatele, bewind or mentorschap.',
  },
  protection_over_minor: {
    nl: 'Curatele, bewind en mentorschap gelden alleen voor volwassenen. Voor een kind is er ouderlijk gezag of voogdij.',
    en: 'Curatele, bewind and mentorschap apply to adults only. For a child there is parental authority or guardianship.',
  },
  protection_holder_minor: {
    nl: 'Een curator, bewindvoerder of mentor is een volwassene.',
    en: 'A curator, administrator or mentor is an adult.',
  },
  relation_before_birth: {
    nl: 'Een relatie kan niet beginnen voordat iemand geboren is.',
    en: 'A relation cannot start before someone was born.',
  },
  membership_before_birth: {
    nl: 'Iemand kan niet bij een huishouden horen voordat hij of zij geboren is.',
    en: 'Someone cannot belong to a household before they were born.',
  },
  local_team_required: {
    nl: 'Kies het vaste gezicht uit het Lokaal Team. Alleen een melding kunt u vastleggen voordat het Lokaal Team is gekoppeld.',
    en: 'Choose the fixed professional from the Local Team. Only a report can be recorded before the Local Team is linked.',
  },
  admin_reason_required: {
    nl: 'Geef een reden; die komt in het beheerlogboek.',
    en: 'Give a reason; it goes into the administration log.',
  },
  region_code_invalid: {
    nl: 'Een regiocode is VR gevolgd door twee cijfers, bijvoorbeeld VR09.',
    en: 'A region code is VR followed by two digits, for example VR09.',
  },
  email_invalid: { nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid email address.' },
  municipality_code_format: {
    nl: 'Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0344.',
    en: 'A municipality code is GM followed by four digits, for example GM0344.',
  },
  petition_target_required: {
    nl: 'Kies op wie de maatregel gericht is.',
    en: 'Choose whom the measure is aimed at.',
  },
  child_voice_exception_reason_required: {
    nl: 'Schrijf op waarom het kind niet gehoord of vertegenwoordigd is.',
    en: 'Write down why the child was not heard or represented.',
  },
  child_voice_view_required: {
    nl: 'Schrijf op wat het kind zelf vindt of wat de vertegenwoordiger namens het kind zegt.',
    en: 'Write down what the child thinks, or what the representative says for the child.',
  },
  review_finding_target_required: {
    nl: 'Zeg bij welke grond of welke waarborg deze bevinding hoort.',
    en: 'Say which ground or safeguard this finding is about.',
  },
  reviewer_attestation_missing: {
    nl: 'Verklaar dat u niet bij dit gezin betrokken bent.',
    en: 'Declare that you are not involved with this family.',
  },
  review_findings_required: {
    nl: 'Schrijf op wat eerst verbeterd moet worden.',
    en: 'Write down what must be corrected first.',
  },
  measure_start_required: {
    nl: 'Vul de ingangsdatum van de maatregel in.',
    en: 'Fill in the date the measure starts.',
  },
  legal_ground_required: {
    nl: 'Vul de wettelijke grond van de uitspraak in.',
    en: 'Fill in the legal ground of the ruling.',
  },
  end_before_start: {
    nl: 'De einddatum moet na de begindatum liggen.',
    en: 'The end date must be after the start date.',
  },
  counter_expertise_required: {
    nl: 'Schrijf op welke contra-expertise de rechter vraagt.',
    en: 'Write down which counter-expertise the judge orders.',
  },
  measure_unknown: { nl: 'Kies een maatregel uit de lijst.', en: 'Choose a measure from the list.' },
  measure_addressee_invalid: {
    nl: 'Deze instantie beslist niet over deze maatregel.',
    en: 'This authority does not decide on this measure.',
  },
  measure_target_not_allowed: {
    nl: 'De maatregel kan niet op deze persoon gericht zijn.',
    en: 'The measure cannot be aimed at this person.',
  },
  ground_fact_required: {
    nl: 'Kies ten minste één feit waarop deze grond steunt.',
    en: 'Choose at least one fact this ground rests on.',
  },
  fact_not_in_case: {
    nl: 'Dit feit hoort niet bij dit gezin.',
    en: 'This fact does not belong to this family.',
  },
  intervention_not_in_case: {
    nl: 'Deze hulp hoort niet bij dit traject.',
    en: 'This help does not belong to this case.',
  },
  fact_not_in_petition: {
    nl: 'Kies een feit uit een grond van dit verzoekschrift.',
    en: 'Choose a fact from a ground of this petition.',
  },
  child_not_involved: { nl: 'Kies een betrokken kind.', en: 'Choose an involved child.' },
  ruling_target_not_in_petition: {
    nl: 'Kies alleen personen op wie het verzoek gericht was.',
    en: 'Choose only persons the petition was aimed at.',
  },
  measure_duration_too_long: {
    nl: 'Deze einddatum ligt verder dan de wet toestaat.',
    en: 'This end date is later than the law allows.',
  },
  review_finding_ground_unknown: {
    nl: 'Kies een grond uit dit verzoekschrift.',
    en: 'Choose a ground of this petition.',
  },
  unmet_need_only_when_not_filed: {
    nl: 'Vul dit alleen in als het verzoek niet wordt ingediend.',
    en: 'Fill this in only when the petition is not filed.',
  },
  reviewer_is_petitioner: {
    nl: 'De verzoeker mag het eigen verzoek niet toetsen.',
    en: 'The petitioner may not review their own petition.',
  },
  reviewer_involved: {
    nl: 'Deze persoon is of was betrokken bij het gezin.',
    en: 'This person is or was involved with the family.',
  },
  reviewer_same_rvt: {
    nl: 'Kies een toetser uit een ander Regionaal Veiligheidsteam.',
    en: 'Choose a reviewer from another regional safety team.',
  },
  reviewer_not_in_pool: { nl: 'Deze persoon is geen toetser.', en: 'This person is not a reviewer.' },
  jurist_not_in_pool: {
    nl: 'Deze persoon is geen jurist in de toetsingspool.',
    en: 'This person is not a jurist in the review pool.',
  },
  behavioural_scientist_not_in_pool: {
    nl: 'Deze persoon is geen gedragswetenschapper in de toetsingspool.',
    en: 'This person is not a behavioural scientist in the review pool.',
  },
  supporter_involved: {
    nl: 'Deze ondersteuner is betrokken bij het gezin of bij dit verzoek.',
    en: 'This supporter is involved with the family or this petition.',
  },
  supporter_same_rvt: {
    nl: 'Kies een ondersteuner uit een ander Regionaal Veiligheidsteam.',
    en: 'Choose a supporter from another regional safety team.',
  },
  contact_with_required: {
    nl: 'Kies met wie het kind contact heeft, of vul een naam in.',
    en: 'Choose whom the child has contact with, or fill in a name.',
  },
  contact_missed_reason_required: {
    nl: 'Schrijf op waarom het contact niet doorging.',
    en: 'Write down why the contact did not happen.',
  },
  placement_child_not_in_measure: {
    nl: 'Kies een kind voor wie de maatregel geldt.',
    en: 'Choose a child the measure applies to.',
  },
  placement_measure_invalid: {
    nl: 'Kies een lopende maatregel die uithuisplaatsing toestaat.',
    en: 'Choose a running measure that authorises placement.',
  },
  complaint_representative_name_required: {
    nl: 'Vul de naam in van wie namens het gezinslid klaagt.',
    en: 'Fill in the name of the person complaining on behalf of the family member.',
  },
  complaint_text_required: {
    nl: 'Schrijf op waar de klacht over gaat.',
    en: 'Write down what the complaint is about.',
  },
  complaint_reference_required: {
    nl: 'Kies het besluit of verzoekschrift waarover de klacht gaat.',
    en: 'Choose the decision or petition the complaint is about.',
  },
  complaint_reference_not_expected: {
    nl: 'Kies alleen een besluit of verzoekschrift als de klacht daarover gaat.',
    en: 'Choose a decision or petition only when the complaint is about one.',
  },
  complaint_professional_required: {
    nl: 'Kies de professional over wie de klacht gaat.',
    en: 'Choose the professional the complaint is about.',
  },
  complaint_extension_reason_required: {
    nl: 'Schrijf op waarom er meer tijd nodig is.',
    en: 'Write down why more time is needed.',
  },
  complaint_reasons_required: {
    nl: 'Schrijf op waarom de klacht zo is beoordeeld.',
    en: 'Write down why the complaint was judged this way.',
  },
  complaint_changes_required: {
    nl: 'Schrijf op wat er verandert nu de klacht (deels) terecht is.',
    en: 'Write down what will change now the complaint is (partly) upheld.',
  },
  handler_in_case_team: {
    nl: 'Deze persoon zit in het team van het gezin.',
    en: 'This person is in the family’s team.',
  },
  handler_was_in_case_team: {
    nl: 'Deze persoon zat eerder in het team van het gezin.',
    en: 'This person was in the family’s team before.',
  },
  handler_complained_about: {
    nl: 'De klacht gaat over deze persoon.',
    en: 'The complaint is about this person.',
  },
  complainant_not_member: {
    nl: 'Kies iemand die nu bij het huishouden hoort.',
    en: 'Choose someone who belongs to the household now.',
  },
  complaint_reference_unknown: {
    nl: 'Kies een besluit of verzoekschrift van dit gezin.',
    en: 'Choose a decision or petition of this family.',
  },
  complaint_professional_unknown: {
    nl: 'Kies een bekende professional.',
    en: 'Choose a known professional.',
  },
  complaint_handler_unknown: { nl: 'Kies een professional.', en: 'Choose a professional.' },
  complaint_akj_required: {
    nl: 'Kies aan wie de hulp van het AKJ is aangeboden.',
    en: 'Choose to whom the support of the AKJ was offered.',
  },
  complaint_akj_recipient_invalid: {
    nl: 'Kies iemand uit het gezin of de vertegenwoordiger.',
    en: 'Choose someone in the family or the representative.',
  },
  complaint_date_before_receipt: {
    nl: 'Kies een datum op of na de dag waarop de klacht binnenkwam.',
    en: 'Choose a date on or after the day the complaint was received.',
  },
  filing_before_review: {
    nl: 'Kies een datum op of na de dag van de toetsing.',
    en: 'Choose a date on or after the day of the review.',
  },
  ruling_before_filing: {
    nl: 'Kies een datum op of na de dag van indienen.',
    en: 'Choose a date on or after the day of filing.',
  },
  placement_date_before_start: {
    nl: 'Kies een datum op of na het begin van de huidige plek.',
    en: 'Choose a date on or after the current place started.',
  },
  decision_child_interest_required: {
    nl: 'Beschrijf het belang van het kind: dat weegt als eerste.',
    en: 'Describe the interest of the child: it is the first consideration.',
  },
  decision_heard_view_required: {
    nl: 'Schrijf op wat deze persoon zei, of wie hem of haar vertegenwoordigde.',
    en: 'Write down what this person said, or who represented them.',
  },
  decision_not_heard_reason_required: {
    nl: 'Schrijf op waarom deze persoon niet is gehoord.',
    en: 'Write down why this person was not heard.',
  },
  decision_alternative_required: {
    nl: 'Noem minstens één lichtere mogelijkheid en waarom die niet genoeg is.',
    en: 'Name at least one lighter option and why it is not enough.',
  },
  decision_fact_required: {
    nl: 'Koppel minstens één feit waar dit besluit op rust.',
    en: 'Link at least one fact this decision rests on.',
  },
  decision_heard_unknown_person: {
    nl: 'Deze persoon hoort niet (meer) bij het huishouden.',
    en: 'This person is not (or no longer) a member of the household.',
  },
  decision_nobody_heard: {
    nl: 'Leg vast wie er is gehoord, of wat het gezin ervan vindt.',
    en: 'Record who was heard, or what the family thinks of it.',
  },
  gate_by_decider: {
    nl: 'U nam dit besluit zelf. Een ander moet het toetsen of goedkeuren.',
    en: 'You took this decision yourself. Someone else must review or approve it.',
  },
  gate_role: {
    nl: 'Uw rol in het team mag deze stap niet zetten.',
    en: 'Your role in the team may not take this step.',
  },
  gate_same_person_twice: {
    nl: 'U zette al een andere stap bij dit besluit. Vier ogen zijn twee mensen.',
    en: 'You already took another step on this decision. Four eyes means two people.',
  },
  consent_goal_required: {
    nl: 'Schrijf op wat het doel van deze hulp is.',
    en: 'Write down the goal of this help.',
  },
  consent_rights_required: {
    nl: 'Schrijf op welke rechten u hebt uitgelegd.',
    en: 'Write down which rights you explained.',
  },
  decision_heard_twice: {
    nl: 'Deze persoon staat er twee keer in. Noem iedereen één keer.',
    en: 'This person is listed twice. Name everyone once.',
  },
  decision_fact_twice: { nl: 'Een feit staat er twee keer in.', en: 'A fact is listed twice.' },
  gate_only_decider_role: {
    nl: 'Alleen degene die besluit heeft deze rol. Kies ook een andere rol.',
    en: 'Only the decider holds this role. Choose another role too.',
  },
  gates_need_one_person_twice: {
    nl: 'Toetsen en goedkeuren vragen zo twee keer dezelfde persoon. Kies verschillende rollen.',
    en: 'Review and approval would need the same person twice. Choose different roles.',
  },
  invalid: { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' },
};

/** The message for a field issue code, in the requested language. */
export function fieldMessage(code: string, locale: Locale = 'nl'): string {
  return (FIELD_MESSAGES[code] ?? (FIELD_MESSAGES.invalid as { nl: string; en: string }))[locale];
}
