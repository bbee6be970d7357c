// In real Chromium, a draft edition (the generic one, while course.yaml's contacts are empty) says so on every
// screen and on paper: the marker sits in the page itself, outside what the player redraws.
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';
import { NEXT } from './player-walk.ts';

const site = usePlayerSite();

test('the draft marker is shown above the first screen, stays through page changes, and prints', async () => {
  const page = await (await site.browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  const marker = page.locator('body > p.draft-marker[role="note"]');
  expect(await marker.textContent()).toMatch(/^Draft: this is the generic edition of the course, not for use with learners/);
  const headings: string[] = [];
  for (let i = 0; i < 3; i++) {
    headings.push((await page.locator('#screen-heading').textContent()) ?? '');
    expect(await marker.isVisible()).toBe(true);
    await page.getByRole('button', { name: NEXT }).click();
    await page.waitForFunction((before) => document.getElementById('screen-heading')?.textContent !== before, headings.at(-1));
  }
  expect(new Set(headings).size).toBe(3);
  await page.emulateMedia({ media: 'print' });
  expect(await marker.isVisible()).toBe(true);
  await page.context().close();
});
