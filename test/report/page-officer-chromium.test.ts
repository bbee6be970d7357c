// report.html as an IG officer uses it, in real Chromium through the file input: the 17 real Moodle downloads of
// another course give a warning at the top and 7 learners, with the command's figures; a file the report does not
// know is named with its reason beside it; the compliance lists filter by agency; axe finds nothing before or after.

import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../build/bench/chromium.ts';
import { reportPageHtml } from '../../build/report/page/build-page.ts';
import { asPageNames } from '../../build/report/page/run-page.ts';
import { axeViolations, describeViolations } from '../e2e/player-browser.ts';
import { fixture, fixtureCourse, report, tempDir } from './helpers.ts';

const LAB = readdirSync(fixture('moodle-lab'))
  .filter((n) => /\.(txt|csv)$/.test(n))
  .map((n) => fixture(`moodle-lab/${n}`));

let browser: Browser;
let pageUrl: string;
beforeAll(async () => {
  browser = await launchChromium();
  const path = join(await tempDir('maisp-report-officer-'), 'report.html');
  await writeFile(path, await reportPageHtml(await fixtureCourse()), 'utf8');
  pageUrl = pathToFileURL(path).href;
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** Picks the files with the file input, sets the date and pass mark, presses the button and waits for the answer. */
async function make(page: Page, files: string[], asOf: string, passMark: number): Promise<string> {
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.setInputFiles('#files', files);
  await page.fill('#as-of', asOf);
  await page.fill('#pass-mark', String(passMark));
  await page.click('#run');
  await page.waitForFunction(
    () => /^(Report ready|No report made|The report could not)/.test(document.getElementById('status')?.textContent ?? ''),
    null,
    {
      timeout: 60_000,
    },
  );
  return (await page.locator('#status').textContent()) ?? '';
}

describe('the 17 real Moodle downloads', () => {
  test('the other-course warning is the report’s first section, 7 learners, the figures equal the command’s, axe finds nothing before or after', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    expect(describeViolations('page before a report', await axeViolations(page))).toEqual([]);
    const status = await make(page, LAB, '2026-11-30', 80);
    expect(status).toMatch(
      /^Report ready: 7 learners, \d+ data-quality issue\(s\)\. Warning: these downloads seem to be from another course/,
    );
    const first = page.locator('#report > section').first();
    expect(await first.getAttribute('id')).toBe('course-warning');
    expect(await first.isVisible()).toBe(true);
    expect(await first.textContent()).toContain('Data Protection & Security Awareness (Module 3)');
    const cli = await report(
      LAB.map((file) => ({ file })),
      { asOf: '2026-11-30', passMark: 80 },
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-figures-json')]);
    expect(await readFile((await download.path()) ?? '', 'utf8')).toBe(asPageNames(await cli.read('figures.json'), LAB));
    expect(describeViolations('page with the report', await axeViolations(page))).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('files the report does not know', () => {
  test('beside a good file: the report is made and the unknown one says why, beside its name', async () => {
    const page = await browser.newPage();
    const status = await make(page, [fixture('generic-learners-nhs.csv'), fixture('malformed/unknown-layout.csv')], '2025-06-30', 80);
    expect(status).toMatch(/^Report ready: .* 1 file\(s\) could not be used: the reason is beside each\./);
    const row = page.locator('#file-rows li', { hasText: 'unknown-layout.csv' });
    expect(await row.locator('.file-problem').textContent()).toMatch(
      /^Not used: the report does not know this kind of file: its first row reads “foo, bar, baz”/,
    );
    expect(await page.locator('#file-rows li', { hasText: 'generic-learners-nhs.csv' }).locator('.file-problem').isHidden()).toBe(true);
    await page.close();
  }, 60_000);

  test('alone: no report, not an empty one', async () => {
    const page = await browser.newPage();
    const status = await make(page, [fixture('malformed/unknown-layout.csv')], '2025-06-30', 80);
    expect(status).toBe('No report made: none of the 1 file(s) could be used. The reason is beside each file.');
    expect(await page.locator('#output').isHidden()).toBe(true);
    expect(await page.locator('.file-problem').isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});

describe('the compliance view', () => {
  test('choosing an agency leaves only its rows, on screen and in print, and says so on the report', async () => {
    const page = await browser.newPage();
    await make(page, [fixture('compliance-learners.csv')], '2025-06-30', 80);
    const overdue = page.locator('section[aria-labelledby="compliance"] tr', { hasText: 'Olga Overdue' });
    expect(await overdue.locator('td').nth(3).textContent()).toBe('40');
    expect(await page.locator('section[aria-labelledby="compliance"] tr', { hasText: 'Sam Soon' }).locator('td').nth(2).textContent()).toBe(
      '2025-07-10',
    );
    await page.selectOption('#filter-agency', 'Surrey NHS');
    expect(await overdue.isHidden()).toBe(true);
    expect(await page.locator('section[aria-labelledby="compliance"] tr', { hasText: 'Hal Health' }).count()).toBe(0); // trained: in no list
    expect(await page.locator('section[aria-labelledby="compliance"] tbody tr[data-agency="Surrey NHS"]').first().isVisible()).toBe(true);
    expect(await page.locator('#filter-note').textContent()).toBe(
      'Shown: Surrey NHS, all departments. Rows of others are left out of the tables and lists below.',
    );
    await page.emulateMedia({ media: 'print' });
    expect(await overdue.isHidden()).toBe(true);
    expect(await page.locator('#filter-note').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.selectOption('#filter-agency', '');
    expect(await overdue.isVisible()).toBe(true);
    expect(describeViolations('page with compliance filters', await axeViolations(page))).toEqual([]);
    await page.close();
  }, 60_000);
});
