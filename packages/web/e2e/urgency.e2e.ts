import { randomUUID } from 'node:crypto';
import { rulePack, workingDaysLate } from '@gezinsdossier/domain/deadlines';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

/**
 * Issue 9.5, "Urgency is invisible where people look", in Chromium on the seeded demo region.
 *
 * The demo region (seed/demo-casework.ts) walks one family into spoed: a report 40 days ago, spoed started
 * yesterday, never triaged. With the seed of `startPlatform` that is "Gezin van der Velde", whose vast
 * gezicht is "Beau de Bruijn" (Lokaal Team Stichtse Vecht); its triage deadline is weeks overdue.
 */
const SPOED_FAMILY = 'Gezin van der Velde';
const SPOED_PROFESSIONAL = 'Beau de Bruijn';
/** A Lokaal Team professional who is also its team lead. */
const TEAM_LEAD = 'Faye Nijland';
/** A Lokaal Team professional who records the family the crisis service then opens with break the glass. */
const RECORDER = 'Milo Bos';
const CRISIS_WORKER = 'Lynn van Iersel';
const CRISIS_TEAM_LEAD = 'Melody van Iersel';

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Signs in on the demo page as the demo user with this name. */
async function signInAs(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  // The suggested roles list some users again above the full list: either button signs in.
  await page
    .getByRole('button', { name: `Log in als ${name}`, exact: true })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  return page;
}

