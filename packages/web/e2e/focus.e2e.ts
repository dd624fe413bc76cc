import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

/**
 * Issue 9.4, "focus is lost": opening an inline form, saving, showing the access log or switching section
 * used to leave focus on the page body, so a keyboard user started again from the top. These tests use the
 * keyboard only (Tab, Enter, Escape, typing) and assert `document.activeElement` after each action; axe
 * cannot catch this.
 */
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  // Sign in once (sign-in is rate limited): a Lokaal Team professional, who becomes the vast gezicht of the
  // families she records, and so may read their access log.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).getByRole('button').first().click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  signedIn = await context.storageState();
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    storageState: signedIn,
  });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  return page;
}

/** Calls the API as the signed-in user (with the session's CSRF token on writes). */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const { csrfToken } = await (await fetch('/api/v1/session')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  expect(answer.status, answer.text).toBeLessThan(300);
  return (answer.text ? JSON.parse(answer.text) : null) as T;
}

/** A family recorded through the API: a parent and a child, and a goal, so the family has an open case. */
async function newFamily(page: Page, familyName: string): Promise<string> {
  const created = await api<{ householdId: string; personIds: string[] }>(page, 'POST', '/households', {
    displayName: `Gezin ${familyName}`,
    municipalityCode: 'GM0344',
    persons: [
      {
        person: { givenName: 'Sanne', familyName, birthDate: '1988-02-03' },
        role: 'PARENT_WITH_AUTHORITY',
        from: '2016-01-01',
      },
      {
        person: { givenName: 'Jip', familyName, birthDate: '2016-03-14' },
        role: 'CHILD',
        from: '2016-03-14',
      },
    ],
  });
  const childId = created.personIds[1];
  await api(page, 'POST', `/households/${created.householdId}/goals`, {
    personId: childId,
    lifeDomain: 'CHILD_DEVELOPMENT',
    description: `Jip ${familyName} ontbijt elke dag`,
  });
  return created.householdId;
}

interface Focused {
  tag: string;
  id: string;
  text: string;
  role: string;
  /** The accessible name of the form the focused element is in, if any. */
  form: string;
}

/** What has focus now. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      role: el?.getAttribute('role') ?? '',
      form: el?.closest('form')?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Presses Tab until the focused element matches (the keyboard user's way to a control). */
