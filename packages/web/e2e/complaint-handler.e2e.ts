import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoSession,
  type DemoUser,
  demoUsers,
  launchBrowser,
  seriousA11yViolations,
  signInDemo,
  startPlatform,
} from './harness';

/**
 * KT9-R3 / LS-15 in the browser, for the independent complaint handler. The family's team records two
 * complaints and gives both to a professional of another organisation (the crisis service) through the API;
 * one was received long ago, so its decision is late. The handler signs in, finds "Klachten" in the
 * navigation, sees both with their terms ("te laat" in words), extends the other's term once with a reason,
 * decides it (a choice made on purpose, the server's refusal shown at its field, then confirmed), reads the
 * receipt and finds it gone from the list. axe at desktop and phone width on the list and the complaint.
 */
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;

const sessions = {} as Record<'lt' | 'handler', DemoSession>;

const signInAs = (user: DemoUser) => signInDemo(browser, platform.baseUrl, user);

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  const users = await demoUsers(browser, platform.baseUrl);
  const find = (test: (u: DemoUser) => boolean, what: string) => {
    const user = users.find(test);
    expect(user, what).toBeDefined();
    return user as DemoUser;
  };
  sessions.lt = await signInAs(
    find((u) => u.organisationName === 'Lokaal Team Utrecht' && u.role === 'PROFESSIONAL', 'Lokaal Team'),
  );
  // A handler is anyone outside the family's team whom the complaint is not about (the server's
  // `handlerRefusals`): a professional of the crisis service, which has nothing to do with this family.
  sessions.handler = await signInAs(
    find(
      (u) => (u.organisationName ?? '').startsWith('Crisisdienst') && u.role === 'PROFESSIONAL',
      'crisis service',
    ),
  );
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** axe at desktop and phone width, back at desktop width afterwards. */
async function axeAtBothWidths(page: Page, what: string): Promise<void> {
  expect(await seriousA11yViolations(page), what).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousA11yViolations(page), `${what} (phone)`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Spec codes, enum codes and raw keys on the visible page (as `words.e2e.ts` looks for them). */
async function codesOn(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what this check is about
  const text = await page.locator('main').innerText();
  return [
    /\b(?:KT|VAL|INV|LS|MON|AMB|CFG|MEAS)-\d+/g,
    /\bnl-20\d\d\.\d\b/g,
    /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g,
    /\b[a-z]+(?:_[a-z]+)+\b/g,
    /\b[a-z]+(?:[A-Z][a-z]+)*\.[a-z]+(?:[A-Z][a-z]+)*\.[a-zA-Z.]+\b/g,
  ].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const today = daysAgo(0);

/** Through the API: a new family (a child and a parent with authority) with the local team's professional. */
async function newFamily(): Promise<{ householdId: string; parentId: string }> {
  const lt = sessions.lt.api;
  const intake = await lt.call<{ householdId: string }>('POST', '/intakes', {
    kind: 'REPORT',
    reporter: { kind: 'CITIZEN', anonymous: true },
    summary: 'Buren horen vaak harde ruzies (synthetisch).',
    newHousehold: {
      displayName: 'Gezin Klachtproef',
      municipalityCode: 'GM0344',
      persons: [
        {
          person: { givenName: 'Jip', familyName: 'Klachtproef', birthDate: '2015-03-14' },
          role: 'CHILD',
          from: '2015-03-14',
        },
        {
          person: { givenName: 'Sanne', familyName: 'Klachtproef', birthDate: '1986-02-03' },
          role: 'PARENT_WITH_AUTHORITY',
          from: '2015-03-14',
        },
      ],
    },
  });
  const dossier = await lt.call<{ members: { person: { id: string; givenName: string } }[] }>(
    'GET',
    `/households/${intake.householdId}`,
  );
  const parentId = dossier.members.find((m) => m.person.givenName === 'Sanne')?.person.id ?? '';
  return { householdId: intake.householdId, parentId };
}

/** Through the API, by the team: a complaint recorded, its receipt confirmed, and given to the handler. */
async function complaintForHandler(
  family: { householdId: string; parentId: string },
  subject: string,
  receivedOn: string,
): Promise<string> {
  const lt = sessions.lt.api;
  const c = `/households/${family.householdId}/complaints`;
  const recorded = await lt.call<{ id: string; version: number }>('POST', c, {
    complainant: { kind: 'MEMBER', personId: family.parentId },
    subject,
    receivedOn,
    text: 'Afspraken worden steeds verzet zonder uitleg (synthetisch).',
    youthCareMatter: true,
  });
  const acknowledged = await lt.call<{ version: number }>('POST', `${c}/${recorded.id}/acknowledgements`, {
    version: recorded.version,
    acknowledgedOn: receivedOn,
    akj: { personIds: [family.parentId], representative: false },
  });
  await lt.call('PUT', `${c}/${recorded.id}/handler`, {
    version: acknowledged.version,
    handlerId: sessions.handler.user.id,
  });
  return recorded.id;
}

describe('KT9-R3 / LS-15: the independent complaint handler', () => {
  it('KT9-R3: the handler finds the complaints under "Klachten", extends one term once with a reason, decides it confirmed, and it is gone from the list', async () => {
    const family = await newFamily();
    const late = await complaintForHandler(family, 'ACCESS_TO_DATA', daysAgo(70));
    const fresh = await complaintForHandler(family, 'OTHER', today);

    const page = await sessions.handler.context.newPage();
    await page.goto(`${platform.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    // "Klachten" is in the navigation because this professional handles complaints.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klachten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klachten' }).waitFor();
    const list = page.getByRole('table', { name: 'Klachten' });
    await list.waitFor();
    // Soonest decision first: the late one, with "te laat" in words; neither extended yet.
    const rows = list.getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('Inzage in gegevens');
    expect(await rows.nth(1).textContent()).toContain('te laat');
    expect(await rows.nth(2).textContent()).toContain('Iets anders');
    expect(await rows.nth(2).textContent()).not.toContain('te laat');
    expect(await rows.nth(2).getByRole('cell').nth(3).textContent()).toBe('Nee');
    await axeAtBothWidths(page, 'the handler’s complaints');
    expect(await codesOn(page)).toEqual([]);

    await list.getByRole('link', { name: 'Iets anders' }).click();
    await page.waitForURL(`**/klachten/${family.householdId}/${fresh}`);
    await page.getByRole('heading', { level: 1, name: 'Klacht: iets anders' }).waitFor();
    const main = page.locator('main');
    await main.getByText('Afspraken worden steeds verzet zonder uitleg (synthetisch).').waitFor();
    // The AKJ's support: what the AKJ is, and that it was offered to the parent with the confirmation.
    await main.getByText(/Het AKJ \(Advies- en Klachtenbureau Jeugdzorg\) helpt/).waitFor();
    expect(await main.textContent()).toContain('Bij de bevestiging: Sanne Klachtproef');
    await axeAtBothWidths(page, 'a complaint to handle');
    expect(await codesOn(page)).toEqual([]);

    // Extend the term once: the reason is asked, the step confirmed.
    await page.getByRole('button', { name: 'Termijn verlengen' }).click();
    const extend = page.getByRole('form', { name: 'Termijn verlengen' });
    await extend.getByLabel('Waarom').fill('Ik wil eerst met beide ouders en met de professional praten.');
    await axeAtBothWidths(page, 'the extension form');
    await extend.getByRole('button', { name: 'Termijn verlengen' }).click();
    const extendDialog = page.getByRole('dialog', { name: 'De termijn verlengen?' });
    await extendDialog.waitFor();
    await extendDialog.getByRole('button', { name: 'Ja, termijn verlengen' }).click();
    await page.getByRole('status').filter({ hasText: 'De termijn is verlengd.' }).waitFor();
    await main.getByText(/Ik wil eerst met beide ouders en met de professional praten\./).waitFor();
    // Once only: the button is gone.
    expect(await page.getByRole('button', { name: 'Termijn verlengen' }).count()).toBe(0);

    // Decide: the outcome must be chosen on purpose; the server's refusal is shown at its field.
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decide = page.getByRole('form', { name: 'Besluit vastleggen' });
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await decide
      .getByRole('group', { name: 'Is de klacht terecht?' })
      .getByText('Kies of de klacht terecht is.')
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await decide.getByLabel('Deels terecht').check();
    await decide.getByLabel('Waarom', { exact: true }).fill('Afspraken zijn twee keer zonder uitleg verzet.');
    await axeAtBothWidths(page, 'the decision form');
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Het besluit vastleggen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Uw besluit: deels terecht.');
    await dialog.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();
    // Partly upheld needs what will change: refused, and said at that field.
    const changes = decide.getByLabel('Wat er verandert');
    await expect.poll(() => changes.getAttribute('aria-invalid')).toBe('true');
    expect(await decide.textContent()).toContain(
      'Schrijf op wat er verandert nu de klacht (deels) terecht is.',
    );
    await changes.fill('Afspraken worden voortaan minstens twee dagen vooraf verzet, met uitleg.');
    await decide.getByRole('button', { name: 'Besluit vastleggen' }).click();
    dialog = page.getByRole('dialog', { name: 'Het besluit vastleggen?' });
    await dialog.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();

    // The receipt: decided, and no error although the complaint can no longer be read.
    await page.getByRole('heading', { level: 1, name: 'De klacht is besloten' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Uw besluit is vastgelegd: deels terecht');
    expect(await page.getByRole('alert').count()).toBe(0);
    await axeAtBothWidths(page, 'the receipt');

    // Opening it again says it can no longer be seen, without an error.
    await page.goto(`${platform.baseUrl}/klachten/${family.householdId}/${fresh}`);
    await page.getByText('U kunt deze klacht niet meer zien.', { exact: false }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // Back to the list: the decided complaint is gone, the late one is still there.
    await page.getByRole('link', { name: 'Terug naar klachten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klachten' }).waitFor();
    await list.getByRole('link', { name: 'Inzage in gegevens' }).waitFor();
    expect(await list.getByRole('link', { name: 'Iets anders' }).count()).toBe(0);
    expect(await list.getByRole('row').count()).toBe(2);

    // The same pages in English: words, not codes.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Complaints' }).waitFor();
    expect(await page.getByRole('table', { name: 'Complaints' }).textContent()).toContain('(late)');
    expect(await codesOn(page)).toEqual([]);
    await page.goto(`${platform.baseUrl}/klachten/${family.householdId}/${late}`);
    await page.getByRole('heading', { level: 1, name: 'Complaint: access to data' }).waitFor();
    expect(await codesOn(page)).toEqual([]);
    // The late term cannot be extended any more; deciding it still can.
    expect(await page.getByRole('button', { name: 'Extend the term' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Record the decision' }).waitFor();
    await page.close();
  });

  it('KT9-R3: whoever handles no complaint has no "Klachten" in the navigation', async () => {
    const page = await sessions.lt.context.newPage();
    await page.goto(`${platform.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Klachten' })
        .count(),
    ).toBe(0);
    await page.close();
  });
});
