// Walks the built player through the whole course with ordinary clicks, calling `visit` at every module's opening
// screen, every page and every quiz state (check unanswered / wrong / right, assessment intro, questions, failed, passed, completion).
import type { Page } from 'playwright-core';
import type { Course, Question } from '../../src/model/course.ts';

export type Visit = (state: string) => Promise<void>;

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

async function answerAttempt(page: Page, course: Course, pick: (q: Question) => string[]) {
  const scope = await page
    .locator('input')
    .first()
    .getAttribute('name')
    .then((n) => n!.split('-').slice(0, 2).join('-'));
  for (const id of await page.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!)))
    await setAnswer(page, scope, questionById(course, id), pick(questionById(course, id)));
  await page.getByRole('button', { name: 'Submit answers' }).click();
}

export async function walkCourse(page: Page, course: Course, visit: Visit): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const heading = (await page.locator('#screen-heading').textContent())?.trim() ?? '';
    if (heading === course.assessment.title) break;
    if (heading === 'Knowledge check') {
      const module = (await page.locator('main h1').textContent())?.trim();
      await visit(`check ${module}: unanswered`);
      await answerCheck(page, course, wrongOptions);
      await visit(`check ${module}: answered wrong`);
      await answerCheck(page, course, rightOptions);
      await visit(`check ${module}: answered right`);
    } else if ((await page.locator('main .intro').count()) > 0) await visit(`module opening ${heading}`);
    else await visit(`page ${heading}`);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await visit('assessment: introduction');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await visit('assessment: unanswered');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await visit('assessment: questions not answered');
  await answerAttempt(page, course, wrongOptions);
  await visit('assessment: result failed');
  await page.getByRole('button', { name: 'Try again' }).click();
  await answerAttempt(page, course, rightOptions);
  await visit('assessment: result passed');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Course complete' }).waitFor();
  await visit('completion');
}
