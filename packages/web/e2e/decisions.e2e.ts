import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoSession,
  type DemoUser,
  demoUsers,
  launchBrowser,
  seriousA11yViolations,
  signInDemo,
  startPlatform,
} from './harness';

/**
 * Issue 10 point 1 in the browser: weighty decisions with their reasons, and the gates the region sets.
 * An administrator asks four eyes for ending safety monitoring; the RVT partner ends monitoring with the
 * decision's record and is told it waits (nothing changed yet), and cannot approve it himself; the vast
 * gezicht finds it on her worklist, approves it from the decisions list (confirmed) and monitoring ends.
 * Informed consent (LS-08): help the family refused shows as declined, in neutral words, and consent
 * withdrawn later turns running help into declined help.
 *
 * The family's path up to safety monitoring is set up through the API; the decisions are taken in the UI.
 */
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;

const sessions = {} as Record<'lt' | 'rvt' | 'admin', DemoSession>;

const signInAs = (user: DemoUser) => signInDemo(browser, platform.baseUrl, user);

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  const users = await demoUsers(browser, platform.baseUrl);
  const find = (test: (u: DemoUser) => boolean, what: string) => {
    const user = users.find(test);
    expect(user, what).toBeDefined();
    return user as DemoUser;
  };
  sessions.lt = await signInAs(
    find((u) => u.organisationName === 'Lokaal Team Utrecht' && u.role === 'PROFESSIONAL', 'Lokaal Team'),
  );
  sessions.rvt = await signInAs(
    find(
      (u) => u.organisationName === 'Regionaal Veiligheidsteam Regio Utrecht' && u.role === 'PROFESSIONAL',
      'RVT',
    ),
  );
  sessions.admin = await signInAs(find((u) => u.kind === 'ADMINISTRATOR', 'administrator'));
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function pageOf(session: DemoSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${platform.baseUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** axe at desktop and phone width, back at desktop width afterwards. */
async function axeAtBothWidths(page: Page, what: string): Promise<void> {
  expect(await seriousA11yViolations(page), what).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousA11yViolations(page), `${what} (phone)`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const judgement = (value: 'YES' | 'NO' | 'UNCLEAR') => ({
  value,
  rationale: 'Besproken in het duo en met het gezin.',
  householdView: 'Het gezin herkent dit.',
});
const record = {
  childInterest: 'Het kind moet veilig thuis kunnen opgroeien; dat weegt als eerste.',
  familyView: 'Het gezin begrijpt de stap.',
  alternatives: [{ option: 'Vrijwillige hulp', whyNot: 'De zorgen bleven ondanks de hulp.' }],
};

/**
 * Through the API: a new family (a child and a parent with authority), the RVT partner in the team, a first
 * investigation, EO-3 and UO-1 with safety monitoring.
 */
async function familyInMonitoring(familyName: string) {
  const lt = sessions.lt.api;
  const rvt = sessions.rvt.api;
  const intake = await lt.call<{ householdId: string; reportId: string }>('POST', '/intakes', {
    kind: 'REPORT',
    reporter: { kind: 'CITIZEN', anonymous: true },
    summary: 'Buren horen vaak harde ruzies (synthetisch).',
    newHousehold: {
      displayName: `Gezin ${familyName}`,
      municipalityCode: 'GM0344',
      persons: [
        {
          person: { givenName: 'Jip', familyName, birthDate: '2015-03-14' },
          role: 'CHILD',
          from: '2015-03-14',
        },
        {
          person: { givenName: 'Sanne', familyName, birthDate: '1986-02-03' },
          role: 'PARENT_WITH_AUTHORITY',
          from: '2015-03-14',
        },
      ],
    },
  });
  const h = `/households/${intake.householdId}`;
  const directory = await lt.call<{ professionalId: string; organisationId: string }[]>(
    'GET',
    '/professionals?limit=100',
  );
  const partner = directory.find((p) => p.professionalId === sessions.rvt.user.id);
  await lt.call('POST', `${h}/team-members`, {
    professionalId: partner?.professionalId,
    organisationId: partner?.organisationId,
    role: 'RVT_PARTNER',
  });
  const dossier = await lt.call<{ members: { person: { id: string; givenName: string } }[] }>('GET', h);
  const jip = dossier.members.find((m) => m.person.givenName === 'Jip')?.person.id ?? '';
  await lt.call('PUT', `${h}/reports/${intake.reportId}/triage`, {
    urgency: 'PRIORITY',
    nextStep: 'FIRST_INVESTIGATION',
    rationale: 'Samen met het RVT besproken: eerst onderzoeken wat er speelt.',
    concerns: [
      {
        type: 'STRUCTURAL_UNSAFETY',
        description: 'Herhaalde onveiligheid thuis',
        aboutPersonIds: [jip],
        heldBy: [{ kind: 'CITIZEN', name: 'Buren' }],
      },
    ],
  });
  let casework = await lt.call<{ openInvestigationId: string; concerns: { id: string }[] }>(
    'GET',
    `${h}/casework`,
  );
  const concernIds = casework.concerns.map((c) => c.id);
  await lt.call('PUT', `${h}/investigations/${casework.openInvestigationId}/first-decision`, {
    establishment: {
      concernIds,
      willingToReduce: judgement('NO'),
      expectedToReduceInTime: judgement('UNCLEAR'),
      reducibleVia: ['PROFESSIONAL_HELP'],
      urgentSafetyNeeded: judgement('NO'),
    },
    factsOfConcern: judgement('YES'),
    managesWithSupport: judgement('NO'),
    wantsHelp: judgement('NO'),
    helpSeemsNeeded: judgement('YES'),
    outcome: 'EO3_EXTENDED',
    rationale: 'Afgewogen op basis van de feiten en de visie van het gezin.',
    decision: record,
  });
  casework = await rvt.call('GET', `${h}/casework`);
  await rvt.call('PUT', `${h}/investigations/${casework.openInvestigationId}/extended-decision`, {
    establishment: {
      concernIds,
      willingToReduce: judgement('YES'),
      expectedToReduceInTime: judgement('YES'),
      reducibleVia: ['PROFESSIONAL_HELP'],
      urgentSafetyNeeded: judgement('NO'),
    },
    factsRemain: judgement('YES'),
    householdLikelyManages: judgement('YES'),
    worriesSerious: judgement('NO'),
    disagreement: judgement('NO'),
    unclarityRemains: judgement('NO'),
    worriesUndiminished: judgement('NO'),
    outcome: 'UO1_SAFETY_MONITORING',
    rationale: 'Het gezin kan verder met hulp; het RVT blijft de veiligheid volgen.',
  });
  return { householdId: intake.householdId, jip, name: `Gezin ${familyName}` };
}

describe('issue 10 point 1: weighty decisions with their reasons, and their gates', () => {
  it('four eyes for ending monitoring: the RVT partner decides and is told it waits, may not approve it himself; the vast gezicht approves it from her worklist and monitoring ends', async () => {
    // The administrator asks four eyes of the vast gezicht for ending monitoring in the region.
    const admin = await pageOf(sessions.admin, '/beheer');
    const policies = admin.getByRole('region', { name: 'Toetsing en goedkeuring van besluiten' });
    const utrecht = policies.getByRole('region', { name: 'Regio Utrecht (demo)' });
    await utrecht.getByRole('table').waitFor();
    await utrecht
      .getByRole('button', { name: 'Wijzigen Monitoren van de veiligheid beëindigen (Regio Utrecht (demo))' })
      .click();
    const form = admin.getByRole('form', {
      name: 'Toetsing en goedkeuring: Monitoren van de veiligheid beëindigen (Regio Utrecht (demo))',
    });
    await form
      .getByRole('group', { name: 'Wie keurt het besluit goed? (geen keuze: niet nodig)' })
      .getByLabel('vaste professional')
      .check();
    await form
      .getByLabel('Waarom verandert u dit?')
      .fill('Afspraak in de regio: vier ogen bij het einde van monitoren.');
    await axeAtBothWidths(admin, 'decision policy form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Deze instelling opslaan?' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await admin
      .getByText(
        'Toetsing en goedkeuring ingesteld voor Monitoren van de veiligheid beëindigen (Regio Utrecht (demo)).',
      )
      .waitFor();
    const row = utrecht.getByRole('row', { name: /Monitoren van de veiligheid beëindigen/ });
    expect(await row.textContent()).toContain('vaste professional');
    await admin.close();

    const f = await familyInMonitoring('Vieroog');

    // The RVT partner ends monitoring, with the decision's record; the child's interest is asked first.
    const rvt = await pageOf(sessions.rvt, `/gezinnen/${f.householdId}/pad`);
    await rvt.getByText(/^Het Regionaal Veiligheidsteam volgt de veiligheid sinds/).waitFor();
    await rvt.getByRole('button', { name: 'Veiligheid volgen beëindigen' }).click();
    const end = rvt.getByRole('form', { name: 'Veiligheid volgen beëindigen' });
    await end.getByLabel('Reden', { exact: true }).fill('Drie maanden zonder nieuwe zorgen.');
    await end.getByRole('button', { name: 'Veiligheid volgen beëindigen' }).click();
    const recordGroup = end.getByRole('group', { name: 'Onderbouwing van het besluit' });
    await recordGroup.getByText('Beschrijf het belang van het kind: dat weegt als eerste.').waitFor();
    await recordGroup.getByText('Leg vast wie er is gehoord, of wat het gezin ervan vindt.').waitFor();
    await recordGroup
      .getByLabel('Het belang van het kind (verplicht)')
      .fill('Jip heeft rust nodig; het RVT hoeft niet meer mee te kijken.');
    const jip = recordGroup.getByRole('group', { name: 'Jip Vieroog' });
    await jip.getByLabel('Gehoord').selectOption('REPRESENTED');
    await jip
      .getByLabel('Wie sprak namens Jip Vieroog, en wat zei die?')
      .fill('De mentor op school: het gaat goed met Jip.');
    const sanne = recordGroup.getByRole('group', { name: 'Sanne Vieroog' });
    await sanne.getByLabel('Gehoord').selectOption('HEARD');
    await sanne.getByLabel('Wat zei Sanne Vieroog?').fill('Moeder wil graag verder zonder het RVT.');
    await axeAtBothWidths(rvt, 'end of monitoring with its record');
    await end.getByRole('button', { name: 'Veiligheid volgen beëindigen' }).click();
    // Held: the decider is told it waits and that nothing has changed yet.
    await rvt
      .getByText(
        'Het besluit is vastgelegd. Het wacht op goedkeuring door een collega. Er is nog niets veranderd.',
      )
      .waitFor();
    const decisions = rvt.getByRole('region', { name: 'Besluiten' });
    const waiting = decisions.getByRole('article', { name: 'Monitoren van de veiligheid beëindigen' });
    await waiting.getByText('Wacht op goedkeuring door een collega', { exact: true }).waitFor();
    expect(await waiting.textContent()).toContain('Jip Vieroog — Iemand sprak namens deze persoon');
    // He may not approve his own decision, and is told why; he may withdraw it.
    await waiting.getByText('U nam dit besluit zelf; een collega moet het goedkeuren.').waitFor();
    expect(await waiting.getByRole('button', { name: /^Besluit beoordelen/ }).count()).toBe(0);
    await waiting.getByRole('button', { name: /^Besluit intrekken/ }).waitFor();
    await rvt.getByText(/^Het Regionaal Veiligheidsteam volgt de veiligheid sinds/).waitFor();
    await axeAtBothWidths(rvt, 'a held decision');
    await rvt.close();

    // The vast gezicht finds it on her worklist and approves it from the decisions list.
    const lt = await pageOf(sessions.lt, '/werklijst');
    const assigned = lt.getByRole('region', { name: 'Besluiten die op u wachten' });
    await assigned.waitFor();
    await axeAtBothWidths(lt, 'worklist with decisions waiting');
    const link = assigned.locator(`a[href="/gezinnen/${f.householdId}/pad#besluiten"]`);
    expect(await link.textContent()).toMatch(
      /^Monitoren van de veiligheid beëindigen — besloten door .+, wacht op goedkeuring/,
    );
    await link.click();
    // The link leads to the decisions, and focus goes there once they are on the page.
    await lt.getByRole('heading', { level: 3, name: 'Besluiten' }).waitFor();
    await expect.poll(() => lt.evaluate(() => document.activeElement?.id)).toBe('besluiten');
    const article = lt
      .getByRole('region', { name: 'Besluiten' })
      .getByRole('article', { name: 'Monitoren van de veiligheid beëindigen' });
    await article.getByRole('button', { name: /^Besluit beoordelen/ }).click();
    const answer = lt.getByRole('form', {
      name: 'Besluit beoordelen: Monitoren van de veiligheid beëindigen',
    });
    await answer.getByLabel('Goedkeuren').check();
    await answer.getByLabel('Toelichting').fill('Eens: het netwerk en de school houden zicht.');
    await axeAtBothWidths(lt, 'approval form');
    await answer.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    const confirm = lt.getByRole('dialog', { name: 'Uw oordeel over dit besluit vastleggen?' });
    await confirm.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await lt.getByText('Uw oordeel is vastgelegd.').waitFor();
    // Carried out: monitoring has ended, and the gate's answer is kept with the decision.
    await article.getByText('Uitgevoerd', { exact: true }).waitFor();
    expect(await article.textContent()).toContain(
      'Bij goedkeuring door een collega (vier ogen): goedgekeurd',
    );
    expect(await lt.getByText(/^Het Regionaal Veiligheidsteam volgt de veiligheid sinds/).count()).toBe(0);
    await axeAtBothWidths(lt, 'a decision carried out');
    // The timeline names the decision's steps in words.
    await lt
      .getByRole('navigation', { name: 'Onderdelen van het dossier' })
      .getByRole('link', { name: 'Tijdlijn', exact: true })
      .click();
    await lt
      .getByRole('article', {
        name: 'Besluit vastgelegd, wacht op goedkeuring door een collega (vier ogen): Monitoren van de veiligheid beëindigen',
      })
      .waitFor();
    await lt.close();
  });

  it('LS-08: help the family refused shows as declined in neutral words; consent withdrawn turns requested help into declined help', async () => {
    const f = await familyInMonitoring('Keuze');
    const h = `/households/${f.householdId}`;
    const dossier = await sessions.lt.api.call<{ members: { person: { id: string; givenName: string } }[] }>(
      'GET',
      h,
    );
    const sanne = dossier.members.find((m) => m.person.givenName === 'Sanne')?.person.id;
    const consent = (decision: 'GIVEN' | 'REFUSED') => ({
      decision,
      givenByPersonIds: [sanne],
      givenOn: daysAgo(1),
      reason: 'Steun thuis bij de zorgen die samen zijn benoemd.',
      goal: 'Rust en veiligheid thuis',
      consequencesOfRefusal: 'Zonder hulp kijkt het team of de zorgen blijven.',
      rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
      ...(decision === 'REFUSED' ? { refusalReason: 'Wij redden het liever zelf met oma.' } : {}),
    });
    for (const [title, decision] of [
      ['Opvoedondersteuning', 'REFUSED'],
      ['Gezinscoach', 'GIVEN'],
    ] as const) {
      await sessions.lt.api.call('POST', `${h}/interventions`, {
        title,
        category: 'YOUTH_CARE',
        provider: 'Zorgaanbieder De Linde (synthetisch)',
        targetPersonIds: [f.jip],
        frame: 'VOLUNTARY',
        consent: consent(decision),
        requestedOn: daysAgo(1),
      });
    }
    const page = await pageOf(sessions.lt, `/gezinnen/${f.householdId}/hulp`);
    const refused = page.getByRole('row', { name: /Opvoedondersteuning/ });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Het gezin wil deze hulp niet');
    expect(await refused.textContent()).toContain('Wij redden het liever zelf met oma.');
    expect(await refused.textContent()).not.toMatch(/mislukt|weigert|failed/i);
    const coach = page.getByRole('row', { name: /Gezinscoach/ });
    expect(await coach.textContent()).toContain('Doel: Rust en veiligheid thuis');
    expect(await coach.textContent()).toContain('Rechten uitgelegd:');
    await coach.getByRole('button', { name: 'Toestemming ingetrokken Gezinscoach' }).click();
    const dialog = page.getByRole('dialog', { name: 'Het gezin trekt de toestemming in voor: Gezinscoach' });
    await dialog.getByLabel('Wat zegt het gezin?').fill('Wij willen het eerst zelf proberen.');
    await axeAtBothWidths(page, 'withdrawing consent');
    await dialog.getByRole('button', { name: 'Toestemming ingetrokken' }).click();
    await coach.getByText('Het gezin wil deze hulp niet', { exact: false }).first().waitFor();
    await coach.getByText('In de woorden van het gezin: Wij willen het eerst zelf proberen.').waitFor();
    expect(await coach.getByRole('button', { name: /^Toestemming ingetrokken/ }).count()).toBe(0);
    await axeAtBothWidths(page, 'declined help');
    await page.close();
  });

  it('KT7-R5 / INV-05: the region has help decisions reviewed by the RVT partner: the vast gezicht asks for help with its record, it waits; the partner answers the two questions and the help is requested', async () => {
    const overview = await sessions.admin.api.call<{ regions: { id: string; code: string }[] }>(
      'GET',
      '/admin/organisations',
    );
    const region = overview.regions.find((r) => r.code === 'VR09')?.id as string;
    const current = await sessions.admin.api.call<{ items: { decisionType: string; version: number }[] }>(
      'GET',
      `/admin/regions/${region}/decision-policies`,
    );
    const version = current.items.find((i) => i.decisionType === 'HELP_DECISION')?.version ?? 0;
    await sessions.admin.api.call('PUT', `/admin/regions/${region}/decision-policies/HELP_DECISION`, {
      review: { roles: ['RVT_PARTNER'] },
      fourEyes: null,
      reason: 'Proef in de regio: tegenspraak op hulpbesluiten.',
      version,
    });
    try {
      const f = await familyInMonitoring('Tegenspraak');
      const lt = await pageOf(sessions.lt, `/gezinnen/${f.householdId}/hulp`);
      await lt.getByRole('button', { name: 'Hulp aanvragen' }).first().click();
      const form = lt.getByRole('form', { name: 'Hulp aanvragen' });
      await form.getByLabel('Welke hulp').fill('Gezinscoach');
      await form.getByLabel('Aanbieder').fill('Zorgaanbieder De Linde (synthetisch)');
      await form.getByRole('group', { name: 'Voor wie' }).getByLabel('Jip Tegenspraak').check();
      await form.getByRole('group', { name: 'Wie gaf toestemming' }).getByLabel('Sanne Tegenspraak').check();
      await form
        .getByLabel('Wat is uitgelegd: waarom deze hulp')
        .fill('Steun bij de zorgen die samen zijn benoemd.');
      await form.getByLabel('Wat is uitgelegd: het doel van deze hulp').fill('Rust en veiligheid thuis.');
      await form
        .getByLabel('Wat is uitgelegd: wat als het gezin nee zegt')
        .fill('Dan kijken wij samen verder.');
      await form
        .getByLabel('Wat is uitgelegd: de rechten van het gezin')
        .fill('Het gezin mag altijd stoppen.');
      // Without the record the region's review cannot be asked: the child's interest comes first.
      await form.getByRole('button', { name: 'Hulp aanvragen' }).click();
      const recordGroup = form.getByRole('group', { name: 'Onderbouwing van het besluit' });
      await recordGroup.getByText('Beschrijf het belang van het kind: dat weegt als eerste.').waitFor();
      await recordGroup
        .getByLabel('Het belang van het kind (verplicht)')
        .fill('Jip heeft baat bij rust in huis; de coach helpt daarbij.');
      await axeAtBothWidths(lt, 'a help decision with its record');
      await form.getByRole('button', { name: 'Hulp aanvragen' }).click();
      await lt
        .getByText(/wacht op (de )?toetsing door een collega/i)
        .first()
        .waitFor();
      expect(await lt.getByRole('row', { name: /Gezinscoach/ }).count()).toBe(0);
      await lt.close();

      // The RVT partner answers the lighter review's two questions; the help is then requested.
      const rvt = await pageOf(sessions.rvt, `/gezinnen/${f.householdId}/pad`);
      const article = rvt
        .getByRole('region', { name: 'Besluiten' })
        .getByRole('article', { name: 'Hulp inzetten' });
      await article.getByRole('button', { name: /^Besluit toetsen/ }).click();
      const review = rvt.getByRole('form', { name: 'Besluit toetsen: Hulp inzetten' });
      await review
        .getByLabel('Is dit de beste oplossing voor dit gezin?')
        .fill('Ja: het netwerk alleen is niet genoeg.');
      await review
        .getByLabel('Volgt het besluit uit de informatie?')
        .fill('Ja: het volgt uit het gesprek met moeder en de school.');
      await review.getByLabel('Het besluit kan doorgaan').check();
      await review.getByLabel('Toelichting').fill('Past bij het plan.');
      await axeAtBothWidths(rvt, 'a lighter review of a help decision');
      await review.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await rvt
        .getByRole('dialog', { name: 'Uw oordeel over dit besluit vastleggen?' })
        .getByRole('button', { name: 'Oordeel vastleggen' })
        .click();
      await article.getByText('Uitgevoerd', { exact: true }).waitFor();
      await rvt.goto(`${platform.baseUrl}/gezinnen/${f.householdId}/hulp`);
      await rvt.getByRole('row', { name: /Gezinscoach/ }).waitFor();
      await rvt.close();
    } finally {
      const after = await sessions.admin.api.call<{ items: { decisionType: string; version: number }[] }>(
        'GET',
        `/admin/regions/${region}/decision-policies`,
      );
      await sessions.admin.api.call('PUT', `/admin/regions/${region}/decision-policies/HELP_DECISION`, {
        review: null,
        fourEyes: null,
        reason: 'Proef afgerond.',
        version: after.items.find((i) => i.decisionType === 'HELP_DECISION')?.version ?? 0,
      });
    }
  });
});
