// Real Chromium, both built zips under scorm-again: a learner who does not read (always the first option, or always
// the longest; select-all: all but the last, or all but the shortest; or by keywords, test/model/strategies.ts)
// passes at most 1 attempt in 20, and the
// assessment's texts state the pass mark that applies, the LMS's mastery score when it sends one.

import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { isMultipleSelect } from '../../src/model/course.ts';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { correctIsLongest, LONGEST_SHARE } from '../../build/content/leak-checks.ts';
import { startAssessment } from './player-walk.ts';
import { useLmsSite, type Version } from './lms-harness.ts';
import { pickOptions, type Strategy } from '../model/strategies.ts';

const site = useLmsSite();
const ATTEMPTS = 20;

async function openAssessment(page: Page, version: Version): Promise<Frame> {
  const frame = await site.launch(page, version, launchDataFrom(version, null));
  await startAssessment(frame);
  return frame;
}

/**
 * Answers every question of the attempt by `strategy` alone, one screen at a time, submits from Check your answers,
 * and says whether the attempt passed. One evaluate per attempt: real clicks in the page, each screen read once
 * Preact has rendered it.
 */
async function blindAttempt(frame: Frame, strategy: Strategy): Promise<boolean> {
  await frame.locator('main .question-field').first().waitFor();
  // Per screen: one evaluate reads the option labels as shown, the pure strategy (the one the model tests run)
  // picks in Node, one more evaluate clicks the picks and Next, and waits for the next screen to render.
  for (let i = 0; i < 1000; i++) {
    const screen = await frame.evaluate(() => {
      if (!/^Question \d+ of \d+$/.test(document.getElementById('screen-heading')?.textContent ?? '')) return null;
      const field = document.querySelector('main .question-field')!;
      const inputs = [...field.querySelectorAll('input')];
      return {
        multiple: inputs[0]?.type === 'checkbox',
        labels: inputs.map((input) => (field.querySelector(`label[for="${input.id}"]`)?.textContent ?? '').trim()),
      };
    });
    if (!screen) break;
    const picks = pickOptions(strategy, screen.labels, screen.multiple);
    await frame.evaluate(async (picks) => {
      const rendered = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const inputs = [...document.querySelector('main .question-field')!.querySelectorAll('input')];
      for (const i of picks) {
        inputs[i]?.click();
        await rendered();
      }
      document.querySelector<HTMLElement>('main .question-actions .button-primary')!.click();
      await rendered();
    }, picks);
  }
  await frame.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await frame.locator('.result').waitFor();
  return (await frame.locator('.result-pass').count()) > 0;
}

/** After a fail: opens each page the result lists to re-read, by its link, and comes back from the contents. */
async function reread(frame: Frame, title: string): Promise<void> {
  await frame.evaluate(async (title) => {
    // Past the player's effects too (a new screen records itself as the location after the next paint), as a person is.
    const rendered = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    for (let i = 0; i < 200; i++) {
      const unread = [...document.querySelectorAll('.reread-list li')].find((li) => li.textContent?.includes('(not read yet)'));
      if (!unread) return;
      unread.querySelector('a')!.click();
      await rendered();
      [...document.querySelectorAll<HTMLElement>('nav.menu button')].find((b) => b.textContent?.includes(title))!.click();
      await rendered();
    }
  }, title);
}

/** Passes in ATTEMPTS blind attempts: retries through the UI, and after a pass starts again as a new learner. */
async function blindPasses(version: Version, strategy: Strategy): Promise<number> {
  const page = await site.browser.newPage();
  let frame = await openAssessment(page, version);
  let passes = 0;
  for (let i = 0; i < ATTEMPTS; i++) {
    if (i > 0) {
      if (passes > 0 && (await frame.locator('.result-pass').count()) > 0) frame = await openAssessment(page, version);
      else {
        // The course asks for the pages that teach the misses first; a blind learner opens them without reading.
        await reread(frame, site.course.assessment.title);
        await frame.getByRole('button', { name: 'Try again' }).click();
      }
    }
    if (await blindAttempt(frame, strategy)) passes++;
  }
  await page.close();
  console.log(`${version}, the ${strategy} learner: passed ${passes} of ${ATTEMPTS} attempts`);
  return passes;
}

/** The course's own length check (build/content/leak-checks.ts): is the right answer the longest in too many questions? */
function lengthLeak(): string | null {
  const single = site.course.assessment.bank.filter((q) => q.kind !== 'truefalse' && !isMultipleSelect(q));
  const longest = single.filter(correctIsLongest).length;
  return longest > single.length * LONGEST_SHARE
    ? `the right option is still the longest in ${longest} of ${single.length} single-answer bank questions (the build warns: leakChecks.longestCorrect); shuffling cannot hide that, the content rewrite (issue 10) must`
    : null;
}

describe.each(['scorm12', 'scorm2004'] as const)('%s zip in Chromium', (version) => {
  test(`always picking the first option (select-all: all but the last) passes at most 1 of ${ATTEMPTS} attempts`, async () => {
    expect(await blindPasses(version, 'first')).toBeLessThanOrEqual(1);
  }, 240_000);

  test(`always picking the longest option (select-all: all but the shortest) passes at most 1 of ${ATTEMPTS} attempts`, async (ctx) => {
    const leak = lengthLeak();
    if (leak) ctx.skip(`skipped while ${leak}`);
    expect(await blindPasses(version, 'longest')).toBeLessThanOrEqual(1);
  }, 240_000);

  test(`picking by keywords (a role or "record", no absolutes; test/model/strategies.ts) passes at most 1 of ${ATTEMPTS} attempts`, async () => {
    expect(await blindPasses(version, 'keyword')).toBeLessThanOrEqual(1);
  }, 240_000);

  test('the introduction states the course pass mark, or the LMS mastery score (70) with the answers needed for it', async () => {
    const { draw, passMark } = site.course.assessment;
    const page = await site.browser.newPage();
    for (const [mastery, mark] of [
      [null, passMark],
      [70, 70],
    ] as const) {
      const need = Math.ceil((mark / 100) * draw);
      const frame = await site.launch(page, version, launchDataFrom(version, null, { mastery }));
      await frame
        .getByRole('navigation', { name: 'Course contents' })
        .getByRole('button', { name: /Final assessment/ })
        .click();
      const main = ((await frame.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(main).toContain(`You pass with ${mark}% or more (${need} of the ${draw} questions)`);
      expect(main).toContain(`Pass mark: ${mark}%`);
      expect(main).not.toContain('@@');
    }
    await page.close();
  }, 60_000);
});