async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) {
      return;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tab to the button with exactly this text. */
const tabToButton = (page: Page, text: string) =>
  tabTo(page, (f) => f.tag === 'button' && f.text === text, `the button "${text}"`);

/** Tab to the field with this id. */
const tabToField = (page: Page, id: string) => tabTo(page, (f) => f.id === id, `the field #${id}`);

/** axe on the current page state, at desktop and phone width. */
async function axeAtBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect({ width, violations: await seriousA11yViolations(page) }).toEqual({ width, violations: [] });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Opens a dossier section by its address and waits for its heading. */
async function openSection(page: Page, householdId: string, path: string, heading: string): Promise<void> {
  await page.goto(`${platform.baseUrl}/gezinnen/${householdId}${path}`);
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
}

describe('issue 9.4: focus moves to the opened form or to the result of an action', () => {
  it('issue 9.4: the note form opens on its first field, Escape returns to its button, a saved note on the timeline is focused', async () => {
    const page = await newPage();
    const householdId = await newFamily(page, 'Notitie');
    await openSection(page, householdId, '/tijdlijn', 'Tijdlijn');

    await tabToButton(page, 'Notitie toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'note-kind', form: 'Notitie toevoegen' });
    await axeAtBothWidths(page);
    // Escape on the untouched form closes it; focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Notitie toevoegen' });
    expect(await page.getByRole('form', { name: 'Notitie toevoegen' }).count()).toBe(0);

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'note-kind' });
    await tabToField(page, 'note-title');
    await page.keyboard.type('Gebeld met school');
    await tabToField(page, 'note-body');
    await page.keyboard.type('Jip is deze week elke dag op tijd.');
    await tabToButton(page, 'Notitie toevoegen');
    await page.keyboard.press('Enter');
    // The result: the new entry's heading on the timeline has focus.
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'h3', text: 'Gebeld met school', id: expect.stringMatching(/^entry-/) });
    await page.context().close();
  });

  it('issue 9.4: a note saved from another section focuses a status message with the way to the timeline', async () => {
    const page = await newPage();
    const householdId = await newFamily(page, 'Elders');
    await openSection(page, householdId, '/samenstelling', 'Samenstelling en netwerk');

    await tabToButton(page, 'Notitie toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'note-kind' });
    await tabToField(page, 'note-title');
    await page.keyboard.type('Huisbezoek gepland');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatchObject({ role: 'status', text: 'De notitie staat in de tijdlijn. Naar de tijdlijn' });
    await axeAtBothWidths(page);
    // The next Tab is the link to the timeline; Enter follows it and focus lands on the section heading.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'a', text: 'Naar de tijdlijn' });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/gezinnen/${householdId}/tijdlijn`);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Tijdlijn' });
    await page.getByRole('article', { name: 'Huisbezoek gepland' }).waitFor();
    await page.context().close();
  });

  it('issue 9.4: in composition, an inline form opens on its first field; Cancel and Escape return to the button; a save focuses its message', async () => {
    const page = await newPage();
    const householdId = await newFamily(page, 'Samen');
    await openSection(page, householdId, '/samenstelling', 'Samenstelling en netwerk');

    await tabToButton(page, 'Persoon toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'ap-givenName', form: 'Persoon toevoegen' });
    await axeAtBothWidths(page);
    await tabToButton(page, 'Annuleren');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Persoon toevoegen' });

    // A row's button: its form opens below the table; Escape (nothing typed) returns to that row's button.
    await tabToButton(page, 'Wijzig Jip');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatchObject({ id: 'ep-givenName', form: 'Gegevens van Jip wijzigen' });
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Wijzig Jip' });

    // Saving: focus goes to the message where the form was, and the new person is in the table.
    await tabToButton(page, 'Persoon toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'ap-givenName' });
    await page.keyboard.type('Fenna');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Samen');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatchObject({ role: 'status', text: 'Opgeslagen: Persoon toevoegen.' });
    await page.getByRole('cell', { name: 'Fenna Samen' }).waitFor();
    // The reloaded dossier keeps focus where it was.
    expect(await focused(page)).toMatchObject({ role: 'status', text: 'Opgeslagen: Persoon toevoegen.' });
    await page.context().close();
  });

  it('issue 9.4: adding a concern (a casework form) by keyboard: first field, then the saved message', async () => {
    const page = await newPage();
    const householdId = await newFamily(page, 'Zorg');
    await openSection(page, householdId, '/pad', 'Pad en besluiten');

    await tabToButton(page, 'Zorg toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'co-type', form: 'Zorg toevoegen' });
    await axeAtBothWidths(page);
    await tabToField(page, 'co-description');
    await page.keyboard.type('Jip komt vaak te laat op school');
    // About whom: Tab to Jip's checkbox and tick it with the space bar.
    await tabTo(page, (f) => f.tag === 'input' && f.id.startsWith('co-aboutPersonIds-'), 'a person checkbox');
    await page.keyboard.press('Space');
    await tabToButton(page, 'Zorg toevoegen');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatchObject({ role: 'status', text: 'Opgeslagen: Zorg toevoegen.' });
    await page.getByText('Jip komt vaak te laat op school').waitFor();
    // The next Tab goes on from there (the next part's button), not from the top of the page.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Feit toevoegen' });

    // Cancel on a goal in the plans section returns to its button as well.
    await openSection(page, householdId, '/plannen', 'Plannen');
    await tabToButton(page, 'Doel toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ form: 'Doel toevoegen', tag: 'select' });
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Doel toevoegen' });
    await page.context().close();
  });

  it('issue 9.4: showing the access log focuses its heading', async () => {
    const page = await newPage();
    const householdId = await newFamily(page, 'Inzage');
    await openSection(page, householdId, '/inzage', 'Inzage en afscherming');

    await tabToButton(page, 'Toon wie dit dossier heeft ingezien');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'h3', text: 'Wie heeft dit dossier ingezien?' });
    await page.getByRole('region', { name: 'Wie heeft dit dossier ingezien?' }).getByRole('table').waitFor();
    await axeAtBothWidths(page);
    await page.context().close();
  });

  it('issue 9.4: switching section by keyboard moves focus to its heading and gives the page its own title', async () => {
    const page = await newPage();
    const householdId = await newFamily(page, 'Wissel');
    await openSection(page, householdId, '', 'Overzicht');
    await expect(page.title()).resolves.toBe('Overzicht · Gezin Wissel · Gezinsdossier');

    const sections = page.getByRole('navigation', { name: 'Onderdelen van het dossier' });
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Tijdlijn', 'the Tijdlijn tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/gezinnen/${householdId}/tijdlijn`);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Tijdlijn' });
    await expect(page.title()).resolves.toBe('Tijdlijn · Gezin Wissel · Gezinsdossier');
    expect(await sections.locator('a[aria-current="page"]').textContent()).toBe('Tijdlijn');

    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Samenstelling en netwerk', 'the composition tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/gezinnen/${householdId}/samenstelling`);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Samenstelling en netwerk' });

    // The browser's Back returns to the previous section, with focus on its heading.
    await page.goBack();
    await page.waitForURL(`**/gezinnen/${householdId}/tijdlijn`);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Tijdlijn' });
    await expect(page.title()).resolves.toBe('Tijdlijn · Gezin Wissel · Gezinsdossier');
    await page.context().close();
  });
});
