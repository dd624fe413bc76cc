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

async function signInAsAdministrator(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: 'Beheer' }).getByRole('button').first().click();
  return page;
}

/** axe at desktop and phone width, back at desktop width afterwards. */
async function axeAtBothWidths(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const isFocused = (page: Page, id: string) => page.evaluate((i) => document.activeElement?.id === i, id);

describe('issue 9.11: administration in the web app', () => {
  it('issue 9.11: an administrator starts in administration, creates an account with an OIDC sign-in, gives and ends a role, adds a region and a municipality, deactivates the account, and sees it all in the log', async () => {
    const page = await signInAsAdministrator();
    // Not an empty "Mijn gezinnen": the administrator starts where her work is.
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expect(page.title()).resolves.toBe('Beheer · Gezinsdossier');
    await axeAtBothWidths(page);

    await page.getByRole('button', { name: 'Nieuw account' }).click();
    await expect.poll(() => isFocused(page, 'admin-new-kind')).toBe(true);
    const form = page.getByRole('form', { name: 'Nieuw account' });
    await axeAtBothWidths(page);
    await form.getByLabel('Naam').fill('Proef Beheerde');
    await form.getByLabel(/^Inlog-ID bij de identiteitsprovider/).fill('sub-proef-beheerde');
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Account voor Proef Beheerde aangemaakt.');
    await expect.poll(() => isFocused(page, 'admin-status')).toBe(true);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Proef Beheerde' }) });
    await expect(card.getByText('kan inloggen via OIDC').isVisible()).resolves.toBe(true);

    // The same OIDC subject twice is refused, in Dutch, and nothing is added.
    await page.getByRole('button', { name: 'Nieuw account' }).click();
    await form.getByLabel('Naam').fill('Dubbele Inlog');
    await form.getByLabel(/^Inlog-ID bij de identiteitsprovider/).fill('sub-proef-beheerde');
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    await form.getByText('Deze OIDC-inlog hoort al bij een ander account.').first().waitFor();
    await form.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('heading', { name: 'Dubbele Inlog' }).count()).toBe(0);

    await card.getByRole('button', { name: 'Rol toevoegen… Proef Beheerde' }).click();
    const roleForm = page.getByRole('form', { name: 'Rol toevoegen voor Proef Beheerde' });
    const utrecht = await roleForm
      .getByLabel('Organisatie')
      .locator('option')
      .evaluateAll((options) =>
        options.map((o) => o.textContent ?? '').find((t) => t.startsWith('Lokaal Team Utrecht')),
      );
    await roleForm.getByLabel('Organisatie').selectOption({ label: utrecht as string });
    await roleForm.getByLabel('Rol').selectOption('TEAM_LEAD');
    await roleForm.getByRole('button', { name: 'Rol toevoegen' }).click();
    await expect.poll(() => status.textContent()).toBe('Rol toegevoegd voor Proef Beheerde.');
    await card.getByText(/^Teamleider — Lokaal Team Utrecht/).waitFor();

    await card.getByRole('button', { name: /^Rol beëindigen… Proef Beheerde/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await axeAtBothWidths(page);
    await dialog.getByLabel('Reden (komt in het beheerlogboek)').fill('Wisselt van team');
    await dialog.getByRole('button', { name: 'Rol beëindigen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText(/beëindigd op/).waitFor();

    await page.getByRole('button', { name: 'Regio toevoegen…' }).click();
    const region = page.getByRole('form', { name: 'Regio toevoegen…' });
    await region.getByLabel('Regiocode').fill('X9');
    await region.getByLabel('Naam').fill('Proefregio Web');
    await region.getByRole('button', { name: 'Toevoegen' }).click();
    await region
      .getByText('Een regiocode is VR gevolgd door twee cijfers, bijvoorbeeld VR09.')
      .first()
      .waitFor();
    await region.getByLabel('Regiocode').fill('VR88');
    await region.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => status.textContent()).toBe('Proefregio Web toegevoegd.');

    await page.getByRole('button', { name: 'Gemeente toevoegen…' }).click();
    const municipality = page.getByRole('form', { name: 'Gemeente toevoegen…' });
    await municipality.getByLabel('Gemeentecode').fill('GM9888');
    await municipality.getByLabel('Naam').fill('Proefdorp Web');
    await municipality.getByLabel('Regio').selectOption({ label: 'Proefregio Web (VR88)' });
    await municipality.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => status.textContent()).toBe('Proefdorp Web toegevoegd.');

    await card.getByRole('button', { name: 'Deactiveren… Proef Beheerde' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Account deactiveren' }).click();
    // A reason is required before anything is sent.
    await dialog.getByText('Vul een reden in.').waitFor();
    await dialog.getByLabel('Reden (komt in het beheerlogboek)').fill('Uit dienst');
    await dialog.getByRole('button', { name: 'Account deactiveren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText('— gedeactiveerd').waitFor();

    const log = page.getByRole('region', { name: 'Beheerlogboek' }).getByRole('table');
    const rows = await log
      .getByRole('row')
      .evaluateAll((trs) =>
        trs
          .slice(1, 7)
          .map((tr) => [...(tr as HTMLTableRowElement).cells].slice(2).map((c) => c.textContent?.trim())),
      );
    expect(rows).toEqual([
      ['Account gedeactiveerd', 'Proef Beheerde', 'Uit dienst'],
      ['Gemeente toegevoegd', 'Proefdorp Web', ''],
      ['Regio toegevoegd', 'Proefregio Web', ''],
      ['Rol beëindigd', 'Proef Beheerde', 'Wisselt van team'],
      ['Rol gegeven', 'Proef Beheerde', ''],
      ['Account aangemaakt', 'Proef Beheerde', ''],
    ]);
    await axeAtBothWidths(page);
    await page.context().close();
  });

  it('issue 9.11: the API documentation is linked on every page, readable without signing in, and passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${platform.baseUrl}/inloggen`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'API-documentatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-documentatie' }).waitFor();
    await expect(page.title()).resolves.toBe('API-documentatie · Gezinsdossier');
    await page.getByRole('heading', { level: 3, name: 'POST /api/v1/households', exact: true }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'GET /api/v1/admin/changes', exact: true }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Het OpenAPI-document (JSON), voor tools' }).getAttribute('href'),
    ).toBe('/api/v1/openapi.json');
    await axeAtBothWidths(page);
    await context.close();
  });
});
