// `npm run screenshots -- [zip]`: the built course's key screens at desktop and phone size, as PNGs to look at.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Course, Question } from '../../src/model/course.ts';
import { ChromiumMissingError, launchChromium } from '../bench/chromium.ts';
import { unzip } from '../package/unzip.ts';
import { packageHandler } from '../preview/package-handler.ts';
import { parseArgs } from './args.ts';
import { defaultZip, findFiles } from './pick-zip.ts';

const USAGE =
  'usage: npm run screenshots -- [dist/...-scorm2004.zip] [--out dist/screenshots] [--standalone]\n' +
  '  default zip: the newest published edition, else the generic edition (drafts are not what learners get)\n' +
  '  --standalone: as opened outside an LMS (with its "not connected" notice), instead of under a SCORM 2004 LMS';
/** The learner the simulated LMS launches, as Moodle sends names: "Last, First". */
const LEARNER = { learner_id: 'learner-1', learner_name: 'Learner, Sam' };
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

const { options, rest } = parseArgs(process.argv.slice(2), ['help', 'standalone']);
const zip = rest[0] ?? (statSync('dist', { throwIfNoEntry: false }) ? defaultZip('dist') : undefined);
if (options.help || !zip) {
  console.log(options.help ? USAGE : `No zip to photograph: run npm run build first, or name one.\n${USAGE}`);
  process.exit(options.help ? 0 : 1);
}
const modelFile = findFiles(path.dirname(zip), /-course\.json$/)[0] ?? findFiles('dist', /-course\.json$/)[0];
if (!modelFile) {
  console.log(`No course model (*-course.json) next to ${zip}: run npm run build first.`);
  process.exit(1);
}
const course = JSON.parse(readFileSync(modelFile, 'utf8')) as Course;
const out = typeof options.out === 'string' ? options.out : path.join('dist', 'screenshots');
mkdirSync(out, { recursive: true });

const dir = mkdtempSync(path.join(os.tmpdir(), 'maisp-shots-'));
unzip(zip, dir);
const serve = packageHandler(dir);
const server = createServer((req, res) => serve(req, res));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launchChromium().catch((e: unknown) => {
  console.error(e instanceof ChromiumMissingError ? e.message : `Chromium did not start: ${String(e)}`);
  process.exit(1);
});
// Under an LMS, as learners see it: scorm-again's SCORM 2004 API in the window the player looks in first.
const lmsScript = options.standalone
  ? ''
  : `${readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('scorm-again')), 'scorm-again.min.js'), 'utf8')};
    window.API_1484_11 = new Scorm2004API({ logLevel: 5, autocommit: false });
    window.API_1484_11.loadFromJSON(${JSON.stringify(LEARNER)});`;

const questionOf = (id: string): Question | undefined =>
  [...course.modules.flatMap((m) => m.check), ...course.assessment.bank].find((q) => q.id === id);

/** Chooses the right (or a wrong) answer to every question on the screen; inputs are `<scope>-<question>__<option>`. */
async function answerAll(page: Page, right: boolean) {
  for (const input of await page.locator('.question-field').all()) {
    const q = questionOf((await input.getAttribute('data-question')) ?? '');
    if (!q) continue;
    const ids = right ? q.options.filter((o) => o.correct).map((o) => o.id) : [q.options.find((o) => !o.correct)?.id ?? ''];
    for (const o of q.options) {
      const box = input.locator(`input[id$="-${q.id}__${o.id}"]`);
      if ((await box.isChecked()) !== ids.includes(o.id)) await box.click();
    }
  }
}

/** Answers the attempt from the question on screen to Check your answers, one screen at a time, then submits. */
async function answerAttempt(page: Page, right: boolean) {
  for (let i = 0; i < 1000; i++) {
    const heading = ((await page.locator('#screen-heading').textContent()) ?? '').trim();
    if (!/^Question \d+ of \d+$/.test(heading)) {
      // Check your answers: each question still unanswered through its Answer link, which leads back here.
      const unanswered = page.locator('.summary-action a', { hasText: /^Answer/ });
      if ((await unanswered.count()) === 0) break;
      await unanswered.first().click();
      await page.waitForFunction(() => /^Question \d+ of \d+$/.test(document.getElementById('screen-heading')?.textContent ?? ''));
      continue;
    }
    await answerAll(page, right);
    await page.locator('main .question-actions .button-primary').click();
    await page.waitForFunction((old) => document.getElementById('screen-heading')?.textContent !== old, heading);
  }
  await page.getByRole('button', { name: /^Submit/ }).click();
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
}

