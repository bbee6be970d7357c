// In Chromium, every screen type of the built course: its one h1 is the screen's own title (a page's title, not its
// module's), the module is the caption above it, and the tab's title is "Page title – Module n: Module – Course";
// leaving a finished course puts focus on "You have left the course".
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';
import { walkCourse } from './player-walk.ts';

const site = usePlayerSite();

test('each screen’s h1 is its own title and the document title names it, its module and the course', async () => {
  const { course } = site.pkg;
  const counted = course.modules.filter((m) => m.numbered !== false);
  // Written out here, not taken from the player's code, so a wrong numbering or title fails.
  const moduleName = (id: string) => {
    const m = course.modules.find((x) => x.id === id)!;
    const n = counted.indexOf(m);
    return n < 0 ? m.title : `Module ${n + 1}: ${m.title}`;
  };
  const moduleOfPage = new Map(course.modules.flatMap((m) => m.pages.map((p) => [p.title, m.id] as const)));
  const page: Page = await (await site.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  const problems: string[] = [];
  const kinds = new Set<string>();
  await walkCourse(page, course, async (state) => {
    const h1s = (await page.locator('main h1').allTextContents()).map((t) => t.trim());
    const h1 = h1s[0] ?? '';
    const focusTarget = (await page.locator('#screen-heading').textContent())?.trim();
    const caption =
      (
        await page
          .locator('main .position')
          .first()
          .textContent({ timeout: 100 })
          .catch(() => null)
      )?.trim() ?? '';
    const title = await page.title();
    const kind =
      state === 'start screen'
        ? 'start'
        : state.startsWith('page ')
          ? 'page'
          : state.startsWith('module opening')
            ? 'opening'
            : state.startsWith('check ')
              ? 'check'
              : state === 'completion'
                ? 'completion'
                : 'assessment';
    kinds.add(kind);
    let expected: string;
    switch (kind) {
      // A path's start screen: its h1 is the course title, its tab names the path and the course.
      case 'start':
        expected = `${course.path?.title} – ${course.title}`;
        break;
      case 'page': {
        const id = moduleOfPage.get(h1);
        expected = id ? `${h1} – ${moduleName(id)} – ${course.title}` : `(no page is titled "${h1}")`;
        break;
      }
      case 'opening': {
        const m = course.modules.find((x) => x.title === h1);
        expected = m ? `${moduleName(m.id)} – ${course.title}` : `(no module is titled "${h1}")`;
        break;
      }
      case 'check': {
        const m = course.modules.find((x) => caption.endsWith(`: ${x.title}`));
        expected =
          h1 === 'Knowledge check' && m ? `Knowledge check – ${moduleName(m.id)} – ${course.title}` : `(a check under "${caption}")`;
        break;
      }
      default:
        expected = `${h1} – ${course.title}`;
    }
    if (h1s.length !== 1) problems.push(`${state}: ${h1s.length} h1 elements (${h1s.join(' | ')})`);
    if (focusTarget !== h1) problems.push(`${state}: focus goes to "${focusTarget}", the h1 is "${h1}"`);
    if (title !== expected) problems.push(`${state}: document title "${title}", expected "${expected}"`);
  });
  expect(problems).toEqual([]);
  expect([...kinds].sort()).toEqual(['assessment', 'check', 'completion', 'opening', 'page', ...(course.path ? ['start'] : [])]);

  // The course is finished, so Save and exit leaves at once: focus lands on the message, and the tab says it too.
  await page.getByRole('button', { name: 'Save and exit' }).click();
  const left = page.getByRole('heading', { level: 1, name: 'You have left the course' });
  await left.waitFor();
  expect(await left.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.title()).toBe(`You have left the course – ${course.title}`);
  await page.close();
}, 400_000);
