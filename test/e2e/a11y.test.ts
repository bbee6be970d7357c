// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page and quiz state of the built SCORM 2004 package in
// Chromium: unanswered checks, a first wrong try's hint, wrong and right checks, an assessment question, check your
// answers and its error summary, failed (before and after the re-read) and passed, and the completion screen.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, describeViolations } from './player-browser.ts';
import { usePlayerSite } from './player-package.ts';
import { walkCourse } from './player-walk.ts';

const site = usePlayerSite();

async function open(width: number): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  return page;
}

describe('axe on the built player', () => {
  test('every page and quiz state has zero WCAG 2.2 A/AA violations (desktop width)', async () => {
    const page = await open(1280);
    const problems: string[] = [];
    const states: string[] = [];
    await walkCourse(page, site.pkg.course, async (state) => {
      states.push(state);
      problems.push(...describeViolations(state, await axeViolations(page)));
    });
    expect(problems).toEqual([]);
    // Every opening screen and page of the course was checked, plus 4 states per knowledge check (unanswered, the hint,
    // wrong twice, right) and 8 assessment/completion states (intro, a question, check your answers, its error
    // summary, failed, failed with the pages re-read, passed, completion), and a path's start screen.
    const pages = site.pkg.course.modules.reduce((n, m) => n + 1 + m.pages.length, 0);
    const checks = site.pkg.course.modules.filter((m) => m.check.length > 0).length;
    expect(states).toHaveLength(pages + 4 * checks + 8 + (site.pkg.course.path ? 1 : 0));
  }, 600_000);

  test('the phone layout (menu folded) and the open menu have zero violations', async () => {
    const page = await open(320);
    const problems = describeViolations('phone, menu folded', await axeViolations(page));
    await page.locator('summary').click();
    problems.push(...describeViolations('phone, menu open', await axeViolations(page)));
    expect(problems).toEqual([]);
  }, 120_000);
});
