// report.html over a synthetic 2,000-learner export in real Chromium: a labelled progress bar moves while it reads, and the figures are the command's.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../build/bench/chromium.ts';
import { generateSyntheticExport } from '../../build/report/bench.ts';
import { reportPageHtml } from '../../build/report/page/build-page.ts';
import { asPageNames, runReportPage, type PageRun } from '../../build/report/page/run-page.ts';
import { runReport } from '../../build/report/run-report.ts';
import { tempDir } from './helpers.ts';

// The bench (npm run bench) runs the same at 100,000 learners and 2,000,000 answers and prints the timings.
const SIZE = { learners: 2_000, interactions: 40_000 };
const AS_OF = '2025-06-30';

let browser: Browser;
let run: PageRun;
let commandFigures: string;
let files: string[];
beforeAll(async () => {
  const dir = await tempDir('maisp-report-scale-');
  const gen = await generateSyntheticExport(dir, SIZE);
  files = [gen.basicFile, gen.interactionsFile];
  await runReport({ inputs: files.map((file) => ({ file })), course: gen.course, outDir: join(dir, 'out'), asOf: AS_OF });
  commandFigures = await readFile(join(dir, 'out', 'figures.json'), 'utf8');
  const pagePath = join(dir, 'report.html');
  await writeFile(pagePath, await reportPageHtml(gen.course), 'utf8');
  browser = await launchChromium();
  run = await runReportPage(browser, { pageUrl: pathToFileURL(pagePath).href, files, asOf: AS_OF, timeoutMs: 120_000 });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe('report.html on 2,000 learners and 40,000 answer rows', () => {
  test('the progress bar is shown while the files are read, its value rising from 0 to 1, labelled by the status line', () => {
    const shown = run.progress.filter((p) => !p.hidden);
    const partial = shown.filter((p) => p.value > 0 && p.value < 1);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    expect(shown.map((p) => p.value)).toEqual([...shown.map((p) => p.value)].sort((a, b) => a - b));
    expect(shown.at(-1)?.value).toBe(1);
    expect(partial[0]?.label).toMatch(/^Reading file 1 of 2, moodle-basic\.txt: \d+% of all files read\.$/);
    expect(partial.at(-1)?.label).toMatch(/^Reading file 2 of 2, interactions\.csv: \d+% of all files read\.$/);
    expect(run.progress.at(-1)?.hidden).toBe(true);
  });

  test('it finishes with the command’s figures.json (file names aside) and says how many learners it read', () => {
    expect(run.status).toMatch(/^Report ready: 2,000 learners, 0 data-quality issue\(s\)\./);
    expect(run.figuresJson).toBe(asPageNames(commandFigures, files));
  });
});
