// Real Chromium, both built zips: a failed attempt's review holds no answer key. A learner who copies everything the
// result shows into the next attempt learns what they chose and why it was wrong, never which option is right: no
// right option's text or id is anywhere in the result's DOM or its accessibility tree.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isMultipleSelect, type Question } from '../../src/model/course.ts';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { useLmsSite } from './lms-harness.ts';
import { answerAttempt, questionById, startAssessment, wrongOptions } from './player-walk.ts';

const site = useLmsSite();

/** An option's text as the page shows it (the course model holds inline HTML). */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(['scorm12', 'scorm2004'] as const)('%s zip in Chromium', (version) => {
  test('after a failed attempt no right option of a missed question is in the DOM or the accessibility tree, while the learner’s own answers and their feedback are', async () => {
    const page = await site.browser.newPage();
    const frame = await site.launch(page, version, launchDataFrom(version, null));
    await startAssessment(frame);
    const drawn = (await answerAttempt(frame as unknown as Page, site.course, wrongOptions)).map((id) => questionById(site.course, id));
    await frame.getByRole('heading', { name: 'Your result' }).waitFor();
    expect(await frame.locator('.result-fail').count()).toBe(1);

    const html = await frame.locator('body').innerHTML();
    const text = ((await frame.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
    const leaks: string[] = [];
    const right = (q: Question) => q.options.filter((o) => o.correct);
    // Each missed question's review item, read as text and as the accessibility tree (every question was missed, in order).
    const items = frame.locator('.review-item');
    expect(await items.count()).toBe(drawn.length);
    for (const [i, q] of drawn.entries()) {
      const text = ((await items.nth(i).textContent()) ?? '').replace(/\s+/g, ' ');
      const tree = (await items.nth(i).ariaSnapshot()).replace(/\s+/g, ' ');
      expect(text).toContain(`Question ${i + 1} of ${drawn.length}`);
      for (const o of right(q)) {
        const words = plain(o.html);
        if (text.includes(words)) leaks.push(`${q.id}: "${words}" on screen`);
        if (tree.includes(words)) leaks.push(`${q.id}: "${words}" in the accessibility tree`);
        if (html.includes(`__${o.id}"`) || html.includes(`value="${o.id}"`)) leaks.push(`${q.id}: option id ${o.id} in the DOM`);
      }
    }
    expect(leaks).toEqual([]);
    // No mark or explanation that gives a right answer away, and no input to read a key from.
    expect(
      await frame
        .locator('main .mark-right, main .mark-missed, main .option-right, main .option-missed, main input, main .explanation')
        .count(),
    ).toBe(0);
    expect(text).not.toContain('The right answer');
    // What the learner chose is there, with its feedback where the author wrote one (not for two options: naming the
    // wrong one would name the right one).
    for (const q of drawn.filter((q) => isMultipleSelect(q) || q.options.length > 2)) {
      const chosen = q.options.find((o) => o.id === wrongOptions(q)[0])!;
      expect(text).toContain(plain(chosen.html));
      if (chosen.feedback) expect(text).toContain(plain(chosen.feedback));
    }
    await page.close();
  }, 120_000);
});
