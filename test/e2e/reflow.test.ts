// Reflow (WCAG 1.4.10): at 320 CSS px wide (what 1280 px at 400% zoom gives) no page or quiz state of the built
// player scrolls sideways, and every button and option is at least 24 by 24 px (WCAG 2.5.8).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';
import { walkCourse } from './player-walk.ts';

const site = usePlayerSite();

/** Sideways overflow of the page, in px (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Visible controls smaller than 24 x 24 px, by a readable name. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, summary, input, .skip-link:focus')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < 24 || r.height < 24;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${el.id || el.textContent?.trim().slice(0, 30)}`),
  );

test('at 320 px wide no page or quiz state scrolls horizontally and no target is under 24 px', async () => {
  const page = await (await site.browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  const wide: string[] = [];
  const small: string[] = [];
  let states = 0;
  const visit = async (state: string) => {
    states++;
    const px = await overflow(page);
    if (px > 0) wide.push(`${state}: ${px}px too wide`);
    for (const t of await smallTargets(page)) small.push(`${state}: ${t}`);
  };
  await visit('first page, menu folded');
  await page.locator('summary').click();
  await visit('first page, menu open');
  await walkCourse(page, site.pkg.course, visit);
  expect(wide).toEqual([]);
  expect(small).toEqual([]);
  expect(states).toBeGreaterThan(site.pkg.course.modules.length * 2);
}, 600_000);
