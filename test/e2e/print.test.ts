// The print stylesheet of the built player: printing the completion screen puts only the record of completion
// on paper (no banner, menu, buttons or notices), and the record keeps its title, version, date and score.
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';
import { walkCourse } from './player-walk.ts';

const site = usePlayerSite();

test('printing the completion screen shows the record of completion and nothing else', async () => {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  await walkCourse(page, site.pkg.course, async () => {});
  await page.emulateMedia({ media: 'print' });

  expect(await page.locator('.record').isVisible()).toBe(true);
  for (const hidden of ['header', 'nav', 'main > h1', '.notices', 'main button'])
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  const record = (await page.locator('.record').innerText()).replace(/\s+/g, ' ');
  expect(record).toContain(site.pkg.course.title);
  expect(record).toContain(`Version ${site.pkg.course.version}`);
  expect(record).toMatch(/Completed on \d{1,2} \w+ \d{4}/);
  expect(record).toContain('Assessment score 100%');
}, 300_000);
