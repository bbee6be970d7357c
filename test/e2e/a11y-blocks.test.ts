// axe-core (WCAG 2.2 A/AA) in Chromium on every content block kind, a table, a figure and a module's opening
// screen, at desktop (1280x800) and phone (375x812) size: the good fixture course plus one page that holds them all.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../build/bench/chromium.ts';
import { unzip } from '../../build/package/unzip.ts';
import { buildCourse } from '../../build/pipeline.ts';
import { axeViolations, describeViolations } from './player-browser.ts';
import { servePackage, type PackageServer } from './player-package.ts';
import { NEXT } from './player-walk.ts';

const EVERY_BLOCK = `
## Every block {#one-blocks}

:::key-point Safety comes first
Never let a data protection worry delay sharing that keeps someone safe.
:::

:::warning
Do not send case files by personal e-mail.
:::

:::in-practice At the front desk
Ask who is calling and ring them back on a number you have checked.
:::

:::example A tenant's bank card
A housing officer notices that a tenant has handed over her bank card. She tells the safeguarding lead.
:::

:::details What the law says
Article 6 lists six lawful bases.
:::

:::print Print this page
Keep this page to hand.
:::

:::steps
1. Check your lawful basis.
2. Share only what the other agency needs.
3. Record what you shared and why.
:::

| The protocol says | Read it as |
| --- | --- |
| sensitive personal data | special category data |

![A diagram of two tiers](../assets/diagram.svg "The two tiers of the protocol")
`;

let dir = '';
let server: PackageServer;
let browser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-blocks-'));
  const course = path.join(dir, 'course');
  cpSync('test/fixtures/good', course, { recursive: true });
  appendFileSync(path.join(course, 'modules', '01-one.md'), EVERY_BLOCK);
  const result = await buildCourse({ courseDir: course, outDir: path.join(dir, 'dist'), editions: ['generic'], draft: true });
  const zip = result.zips.find((z) => z.target === 'scorm2004');
  if (!zip) throw new Error('the block fixture built no SCORM 2004 zip');
  unzip(zip.file, path.join(dir, 'unzipped'));
  server = await servePackage(path.join(dir, 'unzipped'));
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  [1280, 800],
  [375, 812],
] as const)('at %ix%i', (width, height) => {
  test('the module opening screen and a page with every block kind (details closed and open) have zero violations', async () => {
    const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.locator('main .intro').waitFor();
    const problems = describeViolations('module opening screen', await axeViolations(page));
    for (let i = 0; i < 10 && (await page.locator('#screen-heading').textContent()) !== 'Every block'; i++)
      await page.getByRole('button', { name: NEXT }).click();
    // Every kind is on the screen, so the check below is about all of them.
    for (const selector of [
      '.block-key-point',
      '.block-warning',
      '.block-in-practice',
      '.block-example',
      '.block-details',
      '.block-steps',
      '.block-print',
      '.table',
      'figure',
    ])
      expect(await page.locator(`main ${selector}`).count(), selector).toBe(1);
    problems.push(...describeViolations('every block, details closed', await axeViolations(page)));
    await page.locator('.block-details summary').click();
    problems.push(...describeViolations('every block, details open', await axeViolations(page)));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
