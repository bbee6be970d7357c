// What a learner sees on a phone and a desktop in Chromium: each screen starts at its top, the feedback of a
// checked answer comes into view, the phone banner leaves room for the page, and check buttons are told apart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { buildCourse } from '../../build/pipeline.ts';
import { unzip } from '../../build/package/unzip.ts';
import { servePackage, usePlayerSite } from './player-package.ts';
import { questionById, rightOptions, NEXT } from './player-walk.ts';

const site = usePlayerSite();

async function open(width: number, height: number): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport: { width, height } })).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  return page;
}

/** Press Next until the screen is a knowledge check. */
async function toFirstCheck(page: Page) {
  for (let i = 0; i < 60; i++) {
    if ((await page.locator('#screen-heading').textContent())?.trim() === 'Knowledge check') return;
    await page.getByRole('button', { name: NEXT }).click();
  }
  throw new Error('no knowledge check within 60 screens');
}

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

/** Where the first screen's h1 starts, without a draft's marker line (a published edition has none). */
const headingTop = (page: Page) =>
  page
    .locator('main h1')
    .evaluate((el) => el.getBoundingClientRect().top - (document.querySelector('.draft-marker')?.getBoundingClientRect().height ?? 0));

test('at 375x812 the first heading of the first screen starts in the top 40% of the screen', async () => {
  const page = await open(375, 812);
  expect(await headingTop(page)).toBeLessThan(812 * 0.4);
  await page.close();
});

test('with a wide logo (the example agency, 3:1), the phone banner shows the short title, never broken mid-word with WCAG text spacing at 320 px, and the first heading still starts in the top 40%', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'maisp-wide-logo-'));
  try {
    const built = await buildCourse({ courseDir: 'course', outDir: out, editions: ['example-agency'] });
    const zip = built.zips.find((z) => z.target === 'scorm2004')!;
    unzip(zip.file, path.join(out, 'unzipped'));
    const server = await servePackage(path.join(out, 'unzipped'));
    const { course } = site.pkg;
    expect(course.shortTitle).not.toBe(course.title);
    for (const width of [375, 320]) {
      const page = await (await site.browser.newContext({ viewport: { width, height: 812 } })).newPage();
      await page.goto(`${server.origin}/index.html`);
      await page.locator('#screen-heading').waitFor();
      expect(await page.locator('.banner .logo').evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight)).toBe(3);
      expect(await headingTop(page), `at ${width}x812`).toBeLessThan(812 * 0.4);
      // Seen: the short title; read: the full one, once.
      expect(await page.locator('.title-short').textContent()).toBe(course.shortTitle);
      expect(await page.locator('.title-short').isVisible()).toBe(true);
      expect((await page.locator('.title-full').boundingBox())?.width).toBeLessThanOrEqual(1);
      const read = await page.locator('.banner').ariaSnapshot();
      expect(read).toContain(course.title);
      expect(read).not.toContain(course.shortTitle);
      await page.close();
    }
    // WCAG 1.4.12 text spacing at 320 px: the short title wraps between words only (the button goes below if need be).
    const spaced = await (await site.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true })).newPage();
    await spaced.goto(`${server.origin}/index.html`);
    await spaced.locator('#screen-heading').waitFor();
    await spaced.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
    });
    const lines = await spaced.locator('.title-short').evaluate((el) => {
      // Each word of the title on screen: how many line boxes it takes (1 when it is not broken).
      const text = el.firstChild as Text;
      return [...(text.data.matchAll(/\S+/g) ?? [])].map((m) => {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        return [m[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
      });
    });
    expect(lines).toEqual(course.shortTitle.split(' ').map((word) => [word, 1]));
    expect(await spaced.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await spaced.close();
    await server.close();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);

test.for<[number, number]>([
  [1280, 800],
  [375, 812],
])('at %ix%i, Next from the bottom of a page shows the new page from its top, heading in view', async ([width, height]) => {
  const page = await open(width, height);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('button', { name: NEXT }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'screen-heading');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await inViewport(page, '#screen-heading')).toBe(true);
  await page.close();
});

test('on a phone, checking an answer by keyboard brings its feedback into view and focus to it', async () => {
  const page = await open(375, 812);
  await toFirstCheck(page);
  const ids = await page.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));
  const last = ids[ids.length - 1]!;
  const q = questionById(site.pkg.course, last);
  for (const option of rightOptions(q)) await page.locator(`[id="check-${q.id}__${option}"]`).check();
  const button = page.locator(`.question:has([data-question="${last}"]) >> role=button[name=/^Check answer/]`);
  await button.focus();
  await page.keyboard.press('Enter');
  const feedback = `.question:has([data-question="${last}"]) .feedback-target`;
  await page.locator(`${feedback} .verdict`).waitFor();
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('feedback-target');
  expect(await inViewport(page, `${feedback} .verdict`)).toBe(true);
  await page.close();
});

test('every check button on a knowledge check screen has its own accessible name', async () => {
  const page = await open(1280, 800);
  await toFirstCheck(page);
  const names = await page
    .locator('role=button[name=/^Check answer/]')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);
  await page.close();
});
