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
 * Issue 10.8, "the professional's screens show what the family will see": in the dossier's Rechtsgang, the
 * RVT duo partner of the demo family under a running measure chooses a member, reads the family summary of
 * the ruling as that member will read it, withholds the ruling from that member (confirmed, with a reason)
 * and sees it disappear from what the member sees. Under axe, before and after.
 */
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let page: Page;
let family: { id: string; name: string };

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await signInAsSuggested(browser, platform.baseUrl, 'RVT_PARTNER');
  family = await caseloadFamilyIn(page, platform.baseUrl, 'COERCED_EXECUTION');
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Reads the API as the signed-in user. */
async function get<T>(path: string): Promise<T> {
  const answer = await page.request.get(`${platform.baseUrl}/api/v1${path}`);
  expect(answer.status(), path).toBe(200);
  return (await answer.json()) as T;
}

describe('issue 10.8: what the family sees', () => {
  it('shows a member the ruling in plain words; withholding it (with a reason) takes it out of what that member sees', async () => {
    const dossier = await get<{
      members: { isCurrent: boolean; person: { id: string; givenName: string; familyName: string } }[];
    }>(`/households/${family.id}`);
    // The member who sees the ruling by default (a parent with authority).
    let member: { id: string; givenName: string; familyName: string } | null = null;
    for (const m of dossier.members.filter((x) => x.isCurrent)) {
      const view = await get<{ items: { kind: string }[] }>(
        `/households/${family.id}/family-view?personId=${m.person.id}`,
      );
      if (view.items.some((i) => i.kind === 'RULING')) {
        member = m.person;
        break;
      }
    }
    expect(member, 'a member who sees the ruling').not.toBeNull();
    const name = member?.givenName ?? '';

    await page.goto(`${platform.baseUrl}/gezinnen/${family.id}/recht`);
    const panel = page.getByRole('region', { name: 'Wat het gezin ziet' });
    await panel.waitFor();
    await panel.getByLabel('Gezinslid').selectOption(member?.id ?? '');
    const sees = panel.getByRole('region', { name: `Dit ziet ${name}`, exact: true });
    const ruling = sees.getByRole('article', { name: 'Uitspraak' });
    await expect(
      ruling.getByText(/^De rechter heeft op .* een besluit genomen over /).textContent(),
    ).resolves.toMatch(/Bent u het niet eens\?/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await ruling.getByRole('button', { name: `Niet laten zien voor ${name}: uitspraak` }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel(`Waarom ziet ${name} dit niet?`)
      .fill('De uitspraak wordt eerst in een gesprek uitgelegd.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Niet laten zien', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const notSeen = panel.getByRole('region', { name: `Dit ziet ${name} niet`, exact: true });
    const withheld = notSeen.getByRole('article', { name: 'Uitspraak' });
    await withheld.waitFor();
    expect(await sees.getByRole('article', { name: 'Uitspraak' }).count()).toBe(0);
    await expect(
      withheld
        .getByRole('row', { name: new RegExp(`^${name} Nee Zo bepaald door het team: De uitspraak`) })
        .count(),
    ).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
