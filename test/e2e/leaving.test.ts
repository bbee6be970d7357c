// Leaving the course in Chromium, as a keyboard and screen-reader learner meets it: Escape closes "Leave the course
// now?" and focus returns to "Save and exit"; "Save and leave" puts focus on "You have left the course", read out.
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';

const site = usePlayerSite();

test('Escape closes "Leave the course now?" and returns focus to the Save and exit button that opened it', async () => {
  const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  const exit = page.getByRole('button', { name: 'Save and exit' });
  const isFocused = (name: string) => page.getByRole('button', { name }).evaluate((el) => el === document.activeElement);
  await exit.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Leave the course now?').waitFor();
  expect(await exit.getAttribute('aria-expanded')).toBe('true');
  expect(await isFocused('Stay in the course')).toBe(true);
  // From the question's other button too: Escape works wherever focus is inside it.
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused('Save and leave')).toBe(true);
  await page.keyboard.press('Escape');
  expect(await page.getByText('Leave the course now?').count()).toBe(0);
  expect(await exit.getAttribute('aria-expanded')).toBe('false');
  expect(await isFocused('Save and exit')).toBe(true);
  await page.close();
}, 60_000);

test('Save and leave puts focus on the "You have left the course" heading, so a screen reader reads it', async () => {
  const page = await (await site.browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  await page.getByRole('button', { name: 'Save and exit' }).click();
  await page.getByRole('button', { name: 'Save and leave' }).click();
  const left = page.getByRole('heading', { level: 1, name: 'You have left the course' });
  await left.waitFor();
  expect(await left.evaluate((el) => el === document.activeElement)).toBe(true);
  // What assistive technology gets for the focused element: a level-1 heading with that name.
  const snapshot = await page.locator('body').ariaSnapshot();
  expect(snapshot).toContain('heading "You have left the course" [level=1]');
  expect(await page.title()).toBe(`You have left the course – ${site.pkg.course.title}`);
  await page.close();
}, 60_000);
