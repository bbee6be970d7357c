// The IG officer's report.html in real Chromium: files through the file input give exactly the command's five files.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verificationCode } from '../../src/model/verification.ts';
import { launchChromium } from '../../build/bench/chromium.ts';
import { OUTPUT_FILES } from '../../build/report/report-core.ts';
import { reportPageHtml } from '../../build/report/page/build-page.ts';
import { axeViolations, describeViolations } from '../e2e/player-browser.ts';
import { fixture, fixtureCourse, report, tempDir } from './helpers.ts';

const LONG_AGENCY = 'Surrey and Borders Partnership NHS Foundation Trust: Safeguarding and Information Governance Directorate';
const FILES = [
  { file: fixture('moodle-lab/scorm_basic__details_all-users.txt') },
  { file: fixture('moodle-lab/scorm_interactions__all-columns_all-users.txt') },
  { file: fixture('moodle-lab/gradebook_txt__defaults.csv') },
  // Moodle's Excel-compatible download: UTF-16LE with a byte-order mark, read by the page's TextDecoder.
  { file: fixture('moodle-lab/completion_progress__excel-utf16le.csv') },
  { file: fixture('moodle-basic-police.txt'), agency: 'Surrey Police' },
  { file: fixture('moodle-interactions-police.txt'), agency: 'Surrey Police' },
  { file: fixture('generic-learners-long-agency.csv') },
];
const OPTIONS = { asOf: '2026-11-30', passMark: 75, refresherMonths: 24, minAnswers: 2 };

let browser: Browser;
let pageUrl: string;
beforeAll(async () => {
  browser = await launchChromium();
  const dir = await tempDir('maisp-report-page-');
  const path = join(dir, 'report.html');
  await writeFile(path, await reportPageHtml(await fixtureCourse()), 'utf8');
  pageUrl = pathToFileURL(path).href;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** Loads the page, picks the files, sets the agencies and options as an officer would, and makes the report. */
async function makeReportInPage(page: Page): Promise<void> {
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.setInputFiles(
    '#files',
    FILES.map((f) => f.file),
  );
  for (const f of FILES) {
    if (f.agency) await page.getByLabel(`Agency for ${basename(f.file)}`, { exact: false }).fill(f.agency);
  }
  await page.fill('#as-of', OPTIONS.asOf);
  await page.fill('#pass-mark', String(OPTIONS.passMark));
  await page.fill('#refresher-months', String(OPTIONS.refresherMonths));
  await page.fill('#min-answers', String(OPTIONS.minAnswers));
  await page.click('#run');
  await page.locator('#output').waitFor({ state: 'visible', timeout: 30_000 });
}

describe('report.html, the page for IG officers', () => {
  test('runs under its own CSP (the inline script is allowed by hash) and reports no console error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await makeReportInPage(page);
    expect(await page.locator('#status').textContent()).toMatch(/^Report ready: 13 learners/);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  test('the five saved files equal the command’s on the same exports, it requests nothing, axe finds no violation', async () => {
    const cli = await report(FILES, OPTIONS);
    // bypassCSP: with the policy on, a stray request would be blocked silently; without it any request shows up here.
    const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await makeReportInPage(page);
    for (const name of OUTPUT_FILES) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#save-${name.replace('.', '-')}`)]);
      expect(download.suggestedFilename()).toBe(name);
      const saved = await readFile((await download.path()) ?? '', 'utf8');
      // The command names files by the path it was given, the page by the file's name: otherwise byte for byte.
      let expected = await cli.read(name);
      for (const f of FILES) expected = expected.split(f.file).join(basename(f.file));
      expect(saved, name).toBe(expected);
    }
    expect(requests.filter((u) => u !== pageUrl && !u.startsWith('blob:'))).toEqual([]);

    expect(describeViolations('report page', await axeViolations(page))).toEqual([]);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/report-page-desktop.png', fullPage: true });
    await context.close();
  }, 120_000);

  test('on a 390 px phone the long agency name is shown whole in the chart and the page does not scroll sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await makeReportInPage(page);
    const label = page.locator('#chart-agency .bar-label', { hasText: 'Surrey and Borders' });
    expect(await label.textContent()).toBe(LONG_AGENCY);
    const fits = await label.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth);
    expect(fits).toBe(true);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/report-page-phone.png', fullPage: true });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap'))
        .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
    );
    expect(wide).toEqual([]);
    await context.close();
  }, 90_000);

  test('checking a printed record: the code from the player matches and says what that shows; a changed date or ID does not, and the right code is never shown', async () => {
    const course = await fixtureCourse();
    const facts = { learnerId: 'lrner', courseId: course.id, version: course.version, completedOn: '2026-11-22' };
    const code = verificationCode(facts);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    const check = async (learner: string, date: string, typed: string) => {
      await page.fill('#check-learner', learner);
      await page.fill('#check-date', date);
      await page.fill('#check-code', typed);
      await page.click('#check-run');
      return page.locator('#check-result').textContent();
    };
    const match = await check('lrner', '2026-11-22', code.toLowerCase().replace(/-/g, ' '));
    expect(match).toMatch(/^Match: /);
    expect(match).toContain('It does not prove who made the record');
    for (const [learner, date] of [
      ['lrner', '2026-11-23'],
      ['lrner2', '2026-11-22'],
    ] as const) {
      const text = (await check(learner, date, code)) ?? '';
      expect(text).toMatch(/^No match: /);
      const right = verificationCode({ ...facts, learnerId: learner, completedOn: date });
      expect(text).not.toContain(right);
      expect(text).not.toMatch(/[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
    }
    await context.close();
  }, 60_000);
});
