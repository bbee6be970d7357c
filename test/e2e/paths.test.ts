// Every path's zips play through in real Chromium under scorm-again, both targets (issue 22): start screen, every
// page by Next, the assessment passed, the course complete; every id the LMS records is the whole course's.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { allPages, allQuestions } from '../../src/model/course.ts';
import { builtPaths, wholeCourse } from './built-course.ts';
import { closeCourse, heading, useLmsSite } from './lms-harness.ts';
import { answerAttempt, NEXT, rightOptions } from './player-walk.ts';

describe.each(builtPaths())('path %s', (pathId) => {
  const site = useLmsSite(pathId);

  test.each(['scorm12', 'scorm2004'] as const)(
    '%s: start screen, every page, a pass, complete; the ids recorded are the course’s',
    async (version) => {
      const whole = wholeCourse();
      const page = await site.browser.newPage();
      const frame = await site.launch(page, version, launchDataFrom(version, null));
      expect(site.course.path?.id).toBe(pathId);
      expect(await frame.locator('main .start').textContent()).toContain(site.course.path?.title);
      for (let i = 0; i < 300 && (await heading(frame)) !== site.course.assessment.title; i++)
        await frame.getByRole('button', { name: NEXT }).click();
      await frame.getByRole('button', { name: 'Start the assessment' }).click();
      await answerAttempt(frame as unknown as Page, site.course, rightOptions);
      await frame.locator('.result-pass').waitFor();
      await frame.getByRole('button', { name: 'Continue' }).click();
      await frame.getByRole('heading', { name: 'Course complete' }).waitFor();
      const { persisted } = await closeCourse(page);
      await page.close();
      const cmi = (persisted ?? {}) as Record<string, unknown>;
      const status = version === 'scorm12' ? (cmi.core as Record<string, unknown>).lesson_status : cmi.completion_status;
      expect(status).toBe(version === 'scorm12' ? 'passed' : 'completed');
      // Interaction ids are module.question.attempt: every question named is one of the whole course's.
      const questions = new Set(allQuestions(whole).map((q) => q.id));
      const raw = (cmi.interactions ?? {}) as Record<string, { id: string }>;
      const ids = Object.values(raw).map((i) => i.id);
      expect(ids.length).toBe(site.course.assessment.draw);
      for (const id of ids) expect(questions.has(id.split('.')[1]!)).toBe(true);
      // The pages the path showed are the whole course's pages.
      const pages = new Set(allPages(whole).map((p) => p.id));
      for (const p of allPages(site.course)) expect(pages.has(p.id)).toBe(true);
    },
    240_000,
  );
});
