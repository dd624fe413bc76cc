import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

/**
 * Issue 9.6, "pictures that mislead": the family picture had no legend, lines ran through names, network
 * names were cut off, a parent who moved out but holds authority was missing, and children hung diagonally
 * from each parent instead of from a genogram's sibling line.
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

async function signIn(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).getByRole('button').first().click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  return page;
}

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

describe('issue 9.6: pictures that tell the truth', () => {
  it('issue 9.6: the family picture is a genogram with a legend; a father who moved out but holds authority is in it; children hang from one sibling line; at phone width a list replaces it', async () => {
    const page = await signIn();
    const created = await api<{ householdId: string; personIds: string[] }>(page, 'POST', '/households', {
      displayName: 'Gezin Tekenproef',
      municipalityCode: 'GM0344',
      persons: [
        {
          person: { givenName: 'Mira', familyName: 'Tekenproef', birthDate: '1985-04-01', gender: 'FEMALE' },
          role: 'PARENT_WITH_AUTHORITY',
          from: '2012-01-01',
        },
        {
          person: { givenName: 'Karel', familyName: 'Tekenproef', birthDate: '1983-09-12', gender: 'MALE' },
          role: 'PARENT_WITH_AUTHORITY',
          from: '2012-01-01',
        },
        {
          person: { givenName: 'Lot', familyName: 'Tekenproef', birthDate: '2014-06-20', gender: 'FEMALE' },
          role: 'CHILD',
          from: '2014-06-20',
        },
        {
          person: { givenName: 'Ties', familyName: 'Tekenproef', birthDate: '2017-02-02', gender: 'MALE' },
          role: 'CHILD',
          from: '2017-02-02',
        },
      ],
    });
    const [mother, father, lot, ties] = created.personIds as [string, string, string, string];
    const h = `/households/${created.householdId}`;
    for (const parent of [mother, father]) {
      for (const child of [lot, ties]) {
        await api(page, 'POST', `${h}/relations`, {
          fromPersonId: parent,
          toPersonId: child,
          kind: 'PARENT_OF',
          hasParentalAuthority: true,
        });
      }
    }
    await api(page, 'POST', `${h}/network-members`, {
      displayName: 'Buurvrouw Wilhelmina van Oostveen-Langenberg',
      relation: 'NEIGHBOUR',
      involvementAgreedByHousehold: true,
    });
    // Karel moves out; he keeps parental authority over both children.
    const dossier = await api<{
      members: { membershipId: string; membershipVersion: number; person: { id: string } }[];
    }>(page, 'GET', h);
    const karel = dossier.members.find((m) => m.person.id === father);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await api(page, 'PATCH', `${h}/memberships/${karel?.membershipId}`, {
      to: yesterday,
      version: karel?.membershipVersion,
    });

    await page.goto(`${platform.baseUrl}/gezinnen/${created.householdId}/samenstelling`);
    const picture = page.getByRole('img', { name: /Gezin en netwerk in beeld/ });
    await picture.waitFor();
    // The father who moved out is drawn, with a dotted outline and "ander adres".
    const karelInPicture = picture.locator('g', { has: page.locator('text', { hasText: /^Karel$/ }) }).last();
    await expect(karelInPicture.locator('.gd-picture-elsewhere').count()).resolves.toBe(1);
    await expect(karelInPicture.locator('text', { hasText: 'ander adres' }).count()).resolves.toBe(1);
    // The network member's name is not cut off: both lines together make the whole name.
    const networkText = await picture
      .locator('.gd-picture-network + text, .gd-picture-network ~ text')
      .allTextContents();
    expect(networkText.join(' ')).toContain('Buurvrouw Wilhelmina van');
    expect(networkText.join(' ')).toContain('Oostveen-Langenberg');
    // No line runs diagonally between the generations: descent lines are vertical, sibling lines horizontal.
    const diagonal = await picture.locator('line.gd-line:not(.gd-line-dashed)').evaluateAll(
      (lines) =>
        lines.filter((l) => {
          const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a)));
          const isNetwork = (x1 === 380 && y1 === 235) || (x2 === 380 && y2 === 235);
          return !isNetwork && x1 !== x2 && y1 !== y2;
        }).length,
    );
    expect(diagonal).toBe(0);
    // Authority is drawn (thick lines from both parents) and explained in the legend.
    await expect(picture.locator('line.gd-line-authority').count()).resolves.toBe(2);
    const legend = page.getByText('Wat de tekening laat zien');
    await legend.waitFor();
    await page.getByText('dikke blauwe lijn: ouder met gezag over de kinderen eronder').waitFor();
    await page.getByText('stippellijn om iemand heen: woont op een ander adres').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // At phone width the picture gives way to a list with the same facts.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(picture.isVisible()).resolves.toBe(false);
    const list = page.locator('.gd-picture-list');
    await expect(list.isVisible()).resolves.toBe(true);
    const karelLine = await list.getByRole('listitem').filter({ hasText: 'Karel' }).textContent();
    expect(karelLine).toContain('woont op een ander adres');
    expect(karelLine).toContain('gezag over Lot, Ties');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('issue 9.6: the self-sufficiency picture draws the professional and the family as separate series, so two views at one moment are no "improvement"; the safety assessment shows its content', async () => {
    const page = await signIn();
    const created = await api<{ householdId: string; personIds: string[] }>(page, 'POST', '/households', {
      displayName: 'Gezin Scoreproef',
      municipalityCode: 'GM0344',
      persons: [
        {
          person: { givenName: 'Noa', familyName: 'Scoreproef', birthDate: '1990-01-01' },
          role: 'OTHER_ADULT',
          from: '2020-01-01',
        },
      ],
    });
    const h = `/households/${created.householdId}`;
    await api(page, 'POST', `${h}/scores`, { lifeDomain: 'FINANCES', score: 2, scoredBy: 'PROFESSIONAL' });
    await api(page, 'POST', `${h}/scores`, { lifeDomain: 'FINANCES', score: 3, scoredBy: 'FAMILY' });
    await api(page, 'POST', `${h}/safety-assessments`, {
      instrumentId: 'gd-open-oordeel',
      instrumentVersion: '1.0',
      dangers: ['Schulden lopen op'],
      protectiveFactors: ['Zus komt elke week langs'],
      safetyConditions: ['Post wordt samen geopend'],
      professionalScore: 6,
      familyScores: [],
      uncertainty: null,
      disagreement: 'Noa vindt de schulden minder ernstig',
    });
    await page.goto(`${platform.baseUrl}/gezinnen/${created.householdId}/plannen`);
    const picture = page.getByRole('img', { name: /^Zelfredzaamheid per leefgebied/ });
    await picture.waitFor();
    const name = (await picture.getAttribute('aria-label')) ?? '';
    expect(name).toContain('Professional: van 2 naar 2');
    expect(name).toContain('Gezin zelf: van 3 naar 3');
    expect(name).not.toMatch(/van 2 naar 3/);
    expect(await picture.locator('text', { hasText: '→' }).count()).toBe(0);
    // The assessment's content is on screen, not only its score.
    const latest = page.getByRole('region', { name: /^Laatste oordeel/ });
    for (const text of [
      'Schulden lopen op',
      'Zus komt elke week langs',
      'Post wordt samen geopend',
      'Noa vindt de schulden minder ernstig',
    ]) {
      await latest.getByText(text).waitFor();
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
