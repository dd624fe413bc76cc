import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseloadFamilyIn,
  launchBrowser,
  seriousA11yViolations,
  signInAsSuggested,
  startPlatform,
} from './harness';

/**
 * Issue 9.2, "the dossier is one endless page" (8,700 px at 1280 px and 11,300 px at 390 px for the demo's
 * family in an extended investigation, no sections to jump to, the note form at the very bottom, empty
 * parts taking room): the dossier now has a compact header and sections, each at its own address.
 */
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let page: Page;
/** The demo family in an extended investigation, seen by its RVT duo partner. */
let family: { id: string; name: string };

const SECTIONS = [
  { path: '', label: 'Overzicht' },
  { path: '/samenstelling', label: 'Samenstelling en netwerk' },
  { path: '/pad', label: 'Pad en besluiten' },
  { path: '/plannen', label: 'Plannen' },
  { path: '/hulp', label: 'Hulp' },
  { path: '/recht', label: 'Rechtsgang' },
  { path: '/tijdlijn', label: 'Tijdlijn' },
  { path: '/inzage', label: 'Inzage en afscherming' },
] as const;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await signInAsSuggested(browser, platform.baseUrl, 'RVT_PARTNER');
  family = await caseloadFamilyIn(page, platform.baseUrl, 'EXTENDED_INVESTIGATION');
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Calls the API as the signed-in user (with the session's CSRF token on writes). */
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
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

/** The text of the header's facts ("Vast gezicht: …") as label → value. */
async function headerFacts(): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.gd-facts > div')].map((d) => [
        (d.querySelector('dt')?.textContent ?? '').trim(),
        (d.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);

describe('issue 9.2: a dossier you can find your way in', () => {
  it('issue 9.2: every section has its own address, title and a short page; the header is on each; Back and a bookmark work', async () => {
    await page.goto(`${platform.baseUrl}/gezinnen/${family.id}`);
    await page.getByRole('heading', { level: 2, name: 'Overzicht', exact: true }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Onderdelen van het dossier' });
    expect(await tabs.getByRole('link').allTextContents()).toEqual(SECTIONS.map((s) => s.label));
    const casework = await api<{ case: { team?: unknown } | null }>(
      'GET',
      `/households/${family.id}/casework`,
    );
    expect(casework.case).not.toBeNull();
    const dossier = await api<{
      case: { team: { role: string; professionalName: string; endedAt: string | null }[] };
    }>('GET', `/households/${family.id}`);
    const fixed = dossier.case.team.find((m) => m.role === 'FIXED_PROFESSIONAL' && m.endedAt === null);

    const heights: string[] = [];
    for (const section of SECTIONS) {
      await tabs.getByRole('link', { name: section.label, exact: true }).click();
      await page.waitForURL(`${platform.baseUrl}/gezinnen/${family.id}${section.path}`);
      await page.getByRole('heading', { level: 2, name: section.label, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      if (section.path === '/plannen') {
        // The safety chart is loaded on demand: measure with it.
        await page.locator('.gd-chart').waitFor();
      }
      await expect(page.title()).resolves.toBe(`${section.label} · ${family.name} · Gezinsdossier`);
      expect(await tabs.locator('a[aria-current="page"]').textContent()).toBe(section.label);
      // The compact header says who the family is and where it stands, on every section.
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(family.name);
      expect(await headerFacts()).toMatchObject({
        'Vast gezicht': expect.stringContaining(fixed?.professionalName ?? '?'),
        Fase: expect.stringContaining('Uitgebreid onderzoek'),
        'Kader van de hulp': 'Nog geen hulp',
      });
      // The note can be written from every section: its button is on the first screen.
      const note = page.getByRole('button', { name: 'Notitie toevoegen', exact: true });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const box = await note.boundingBox();
        expect({ section: section.label, width, top: (box?.y ?? 9999) < 900 }).toEqual({
          section: section.label,
          width,
          top: true,
        });
        const height = await pageHeight();
        heights.push(`${section.label} at ${width}px: ${height}px`);
        // One endless page was 8,700 px at 1280 px and 11,300 px at 390 px for this family.
        expect({ section: section.label, width, short: height <= (width === 1280 ? 3500 : 5000) }).toEqual({
          section: section.label,
          width,
          short: true,
        });
        expect({ section: section.label, width, violations: await seriousA11yViolations(page) }).toEqual({
          section: section.label,
          width,
          violations: [],
        });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    console.log(`issue 9.2 page heights (${family.name}):\n${heights.join('\n')}`);

    // Back returns to the section before; a bookmarked address opens that section again.
    await page.goBack();
    await page.waitForURL(`${platform.baseUrl}/gezinnen/${family.id}/tijdlijn`);
    await page.getByRole('heading', { level: 2, name: 'Tijdlijn', exact: true }).waitFor();
    await page.goto(`${platform.baseUrl}/gezinnen/${family.id}/plannen`);
    await page.getByRole('heading', { level: 2, name: 'Plannen', exact: true }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Veiligheidsplan' }).waitFor();
  });

  it('issue 9.2: the header shows the first overdue deadline and active spoed', async () => {
    const casework = await api<{ deadlines: { dueOn: string; status: string }[] }>(
      'GET',
      `/households/${family.id}/casework`,
    );
    const overdue = casework.deadlines
      .filter((d) => d.status === 'OVERDUE' || d.status === 'ESCALATED')
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
    expect(overdue).toBeDefined();
    await api('POST', `/households/${family.id}/urgent-safety-episodes`, {
      situation: 'Vader dreigt de kinderen mee te nemen (synthetisch)',
    });
    await page.goto(`${platform.baseUrl}/gezinnen/${family.id}/samenstelling`);
    await page.getByRole('heading', { level: 2, name: 'Samenstelling en netwerk' }).waitFor();
    await page.getByText(/^Actief sinds /).waitFor();
    const facts = await headerFacts();
    expect(facts['Te laat']).toContain(
      `was uiterlijk ${new Date(overdue?.dueOn ?? '').toLocaleDateString('nl-NL')}`,
    );
    expect(facts.Spoed).toMatch(/^Actief sinds \d{1,2}-\d{1,2}-\d{4}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`${family.name}Spoed`);
  });

  it('issue 9.2: an empty part collapses to one line: its heading, "Nog geen …" and its button', async () => {
    await page.goto(`${platform.baseUrl}/gezinnen/${family.id}/hulp`);
    const part = page.getByRole('region', { name: 'Hulp', exact: true }).last();
    const heading = part.getByRole('heading', { level: 3, name: 'Hulp' });
    await heading.waitFor();
    const empty = part.getByText('Nog geen hulp aangevraagd.');
    const button = part.getByRole('button', { name: 'Hulp aanvragen' });
    const [h, e, b, all] = await Promise.all([
      heading.boundingBox(),
      empty.boundingBox(),
      button.boundingBox(),
      part.boundingBox(),
    ]);
    // On one line: each starts above where the others end.
    for (const box of [e, b]) {
      expect((box?.y ?? 0) < (h?.y ?? 0) + (h?.height ?? 0)).toBe(true);
      expect((h?.y ?? 0) < (box?.y ?? 0) + (box?.height ?? 0)).toBe(true);
    }
    expect(all?.height ?? 999).toBeLessThan(60);
  });
});
