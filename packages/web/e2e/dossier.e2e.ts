import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

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

async function newPage(storageState?: Awaited<ReturnType<BrowserContext['storageState']>>): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    ...(storageState ? { storageState } : {}),
  });
  return context.newPage();
}

/** Unfolds the full list of demo users on the sign-in page (the suggested ones come first). */
async function openAllDemoUsers(page: Page): Promise<void> {
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).waitFor();
}

/** Which "Lokaal Team Utrecht" user on the demo page has families (found once, then reused). */
let withFamilies: number | null = null;
/** That user's signed-in browser state, so most tests need no sign-in of their own (sign-in is rate limited). */
let signedIn: { state: Awaited<ReturnType<BrowserContext['storageState']>>; name: string } | null = null;

/**
 * Signs in as a professional of "Lokaal Team Utrecht" on the demo page who is involved with at least one
 * family (the demo region decides who that is, so the first such user is looked up once).
 */
async function signInAsLocalTeamProfessional(page: Page): Promise<string> {
  await page.goto(`${platform.baseUrl}/`);
  await page.waitForURL('**/inloggen');
  await openAllDemoUsers(page);
  const group = page.getByRole('region', { name: 'Lokaal Team Utrecht' });
  await group.getByRole('button').first().waitFor();
  const count = await group.getByRole('button').count();
  for (let i = withFamilies ?? 0; i < count; i++) {
    const button = group.getByRole('button').nth(i);
    const name = ((await button.textContent()) ?? '').trim();
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    const families = page.getByRole('table').getByRole('link').first();
    const none = page.getByText('U bent nu niet betrokken bij een gezin.');
    await families.or(none).waitFor();
    if (await families.isVisible()) {
      withFamilies = i;
      signedIn = { state: await page.context().storageState(), name };
      return name;
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await openAllDemoUsers(page);
  }
  throw new Error('no Lokaal Team Utrecht user with families in the demo region');
}

/** A page signed in as that Lokaal Team professional, on "Mijn gezinnen". */
async function signedInPage(): Promise<{ page: Page; me: string }> {
  if (!signedIn) {
    const page = await newPage();
    return { page, me: await signInAsLocalTeamProfessional(page) };
  }
  const page = await newPage(signedIn.state);
  await page.goto(`${platform.baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  await page.getByRole('table').getByRole('link').first().waitFor();
  return { page, me: signedIn.name };
}

/** Opens a section of the dossier on screen by its tab (issue 9.2), and waits for its heading. */
async function openTab(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Onderdelen van het dossier' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await page.getByRole('heading', { level: 2, name: label, exact: true }).waitFor();
}

/** Opens the first family of "Mijn gezinnen" on its composition section. */
async function openFirstFamily(page: Page): Promise<string> {
  const link = page.getByRole('table').getByRole('link').first();
  const name = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('heading', { level: 2, name: 'Overzicht', exact: true }).waitFor();
  await openTab(page, 'Samenstelling en netwerk');
  return name;
}

describe('issue 9.10: getting in', () => {
  it('a new user who signs in with the first suggested role sees families in several stages', async () => {
    const page = await newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
    const suggested = page.getByRole('region', { name: 'Probeer eerst' });
    await suggested.getByRole('button').first().click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    // The heading shows before the list has loaded: read the stages once the families are there.
    await page.getByRole('table').getByRole('link').first().waitFor();
    const stages = await page
      .getByRole('table')
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.slice(1).map((row) => (row as HTMLTableRowElement).cells[5]?.textContent?.trim() ?? ''),
      );
    expect(new Set(stages.filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('issue 9.4: titles and the current page', () => {
  it('issue 9.4: every page has its own title and the navigation marks the current page, in Dutch and English', async () => {
    const { page } = await signedInPage();
    const current = () =>
      page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .locator('a[aria-current="page"]')
        .evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    await expect(page.title()).resolves.toBe('Mijn gezinnen · Gezinsdossier');
    await expect(current()).resolves.toEqual(['Mijn gezinnen']);
    const titles = new Set([await page.title()]);
    for (const [link, heading] of [
      ['Werklijst', 'Werklijst'],
      ['Nieuwe melding', 'Nieuwe vraag of melding'],
      ['Nieuw gezin', 'Nieuw gezin'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect(page.title()).resolves.toBe(`${heading} · Gezinsdossier`);
      await expect(current()).resolves.toEqual([link]);
      titles.add(await page.title());
    }
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn gezinnen' })
      .click();
    await page.getByRole('table').getByRole('link').first().waitFor();
    const family = await openFirstFamily(page);
    await expect(page.title()).resolves.toBe(`Samenstelling en netwerk · ${family} · Gezinsdossier`);
    await expect(current()).resolves.toEqual([]);
    titles.add(await page.title());
    expect(titles.size).toBe(5);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'My families' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My families' }).waitFor();
    await expect(page.title()).resolves.toBe('My families · Gezinsdossier');
    await page.context().close();
  });
});

describe('the gezinsdossier in the browser', () => {
  it('sign in, open a family, add a person and a note (and axe finds no serious violation on each page)', async () => {
    const page = await newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
    await openAllDemoUsers(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await signInAsLocalTeamProfessional(page);
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const family = await openFirstFamily(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(family);
    await expect(page.getByRole('img', { name: /Gezin en netwerk in beeld/ }).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Persoon toevoegen' });
    await form.getByLabel('Voornaam').fill('Fenna');
    await form.getByLabel('Achternaam').fill('Proefpersoon');
    await form.getByLabel('Geboortedatum (niet verplicht)').fill('2019-05-04');
    await form.getByLabel('Rol in het huishouden').selectOption('CHILD');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('cell', { name: 'Fenna Proefpersoon' }).waitFor();

    // The note is written where the professional is (issue 9.2), and lands on the timeline.
    await page.getByRole('button', { name: 'Notitie toevoegen', exact: true }).click();
    const note = page.getByRole('form', { name: 'Notitie toevoegen' });
    await note.getByLabel('Titel').fill('Telefonisch contact met de proefschool');
    await note.getByLabel('Tekst').fill('Afspraak gemaakt voor volgende week.');
    await note.getByLabel('Fenna Proefpersoon').check();
    await note.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByRole('status').getByRole('link', { name: 'Naar de tijdlijn' }).click();
    const entry = page.getByRole('article', { name: 'Telefonisch contact met de proefschool' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Over: Fenna Proefpersoon');
  });

  it('refuses an invalid BSN with a clear Dutch message next to the field, and adds nothing', async () => {
    const { page } = await signedInPage();
    await openFirstFamily(page);
    const rowsBefore = await page
      .getByRole('region', { name: 'Samenstelling', exact: true })
      .getByRole('table')
      .getByRole('row')
      .count();
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Persoon toevoegen' });
    await form.getByLabel('Voornaam').fill('Onjuist');
    await form.getByLabel('Achternaam').fill('Nummer');
    await form.getByLabel(/^BSN/).fill('123456789');
    await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain(
      'Dit BSN is niet geldig (de elfproef klopt niet).',
    );
    await expect(form.getByLabel(/^BSN/).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Samenstelling en netwerk' }).waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Samenstelling', exact: true })
        .getByRole('table')
        .getByRole('row')
        .count(),
    ).toBe(rowsBefore);
  });

  it('shows a conflicting change with the other version and keeps the user’s input', async () => {
    const { page } = await signedInPage();
    await openFirstFamily(page);
    const editButton = page.getByRole('button', { name: /^Wijzig / }).first();
    await editButton.click();
    const form = page.getByRole('form', { name: /^Gegevens van/ });
    // Someone else changes the same person in the meantime (same API, other request).
    const dossierUrl = page
      .url()
      .replace('/gezinnen/', '/api/v1/households/')
      .replace(/\/samenstelling$/, '');
    const dossier = await page.evaluate(async (url) => (await fetch(url)).json(), dossierUrl);
    const person = dossier.members[0].person;
    const csrf = await page.evaluate(async () => (await (await fetch('/api/v1/session')).json()).csrfToken);
    const other = await page.evaluate(
      async ({ url, body, csrf }) =>
        (
          await fetch(url, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            body: JSON.stringify(body),
          })
        ).status,
      {
        url: `${dossierUrl}/persons/${person.id}`,
        body: { givenName: 'Gewijzigd', version: person.version },
        csrf,
      },
    );
    expect(other).toBe(200);
    await form.getByLabel('Voornaam').fill('MijnVersie');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const conflict = form.getByRole('status');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Gewijzigd');
    await expect(form.getByLabel('Voornaam').inputValue()).resolves.toBe('MijnVersie');
    // Choosing to apply the change anyway saves it on top of the new version.
    await form.getByRole('button', { name: 'Mijn wijziging toch opslaan' }).first().click();
    await form.getByRole('button', { name: 'Mijn wijziging toch opslaan' }).last().click();
    await page.getByRole('cell', { name: new RegExp(`^MijnVersie ${person.familyName}`) }).waitFor();
  });

  it('works by keyboard alone: skip link, sign in, open a family, add a note', async () => {
    const page = await newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
    await page.getByText(/^Alle \d+ demogebruikers$/).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Naar de inhoud');
    // Unfold the full list by keyboard: Tab to its summary, Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (
        /^Alle \d+ demogebruikers$/.test(
          (await page.evaluate(() => document.activeElement?.textContent)) ?? '',
        )
      ) {
        break;
      }
    }
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).waitFor();
    // Tab until focus is on the Lokaal Team Utrecht user with families, then press Enter.
    const target = await page
      .getByRole('region', { name: 'Lokaal Team Utrecht' })
      .getByRole('button')
      .nth(withFamilies ?? 0)
      .textContent();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === target) {
        break;
      }
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    const family = await page.getByRole('table').getByRole('link').first().textContent();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === family) {
        break;
      }
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Overzicht' }).waitFor();
    // The note button is in the dossier's header; the opened form has focus on its first field.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Notitie toevoegen') {
        break;
      }
    }
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'Notitie toevoegen' }).getByLabel('Titel').waitFor();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'note-title') {
        break;
      }
    }
    await page.keyboard.type('Notitie via toetsenbord');
    await page.keyboard.press('Enter');
    // Focus is on the message that says where the note went; the next Tab is its link to the timeline.
    await page.getByRole('status').getByText('De notitie staat in de tijdlijn.').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Notitie via toetsenbord' }).waitFor();
  });

  it('axe finds no serious or critical violation on the other pages, in Dutch and English', async () => {
    const failed = await newPage();
    await failed.goto(`${platform.baseUrl}/inloggen?fout=oidc_failed`);
    await failed.getByRole('alert').waitFor();
    expect(await failed.getByRole('alert').textContent()).toBe('Inloggen is mislukt. Probeer het opnieuw.');
    expect(await seriousA11yViolations(failed)).toEqual([]);
    const { page } = await signedInPage();
    for (const path of [
      '/gezinnen/nieuw',
      '/melding',
      '/werklijst',
      '/noodtoegang/beoordelen',
      '/bestaat-niet',
    ]) {
      await page.goto(`${platform.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect({ path, violations: await seriousA11yViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${platform.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'My families' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('break the glass: no exact match is refused; an exact BSN match opens the dossier with the warning', async () => {
    // A BSN that exists: read by the involved professional through the API.
    const { page: lt } = await signedInPage();
    const householdUrl = await lt.getByRole('table').getByRole('link').first().getAttribute('href');
    const dossier = await lt.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/v1${householdUrl?.replace('/gezinnen/', '/households/')}`,
    );
    const bsn = dossier.members.map((m: { person: { bsn: string | null } }) => m.person.bsn).find(Boolean);
    expect(bsn).toMatch(/^\d{9}$/);

    const page = await newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
    await openAllDemoUsers(page);
    await page
      .getByRole('region', { name: /Crisisdienst/ })
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await page.getByRole('link', { name: 'Noodtoegang', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Noodtoegang' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Toelichting').fill('Politie meldt acuut gevaar op dit adres.');
    await page.getByLabel('BSN').fill('999999990');
    await page.getByRole('button', { name: 'Noodtoegang aanvragen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/geen huishouden gevonden|niet geldig/);

    await page.getByLabel('BSN').fill(bsn);
    await page.getByRole('button', { name: 'Noodtoegang aanvragen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Overzicht' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(dossier.household.displayName);
    expect(await page.getByRole('alert').textContent()).toContain('U heeft noodtoegang tot');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
  it('the vast gezicht sees who viewed the dossier, records an address and a move, exports, records a move-out, and hands the role over', async () => {
    const { page, me } = await signedInPage();
    // Its own family, so that handing it over does not change what the other tests see.
    const householdId = await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/v1/session')).json();
      const response = await fetch('/api/v1/households', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          displayName: 'Gezin Overdracht',
          municipalityCode: 'GM0344',
          persons: [
            {
              person: { givenName: 'Ruben', familyName: 'Overdracht', birthDate: '1990-02-03' },
              role: 'OTHER_ADULT',
              from: '2020-01-01',
            },
          ],
        }),
      });
      return (await response.json()).householdId as string;
    });
    const url = `${platform.baseUrl}/gezinnen/${householdId}`;
    await page.goto(`${url}/inzage`);
    await page.getByRole('heading', { level: 2, name: 'Inzage en afscherming' }).waitFor();

    await page.getByRole('button', { name: 'Toon wie dit dossier heeft ingezien' }).click();
    const log = page.getByRole('region', { name: 'Wie heeft dit dossier ingezien?' });
    await log.getByRole('table').waitFor();
    expect(await log.getByRole('row').nth(1).textContent()).toContain(me);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Where Ruben lives: an address from a date, then a move (the previous address ends the day before).
    await openTab(page, 'Samenstelling en netwerk');
    const ruben = page
      .getByRole('region', { name: 'Samenstelling', exact: true })
      .getByRole('row', { name: /Ruben Overdracht/ });
    expect(await ruben.textContent()).toContain('geen adres bekend');
    const recordAddress = async (fields: Record<string, string>) => {
      await page.getByRole('button', { name: 'Adres vastleggen' }).click();
      const form = page.getByRole('form', { name: 'Adres vastleggen' });
      for (const [label, value] of Object.entries(fields)) {
        await form.getByLabel(label, { exact: true }).fill(value);
      }
      await form.getByRole('button', { name: 'Adres vastleggen' }).click();
      return form;
    };
    const first = await recordAddress({
      'Straat (niet verplicht)': 'Oude Gracht',
      Huisnummer: '1',
      Postcode: '3511SS',
      'Woont op dit adres sinds': '2020-01-01',
    });
    await first.waitFor({ state: 'detached' });
    await expect.poll(() => ruben.textContent()).toContain('Oude Gracht 1, 3511 SS');
    const wrong = await recordAddress({
      Huisnummer: '2',
      Postcode: 'ABC',
      'Woont op dit adres sinds': '2024-05-01',
    });
    await wrong.getByRole('alert').waitFor();
    expect(await wrong.getByRole('alert').textContent()).toContain('Vul een postcode in zoals 1234 AB.');
    await wrong.getByRole('button', { name: 'Annuleren' }).click();
    const moved = await recordAddress({
      Huisnummer: '2',
      Postcode: '3511 sd',
      'Plaats (niet verplicht)': 'Utrecht',
      'Woont op dit adres sinds': '2024-05-01',
    });
    await moved.waitFor({ state: 'detached' });
    await expect.poll(() => ruben.textContent()).toContain('huisnummer 2, 3511 SD Utrecht');

    // The vast gezicht can hand the data over: the whole household, or what concerns one member.
    await openTab(page, 'Inzage en afscherming');
    const exportSection = page.getByRole('region', { name: 'Gegevens meegeven' });
    await exportSection.getByLabel('Welke gegevens').selectOption({ label: 'Ruben Overdracht' });
    const href = await exportSection.getByRole('link', { name: /leesbaar document/ }).getAttribute('href');
    expect(href).toContain('format=html');
    const exported = await page.evaluate(async (url) => {
      const response = await fetch(url ?? '');
      return { status: response.status, text: await response.text() };
    }, href);
    expect(exported.status).toBe(200);
    expect(exported.text).toContain('Ruben');

    await openTab(page, 'Samenstelling en netwerk');
    const moveOut = page.getByRole('button', { name: /^Verhuizing vastleggen… / }).first();
    const who = ((await moveOut.textContent()) ?? '').replace('Verhuizing vastleggen…', '').trim();
    await moveOut.click();
    await page
      .getByRole('form', { name: `${who} woont hier niet meer` })
      .getByRole('button', { name: 'Opslaan' })
      .click();
    await page.getByText('(Eerder lid)').first().waitFor();

    await openTab(page, 'Overzicht');
    await page.getByRole('button', { name: 'Vast gezicht wisselen' }).click();
    const form = page.getByRole('form', { name: 'Vast gezicht wisselen' });
    await form.getByRole('button', { name: 'Zoeken' }).click();
    const select = form.getByLabel('Nieuw vast gezicht (Lokaal Team)');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(2);
    const options = await select.locator('option').allTextContents();
    const successor = options.find((o) => o !== '—' && !o.startsWith(me)) as string;
    await select.selectOption({ label: successor });
    await form.getByLabel('Reden van de wissel').fill('Collega neemt het over wegens verlof');
    await form.getByRole('button', { name: 'Vast gezicht wisselen' }).click();
    // The previous fixed professional is no longer involved: need-to-know shows "not found".
    await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
  });
  it('the duo withholds a shelter address from a household member, after a confirmation, and ends it with a reason', async () => {
    const { page } = await signedInPage();
    const householdId = await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/v1/session')).json();
      const response = await fetch('/api/v1/households', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          displayName: 'Gezin Afscherming',
          municipalityCode: 'GM0344',
          persons: [
            {
              person: { givenName: 'Sanne', familyName: 'Afscherming', birthDate: '1991-04-05' },
              role: 'PARENT_WITH_AUTHORITY',
              from: '2021-01-01',
            },
            {
              person: { givenName: 'Karel', familyName: 'Afscherming', birthDate: '1989-08-09' },
              role: 'PARENT_WITH_AUTHORITY',
              from: '2021-01-01',
            },
          ],
          address: { street: 'Veilige Haven', houseNumber: '5', postcode: '3511SD', town: 'Utrecht' },
        }),
      });
      return (await response.json()).householdId as string;
    });
    await page.goto(`${platform.baseUrl}/gezinnen/${householdId}/inzage`);
    const section = page.getByRole('region', { name: 'Afgeschermde gegevens' });
    await section.getByText('Er is nu niets afgeschermd.').waitFor();

    await section.getByRole('button', { name: 'Iets afschermen' }).click();
    const form = section.getByRole('form', { name: 'Iets afschermen' });
    // Nothing chosen: refused in plain words before anything is saved.
    await form.getByRole('button', { name: 'Afschermen', exact: true }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('Kies wat u wilt afschermen.');

    await form
      .getByLabel('Wat wilt u afschermen?')
      .selectOption({ label: 'Adres van Sanne Afscherming: Veilige Haven 5, 3511 SD Utrecht' });
    await form
      .getByRole('group', { name: 'Voor wie wilt u het afschermen?' })
      .getByLabel('Een gezinslid')
      .check();
    await form.getByLabel('Welk gezinslid').selectOption({ label: 'Karel Afscherming' });
    await form.getByLabel('Soort reden').selectOption('SAFETY_OF_PERSON');
    await form.getByLabel('Toelichting').fill('Sanne is met de kinderen gevlucht voor geweld van Karel.');
    await form.getByRole('button', { name: 'Afschermen', exact: true }).click();
    // Saved only after an explicit confirmation.
    await form
      .getByText(
        'U schermt af: Adres van Sanne Afscherming: Veilige Haven 5, 3511 SD Utrecht. Voor: Karel Afscherming.',
      )
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Ja, afschermen' }).click();
    await section.getByRole('status').getByText('Afgeschermd.').waitFor();
    const row = section.getByRole('row', { name: /Veilige Haven 5/ });
    expect(await row.textContent()).toContain('Karel Afscherming');
    expect(await row.textContent()).toContain('Veiligheid van iemand: Sanne is met de kinderen gevlucht');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await row.getByRole('button', { name: /^Afscherming opheffen/ }).click();
    const end = section.getByRole('form', { name: /^Afscherming opheffen: Adres van Sanne/ });
    await end.getByLabel('Waarom mag dit weer zichtbaar zijn?').fill('Sanne woont niet meer in de opvang.');
    await end.getByRole('button', { name: 'Afscherming opheffen' }).click();
    await section.getByRole('status').getByText('De afscherming is opgeheven.').waitFor();
    await section.getByText('Er is nu niets afgeschermd.').waitFor();
    await section.getByText('Eerder afgeschermd (1)').click();
    expect(await section.getByRole('listitem').first().textContent()).toContain(
      'Sanne woont niet meer in de opvang.',
    );

    // In English the same section reads in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('region', { name: 'Withheld information' })
      .getByText('Nothing is withheld now.')
      .waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });
  it('opens a new gezinsdossier: the creator becomes the vast gezicht and the family appears in Mijn gezinnen', async () => {
    const { page, me } = await signedInPage();
    await page.getByRole('link', { name: 'Nieuw gezin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gezin' }).waitFor();
    await page.getByRole('button', { name: 'Gezinsdossier openen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Niet alle velden zijn goed ingevuld.');
    await page.getByLabel('Naam van het gezin of huishouden').fill('Gezin Proefhuis');
    await page.getByLabel('Gemeente').selectOption({ label: 'Houten (Regio Utrecht (demo))' });
    // The first member and the address come along in the same step.
    const first = page.getByRole('group', { name: 'Eerste gezinslid (niet verplicht)' });
    await first.getByLabel('Voornaam').fill('Mila');
    await first.getByLabel('Achternaam').fill('Proefhuis');
    await first.getByLabel('Rol in het huishouden').selectOption('PARENT_WITH_AUTHORITY');
    const address = page.getByRole('group', { name: 'Adres (niet verplicht)' });
    await address.getByLabel('Straat (niet verplicht)').fill('Proeflaan');
    await address.getByLabel('Huisnummer (niet verplicht)').fill('3b');
    await address.getByLabel('Postcode (niet verplicht)').fill('3995 sd');
    await address.getByLabel('Plaats (niet verplicht)').fill('Houten');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gezinsdossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Proefhuis' }).waitFor();
    expect(await page.getByRole('region', { name: 'Aanspreekpunt voor dit gezin' }).textContent()).toContain(
      me,
    );
    await openTab(page, 'Samenstelling en netwerk');
    const mila = page
      .getByRole('region', { name: 'Samenstelling', exact: true })
      .getByRole('row', { name: /Mila Proefhuis/ });
    expect(await mila.textContent()).toContain('Proeflaan 3b, 3995 SD Houten');

    await page.getByRole('link', { name: 'Mijn gezinnen' }).click();
    await page.getByRole('search').getByLabel('Zoek op naam van gezin of gezinslid').fill('Proefhuis');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Gezin Proefhuis' }).waitFor();
  });
});
