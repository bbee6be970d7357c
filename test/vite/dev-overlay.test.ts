// `npm run dev` in real Chromium: a course error shows one overlay with the plain message, and fixing the file clears it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../build/bench/chromium.ts';
import { PROJECT_ROOT } from '../../build/vite/config.ts';

const course = mkdtempSync(path.join(os.tmpdir(), 'maisp-dev-overlay-'));
const checkFile = path.join(course, 'modules/01-one.check.yaml');
let good = '';
let server: ViteDevServer;
let browser: Browser;
let base = '';

beforeAll(async () => {
  cpSync(path.resolve(import.meta.dirname, '../fixtures/good'), course, { recursive: true });
  good = readFileSync(checkFile, 'utf8');
  // The project's own vite.config.ts, as `npm run dev` loads it, pointed at the copy through COURSE_DIR.
  process.env.COURSE_DIR = course;
  server = await createServer({
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, fs: { allow: ['/'] } },
  });
  delete process.env.COURSE_DIR;
  await server.listen();
  const address = server.httpServer?.address();
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(course, { recursive: true, force: true });
});

/** Each test loads the player in Chromium through the dev server's on-demand transforms: slow on a busy machine. */
const SLOW_TEST_TIMEOUT = 120_000;

const breakCourse = () => writeFileSync(checkFile, good.replace('kind: single', 'kind: singel'));
const fixCourse = () => writeFileSync(checkFile, good);

/** The overlays in a page or frame that a person can see, with the text each shows. */
async function visibleOverlays(frame: Page | Frame): Promise<string[]> {
  return frame.$$eval('vite-error-overlay', (nodes) =>
    nodes
      .filter((n) => n.getBoundingClientRect().height > 0)
      .map((n) => (n.shadowRoot?.querySelector('.window') as HTMLElement | null)?.innerText ?? ''),
  );
}

/** Every element named vite-error-overlay in the page and its frames, with all its text, hidden or not. */
async function overlayTexts(page: Page): Promise<string[]> {
  const all = await Promise.all(
    page.frames().map((f) => f.$$eval('vite-error-overlay', (nodes) => nodes.map((n) => n.shadowRoot?.textContent ?? ''))),
  );
  return all.flat();
}

test(
  'breaking a course file shows one overlay with the file:line:column, the message and the fix, no stack or vite.config tip; fixing it reloads the page without it',
  async () => {
    fixCourse();
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.locator('#screen-heading').waitFor();
    expect(await overlayTexts(page)).toEqual([]);

    breakCourse();
    await expect.poll(() => visibleOverlays(page), { timeout: 15_000 }).toHaveLength(1);
    expect(await page.locator('vite-error-overlay').count()).toBe(1);
    const [text = ''] = await visibleOverlays(page);
    expect(text).toContain(
      'modules/01-one.check.yaml:3:11: "kind" in a question must be one of single, multiple, truefalse, scenario, not "singel"',
    );
    expect(text).toContain('fix: did you mean "single"?');
    expect(text).toContain('kind: singel'); // the code frame
    for (const stray of ['vite.config', '[plugin', 'server.hmr.overlay', '    at ']) expect(text).not.toContain(stray);
    for (const all of await overlayTexts(page)) expect(all).not.toContain('vite.config');

    // A marker that only survives if the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { beforeFix: true }));
    fixCourse();
    await expect.poll(() => overlayTexts(page), { timeout: 15_000 }).toEqual([]);
    await page.locator('#screen-heading').waitFor();
    expect(await page.evaluate(() => 'beforeFix' in window)).toBe(false);
    await page.close();
  },
  SLOW_TEST_TIMEOUT,
);

test(
  'in the preview page the error shows once, over the page, and not again inside the framed player',
  async () => {
    breakCourse();
    const page = await browser.newPage();
    await page.goto(`${base}/preview.html`);
    await expect.poll(() => visibleOverlays(page), { timeout: 15_000 }).toHaveLength(1);
    const player = page.frames().find((f) => f !== page.mainFrame());
    expect(player).toBeDefined();
    // Every Vite client is sent every error, the framed player's too. Asking for the course again makes Vite send it
    // once more, so that both clients have surely had it: the frame's overlay exists but shows nothing.
    await expect
      .poll(
        async () => {
          await fetch(`${base}/@id/__x00__virtual:course`);
          return player ? player.locator('vite-error-overlay').count() : -1;
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(player ? await visibleOverlays(player) : ['no frame']).toEqual([]);
    expect(await visibleOverlays(page)).toHaveLength(1);
    const [text = ''] = await visibleOverlays(page);
    expect(text).toContain('modules/01-one.check.yaml:3:11');
    expect(text).not.toContain('vite.config');

    fixCourse();
    await expect.poll(() => overlayTexts(page), { timeout: 15_000 }).toEqual([]);
    await page.close();
  },
  SLOW_TEST_TIMEOUT,
);
