import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

/**
 * Issue 9, done means: axe on every page and every opened form, at 1280 px and 390 px, with no serious or
 * critical violation. This sweep opens every inline form and every confirmation in every section of the
 * dossier of families in different stages, as the vast gezicht and as the RVT duo partner, checks each at
 * both widths, and closes it again without saving.
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

const SECTIONS = ['', '/samenstelling', '/pad', '/plannen', '/hulp', '/recht', '/tijdlijn', '/inzage'];

async function signIn(organisation: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  const group = page.getByRole('region', { name: organisation });
  // The first user of the organisation who works with families.
  await group.getByRole('button').first().waitFor();
  const count = await group.getByRole('button').count();
  for (let i = 0; i < count; i++) {
    await group.getByRole('button').nth(i).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    const families = page.getByRole('table').getByRole('link').first();
    const none = page.getByText('U bent nu niet betrokken bij een gezin.');
    await families.or(none).waitFor();
    if (await families.isVisible()) {
      return page;
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText(/^Alle \d+ demogebruikers$/).click();
    await group.getByRole('button').first().waitFor();
  }
  throw new Error(`no user of ${organisation} with families`);
}

async function axeAtBothWidths(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const v of await seriousA11yViolations(page)) {
      found.push(`${where} @${width}: ${JSON.stringify(v)}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

/** Opens, checks and closes every inline form and confirmation on the page; returns the violations. */
async function sweepPage(page: Page, where: string): Promise<{ opened: number; violations: string[] }> {
  const violations = await axeAtBothWidths(page, where);
  let opened = 0;
  const openers = await page
    .locator('main button[id*="open-"], main button[aria-haspopup="dialog"]')
    .evaluateAll((buttons) => buttons.map((b) => b.id || b.textContent?.trim() || ''));
  for (const key of openers) {
    const button = key.includes('open-')
      ? page.locator(`[id="${key}"]`)
      : page.locator('main button[aria-haspopup="dialog"]', { hasText: key }).first();
    if (!(await button.isVisible())) {
      continue;
    }
    await button.click();
    const dialog = page.getByRole('dialog');
    const form = page.locator('main form');
    await dialog.or(form.first()).first().waitFor();
    opened += 1;
    violations.push(...(await axeAtBothWidths(page, `${where} ${key}`)));
    if (await dialog.isVisible()) {
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'detached' });
    } else {
      await page.locator('main form').getByRole('button', { name: 'Annuleren' }).last().click();
    }
  }
  return { opened, violations };
}

describe('issue 9: axe on every opened form', () => {
  it('issue 9: every form and confirmation of every dossier section, as the vast gezicht and as the RVT partner, has no serious or critical violation at 1280 and 390 px', async () => {
    const violations: string[] = [];
    let opened = 0;
    for (const organisation of ['Lokaal Team Utrecht', 'Regionaal Veiligheidsteam Regio Utrecht']) {
      const page = await signIn(organisation);
      const families = await page
        .getByRole('table')
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith('/gezinnen/')),
        );
      for (const family of families.slice(0, 2)) {
        for (const section of SECTIONS) {
          await page.goto(`${platform.baseUrl}${family}${section}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          const result = await sweepPage(page, `${organisation} ${family}${section}`);
          opened += result.opened;
          violations.push(...result.violations);
        }
      }
      await page.context().close();
    }
    console.log(`forms and confirmations opened and checked: ${opened}`);
    expect(opened).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});
