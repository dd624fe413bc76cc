import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

/**
 * Issue 9.8, "the phone": every page with a table scrolled sideways at 390 px. Now tables become lists (each
 * value with its column header) and no page is wider than the screen.
 */
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

async function signInOnPhone(organisation: string | RegExp, index = 0): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: organisation }).getByRole('button').nth(index).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** How far the page reaches beyond the screen's width (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectFits(page: Page, path: string, ready: () => Promise<unknown>): Promise<void> {
  await page.goto(`${platform.baseUrl}${path}`);
  await ready();
  expect(await overflow(page), path).toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(page), path).toEqual([]);
}

describe('issue 9.8: the phone', () => {
  it('issue 9.8: at 390 px no page scrolls sideways and tables read as lists with their column names', async () => {
    const page = await signInOnPhone('Lokaal Team Utrecht');
    const table = () => page.getByRole('table').first().waitFor();
    await expectFits(page, '/', table);
    // A row of "Mijn gezinnen" is a card: each value says which column it belongs to.
    const firstCell = page.locator('main tbody tr').first().locator('td').first();
    expect(await firstCell.getAttribute('data-label')).toBeTruthy();
    const family = await page.locator('main tbody tr').first().getByRole('link').first().getAttribute('href');
    await expectFits(page, '/werklijst', () =>
      page.getByRole('heading', { level: 1, name: 'Werklijst' }).waitFor(),
    );
    await expectFits(page, '/melding', () => page.getByRole('heading', { level: 1 }).waitFor());
    await expectFits(page, '/gezinnen/nieuw', () => page.getByRole('heading', { level: 1 }).waitFor());
    // Every section of the dossier.
    for (const section of [
      '',
      '/samenstelling',
      '/pad',
      '/plannen',
      '/hulp',
      '/recht',
      '/tijdlijn',
      '/inzage',
    ]) {
      await expectFits(page, `${family}${section}`, async () => {
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
      });
    }
    await expectFits(page, '/api-documentatie', () =>
      page.getByRole('heading', { level: 2, name: 'Inhoud' }).waitFor(),
    );
    await page.context().close();

    const admin = await signInOnPhone('Beheer');
    await expectFits(admin, '/beheer', () =>
      admin.getByRole('heading', { level: 2, name: 'Beheerlogboek' }).waitFor(),
    );
    await admin.context().close();
  });
});
