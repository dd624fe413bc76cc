import {
  type DecisionStatus,
  type DecisionType,
  findMeasureType,
  type HeardMode,
  PATHWAY_STATE_NAMES,
} from '@gezinsdossier/domain';
import { STATE_WORDS, SUPPORT_KIND_WORDS, SUPPORT_RESPONSE_WORDS } from './petition-document.labels';
import type { HouseholdExport } from '../queries/export-household';

/**
 * The readable form of an export (AVG art. 15): one self-contained HTML document in plain Dutch, built
 * from the same presented export as the JSON, so it holds exactly the same items. Printable from a browser.
 */
export function renderExportDocument(e: HouseholdExport): string {
  const name = (personId: string) => {
    const m = e.members.find((x) => x.person.id === personId);
    return m ? `${m.person.givenName} ${m.person.familyName}` : 'een gezinslid';
  };
  const names = (ids: readonly string[]) => (ids.length === 0 ? 'het hele gezin' : ids.map(name).join(', '));
  const parts: string[] = [];
  const h = (level: number, text: string) => parts.push(`<h${level}>${esc(text)}</h${level}>`);
  const p = (text: string) => parts.push(`<p>${esc(text)}</p>`);
  const list = (items: string[], empty: string) =>
    parts.push(
      items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p>${esc(empty)}</p>`,
    );

  h(
    1,
    `Wat wij bewaren over ${e.scope.kind === 'PERSON' ? name(e.scope.personId) : e.household.displayName}`,
  );
  p(
    `Dit overzicht is gemaakt op ${day(e.exportedAt)} door ${e.exportedBy.name}${e.exportedBy.requestReference ? ` (verzoek ${e.exportedBy.requestReference})` : ''}. ` +
      'Het bevat alles wat in het gezinsdossier staat en wat u mag inzien. Klopt er iets niet? Dan kunt u dat laten verbeteren.',
  );

  h(2, 'Het gezin');
  p(`${e.household.displayName}, gemeente ${e.household.municipalityName}.`);
  list(
    e.members.map(
      (m) =>
        `${esc(`${m.person.givenName} ${m.person.familyName}`)}${m.person.birthDate ? `, geboren ${esc(m.person.birthDate)}` : ''}` +
        `${m.person.bsn ? `, BSN ${esc(m.person.bsn)}` : ''} — ${esc(ROLE[m.role] ?? m.role)} van ${esc(m.from)}${m.to ? ` tot ${esc(m.to)}` : ''}`,
    ),
    'Er staan geen personen in.',
  );
  h(3, 'Adressen');
  list(
    e.addresses.map(
      (a) =>
        `${esc(name(a.personId))}: ${esc([a.street, a.houseNumber].filter(Boolean).join(' '))}, ${esc(a.postcode)}${a.town ? ` ${esc(a.town)}` : ''} (vanaf ${esc(a.from)}${a.to ? ` tot ${esc(a.to)}` : ''})`,
    ),
    'Er staan geen adressen in.',
  );
  h(3, 'Relaties');
  list(
    e.relations.map(
      (r) =>
        `${esc(name(r.fromPersonId))} — ${esc(r.kind)} — ${esc(name(r.toPersonId))}${r.hasParentalAuthority ? ' (met gezag)' : ''}`,
    ),
    'Er staan geen relaties in.',
  );
  h(3, 'Netwerk');
  list(
    e.network.map(
      (n) =>
        `${esc(n.displayName)} (${esc(n.relation)})${n.involvementAgreedByHousehold ? '' : ' — nog niet afgesproken met het gezin'}`,
    ),
    'Er staat niemand uit het netwerk in.',
  );

  for (const { case: kase, casework: w, decisions } of e.cases) {
    h(2, `Traject vanaf ${day(kase.openedAt)}: nu "${PATHWAY_STATE_NAMES.nl[kase.pathwayState]}"`);
    p(
      kase.contactPerson
        ? `Uw vaste contactpersoon is ${kase.contactPerson.name} (${kase.contactPerson.organisationName}).`
        : kase.localTeamLink
          ? `Er is nog geen vaste contactpersoon uit het Lokaal Team${kase.localTeamLink.dueOn ? `; die wordt uiterlijk ${day(kase.localTeamLink.dueOn)} gekoppeld` : ''}.`
          : 'Er is geen vaste contactpersoon vastgelegd.',
    );
    h(3, 'Stappen');
    list(
      w.transitions.map(
        (t) =>
          `${day(t.occurredAt)}: van "${esc(PATHWAY_STATE_NAMES.nl[t.fromState])}" naar "${esc(PATHWAY_STATE_NAMES.nl[t.toState])}"${t.reason ? ` — ${esc(t.reason)}` : ''}`,
      ),
      'Nog geen stappen.',
    );
    h(3, 'Vragen en meldingen');
    list(
      w.reports.map(
        (r) =>
          `${day(r.receivedAt)}: ${esc(r.summary)}${r.reporter.name ? ` (melder: ${esc(r.reporter.name)})` : ''}${r.triageRationale ? `<br>Beoordeling: ${esc(r.triageRationale)}` : ''}`,
      ),
      'Geen.',
    );
    h(3, 'Zorgen');
    list(
      w.concerns.map((c) => `${esc(c.description)} — over ${esc(names(c.aboutPersonIds))}`),
      'Geen.',
    );
    h(3, 'Feiten en uw reactie');
    list(
      w.facts.map(
        (f) =>
          `${esc(f.statement)}${f.observedOn ? ` (${esc(f.observedOn)})` : ''} — bron: ${esc(f.source.description)}` +
          `${f.verification === 'DISPUTED' ? ' — <strong>betwist</strong>' : ''}` +
          f.responses.map((r) => `<br>Reactie van ${esc(name(r.personId))}: ${esc(r.text)}`).join(''),
      ),
      'Geen.',
    );
    h(3, 'Onderzoeken en besluiten');
    list(
      w.investigations.map(
        (i) =>
          `${i.kind === 'FIRST' ? 'Eerste onderzoek' : 'Uitgebreid onderzoek'} vanaf ${day(i.startedAt)}` +
          (i.decision
            ? `<br>Besluit: ${esc(i.decision.rationale)}${i.decision.householdView ? `<br>Uw mening: ${esc(i.decision.householdView)}` : ''}` +
              i.decision.judgements
                .map((j) => `<br>${esc(j.question)}: ${esc(ANSWER[j.value])} — ${esc(j.rationale)}`)
                .join('')
            : '') +
          i.conferences.map((c) => `<br>Netwerkberaad ${esc(c.heldOn)}: ${esc(c.outcome)}`).join('') +
          i.consults
            .map(
              (c) =>
                `<br>Onafhankelijke deskundige ${esc(c.expertName)}: ${esc(c.advice ?? 'nog geen advies')}`,
            )
            .join(''),
      ),
      'Geen.',
    );
    h(3, 'Veiligheid');
    list(
      [
        ...w.safetyAssessments.map(
          (a) =>
            `${day(a.assessedAt)}: inschatting ${a.professionalScore} van 10. Gevaren: ${esc(a.dangers.join('; '))}. Wat helpt: ${esc(a.protectiveFactors.join('; '))}.`,
        ),
        ...w.safetyPlans.map(
          (s) =>
            `Veiligheidsplan versie ${s.versionNo}: ${s.agreements.map((a) => `${esc(a.text)} (${esc(a.owner.name)})`).join('; ')}`,
        ),
        ...w.safetyPlanEvents.map((x) => `${esc(x.occurredOn)}: ${esc(x.description)}`),
      ],
      'Geen.',
    );
    h(3, 'Gezinsplan');
    list(
      [
        ...w.familyPlan.goals.map(
          (g) => `Doel: ${esc(g.description)}${g.personId ? ` (${esc(name(g.personId))})` : ''}`,
        ),
        ...w.familyPlan.scores.map(
          (s) => `Score ${s.score} van 5 op ${esc(s.lifeDomain)} (${day(s.scoredAt)})`,
        ),
        ...w.familyPlan.actions.map((a) => `Actie: ${esc(a.description)} — ${esc(a.owner.name)}`),
        ...w.familyPlan.evaluations.map((x) => `Evaluatie ${day(x.evaluatedAt)}: ${esc(x.summary)}`),
      ],
      'Geen.',
    );
    h(3, 'Hulp');
    list(
      w.interventions.map(
        (i) =>
          `${esc(i.title)} bij ${esc(i.provider)} voor ${esc(names(i.targetPersonIds))} — ${esc(FRAME[i.frame])}${i.unmetReason ? ` — niet beschikbaar: ${esc(i.unmetReason)}` : ''}`,
      ),
      'Geen.',
    );
    h(3, 'Belangrijke besluiten en hun onderbouwing');
    list(
      decisions.map(
        (d) =>
          `${day(d.decidedAt)}: ${esc(DECISION_WORDS[d.type])}, door ${esc(d.decidedBy.name)} — ${esc(DECISION_STATUS_WORDS[d.status])}` +
          `<br>Waarom: ${esc(d.reasons)}` +
          (d.childInterest ? `<br>Het belang van het kind: ${esc(d.childInterest)}` : '') +
          (d.familyView ? `<br>Wat het gezin ervan vindt: ${esc(d.familyView)}` : '') +
          d.heard
            .map(
              (x) =>
                `<br>${esc(name(x.personId))}: ${esc(HEARD_WORDS[x.mode])}${x.view || x.reason ? ` — ${esc(x.view ?? x.reason ?? '')}` : ''}`,
            )
            .join('') +
          d.alternatives
            .map((a) => `<br>Lichtere mogelijkheid: ${esc(a.option)} — ${esc(a.whyNot)}`)
            .join('') +
          d.dissent.map((x) => `<br>Andere mening van ${esc(x.by)}: ${esc(x.view)}`).join('') +
          d.gates
            .map(
              (g) =>
                `<br>${g.gate === 'REVIEW' ? 'Getoetst' : 'Beoordeeld'} door ${esc(g.answeredBy.name)}: ${esc(g.rationale)}`,
            )
            .join(''),
      ),
      'Geen.',
    );
    h(3, 'Spoed');
    list(
      w.urgentSafety.map(
        (u) =>
          `${day(u.startedAt)}: ${esc(u.situation)}${u.safetyReached ? ` — ${esc(u.safetyReached)}` : ''}`,
      ),
      'Geen.',
    );
  }

  h(2, 'Rechtsgang');
  list(
    [
      ...e.legalRoute.petitions.map(
        (x) =>
          `Verzoek om ${esc(measureName(x.measureTypeId))} (${day(x.createdAt)}): ${esc(STATE_WORDS.nl[x.state])}` +
          (x.notFiled ? `<br>Niet ingediend: ${esc(x.notFiled.reason)}` : ''),
      ),
      ...e.legalRoute.measures.map(
        (m) =>
          `Maatregel ${esc(measureName(m.measureTypeId))} voor ${esc(names(m.personIds))}, vanaf ${esc(m.startsOn)}${m.endsOn ? ` tot ${esc(m.endsOn)}` : ''}, besloten door ${esc(m.judge)}`,
      ),
      ...e.legalRoute.supportOffers.map(
        (o) =>
          `${esc(SUPPORT_KIND_WORDS.nl[o.kind])} aangeboden aan ${esc(name(o.personId))} op ${esc(o.offeredOn)}: ${esc(SUPPORT_RESPONSE_WORDS.nl[o.response])}`,
      ),
      ...e.legalRoute.rightsNotices.map(
        (n) => `${day(n.issuedAt)}: uitleg over uw rechten (${esc(FRAME[n.frame])})`,
      ),
    ],
    'Geen verzoek aan de rechter of maatregel.',
  );

  h(2, 'Tijdlijn');
  list(
    e.timeline.map(
      (t) =>
        `${day(t.occurredAt)}: ${esc(t.kind === 'STEP' && !t.title ? 'Stap in het traject' : t.title)}${t.body ? ` — ${esc(t.body)}` : ''}`,
    ),
    'Geen.',
  );
  h(2, 'Wie heeft het dossier ingezien of gewijzigd');
  list(
    e.accessLog.map(
      (r) =>
        `${day(r.occurredAt)}: ${esc(r.actorName ?? 'beheerder')}${r.organisationName ? ` (${esc(r.organisationName)})` : ''} — ${esc(ACTION[r.action] ?? r.action)}`,
    ),
    'Niemand.',
  );
  p(`In de wijzigingsgeschiedenis staan ${e.changeHistory.length} wijzigingen.`);

  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(e.household.displayName)} — inzage</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #888}</style>
</head><body>${parts.join('\n')}</body></html>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function day(isoTimestamp: string): string {
  return isoTimestamp.slice(0, 10);
}

const ROLE: Record<string, string> = {
  CHILD: 'kind',
  PARENT_WITH_AUTHORITY: 'ouder met gezag',
  PARENT_WITHOUT_AUTHORITY: 'ouder zonder gezag',
  CAREGIVER: 'verzorger',
  OTHER_ADULT: 'volwassene',
};
const ANSWER = { YES: 'ja', NO: 'nee', UNCLEAR: 'onduidelijk' } as const;
const DECISION_WORDS: Record<DecisionType, string> = {
  START_EXTENDED_INVESTIGATION: 'uitgebreid onderzoek starten',
  REQUEST_MEASURE: 'een verzoek aan de rechter voorbereiden',
  CLOSE_CASE: 'het dossier sluiten',
  END_MONITORING: 'stoppen met het extra volgen van de veiligheid',
  HELP_DECISION: 'hulp inzetten',
};
const DECISION_STATUS_WORDS: Record<DecisionStatus, string> = {
  AWAITING_REVIEW: 'een collega kijkt er nog naar',
  AWAITING_APPROVAL: 'een collega moet het nog goedkeuren',
  TAKEN: 'uitgevoerd',
  RETURNED: 'teruggegeven, gaat niet door',
  WITHDRAWN: 'ingetrokken, gaat niet door',
};
const HEARD_WORDS: Record<HeardMode, string> = {
  HEARD: 'gehoord',
  REPRESENTED: 'iemand sprak namens hem of haar',
  NOT_HEARD: 'niet gehoord',
};
const measureName = (id: string) => findMeasureType(id)?.name.nl ?? id;
const FRAME = { VOLUNTARY: 'vrijwillig', DRANG: 'met drang', COERCED: 'gedwongen (maatregel)' } as const;
const ACTION: Record<string, string> = {
  read: 'ingezien',
  create: 'toegevoegd',
  update: 'gewijzigd',
  delete: 'verwijderd',
  export: 'overzicht gemaakt',
  print: 'afgedrukt',
  search: 'gezocht',
  break_glass: 'noodtoegang',
};