/** axe on the current page state at 1280 px and at 390 px: no serious or critical violation. */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    expect(await seriousA11yViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

/** A signed-in API session of the demo user with this name (for setting up what the UI cannot do). */
async function apiAs(name: string): Promise<{ request: APIRequestContext; csrf: string }> {
  const context = await browser.newContext();
  const users = (await (await context.request.get(`${platform.baseUrl}/api/v1/auth/demo-users`)).json()) as {
    id: string;
    displayName: string;
  }[];
  const user = users.find((u) => u.displayName === name);
  expect(user, name).toBeDefined();
  const signedIn = await context.request.post(`${platform.baseUrl}/api/v1/auth/demo-sessions`, {
    data: { accountId: user?.id },
  });
  expect(signedIn.status()).toBe(201);
  return { request: context.request, csrf: ((await signedIn.json()) as { csrfToken: string }).csrfToken };
}

/**
 * Records a report about a new family with one child, as if received `daysAgo` days ago, so that its
 * triage deadline is already overdue. The recorder becomes the family's vast gezicht.
 */
async function recordOldReport(
  api: { request: APIRequestContext; csrf: string },
  familyName: string,
  daysAgo: number,
): Promise<string> {
  const response = await api.request.post(`${platform.baseUrl}/api/v1/intakes`, {
    headers: { 'x-csrf-token': api.csrf, 'idempotency-key': randomUUID() },
    data: {
      kind: 'REPORT',
      receivedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
      reporter: {
        kind: 'PROFESSIONAL',
        anonymous: false,
        name: 'Mentor (synthetisch)',
        organisation: 'Basisschool De Proef',
        meldcodeStep: 'STEP_5_DECIDE',
      },
      summary: 'Kind komt al weken moe en zonder eten op school.',
      newHousehold: {
        displayName: `Gezin ${familyName}`,
        municipalityCode: 'GM0344',
        persons: [
          {
            person: { givenName: 'Sam', familyName, birthDate: '2015-06-01' },
            role: 'CHILD',
            from: '2015-06-01',
          },
        ],
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { householdId: string }).householdId;
}

/** The text the domain's working-day count gives for a deadline due on `dueOn`, today. */
function lateText(dueOn: string, today: string, rulePackVersion: string): string {
  const days = workingDaysLate(dueOn, today, rulePack(rulePackVersion));
  return days === 1 ? '1 werkdag te laat' : `${days} werkdagen te laat`;
}

describe('issue 9.5: urgency is visible where people look', () => {
  it('issue 9.5 (a): an overdue deadline shows "N werkdagen te laat" in Mijn gezinnen and under "Te laat" in the worklist', async () => {
    const page = await signInAs(SPOED_PROFESSIONAL);
    const worklist = (await (await page.request.get(`${platform.baseUrl}/api/v1/worklist`)).json()) as {
      today: string;
      mine: { householdName: string; kind: string; dueOn: string; rulePackVersion: string }[];
    };
    const triage = worklist.mine.find((i) => i.householdName === SPOED_FAMILY && i.kind === 'TRIAGE');
    expect(triage).toBeDefined();
    const expected = lateText(triage?.dueOn ?? '', worklist.today, triage?.rulePackVersion ?? '');
    // The report was received 40 days ago: its triage (5 working days) is weeks late.
    expect(Number.parseInt(expected, 10)).toBeGreaterThan(10);

    const row = page.getByRole('row', { name: new RegExp(SPOED_FAMILY) });
    await row.waitFor();
    const late = row.getByText(expected, { exact: true });
    await late.waitFor();
    // Red from the theme's negative colour, and said in words (not colour alone).
    expect(await late.evaluate((el) => el.className)).toContain('gd-late');
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Werklijst' }).click();
    const overdue = page.getByRole('region', { name: 'Te laat', exact: true });
    await overdue.waitFor();
    await overdue
      .getByRole('row', { name: new RegExp(SPOED_FAMILY) })
      .getByText(expected)
      .waitFor();
    await page.getByRole('region', { name: 'Deze week' }).waitFor();
    await page.getByRole('region', { name: 'Later' }).waitFor();
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('issue 9.5 (b): a family in active spoed shows a Spoed badge by its name and its stage, and can be filtered on', async () => {
    const page = await signInAs(SPOED_PROFESSIONAL);
    const row = page.getByRole('row', { name: new RegExp(SPOED_FAMILY) });
    await row.waitFor();
    // The stage on the path is still the report's; the badge says spoed, next to the name and the stage.
    const cells = row.getByRole('cell');
    await expect(cells.nth(0).getByText('Spoed', { exact: true }).count()).resolves.toBe(1);
    await expect(cells.nth(5).textContent()).resolves.toBe('Vraag of melding ontvangenSpoed');
    await expect(cells.nth(5).getByText('Spoed', { exact: true }).count()).resolves.toBe(1);
    // No other family of this professional is in spoed.
    await expect(page.getByRole('table').getByText('Spoed', { exact: true }).count()).resolves.toBe(2);

    await page.getByLabel('Alleen spoed').check();
    const names = page.getByRole('table').getByRole('link');
    await expect(names.allTextContents()).resolves.toEqual([SPOED_FAMILY]);
    await expectNoSeriousViolations(page);
    await page.getByLabel('Alleen spoed').uncheck();
    await page.getByLabel('Alleen te laat').check();
    const lateNames = await names.allTextContents();
    expect(lateNames).toContain(SPOED_FAMILY);
    await page.context().close();
  });

  it('issue 9.5 (c): sorting by a column changes the order and sets aria-sort on that column', async () => {
    const page = await signInAs(SPOED_PROFESSIONAL);
    const caseload = (await (
      await page.request.get(`${platform.baseUrl}/api/v1/households?limit=25`)
    ).json()) as { items: { displayName: string; nextDeadline?: { dueOn: string } | null }[] };
    const table = page.getByRole('table');
    const names = table.getByRole('link');
    await names.first().waitFor();
    const byName = await names.allTextContents();
    const householdHeader = table.getByRole('columnheader', { name: 'Gezin', exact: true });
    const dueHeader = table.getByRole('columnheader', { name: 'Eerstvolgende termijn' });
    await expect(householdHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(dueHeader.getAttribute('aria-sort')).resolves.toBeNull();

    await dueHeader.getByRole('button', { name: 'Eerstvolgende termijn' }).click();
    await expect(dueHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(householdHeader.getAttribute('aria-sort')).resolves.toBeNull();
    const byDue = [...caseload.items]
      .sort((a, b) =>
        (a.nextDeadline?.dueOn ?? '9999-12-31').localeCompare(b.nextDeadline?.dueOn ?? '9999-12-31'),
      )
      .map((i) => i.displayName);
    await expect(names.allTextContents()).resolves.toEqual(byDue);
    expect(byDue).not.toEqual(byName);
    await expectNoSeriousViolations(page);

    await dueHeader.getByRole('button', { name: 'Eerstvolgende termijn' }).click();
    await expect(dueHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    // Descending: the family with the latest deadline first, the one without any deadline last.
    await expect(names.first().textContent()).resolves.not.toBe(byDue[0]);
    await page.context().close();
  });

  it('issue 9.5 (d): a team lead sees an overdue item she holds herself once, in her own list', async () => {
    const page = await signInAs(TEAM_LEAD);
    const familyName = `Eigenwerk${randomUUID().slice(0, 4)}`;
    await recordOldReport({ request: page.request, csrf: await csrfOf(page) }, familyName, 20);
    await page.getByRole('link', { name: 'Werklijst' }).click();
    const team = page.getByRole('region', { name: 'Te laat in uw team' });
    await team.waitFor();
    // Her own item once (today's main listed it in her list and again in the team's).
    const rows = page.getByRole('row', { name: new RegExp(`Gezin ${familyName}`) });
    await expect(rows.count()).resolves.toBe(1);
    await page
      .getByRole('region', { name: 'Te laat', exact: true })
      .getByRole('row', { name: new RegExp(familyName) })
      .waitFor();
    await expect(team.getByRole('row', { name: new RegExp(familyName) }).count()).resolves.toBe(0);
    await expect(page.getByText('teamleider ziet het').count()).resolves.toBe(0);
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('issue 9.5 (e): the break-glass review shows the family, the reason and what was read under the grant, and a verdict needs a reason', async () => {
    const familyName = `Noodgeval${randomUUID().slice(0, 4)}`;
    await recordOldReport(await apiAs(RECORDER), familyName, 1);
    const reason = 'Politie vraagt om gegevens bij acuut gevaar in de woning';

    // The crisis worker breaks the glass and opens the dossier.
    const crisis = await signInAs(CRISIS_WORKER);
    await crisis.getByRole('link', { name: 'Noodtoegang', exact: true }).click();
    await crisis.getByLabel('Toelichting').fill(reason);
    await crisis.getByLabel('Achternaam').fill(familyName);
    await crisis.getByLabel('Geboortedatum').fill('2015-06-01');
    await crisis.getByRole('button', { name: 'Noodtoegang aanvragen' }).click();
    await crisis.getByRole('heading', { level: 1, name: `Gezin ${familyName}` }).waitFor();
    await crisis.context().close();

    // Her team lead reviews it: the family by name, the reason, and what was read.
    const lead = await signInAs(CRISIS_TEAM_LEAD);
    await lead.getByRole('link', { name: 'Noodtoegang beoordelen' }).click();
    const row = lead.getByRole('row', { name: new RegExp(`Gezin ${familyName}`) });
    await row.waitFor();
    await row.getByText(reason, { exact: false }).waitFor();
    await expectNoSeriousViolations(lead);

    await row
      .getByRole('button', { name: `Bekijken: noodtoegang van ${CRISIS_WORKER} bij Gezin ${familyName}` })
      .click();
    const detail = lead.getByRole('region', {
      name: `Noodtoegang van ${CRISIS_WORKER} bij Gezin ${familyName}`,
    });
    await detail.waitFor();
    await expect(lead.evaluate(() => document.activeElement?.id)).resolves.toBe('review-detail-title');
    await detail.getByText(reason).waitFor();
    const activity = detail.getByRole('table', {
      name: 'Wat er met deze noodtoegang is bekeken of gewijzigd',
    });
    await activity.getByRole('row', { name: /Gezin: noodtoegang/ }).waitFor();
    await activity
      .getByRole('row', { name: /Gezin: bekeken/ })
      .first()
      .waitFor();
    await activity.getByRole('row', { name: /Noodtoegang: gekregen/ }).waitFor();
    await expectNoSeriousViolations(lead);

    // A verdict without a reason is not sent.
    const form = detail.getByRole('form', { name: 'Uw oordeel' });
    await form.getByLabel('Niet terecht').check();
    await form.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await form.getByText('Schrijf waarom u dit oordeel geeft.').first().waitFor();
    await expectNoSeriousViolations(lead);

    // With a reason, it asks to confirm before it is sent.
    await form
      .getByLabel('Waarom vindt u dat?')
      .fill('Er was geen acuut gevaar; de politie had de gegevens al.');
    await form.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await form.getByText('Weet u het zeker?').waitFor();
    await expectNoSeriousViolations(lead);
    await form.getByRole('button', { name: 'Ja, vastleggen' }).click();
    await lead.getByText('Uw oordeel is vastgelegd.').waitFor();
    await row.getByText('Beoordeeld: Niet terecht').waitFor();
    await expectNoSeriousViolations(lead);
    await lead.context().close();
  });
});

/** The CSRF token of the page's session (the web app keeps it in memory; the API gives it again). */
async function csrfOf(page: Page): Promise<string> {
  const session = await page.request.get(`${platform.baseUrl}/api/v1/session`);
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}
