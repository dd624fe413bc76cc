import type { Browser, Page } from 'playwright-core';
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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  return context.newPage();
}

/** Signs in as the first professional of "Lokaal Team Utrecht" on the demo page. */
async function signInAsLocalTeamProfessional(page: Page): Promise<string> {
  await page.goto(`${platform.baseUrl}/`);
  await page.waitForURL('**/inloggen');
  const group = page.getByRole('region', { name: 'Lokaal Team Utrecht' });
  const button = group.getByRole('button').first();
  const name = (await button.textContent()) ?? '';
  await button.click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  await page.getByRole('table').getByRole('link').first().waitFor();
  return name.trim();
}

async function openFirstFamily(page: Page): Promise<string> {
  const link = page.getByRole('table').getByRole('link').first();
  const name = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('heading', { level: 2, name: 'Samenstelling' }).waitFor();
  return name;
}

describe('the gezinsdossier in the browser', () => {
  it('sign in, open a family, add a person and a note (and axe finds no serious violation on each page)', async () => {
    const page = await newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
    await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).waitFor();
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

    const note = page.getByRole('form', { name: 'Notitie toevoegen' });
    await note.getByLabel('Titel').fill('Telefonisch contact met de proefschool');
    await note.getByLabel('Tekst').fill('Afspraak gemaakt voor volgende week.');
    await note.getByLabel('Fenna Proefpersoon').check();
    await note.getByRole('button', { name: 'Notitie toevoegen' }).click();
    const entry = page.getByRole('article', { name: 'Telefonisch contact met de proefschool' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Over: Fenna Proefpersoon');
  });

  it('refuses an invalid BSN with a clear Dutch message next to the field, and adds nothing', async () => {
    const page = await newPage();
    await signInAsLocalTeamProfessional(page);
    await openFirstFamily(page);
    const rowsBefore = await page
      .getByRole('region', { name: 'Samenstelling' })
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
    await page.getByRole('heading', { level: 2, name: 'Samenstelling' }).waitFor();
    expect(
      await page.getByRole('region', { name: 'Samenstelling' }).getByRole('table').getByRole('row').count(),
    ).toBe(rowsBefore);
  });

  it('shows a conflicting change with the other version and keeps the user’s input', async () => {
    const page = await newPage();
    await signInAsLocalTeamProfessional(page);
    await openFirstFamily(page);
    const editButton = page.getByRole('button', { name: /^Wijzig / }).first();
    await editButton.click();
    const form = page.getByRole('form', { name: /^Gegevens van/ });
    // Someone else changes the same person in the meantime (same API, other request).
    const dossierUrl = page.url().replace('/gezinnen/', '/api/households/');
    const dossier = await page.evaluate(async (url) => (await fetch(url)).json(), dossierUrl);
    const person = dossier.members[0].person;
    const csrf = await page.evaluate(async () => (await (await fetch('/api/session')).json()).csrfToken);
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
    await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Naar de inhoud');
    // Tab until focus is on the first Lokaal Team Utrecht user, then press Enter.
    const target = await page
      .getByRole('region', { name: 'Lokaal Team Utrecht' })
      .getByRole('button')
      .first()
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
    await page.getByRole('heading', { level: 2, name: 'Samenstelling' }).waitFor();
    await page.getByRole('form', { name: 'Notitie toevoegen' }).getByLabel('Titel').waitFor();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'note-title') {
        break;
      }
    }
    await page.keyboard.type('Notitie via toetsenbord');
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Notitie via toetsenbord' }).waitFor();
  });

  it('axe finds no serious or critical violation on the other pages, in Dutch and English', async () => {
    const failed = await newPage();
    await failed.goto(`${platform.baseUrl}/inloggen?fout=oidc_failed`);
    await failed.getByRole('alert').waitFor();
    expect(await failed.getByRole('alert').textContent()).toBe('Inloggen is mislukt. Probeer het opnieuw.');
    expect(await seriousA11yViolations(failed)).toEqual([]);
    const page = await newPage();
    await signInAsLocalTeamProfessional(page);
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
    const lt = await newPage();
    await signInAsLocalTeamProfessional(lt);
    const householdUrl = await lt.getByRole('table').getByRole('link').first().getAttribute('href');
    const dossier = await lt.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api${householdUrl?.replace('/gezinnen/', '/households/')}`,
    );
    const bsn = dossier.members.map((m: { person: { bsn: string | null } }) => m.person.bsn).find(Boolean);
    expect(bsn).toMatch(/^\d{9}$/);

    const page = await newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
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
    await page.getByRole('heading', { level: 2, name: 'Samenstelling' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(dossier.household.displayName);
    expect(await page.getByRole('alert').textContent()).toContain('U heeft noodtoegang tot');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
  it('the vast gezicht sees who viewed the dossier, records a move-out, and hands the role over with a reason', async () => {
    const page = await newPage();
    const me = await signInAsLocalTeamProfessional(page);
    // Its own family, so that handing it over does not change what the other tests see.
    const householdId = await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/session')).json();
      const post = async (url: string, body: unknown) =>
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
            body: JSON.stringify(body),
          })
        ).json();
      const created = await post('/api/households', {
        displayName: 'Gezin Overdracht',
        municipalityCode: 'GM0344',
      });
      await post(`/api/households/${created.householdId}/persons`, {
        person: { givenName: 'Ruben', familyName: 'Overdracht', birthDate: '1990-02-03' },
        role: 'OTHER_ADULT',
        from: '2020-01-01',
      });
      return created.householdId as string;
    });
    const url = `${platform.baseUrl}/gezinnen/${householdId}`;
    await page.goto(url);
    await page.getByRole('heading', { level: 2, name: 'Samenstelling' }).waitFor();

    await page.getByRole('button', { name: 'Toon wie dit dossier heeft ingezien' }).click();
    const log = page.getByRole('region', { name: 'Wie heeft dit dossier ingezien?' });
    await log.getByRole('table').waitFor();
    expect(await log.getByRole('row').nth(1).textContent()).toContain(me);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const moveOut = page.getByRole('button', { name: /^Verhuisd / }).first();
    const who = ((await moveOut.textContent()) ?? '').replace('Verhuisd', '').trim();
    await moveOut.click();
    await page
      .getByRole('form', { name: `${who} woont hier niet meer` })
      .getByRole('button', { name: 'Opslaan' })
      .click();
    await page.getByText('(Eerder lid)').first().waitFor();

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
  it('opens a new gezinsdossier: the creator becomes the vast gezicht and the family appears in Mijn gezinnen', async () => {
    const page = await newPage();
    const me = await signInAsLocalTeamProfessional(page);
    await page.getByRole('link', { name: 'Nieuw gezin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gezin' }).waitFor();
    await page.getByRole('button', { name: 'Gezinsdossier openen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Niet alle velden zijn goed ingevuld.');
    await page.getByLabel('Naam van het gezin of huishouden').fill('Gezin Proefhuis');
    await page.getByLabel('Gemeente').selectOption({ label: 'Houten (Regio Utrecht (demo))' });
    await page.getByRole('button', { name: 'Gezinsdossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Proefhuis' }).waitFor();
    expect(await page.getByRole('region', { name: 'Aanspreekpunt voor dit gezin' }).textContent()).toContain(
      me,
    );
    await page.getByRole('link', { name: 'Mijn gezinnen' }).click();
    await page.getByRole('search').getByLabel('Zoek op naam van gezin of gezinslid').fill('Proefhuis');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Gezin Proefhuis' }).waitFor();
  });
});
