// Real Chromium under the harness LMS: a learner who comes back is told where the course reopened ("Welcome back:
// you were on …") in a status message, focus is left where a fresh screen has it, and the line goes once they move on.
import { expect, test } from 'vitest';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { closeCourse, heading, useLmsSite } from './lms-harness.ts';
import { NEXT } from './player-walk.ts';

const site = useLmsSite();

test('a resumed learner gets "Welcome back: you were on “<page> – Module n: <module>”" as a status, without focus moving to it', async () => {
  const page = await site.browser.newPage();
  const first = await site.launch(page, 'scorm2004', launchDataFrom('scorm2004', null));
  expect(await first.locator('text=Welcome back').count()).toBe(0);
  // The second module's second page: past the introduction, so the caption carries a module number.
  const counted = site.course.modules.filter((m) => m.numbered !== false);
  const module = counted[1]!;
  for (let i = 0; i < 80 && (await heading(first)) !== module.pages[1]!.title; i++) await first.getByRole('button', { name: NEXT }).click();
  expect(await heading(first)).toBe(module.pages[1]!.title);
  const saved = await closeCourse(page);

  const second = await site.launch(page, 'scorm2004', launchDataFrom('scorm2004', saved.persisted));
  const status = second.getByRole('status').filter({ hasText: 'Welcome back' });
  await status.waitFor();
  expect((await status.textContent())?.trim()).toBe(`Welcome back: you were on “${module.pages[1]!.title} – Module 2: ${module.title}”.`);
  expect(await status.evaluate((el) => el.contains(document.activeElement))).toBe(false);
  await second.getByRole('button', { name: 'Next' }).click();
  await second.locator('#screen-heading', { hasText: module.pages[2]?.title ?? 'Knowledge check' }).waitFor();
  expect(await second.locator('text=Welcome back').count()).toBe(0);
  await page.close();
}, 120_000);
