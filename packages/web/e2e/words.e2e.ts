import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './harness';

/**
 * Issue 9.7, "words": spec codes on screen ("EO-2", "UO-1", "regels nl-2026.1"), raw keys ("team_supervision"),
 * codes instead of words. This sweep reads every page a professional, a team lead and an administrator use,
 * in Dutch and in English, and fails on anything that looks like a code or an untranslated key.
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

const CODE_PATTERNS: [string, RegExp][] = [
  ['decision-table code', /\b(?:EO|UO)-?\d\b/],
  ['spec id', /\b(?:KT|VAL|INV|LS|MON|AMB|CFG|MEAS)-\d+/],
  ['rule pack version', /\bnl-20\d\d\.\d\b/],
  ['enum code', /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/],
  ['snake_case key', /\b[a-z]+(?:_[a-z]+)+\b/],
  ['i18n key', /\b[a-z]+(?:[A-Z][a-z]+)*\.[a-z]+(?:[A-Z][a-z]+)*\.[a-zA-Z.]+\b/],
];

/** The codes on the visible page, each with a few words around it. */
async function codesOn(page: Page): Promise<string[]> {
  // What a person sees (innerText leaves out hidden text, e.g. the visually hidden list or collapsed parts).
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what this test is about
  const text = await page.locator('main').innerText();
  return CODE_PATTERNS.flatMap(([name, pattern]) => {
    const global = new RegExp(pattern.source, 'g');
    return [...text.matchAll(global)].map(
      (m) => `${name}: "${text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length + 30)}"`,
    );
  });
}

async function signIn(organisation: string | RegExp, index = 0): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: organisation }).getByRole('button').nth(index).click();
  // The sign-in page has a level-1 heading too: wait until the session's first page is there, so that what
  // follows (an API call with the session's CSRF token) does not race the sign-in.
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

async function sweep(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const language of ['Nederlands', 'English']) {
    for (const path of paths) {
      await page.goto(`${platform.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      if (language === 'English' && (await page.getByRole('button', { name: 'English' }).count()) > 0) {
        await page.getByRole('button', { name: 'English' }).click();
        await page.waitForLoadState('networkidle');
      }
      found.push(...(await codesOn(page)).map((c) => `${path} (${language}) ${c}`));
    }
  }
  return found;
}

describe('issue 9.7: words, not codes', () => {
  it('issue 9.7: no page shows a spec code, a rule-pack version, an enum code or an untranslated key, in Dutch or English', async () => {
    const page = await signIn('Lokaal Team Utrecht');
    await page.getByRole('table').getByRole('link').first().waitFor();
    const families = await page
      .getByRole('table')
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith('/gezinnen/')),
      );
    const found = await sweep(page, [
      '/',
      '/werklijst',
      '/melding',
      '/gezinnen/nieuw',
      ...families.slice(0, 6),
    ]);
    await page.context().close();
    const lead = await signIn(/Crisisdienst/, 1);
    found.push(...(await sweep(lead, ['/noodtoegang/beoordelen', '/werklijst'])));
    await lead.context().close();
    expect(found).toEqual([]);
  });

  it('issue 9.7: a household of adults only sees adult wording: no parental-authority column, no authority to tick', async () => {
    const page = await signIn('Lokaal Team Utrecht');
    const created = await page.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/v1/session')).json();
      const response = await fetch('/api/v1/households', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          displayName: 'Huishouden Volwassenproef',
          municipalityCode: 'GM0344',
          persons: [
            {
              person: { givenName: 'Bram', familyName: 'Volwassenproef', birthDate: '1944-03-03' },
              role: 'OTHER_ADULT',
              from: '1990-01-01',
            },
            {
              person: { givenName: 'Joost', familyName: 'Volwassenproef', birthDate: '1972-08-08' },
              role: 'OTHER_ADULT',
              from: '1990-01-01',
            },
          ],
        }),
      });
      return (await response.json()) as { householdId: string };
    });
    await page.goto(`${platform.baseUrl}/gezinnen/${created.householdId}/samenstelling`);
    const members = page.getByRole('table').first();
    await members.getByRole('cell', { name: /Bram Volwassenproef/ }).waitFor();
    expect(await members.getByRole('columnheader', { name: 'Gezag' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Relatie vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Relatie vastleggen' });
    await form.waitFor();
    expect(await form.getByLabel('Heeft gezag').count()).toBe(0);
    await page.context().close();
  });
});
