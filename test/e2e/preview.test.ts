// `npm run preview`: a built zip runs inside the simulated LMS page, which shows the CMI data and the commits it gets.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { startPreview, type PreviewServer } from '../../build/preview/preview-server.ts';
import { launchChromium } from '../../build/bench/chromium.ts';
import { builtCourse } from './built-course.ts';

let browser: Browser;
const previews: PreviewServer[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(previews.map((p) => p.close()));
});

test.for(['scorm12', 'scorm2004'] as const)(
  'the %s zip runs in the preview LMS, which records its location and a commit',
  async (target) => {
    const preview = await startPreview({ zip: builtCourse().zip(target), port: 0 });
    previews.push(preview);
    expect(preview.version).toBe(target);
    const page = await browser.newPage();
    await page.goto(preview.url);
    const frame = page.frameLocator('#player');
    await frame.locator('#screen-heading').waitFor();
    // The first commit comes at launch; the bookmark (the path's start screen) follows with the next coalesced commit.
    const location = target === 'scorm12' ? /"lesson_location": "start"/ : /"location": "start"/;
    await expect.poll(async () => (await page.locator('#inspector').textContent()) ?? '', { timeout: 10_000 }).toMatch(location);
    expect(Number(await page.locator('#commits').textContent())).toBeGreaterThan(0);
    expect(await page.locator('#calls').textContent()).toContain(target === 'scorm12' ? 'LMSInitialize' : 'Initialize');
  },
);

test('at 375 px wide (a phone) the preview shows the course at the full width and a screen high, the inspector below', async () => {
  const preview = await startPreview({ zip: builtCourse().zip('scorm2004'), port: 0 });
  previews.push(preview);
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await page.goto(preview.url);
  await page.frameLocator('#player').locator('#screen-heading').waitFor();
  const player = (await page.locator('#player').boundingBox())!;
  const inspector = (await page.locator('aside').boundingBox())!;
  expect(player.width).toBe(375);
  expect(player.height).toBeGreaterThanOrEqual(600);
  expect(inspector.y).toBeGreaterThanOrEqual(player.y + player.height);
  // The player inside lays out for a phone: its short title shows, its contents are folded.
  expect(await page.frameLocator('#player').locator('.title-short').isVisible()).toBe(true);
  await page.close();
}, 60_000);
