// Printing keeps every column: the report from the 17 real Moodle downloads printed to an A4 PDF by Chromium, read
// back with pdf.js. Every column header of every table is on the page where the table starts, inside the page's
// printable width (a clipped column would still be in the PDF, beyond the right margin), and questions nobody
// answered are one line, not pages of empty rows.

import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../build/bench/chromium.ts';
import { fixture, report } from './helpers.ts';

const A4_WIDTH = 595.28; // points
const MARGIN = (12 / 25.4) * 72; // the report's @page margin, 12 mm

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const squash = (s: string): string => s.replace(/\s+/g, '');

test('A4 PDF of the 7-learner lab report: every column header on its table’s page, within the margins; a handful of pages', async () => {
  const lab = readdirSync(fixture('moodle-lab'))
    .filter((n) => /\.(txt|csv)$/.test(n))
    .map((n) => ({ file: fixture(`moodle-lab/${n}`) }));
  const { outDir } = await report(lab, { passMark: 80, asOf: '2026-11-30' });
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(outDir, 'report.html')).href);
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('table')].map((t) => ({
      caption: t.caption?.textContent ?? '',
      headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
    })),
  );
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.close();
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: { all: string; inside: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const items = content.items.flatMap((i) => ('str' in i ? [{ str: i.str, right: (i.transform[4] as number) + i.width }] : []));
    pages.push({
      all: squash(items.map((i) => i.str).join('')),
      inside: squash(
        items
          .filter((i) => i.right <= A4_WIDTH - MARGIN + 1)
          .map((i) => i.str)
          .join(''),
      ),
    });
  }
  expect(tables.length).toBeGreaterThan(8);
  for (const t of tables) {
    // The caption followed by the first header: a section heading may repeat the caption on the page before.
    const at = pages.findIndex((p) => p.all.includes(squash(t.caption + (t.headers[0] ?? ''))));
    expect(at, `table "${t.caption}" is in the PDF`).toBeGreaterThanOrEqual(0);
    for (const h of t.headers) expect(pages[at]?.inside, `"${t.caption}": column "${h}" on page ${at + 1}`).toContain(squash(h));
  }
  const questions = tables.find((t) => t.caption === 'Facility by question');
  const answersAt = questions?.headers.indexOf('Answers') ?? -1;
  expect(questions?.rows.filter((r) => r[answersAt] === '0')).toEqual([]);
  expect(pages.some((p) => p.all.includes(squash('question(s) have no answers in these downloads')))).toBe(true);
  // 67 pages before the print style sheet kept columns and the empty question rows were collapsed.
  expect(doc.numPages).toBeLessThanOrEqual(14);
  await readFile(join(outDir, 'report.html'), 'utf8');
}, 120_000);
