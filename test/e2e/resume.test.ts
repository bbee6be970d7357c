// Real Chromium: each built zip under a harness LMS page (scorm-again), closed mid-way and relaunched with the stored
// data, must land on the same page with its answers (and its shuffled option order) kept, then finish as passed,
// for SCORM 1.2 and 2004.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { closeCourse, heading, lmsState, shownQuestions, useLmsSite, type LmsState } from './lms-harness.ts';
import { questionById, rightOptions, startAssessment, walkCourse, NEXT } from './player-walk.ts';

const site = useLmsSite();

describe.each(['scorm12', 'scorm2004'] as const)('%s zip in Chromium', (version) => {
  test('closed mid-way (at a module opening screen) and relaunched with the stored data: same screen, answers kept; then passed with one Initialize and one Terminate each', async () => {
    const page = await site.browser.newPage();
    const { course } = site;
    const first = await site.launch(page, version, launchDataFrom(version, null));

    // Walk to the first knowledge check, answer it right, and go one screen further.
    for (let i = 0; i < 60 && (await heading(first)) !== 'Knowledge check'; i++) await first.getByRole('button', { name: NEXT }).click();
    expect(await heading(first)).toBe('Knowledge check');
    const questionIds = await first.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));
    expect(questionIds.length).toBeGreaterThan(0);
    for (const id of questionIds) {
      for (const o of rightOptions(questionById(course, id))) await first.locator(`[id="check-${id}__${o}"]`).click();
      await first.locator(`.question:has([data-question="${id}"]) >> role=button[name=/^Check answer/]`).click();
    }
    const checkShown = await shownQuestions(first);
    await first.getByRole('button', { name: NEXT }).click();
    const where = await heading(first);

    // Close: the frame unloads (pagehide), the player finishes with exit=suspend.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() =>
      (window as unknown as { lmsState: LmsState }).lmsState.calls.some((c) => c === 'LMSFinish' || c === 'Terminate'),
    );
    const s1 = await lmsState(page);
    expect(s1.violations).toEqual([]);
    expect(s1.calls.filter((c) => /Initialize$/.test(c))).toHaveLength(1);
    expect(s1.calls.filter((c) => c === 'LMSFinish' || c === 'Terminate')).toHaveLength(1);
    const exit = version === 'scorm12' ? (s1.persisted?.core as Record<string, unknown>).exit : s1.persisted?.exit;
    expect(exit).toBe('suspend');

    // Relaunch with what the LMS stored.
    const second = await site.launch(page, version, launchDataFrom(version, s1.persisted));
    expect(await heading(second)).toBe(where);
    // Next after a module's check is the next module's opening screen: the learner resumes there, not on a page.
    expect(await second.locator('main .intro h1').textContent()).toBe(where);
    await second.getByRole('button', { name: 'Previous' }).click();
    expect(await heading(second)).toBe('Knowledge check');
    for (const id of questionIds)
      for (const o of rightOptions(questionById(course, id)))
        expect(await second.locator(`[id="check-${id}__${o}"]`).isChecked()).toBe(true);
    expect(await shownQuestions(second)).toEqual(checkShown);
    await second.getByRole('button', { name: NEXT }).click();

    await walkCourse(second as unknown as Page, course, async () => {});
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() =>
      (window as unknown as { lmsState: LmsState }).lmsState.calls.some((c) => c === 'LMSFinish' || c === 'Terminate'),
    );
    const s2 = await lmsState(page);
    expect(s2.violations).toEqual([]);
    if (version === 'scorm12') {
      const core = s2.persisted?.core as Record<string, unknown>;
      expect(core.lesson_status).toBe('passed');
      // Finished, still "suspend": the next launch resumes the attempt and shows the record (cmi12.ts).
      expect(core.exit).toBe('suspend');
    } else {
      expect(s2.persisted?.completion_status).toBe('completed');
      expect(s2.persisted?.success_status).toBe('passed');
      expect(s2.persisted?.exit).toBe('suspend');
    }
    await page.close();
  }, 180_000);

  test('closed mid-attempt and relaunched: the same question on screen, each option order exactly as shown, the answers kept', async () => {
    const page = await site.browser.newPage();
    const first = await site.launch(page, version, launchDataFrom(version, null));
    await startAssessment(first);
    // Answer the first five questions with whatever option is shown first, one screen each, and stop on the sixth.
    const before: Awaited<ReturnType<typeof shownQuestions>> = [];
    for (let i = 0; i < 5; i++) {
      await first.locator('main .question-field input').first().click();
      before.push(...(await shownQuestions(first)));
      await first.getByRole('button', { name: 'Next question' }).click();
      await first.getByRole('heading', { level: 1, name: `Question ${i + 2} of ${site.course.assessment.draw}` }).waitFor();
    }
    const sixth = await shownQuestions(first);
    expect(before.every((q) => q.ticked.length === 1)).toBe(true);
    // Shuffled: across the questions seen that are not true/false, some option is not where it is written.
    const moved = [...before, ...sixth].filter((q) => {
      const written = site.course.assessment.bank.find((b) => b.id === q.id)!.options.map((o) => o.id);
      return written.join() !== q.options.join();
    });
    expect(moved.length).toBeGreaterThan(0);

    const s1 = await closeCourse(page);
    expect(s1.violations).toEqual([]);
    const second = await site.launch(page, version, launchDataFrom(version, s1.persisted));
    expect(await heading(second)).toBe(`Question 6 of ${site.course.assessment.draw}`);
    expect(await shownQuestions(second)).toEqual(sixth);
    const after: typeof before = [];
    for (let i = 5; i > 0; i--) {
      await second.getByRole('button', { name: 'Previous question' }).click();
      await second.getByRole('heading', { level: 1, name: `Question ${i} of ${site.course.assessment.draw}` }).waitFor();
      after.unshift(...(await shownQuestions(second)));
    }
    expect(after).toEqual(before);
    expect((await closeCourse(page)).violations).toEqual([]);
    await page.close();
  }, 60_000);
});
