// axe-core (WCAG 2.2 A/AA) on every quiz state at desktop and phone size in Chromium: a knowledge check before
// answering, after a first wrong try (the hint), after wrong answers (a select-all with a missed and a wrongly chosen
// option), after right answers; every assessment screen: a question, check your answers, its error summary, the failed
// result before and after the re-read, the passed result with its review; each state first checked to be what it claims.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { isMultipleSelect, type Question } from '../../src/model/course.ts';
import { axeViolations, describeViolations } from './player-browser.ts';
import { usePlayerSite } from './player-package.ts';
import { answerAttempt, questionById, rereadAll, rightOptions, wrongOptions, NEXT } from './player-walk.ts';

const site = usePlayerSite();

/** Select-all: the first right option and the first wrong one, so one right option is missed and one is wrongly chosen. */
const partly = (q: Question) => [rightOptions(q)[0]!, wrongOptions(q)[0]!];

const onScreen = (page: Page) =>
  page.locator('main .question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));

/** Make the chosen options of every question on screen exactly `pick(q)`, clicking only what has to change. */
async function answerAll(page: Page, scope: string, pick: (q: Question) => string[]) {
  for (const id of await onScreen(page)) {
    const q = questionById(site.pkg.course, id);
    for (const o of q.options) {
      const input = page.locator(`[id="${scope}-${q.id}__${o.id}"]`);
      if ((await input.isChecked()) !== pick(q).includes(o.id)) await input.click();
    }
  }
}

async function checkAll(page: Page) {
  for (const button of await page
    .locator('main')
    .getByRole('button', { name: /^Check answer/ })
    .all())
    await button.click();
}

async function openFromMenu(page: Page, title: string) {
  const menu = page.getByRole('navigation', { name: 'Course contents' });
  if (!(await menu.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await menu.getByRole('button', { name: new RegExp(title) }).click();
}

describe.each([
  [1280, 800],
  [375, 812],
])('quiz states at %ix%i', (width, height) => {
  test('a knowledge check before, after wrong (select-all partly right) and after right answers has zero violations', async () => {
    const page = await (await site.browser.newContext({ viewport: { width, height } })).newPage();
    await page.goto(`${site.server.origin}/index.html`);
    await page.locator('#screen-heading').waitFor();
    const module = site.pkg.course.modules.find((m) => m.check.some(isMultipleSelect))!;
    const selectAll = module.check.find(isMultipleSelect)!;
    await openFromMenu(page, module.title);
    for (let i = 0; i < 40 && (await page.locator('#screen-heading').textContent())?.trim() !== 'Knowledge check'; i++)
      await page.getByRole('button', { name: NEXT }).click();
    const problems = describeViolations('check unanswered', await axeViolations(page));

    await answerAll(page, 'check', (q) => (isMultipleSelect(q) ? partly(q) : wrongOptions(q)));
    await checkAll(page);
    // A first wrong try: a hint, and no mark that shows a right option.
    expect(await page.locator('main .mark-right, main .mark-missed').count()).toBe(0);
    problems.push(...describeViolations('check, a first wrong try with its hint', await axeViolations(page)));
    await checkAll(page);
    const field = page.locator(`[data-question="${selectAll.id}"]`);
    // The select-all shows all three marks, each in words.
    expect(await field.locator('.mark').allTextContents()).toEqual(
      expect.arrayContaining(['✓Rightly chosen', '✗Wrongly chosen', '!Missed: should have been chosen']),
    );
    expect(await page.locator('main .feedback-wrong').count()).toBe(module.check.length);
    problems.push(...describeViolations('check answered wrong, select-all partly right', await axeViolations(page)));

    await answerAll(page, 'check', rightOptions);
    await checkAll(page);
    expect(await page.locator('main .feedback-right').count()).toBe(module.check.length);
    problems.push(...describeViolations('check answered right', await axeViolations(page)));
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  test('every assessment screen (a question, check your answers, its error summary, failed and passed results) has zero violations; a question takes at most about two screens', async () => {
    const { course } = site.pkg;
    const page = await (await site.browser.newContext({ viewport: { width, height } })).newPage();
    await page.goto(`${site.server.origin}/index.html`);
    await page.locator('#screen-heading').waitFor();
    await openFromMenu(page, course.assessment.title);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const problems = describeViolations('question 1', await axeViolations(page));
    // Every question of the attempt: the whole page (banner, contents, question, buttons, pager) in screens.
    const tall: string[] = [];
    for (let n = 1; n <= course.assessment.draw; n++) {
      const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
      if (screens > 2.25)
        tall.push(
          `question ${n} (${await page.locator('main .question-field').getAttribute('data-question')}): ${screens.toFixed(2)} screens`,
        );
      await page.locator('main .question-actions .button-primary').click();
      await page.waitForFunction(
        (old) => document.getElementById('screen-heading')?.textContent !== old,
        `Question ${n} of ${course.assessment.draw}`,
      );
    }
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    problems.push(...describeViolations('check your answers, none answered', await axeViolations(page)));
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(course.assessment.draw);
    problems.push(...describeViolations('check your answers with its error summary', await axeViolations(page)));

    await summary.getByRole('link', { name: 'Answer question 1', exact: true }).click();
    await answerAttempt(page, course, (q) => (isMultipleSelect(q) ? partly(q) : wrongOptions(q)));
    await page.getByRole('heading', { name: 'Your result' }).waitFor();
    expect(await page.locator('.result-fail').count()).toBe(1);
    problems.push(...describeViolations('failed result with the re-read list and what was missed', await axeViolations(page)));
    await rereadAll(page, course);
    problems.push(...describeViolations('failed result, pages re-read', await axeViolations(page)));

    // Passed with one wrong answer (not a critical one), so the full review shows its marks.
    await page.getByRole('button', { name: 'Try again' }).click();
    let missed = '';
    await answerAttempt(page, course, (q) => {
      if (missed === '' && q.behaviour === undefined && q.kind !== 'truefalse') {
        missed = q.id;
        return wrongOptions(q);
      }
      return rightOptions(q);
    });
    await page.getByRole('heading', { name: 'Your result' }).waitFor();
    expect(await page.locator('.result-pass').count()).toBe(1);
    const review = page.getByRole('region', { name: 'Review of the answers that were not right' });
    expect(await review.locator('.mark-missed').count()).toBeGreaterThan(0);
    problems.push(...describeViolations('passed result with its full review', await axeViolations(page)));
    expect(problems).toEqual([]);
    expect(tall).toEqual([]);
    await page.close();
  }, 300_000);
});
