import os from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPlatform } from './harness';

/**
 * Issue 9.10 and 9.9 in the browser: served over plain http on a LAN address the app appears (the CSP used
 * to send every asset to https, leaving a blank page), and the first load is compressed, with hashed assets
 * cached for a year. The transferred size of the first load is printed for the note.
 */
const lan =
  Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? '127.0.0.1';

let platform: Awaited<ReturnType<typeof startPlatform>>;
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform({ env: { HOST: '0.0.0.0' }, host: lan });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('issue 9.10 / 9.9: getting in over plain http, and the weight of the first load', () => {
  it(`the sign-in page appears at a LAN address over plain http (${lan}), compressed and cached by hash`, async () => {
    const page = await browser.newPage();
    const assets: { url: string; encoding: string | undefined; cache: string | undefined }[] = [];
    const transferred: Promise<number>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (url.includes('/assets/')) {
        const headers = response.headers();
        assets.push({ url, encoding: headers['content-encoding'], cache: headers['cache-control'] });
      }
      transferred.push(
        response
          .request()
          .sizes()
          .then((s) => s.responseBodySize + s.responseHeadersSize),
      );
    });
    await page.goto(`${platform.baseUrl}/`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 }).first().isVisible()).resolves.toBe(true);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.cache, asset.url).toBe('public, max-age=31536000, immutable');
      if (asset.url.endsWith('.js') || asset.url.endsWith('.css')) {
        expect(['br', 'gzip'], asset.url).toContain(asset.encoding);
      }
    }
    const bytes = (await Promise.all(transferred)).reduce((a, b) => a + b, 0);
    console.log(
      `first load of the sign-in page: ${(bytes / 1024).toFixed(0)} KiB transferred in ${transferred.length} responses`,
    );
    await page.close();
  });

  it('first contentful paint of the sign-in page on a simulated slow 4G with a 4× slower CPU (printed for the note)', async () => {
    // Lighthouse's "slow 4G" as DevTools applies it: 150 ms RTT × 3.75 request latency, 1.6 Mbit/s × 0.9
    // down, 750 kbit/s × 0.9 up; CPU 4× slower. A cold cache, as a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1638.4 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${platform.baseUrl}/inloggen`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    expect(fcp).not.toBeNull();
    console.log(`first contentful paint of the sign-in page on slow 4G, 4× CPU: ${Math.round(fcp ?? 0)} ms`);
    await context.close();
  });
});
