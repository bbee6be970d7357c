// Times the built player in headless Chromium: first contentful paint after launch, and script time of a page change.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { unzip } from '../package/unzip.ts';
import { launchChromium } from './chromium.ts';
import { packageHandler } from '../preview/package-handler.ts';

export interface PlayerTiming {
  /** Median first contentful paint of fresh launches, in ms (the build's "Loading…" shell, or the course if sooner). */
  firstContentfulPaint: number;
  /** Median time until the first course screen (its heading) is in the page, in ms. */
  firstScreen: number;
  /** Median script time (CDP ScriptDuration) of one "Next" page change, in ms. */
  pageChangeScript: number;
  launches: number;
  pageChanges: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function timePlayer(zipFile: string, launches = 7, pageChanges = 15): Promise<PlayerTiming> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-timing-'));
  unzip(zipFile, dir);
  const server = createServer(packageHandler(dir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`;
  const browser = await launchChromium();
  try {
    const paints: number[] = [];
    const screens: number[] = [];
    for (let i = 0; i < launches; i++) {
      // A fresh context each time: no cache, no saved progress, as a learner's first launch.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { firstScreenAt?: number };
        const seen = new MutationObserver(() => {
          if (document.getElementById('screen-heading')) {
            w.firstScreenAt = performance.now();
            seen.disconnect();
          }
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.locator('#screen-heading').waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const t = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        screen: (window as unknown as { firstScreenAt?: number }).firstScreenAt ?? NaN,
      }));
      paints.push(t.paint);
      screens.push(t.screen);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    };
    await page.goto(url);
    await page.locator('#screen-heading').waitFor();
    const changes: number[] = [];
    for (let i = 0; i < pageChanges; i++) {
      const before = await scriptSeconds();
      // A path's first screen is its start screen, whose one button is "Start the course"; every later screen has Next.
      await page
        .getByRole('button', { name: /^(Next|Start the course)/ })
        .first()
        .click();
      // Preact renders in a microtask after the click; two frames later the new page has been laid out and painted.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
      changes.push(((await scriptSeconds()) - before) * 1000);
    }
    await context.close();
    return { firstContentfulPaint: median(paints), firstScreen: median(screens), pageChangeScript: median(changes), launches, pageChanges };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
