// axe-core (WCAG 2.2 A/AA) on every quiz state at desktop and phone size in Chromium: a knowledge check before
// answering, after wrong answers (a select-all with a missed and a wrongly chosen option), after right answers, the
// assessment with its error summary, and the result with its review; each state is first checked to be what it claims.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { isMultipleSelect, type Question } from '../../src/model/course.ts';
import { axeViolations, describeViolations } from './player-browser.ts';
import { usePlayerSite } from './player-package.ts';
import { questionById, rightOptions, wrongOptions } from './player-walk.ts';

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
      await page.getByRole('button', { name: 'Next' }).click();
    const problems = describeViolations('check unanswered', await axeViolations(page));

    await answerAll(page, 'check', (q) => (isMultipleSelect(q) ? partly(q) : wrongOptions(q)));
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

  test('the assessment with its error summary, and the result with its review, have zero violations', async () => {
    const page = await (await site.browser.newContext({ viewport: { width, height } })).newPage();
    await page.goto(`${site.server.origin}/index.html`);
    await page.locator('#screen-heading').waitFor();
    await openFromMenu(page, site.pkg.course.assessment.title);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(site.pkg.course.assessment.draw);
    expect(await page.locator('main .error-message').count()).toBe(site.pkg.course.assessment.draw);
    const problems = describeViolations('assessment with error summary', await axeViolations(page));

    // A wrong attempt whose review holds a select-all (a new draw on each try; the bank has several).
    let scope = '';
    for (let n = 1; n <= 10; n++) {
      scope = `attempt-${n}`;
      const drawn = (await onScreen(page)).map((id) => questionById(site.pkg.course, id));
      await answerAll(page, scope, (q) => (isMultipleSelect(q) ? partly(q) : wrongOptions(q)));
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await page.getByRole('heading', { name: 'Your result' }).waitFor();
      if (drawn.some(isMultipleSelect)) break;
      await page.getByRole('button', { name: 'Try again' }).click();
    }
    const review = page.getByRole('region', { name: 'Review of the answers that were not right' });
    expect(await review.locator('.mark-missed').count()).toBeGreaterThan(0);
    expect(await review.locator('.mark-wrong').count()).toBeGreaterThan(0);
    problems.push(...describeViolations(`result of ${scope} with its review`, await axeViolations(page)));
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
