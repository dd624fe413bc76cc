import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, startPlatform } from './harness';

/**
 * Issue 9.1, "things change by accident": nothing is saved without an explicit save, and weighty actions
 * (parental authority, removing a relation, ending an involvement, marking a goal achieved) confirm in a
 * dialog, ask the reason the record keeps, and return focus where the keyboard user was.
 */
let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  // Sign in once (sign-in is rate limited): a Lokaal Team professional, who becomes the vast gezicht of the
  // families she records.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/inloggen`);
  await page.getByText(/^Alle \d+ demogebruikers$/).click();
  await page.getByRole('region', { name: 'Lokaal Team Utrecht' }).getByRole('button').first().click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  signedIn = await context.storageState();
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    storageState: signedIn,
  });
  const page = await context.newPage();
  await page.goto(`${platform.baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  return page;
}

/** Calls the API as the signed-in user (with the session's CSRF token on writes). */
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

interface Family {
  householdId: string;
  parentId: string;
  childId: string;
  concernId: string;
  goalId: string;
  expertName: string;
}

/**
 * A family recorded through the API: a parent with parental authority over a child, a concern, a goal of
 * the family plan and an expert in the team.
 */
async function newFamily(page: Page, familyName: string): Promise<Family> {
  const created = await api<{ householdId: string; personIds: string[] }>(page, 'POST', '/households', {
    displayName: `Gezin ${familyName}`,
    municipalityCode: 'GM0344',
    persons: [
      {
        person: { givenName: 'Sanne', familyName, birthDate: '1988-02-03' },
        role: 'PARENT_WITH_AUTHORITY',
        from: '2016-01-01',
      },
      {
        person: { givenName: 'Jip', familyName, birthDate: '2016-03-14' },
        role: 'CHILD',
        from: '2016-03-14',
      },
    ],
  });
  const [parentId, childId] = created.personIds as [string, string];
  const h = `/households/${created.householdId}`;
  await api(page, 'POST', `${h}/relations`, {
    fromPersonId: parentId,
    toPersonId: childId,
    kind: 'PARENT_OF',
    hasParentalAuthority: true,
  });
  const concern = await api<{ id: string }>(page, 'POST', `${h}/concerns`, {
    type: 'DEVELOPMENTAL_THREAT',
    description: `Jip ${familyName} komt moe op school`,
    aboutPersonIds: [childId],
    heldBy: [{ kind: 'PROFESSIONAL', name: 'Mentor' }],
  });
  const goal = await api<{ id: string }>(page, 'POST', `${h}/goals`, {
    personId: childId,
    lifeDomain: 'CHILD_DEVELOPMENT',
    description: `Jip ${familyName} ontbijt elke dag`,
  });
  const me = await api<{ actor: { id: string } }>(page, 'GET', '/session');
  const directory = await api<
    { professionalId: string; organisationId: string; displayName: string; organisationKind: string }[]
  >(page, 'GET', '/professionals?limit=50');
  const expert = directory.find(
    (p) => p.professionalId !== me.actor.id && p.organisationKind !== 'LOCAL_TEAM',
  );
  expect(expert).toBeDefined();
  await api(page, 'POST', `${h}/team-members`, {
    professionalId: expert?.professionalId,
    organisationId: expert?.organisationId,
    role: 'EXPERT',
    expertise: 'Jeugd-GGZ',
  });
  return {
    householdId: created.householdId,
    parentId,
    childId,
    concernId: concern.id,
    goalId: goal.id,
    expertName: expert?.displayName ?? '',
  };
}

/** Every request that could change something (anything but GET), from the moment this is called. */
function writesOf(page: Page): { method: string; url: string; body: string | null }[] {
  const writes: { method: string; url: string; body: string | null }[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && !request.url().endsWith('/api/v1/session')) {
      writes.push({ method: request.method(), url: request.url(), body: request.postData() });
    }
  });
  return writes;
}

/** The text of the focused element. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Whether this element has focus. */
async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** axe on the open dialog's page state, at desktop and phone width. */
async function axeAtBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect({ width, violations: await seriousA11yViolations(page) }).toEqual({ width, violations: [] });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Opens a weighty action's dialog: it has the title, and Cancel has focus. */
async function openDialog(page: Page, trigger: Locator, title: string): Promise<Locator> {
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  expect(await focusedName(page)).toBe('Annuleren');
  return dialog;
}

type Dossier = {
  relations: { id: string; hasParentalAuthority: boolean; version: number }[];
  relationChanges: { change: string; reason: string | null; relationId: string }[];
  case: { team: { professionalName: string; endedAt: string | null; endReason: string | null }[] } | null;
};
type Casework = {
  concerns: { id: string; status: string; version: number }[];
  familyPlan: { goals: { id: string; status: string; statusReason: string | null }[] };
};

describe('issue 9.1: nothing changes by accident', () => {
  it("issue 9.1: ArrowDown twice on a concern's status sends nothing; only Save stores the chosen value", async () => {
    const page = await newPage();
    const f = await newFamily(page, 'Pijltjes');
    const casework = () => api<Casework>(page, 'GET', `/households/${f.householdId}/casework`);
    await page.goto(`${platform.baseUrl}/gezinnen/${f.householdId}/pad`);
    const status = page.getByLabel(`Stand van de zorg: Jip Pijltjes komt moe op school`);
    await status.waitFor();
    expect(await status.inputValue()).toBe('OPEN');
    const writes = writesOf(page);

    await status.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const save = page.getByRole('button', {
      name: 'Opslaan Stand van de zorg: Jip Pijltjes komt moe op school',
    });
    await save.waitFor();
    expect(await status.inputValue()).toBe('RESOLVED');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Nothing was sent and nothing changed: the concern is still open, at its first version.
    expect(writes).toEqual([]);
    expect((await casework()).concerns.find((c) => c.id === f.concernId)).toMatchObject({
      status: 'OPEN',
      version: 1,
    });

    // Save stores exactly the chosen value, in one request, and focus goes back to the select.
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /\/concerns\//.test(r.url()),
    );
    await save.click();
    expect((await saved).status()).toBe(200);
    await save.waitFor({ state: 'detached' });
    expect(writes.map((w) => [w.method, JSON.parse(w.body ?? '{}').status])).toEqual([['PATCH', 'RESOLVED']]);
    expect((await casework()).concerns.find((c) => c.id === f.concernId)).toMatchObject({
      status: 'RESOLVED',
      version: 2,
    });
    await expect.poll(() => isFocused(status)).toBe(true);

    // Someone else changes it meanwhile: Save answers with the value stored now, and stores nothing.
    await api(page, 'PATCH', `/households/${f.householdId}/concerns/${f.concernId}`, {
      status: 'REDUCED',
      version: 2,
    });
    await status.selectOption('NOT_SUBSTANTIATED');
    await save.click();
    const alert = page.getByRole('alert').filter({ hasText: 'iemand anders heeft dit intussen veranderd' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nu staat er: Minder.');
    expect((await casework()).concerns.find((c) => c.id === f.concernId)?.status).toBe('REDUCED');
    await page.context().close();
  });

  it('issue 9.1: changing parental authority confirms; Cancel and Escape change nothing; the reason is kept', async () => {
    const page = await newPage();
    const f = await newFamily(page, 'Gezag');
    const dossier = () => api<Dossier>(page, 'GET', `/households/${f.householdId}`);
    await page.goto(`${platform.baseUrl}/gezinnen/${f.householdId}/samenstelling`);
    const trigger = page.getByRole('button', {
      name: 'Gezag beëindigen… van Sanne Gezag over Jip Gezag',
    });
    await trigger.waitFor();
    const writes = writesOf(page);
    const title = 'Gezag van Sanne Gezag over Jip Gezag beëindigen?';

    let dialog = await openDialog(page, trigger, title);
    expect(await dialog.textContent()).toContain('Sanne Gezag beslist dan niet meer mee over Jip Gezag');
    await axeAtBothWidths(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        isFocused(page.getByRole('button', { name: 'Gezag beëindigen… van Sanne Gezag over Jip Gezag' })),
      )
      .toBe(true);

    dialog = await openDialog(page, trigger, title);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        isFocused(page.getByRole('button', { name: 'Gezag beëindigen… van Sanne Gezag over Jip Gezag' })),
      )
      .toBe(true);

    // Without a reason it is refused before anything is sent.
    dialog = await openDialog(page, trigger, title);
    await dialog.getByRole('button', { name: 'Gezag beëindigen' }).click();
    await dialog.getByText('Vul een reden in.').waitFor();
    expect(writes).toEqual([]);
    expect((await dossier()).relations[0]?.hasParentalAuthority).toBe(true);

    const reason = 'Uitspraak rechtbank Midden-Nederland';
    await dialog.getByLabel('Waarop berust dit?').fill(reason);
    await dialog.getByRole('button', { name: 'Gezag beëindigen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = await dossier();
    expect(after.relations[0]?.hasParentalAuthority).toBe(false);
    expect(after.relationChanges).toEqual([expect.objectContaining({ change: 'AUTHORITY_ENDED', reason })]);
    // Focus stays on the same control, which now offers the way back.
    await expect
      .poll(() =>
        isFocused(page.getByRole('button', { name: 'Gezag vastleggen… van Sanne Gezag over Jip Gezag' })),
      )
      .toBe(true);
    const history = page.getByRole('list', { name: 'Geschiedenis van relaties en gezag' });
    expect(await history.textContent()).toContain(
      `Gezag beëindigd — Sanne Gezag ouder van Jip Gezag. Reden: ${reason}`,
    );
    await page.context().close();
  });

  it('issue 9.1: removing a relation confirms with a reason; what it was stays in the history', async () => {
    const page = await newPage();
    const f = await newFamily(page, 'Relatie');
    const dossier = () => api<Dossier>(page, 'GET', `/households/${f.householdId}`);
    await page.goto(`${platform.baseUrl}/gezinnen/${f.householdId}/samenstelling`);
    const trigger = page.getByRole('button', {
      name: 'Relatie verwijderen… Sanne Relatie ouder van Jip Relatie',
    });
    await trigger.waitFor();
    const writes = writesOf(page);
    const title = 'Relatie verwijderen: Sanne Relatie ouder van Jip Relatie?';

    let dialog = await openDialog(page, trigger, title);
    // How a mistake is corrected is said before it is made.
    expect(await dialog.textContent()).toContain('Per ongeluk verwijderd? Leg de relatie dan opnieuw vast');
    await axeAtBothWidths(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        isFocused(
          page.getByRole('button', { name: 'Relatie verwijderen… Sanne Relatie ouder van Jip Relatie' }),
        ),
      )
      .toBe(true);
    expect(writes).toEqual([]);
    expect((await dossier()).relations).toHaveLength(1);

    dialog = await openDialog(page, trigger, title);
    const reason = 'Verkeerd vastgelegd: Sanne is de stiefmoeder';
    await dialog.getByLabel('Waarom verwijdert u deze relatie?').fill(reason);
    await dialog.getByRole('button', { name: 'Relatie verwijderen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = await dossier();
    expect(after.relations).toEqual([]);
    expect(after.relationChanges).toEqual([expect.objectContaining({ change: 'REMOVED', reason })]);
    // The button is gone with the relation: focus lands on the relations part, the result.
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 3, name: 'Relaties' }))).toBe(true);
    const history = page.getByRole('list', { name: 'Geschiedenis van relaties en gezag' });
    expect(await history.textContent()).toContain(
      `Relatie verwijderd — Sanne Relatie ouder van Jip Relatie. Reden: ${reason}`,
    );
    await page.context().close();
  });

  it('issue 9.1: ending an involvement confirms with a reason, which the team list keeps', async () => {
    const page = await newPage();
    const f = await newFamily(page, 'Betrokken');
    const dossier = () => api<Dossier>(page, 'GET', `/households/${f.householdId}`);
    await page.goto(`${platform.baseUrl}/gezinnen/${f.householdId}`);
    const trigger = page.getByRole('button', { name: `Betrokkenheid beëindigen… ${f.expertName}` });
    await trigger.waitFor();
    const writes = writesOf(page);
    const title = `Betrokkenheid van ${f.expertName} beëindigen?`;

    let dialog = await openDialog(page, trigger, title);
    expect(await dialog.textContent()).toContain('Per ongeluk beëindigd?');
    await axeAtBothWidths(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => isFocused(page.getByRole('button', { name: `Betrokkenheid beëindigen… ${f.expertName}` })))
      .toBe(true);
    expect(writes).toEqual([]);
    const expert = async () => (await dossier()).case?.team.find((m) => m.professionalName === f.expertName);
    expect(await expert()).toMatchObject({ endedAt: null });

    dialog = await openDialog(page, trigger, title);
    const reason = 'Advies gegeven, verder niet meer nodig';
    await dialog.getByLabel('Waarom stopt deze betrokkenheid?').fill(reason);
    await dialog.getByRole('button', { name: 'Betrokkenheid beëindigen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await expert()).toMatchObject({ endedAt: expect.any(String), endReason: reason });
    // The button is gone; focus is on the team member's line, which now says why it ended.
    const line = page
      .getByRole('listitem')
      .filter({ hasText: `${f.expertName}` })
      .filter({ hasText: `reden: ${reason}` });
    await expect.poll(() => isFocused(line)).toBe(true);
    await page.context().close();
  });

  it('issue 9.1: marking a goal achieved confirms; Cancel changes nothing; the reason is kept on the goal', async () => {
    const page = await newPage();
    const f = await newFamily(page, 'Doel');
    const goal = async () =>
      (await api<Casework>(page, 'GET', `/households/${f.householdId}/casework`)).familyPlan.goals.find(
        (g) => g.id === f.goalId,
      );
    await page.goto(`${platform.baseUrl}/gezinnen/${f.householdId}/plannen`);
    // A verb, not a status (issue 9.7).
    const trigger = page.getByRole('button', { name: 'Markeer als bereikt… Jip Doel ontbijt elke dag' });
    await trigger.waitFor();
    const writes = writesOf(page);
    const title = 'Doel markeren als bereikt?';

    let dialog = await openDialog(page, trigger, title);
    await axeAtBothWidths(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        isFocused(page.getByRole('button', { name: 'Markeer als bereikt… Jip Doel ontbijt elke dag' })),
      )
      .toBe(true);
    expect(writes).toEqual([]);
    expect(await goal()).toMatchObject({ status: 'ACTIVE', statusReason: null });

    dialog = await openDialog(page, trigger, title);
    const reason = 'Jip ontbijt al zes weken elke dag thuis';
    await dialog.getByLabel('Wat is er bereikt?').fill(reason);
    await dialog.getByRole('button', { name: 'Markeer als bereikt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await goal()).toMatchObject({ status: 'ACHIEVED', statusReason: reason });
    // The button is gone; focus is on the goal, which now reads as achieved, with what was achieved.
    const line = page.getByRole('listitem').filter({ hasText: `(Bereikt: ${reason})` });
    await expect.poll(() => isFocused(line)).toBe(true);
    await page.context().close();
  });
  // The break-the-glass verdict confirms and needs a reason too: see urgency.e2e.ts, issue 9.5 (e).
});