/** Opens a screen from the contents menu (unfolding it first on a phone). */
async function openFromMenu(page: Page, title: RegExp) {
  const menu = page.getByRole('navigation', { name: 'Course contents' });
  if (!(await menu.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await menu.getByRole('button', { name: title }).click();
}

const written: string[] = [];
for (const size of SIZES) {
  const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height } })).newPage();
  if (lmsScript) await page.addInitScript(lmsScript);
  const shot = async (name: string, full = true) => {
    const file = path.join(out, `${size.name}-${name}.png`);
    await page.screenshot({ path: file, fullPage: full });
    written.push(file);
  };
  await page.goto(`${origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  // The first screen is the first module's opening screen.
  await shot('01-module-intro', false);

  // The first page with callout blocks (else with any block or a table), reached with Next.
  const blocks = async (selector: string) => {
    for (let i = 0; i < 80; i++) {
      if ((await page.locator(selector).count()) > 0) return true;
      const next = page.getByRole('button', { name: 'Next' });
      if ((await page.locator('#screen-heading').textContent())?.trim() === course.assessment.title || (await next.count()) === 0) break;
      await next.click();
    }
    return false;
  };
  if (!(await blocks('main .block'))) {
    await openFromMenu(page, new RegExp(course.modules[0]?.title ?? ''));
    await blocks('main .block-details, main .block-steps, main .table');
  }
  await shot('02-page-with-blocks');

  for (let i = 0; i < 40 && (await page.locator('#screen-heading').textContent())?.trim() !== 'Knowledge check'; i++)
    await page.getByRole('button', { name: 'Next' }).click();
  await answerAll(page, false);
  for (const b of await page.getByRole('button', { name: /^Check answer/ }).all()) await b.click();
  // A first wrong try: the hint; a second: the marks and the explanation.
  await shot('03-knowledge-check-hint');
  for (const b of await page.getByRole('button', { name: /^Check answer/ }).all()) await b.click();
  await shot('03a-knowledge-check-feedback');
  // Next after a knowledge check: the next module's opening screen.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('main .intro').waitFor();
  await shot('04-next-module-intro');

  // A select-all checked with one right option chosen, one missed and one wrongly chosen: the three marks side by side.
  const selectAll = course.modules
    .flatMap((m) => m.check.map((q) => ({ m, q })))
    .find(({ q }) => q.options.filter((o) => o.correct).length > 1);
  if (selectAll) {
    await openFromMenu(page, new RegExp(selectAll.m.title));
    for (let i = 0; i < 40 && (await page.locator('#screen-heading').textContent())?.trim() !== 'Knowledge check'; i++)
      await page.getByRole('button', { name: 'Next' }).click();
    const box = page.locator('.question', { has: page.locator(`[data-question="${selectAll.q.id}"]`) });
    const pick = [selectAll.q.options.find((o) => o.correct)?.id, selectAll.q.options.find((o) => !o.correct)?.id];
    for (const o of selectAll.q.options) {
      const input = box.locator(`input[id$="-${selectAll.q.id}__${o.id}"]`);
      if ((await input.isChecked()) !== pick.includes(o.id)) await input.click();
    }
    // Twice: the first wrong try gets only a hint.
    await box.getByRole('button', { name: /^Check answer/ }).click();
    await box.getByRole('button', { name: /^Check answer/ }).click();
    const file = path.join(out, `${size.name}-03b-select-all-marking.png`);
    await box.screenshot({ path: file });
    written.push(file);
  }

  await openFromMenu(page, new RegExp(course.assessment.title));
  await page.getByRole('button', { name: /^Start/ }).click();
  // One question at a time: the first (a scenario, where the draw has one, as the tallest kind) answered.
  let scenario = false;
  const { draw } = course.assessment;
  for (let n = 1; n <= draw; n++) {
    const q = questionOf((await page.locator('main .question-field').getAttribute('data-question')) ?? '');
    if (n === 1 || (!scenario && q?.kind === 'scenario')) {
      await answerAll(page, false);
      await shot(n === 1 ? '05-assessment-question' : '05a-assessment-scenario-question');
      scenario ||= q?.kind === 'scenario';
    }
    await page.locator('main .question-actions .button-primary').click();
    await page.waitForFunction((old) => document.getElementById('screen-heading')?.textContent !== old, `Question ${n} of ${draw}`);
  }
  await shot('05c-check-your-answers');
  // Submit with questions unanswered: the error summary at the top, as the learner first sees it.
  await page.getByRole('button', { name: /^Submit/ }).click();
  await shot('05d-check-your-answers-error-summary', false);
  await page.getByRole('alert').getByRole('link').first().click();
  await answerAttempt(page, false);
  await shot('06-result-failed');
  // The pages to re-read, each opened through its link and back by the contents.
  for (let i = 0; i < 100; i++) {
    const unread = page.locator('.reread-list li', { hasText: '(not read yet)' }).locator('a');
    if ((await unread.count()) === 0) break;
    await unread.first().click();
    await openFromMenu(page, new RegExp(course.assessment.title));
  }
  await shot('06b-result-failed-pages-read');
  await page.getByRole('button', { name: /^Try again/ }).click();
  await answerAttempt(page, true);
  await shot('07-result-passed');
  // The record of completion needs every page seen: visit each from the first, then finish.
  await openFromMenu(page, new RegExp(course.modules[0]?.title ?? ''));
  for (let i = 0; i < 200; i++) {
    const heading = (await page.locator('#screen-heading').textContent())?.trim();
    if (heading === 'Course complete') break;
    if (heading === 'Knowledge check') {
      await answerAll(page, true);
      for (const b of await page.getByRole('button', { name: /^Check answer/ }).all()) await b.click();
    }
    const next = page.getByRole('button', { name: /^Next/ });
    if ((await next.count()) === 0) break;
    await next.first().click();
  }
  await shot('08-completion');
  await page.close();
}
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
console.log(`Screenshots of ${zip} (${options.standalone ? 'standalone, no LMS' : 'under a SCORM 2004 LMS'}):`);
for (const f of written) console.log(`  ${f}`);
