// Walks the built player through the whole course with ordinary clicks, calling `visit` at every module's opening
// screen, every page and every quiz state (check unanswered / hint / wrong / right, assessment intro, a question, check your
// answers, the error summary, failed, failed with the pages re-read, passed, completion).
import type { Page } from 'playwright-core';
import type { Course, Question } from '../../src/model/course.ts';

export type Visit = (state: string) => Promise<void>;

/** The button that goes on: Next, or on a path's start screen its one button, Start the course. */
export const NEXT = /^(Next|Start the course)$/;

export const rightOptions = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id);
export const wrongOptions = (q: Question) => [q.options.find((o) => !o.correct)!.id];

export function questionById(course: Course, id: string): Question {
  const q = [...course.modules.flatMap((m) => m.check), ...course.assessment.bank].find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in the course model`);
  return q;
}

/** Make the question's chosen options exactly `ids`, clicking only what has to change. */
async function setAnswer(page: Page, scope: string, q: Question, ids: string[]) {
  for (const option of q.options) {
    const input = page.locator(`[id="${scope}-${q.id}__${option.id}"]`);
    if ((await input.isChecked()) !== ids.includes(option.id)) await input.click();
  }
}

async function answerCheck(page: Page, course: Course, pick: (q: Question) => string[]) {
  for (const id of await page.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!))) {
    const q = questionById(course, id);
    await setAnswer(page, 'check', q, pick(q));
    await page.locator(`.question:has([data-question="${id}"]) >> role=button[name=/^Check answer/]`).click();
  }
}

/** The assessment question on screen (its heading "Question n of m"), or null on another screen. */
export async function questionOnScreen(page: Page): Promise<{ n: number; of: number } | null> {
  const m = /^Question (\d+) of (\d+)$/.exec((await page.locator('#screen-heading').textContent())?.trim() ?? '');
  return m ? { n: Number(m[1]), of: Number(m[2]) } : null;
}

/**
 * Answers the attempt one question at a time, from the question on screen to Check your answers, by `pick` (null
 * leaves a question unanswered); from Check your answers, each question still unanswered through its Answer link
 * (which leads back there). Then Submit unless `submit` is false. Returns the question ids answered, in that order.
 */
export async function answerAttempt(
  page: Page,
  course: Course,
  pick: ((q: Question) => string[]) | null,
  submit = true,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const at = await questionOnScreen(page);
    if (!at) {
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      const unanswered = page.locator('.summary-action a', { hasText: /^Answer/ });
      if (!pick || (await unanswered.count()) === 0) break;
      await unanswered.first().click();
      await page.waitForFunction(() => /^Question \d+ of \d+$/.test(document.getElementById('screen-heading')?.textContent ?? ''));
      continue;
    }
    const field = page.locator('main .question-field');
    const id = (await field.getAttribute('data-question'))!;
    ids.push(id);
    const scope = (await field.locator('input').first().getAttribute('name'))!.split('-').slice(0, 2).join('-');
    if (pick) await setAnswer(page, scope, questionById(course, id), pick(questionById(course, id)));
    await page.locator('main .question-actions .button-primary').click();
    // The next screen has its own heading: wait for it rather than read the old one.
    await page.waitForFunction(
      (old) => document.getElementById('screen-heading')?.textContent?.trim() !== old,
      `Question ${at.n} of ${at.of}`,
    );
  }
  if (submit) await page.getByRole('button', { name: 'Submit answers' }).click();
  return ids;
}

/** Opens the final assessment from the contents (at desktop width, where the menu is unfolded) and starts an attempt. */
export async function startAssessment(page: Pick<Page, 'getByRole'>): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Course contents' })
    .getByRole('button', { name: /Final assessment/ })
    .click();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
}

/** Opens a screen from the contents menu (unfolding it first on a phone). */
export async function openFromMenu(page: Page, title: string | RegExp) {
  const menu = page.getByRole('navigation', { name: 'Course contents' });
  if (!(await menu.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await menu.getByRole('button', { name: title }).click();
}

/** After a fail: opens each page the result asks to re-read, through its link, back by the contents each time. */
export async function rereadAll(page: Page, course: Course) {
  for (let i = 0; i < 100; i++) {
    const unread = page.locator('.reread-list li', { hasText: '(not read yet)' }).locator('a');
    if ((await unread.count()) === 0) return;
    await unread.first().click();
    await page.locator('main .content').first().waitFor();
    await openFromMenu(page, new RegExp(course.assessment.title));
    await page.getByRole('heading', { name: 'Your result' }).waitFor();
  }
}

export async function walkCourse(page: Page, course: Course, visit: Visit): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const heading = (await page.locator('#screen-heading').textContent())?.trim() ?? '';
    if (heading === course.assessment.title) break;
    // A path's start screen: its one button starts the course.
    if ((await page.locator('main .start').count()) > 0) {
      await visit('start screen');
      await page.getByRole('button', { name: 'Start the course' }).click();
      continue;
    }
    if (heading === 'Knowledge check') {
      // The check's h1 is "Knowledge check"; its module is the caption above it.
      const module = (await page.locator('main .position').first().textContent())?.trim();
      await visit(`check ${module}: unanswered`);
      await answerCheck(page, course, wrongOptions);
      await visit(`check ${module}: a first wrong try, with its hint`);
      await answerCheck(page, course, wrongOptions);
      await visit(`check ${module}: answered wrong twice`);
      await answerCheck(page, course, rightOptions);
      await visit(`check ${module}: answered right`);
    } else if ((await page.locator('main .intro').count()) > 0) await visit(`module opening ${heading}`);
    else await visit(`page ${heading}`);
    await page.getByRole('button', { name: NEXT }).click();
  }
  await visit('assessment: introduction');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await visit('assessment: a question, unanswered');
  await answerAttempt(page, course, null);
  await visit('assessment: check your answers, none answered');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await visit('assessment: questions not answered');
  await page.getByRole('alert').getByRole('link', { name: 'Answer question 1', exact: true }).click();
  await answerAttempt(page, course, wrongOptions);
  await visit('assessment: result failed');
  await rereadAll(page, course);
  await visit('assessment: result failed, pages re-read');
  await page.getByRole('button', { name: 'Try again' }).click();
  await answerAttempt(page, course, rightOptions);
  await visit('assessment: result passed');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Course complete' }).waitFor();
  await visit('completion');
}
