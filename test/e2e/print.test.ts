// The print stylesheet of the built player under an LMS (scorm-again, SCORM 2004): printing the completion screen
// puts only the record of completion on paper, and Chromium's PDF of it is one A4 page holding the logo, the
// learner's name as "First Last", the course version, the date, the score and the verification code.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';
import { walkCourse } from './player-walk.ts';

const site = usePlayerSite();
const SCORM_AGAIN = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('scorm-again')), 'scorm-again.min.js'),
  'utf8',
);
// What Moodle sends (SCORM.md): "Last, First"; 2004's cmi.learner_name may come that way too.
const LAUNCH = { learner_id: 'lrner', learner_name: 'Rner, Lea' };
const A4 = { width: 595.28, height: 841.89 }; // points

let page: Page;
beforeAll(async () => {
  page = await (await site.browser.newContext()).newPage();
  await page.clock.setFixedTime(new Date(2026, 10, 22, 10, 48));
  await page.addInitScript(`${SCORM_AGAIN};
    window.API_1484_11 = new Scorm2004API({ logLevel: 5, autocommit: false });
    window.API_1484_11.loadFromJSON(${JSON.stringify(LAUNCH)});`);
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  await walkCourse(page, site.pkg.course, async () => {});
  await page.emulateMedia({ media: 'print' });
}, 300_000);

test('printing the completion screen shows the record of completion, with its logo, and nothing else', async () => {
  expect(await page.locator('.record').isVisible()).toBe(true);
  for (const hidden of ['header', 'nav', 'main > h1', '.notices', 'main button'])
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  const logo = page.locator('.record .record-logo');
  expect(await logo.isVisible()).toBe(true);
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await logo.getAttribute('alt')).toBe(site.pkg.course.branding.logoAlt);
});

test('the PDF is one A4 page with organisation, "First Last", title, version, date, score and verification code', async () => {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  expect(doc.numPages).toBe(1);
  const first = await doc.getPage(1);
  const { width, height } = first.getViewport({ scale: 1 });
  expect([Math.round(width), Math.round(height)]).toEqual([Math.round(A4.width), Math.round(A4.height)]);
  const content = await first.getTextContent();
  // Chromium splits runs at ligatures ("veri" "fi" "cation") and table cells, so compare with spaces taken out.
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const text = squash(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  const { course } = site.pkg;
  const hex = createHash('sha256').update(`lrner|${course.id}|${course.version}|2026-11-22`).digest('hex').toUpperCase();
  for (const expected of [
    course.branding.organisation,
    'Record of completion',
    'Lea Rner',
    course.title,
    `Version ${course.version}`,
    'Completed on 22 November 2026',
    `Assessment score 100% (pass mark ${course.assessment.passMark}%)`,
    'Learner ID lrner',
    `Verification code ${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`,
  ])
    expect(text).toContain(squash(expected));
  expect(text).not.toContain(squash('Rner, Lea'));
  expect(text).not.toContain(squash('Leave the course'));
});
