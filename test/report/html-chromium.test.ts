// The HTML report in real Chromium: it fetches nothing outside itself, axe finds no WCAG 2.2 A/AA violation, it prints.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../build/bench/chromium.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadMapping } from '../../build/report/load-mapping.ts';
import { axeViolations, describeViolations } from '../e2e/player-browser.ts';
import { fixture, report } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('report.html in Chromium', () => {
  test('loads with no request but its own file, has no axe WCAG 2.2 A/AA violation, and is screenshot and printed', async () => {
    const mapping = await loadMapping(fixture('council-mapping.yaml'));
    const { outDir } = await report(
      [
        { file: fixture('moodle-basic-police.txt'), agency: 'Surrey Police' },
        { file: fixture('moodle-interactions-police.txt'), agency: 'Surrey Police' },
        { file: fixture('generic-learners-nhs.csv') },
        { file: fixture('generic-interactions-nhs.csv') },
        { file: fixture('council-lms.csv'), agency: 'Surrey County Council', mapping },
        { file: fixture('hostile-learners.csv') },
      ],
      { minAnswers: 2 },
    );
    const url = pathToFileURL(join(outDir, 'report.html')).href;
    // bypassCSP: the report's own CSP would block a stray request silently; without it any request shows up here.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    expect(requests).toEqual([url]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('figure.chart').count()).toBe(4);
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(9);

    expect(describeViolations('report.html', await axeViolations(page))).toEqual([]);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/report-html.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await writeFile('test-results/report-html.pdf', pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  }, 60_000);
});
