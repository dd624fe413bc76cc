import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the real platform exactly as `npm start` does (CLI `start`), on a fresh PGlite data dir with a
 * small synthetic region, and waits until it prints its URL.
 */
export async function startPlatform(
  options: { env?: Record<string, string>; host?: string } = {},
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-e2e-'));
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    [tsx, path.join(root, 'packages/cli/src/main.ts'), 'start'],
    {
      cwd: root,
      env: {
        ...env,
        PORT: String(port),
        DATA_DIR: dataDir,
        SEED_HOUSEHOLDS: '24',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Gezinsdossier is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`platform exited with ${code}:\n${output}`)));
  });
  return {
    baseUrl: `http://${options.host ?? '127.0.0.1'}:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page (1280 × 900, Dutch) signed in as the demo user the sign-in page suggests for a role (the RVT duo
 * partner of the demo families after a first investigation: 'RVT_PARTNER'), on "Mijn gezinnen".
 */
export async function signInAsSuggested(
  browser: Browser,
  baseUrl: string,
  suggestion: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const suggestions = (await (
    await context.request.get(`${baseUrl}/api/v1/auth/demo-suggestions`)
  ).json()) as {
    suggestion: string;
    displayName: string;
  }[];
  const user = suggestions.find((s) => s.suggestion === suggestion);
  if (!user) {
    throw new Error(`no demo user suggested as ${suggestion}`);
  }
  await page.goto(`${baseUrl}/inloggen`);
  await page
    .getByRole('button', { name: `Log in als ${user.displayName}`, exact: true })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
  return page;
}

/** The first family of the signed-in user's caseload in a stage of the path (the demo has one in each). */
export async function caseloadFamilyIn(
  page: Page,
  baseUrl: string,
  state: string,
): Promise<{ id: string; name: string }> {
  const caseload = (await (await page.request.get(`${baseUrl}/api/v1/households?limit=100`)).json()) as {
    items: { id: string; displayName: string; pathwayState: string | null }[];
  };
  const family = caseload.items.find((i) => i.pathwayState === state);
  if (!family) {
    throw new Error(`no family in ${state} in the caseload`);
  }
  return { id: family.id, name: family.displayName };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the current page; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the app's strict Content-Security-Policy stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Fills in "Onderbouwing van het besluit" (issue 10 point 1) in a decision form: the child's interest when
 * the form asks it (a minor in the household), the family's view, and one lighter option weighed.
 */
export async function fillDecisionRecord(form: Locator): Promise<void> {
  const record = form.getByRole('group', { name: 'Onderbouwing van het besluit' });
  const childInterest = record.getByLabel('Het belang van het kind (verplicht)');
  if (await childInterest.count()) {
    await childInterest.fill('Het kind moet veilig thuis kunnen opgroeien; dat weegt als eerste.');
  }
  await record.getByLabel('Wat vindt het gezin van dit besluit?').fill('Het gezin begrijpt de stap.');
  await record.getByLabel('Mogelijkheid 1', { exact: true }).fill('Doorgaan met vrijwillige hulp');
  await record
    .getByLabel('Waarom is mogelijkheid 1 niet genoeg?')
    .fill('De zorgen bleven ondanks de hulp van de afgelopen maanden.');
}

/** A demo account as `GET /api/v1/auth/demo-users` lists it. */
export interface DemoUser {
  id: string;
  kind: string;
  displayName: string;
  organisationName: string | null;
  role: string | null;
}

/** The API as a signed-in demo user calls it: with the session's CSRF token, creates with an idempotency key. */
export class DemoApi {
  constructor(
    private readonly baseUrl: string,
    private readonly request: APIRequestContext,
    private readonly csrf: string,
  ) {}

  /** One call that must succeed; its JSON answer. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request.fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        'x-csrf-token': this.csrf,
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(body === undefined ? {} : { data: body }),
    });
    const text = await response.text();
    expect(response.status(), `${method} ${path}: ${text}`).toBeLessThan(300);
    return (text ? JSON.parse(text) : null) as T;
  }
}

/** A demo user signed in in a browser context of their own (desktop width, Dutch), with an API client. */
export interface DemoSession {
  user: DemoUser;
  context: BrowserContext;
  api: DemoApi;
}

/** The demo accounts the platform offers. */
export async function demoUsers(browser: Browser, baseUrl: string): Promise<DemoUser[]> {
  const context = await browser.newContext();
  const users = (await (await context.request.get(`${baseUrl}/api/v1/auth/demo-users`)).json()) as DemoUser[];
  await context.close();
  return users;
}

/** Signs a demo user in through a demo session. */
export async function signInDemo(browser: Browser, baseUrl: string, user: DemoUser): Promise<DemoSession> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const answer = await context.request.post(`${baseUrl}/api/v1/auth/demo-sessions`, {
    data: { accountId: user.id },
  });
  expect(answer.status()).toBe(201);
  const { csrfToken } = (await answer.json()) as { csrfToken: string };
  return { user, context, api: new DemoApi(baseUrl, context.request, csrfToken) };
}
