// A keyboard-only learner completes the whole built course and passes the assessment in Chromium: only Tab,
// arrow keys, Space and Enter; no mouse event reaches the page. Right answers come from the built course model.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Question } from '../../src/model/course.ts';
import { usePlayerSite } from './player-package.ts';
import { questionById, rightOptions } from './player-walk.ts';

const site = usePlayerSite();

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Press Tab until the focused element matches `selector` (reading focus is not a mouse action). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 400; i++) {
    if (await focused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answer with the keyboard: arrow keys within a radio group, Space on each checkbox that must change. */
async function answer(page: Page, scope: string, q: Question, ids: string[]) {
  const inputId = (optionId: string) => `${scope}-${q.id}-${optionId}`;
  const first = await page.locator(`[id="${inputId(q.options[0]!.id)}"]`).getAttribute('type');
  if (first === 'radio') {
    const target = inputId(ids[0]!);
    await tabTo(page, `input[name="${scope}-${q.id}"]`);
    // Arrow keys move and check; a re-render after each may land late on a loaded machine, so go round the group
    // (it wraps) until the target is both focused and checked, at most twice.
    const box = page.locator(`[id="${target}"]`);
    for (let i = 0; i < 2 * q.options.length && !((await focused(page, `[id="${target}"]`)) && (await box.isChecked())); i++) {
      if (await focused(page, `[id="${target}"]`)) await page.keyboard.press('Space');
      else await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => box.isChecked()).toBe(true);
    return;
  }
  for (const option of q.options) {
    const box = page.locator(`[id="${inputId(option.id)}"]`);
    if ((await box.isChecked()) === ids.includes(option.id)) continue;
    await tabTo(page, `[id="${inputId(option.id)}"]`);
    await page.keyboard.press('Space');
  }
}

const questionIds = (page: Page) => page.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));

test('a keyboard-only learner completes every page and check and passes the assessment', async () => {
  const page = await (await site.browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'wheel'])
      window.addEventListener(type, () => w.pointerEvents++, true);
  });
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  const { course } = site.pkg;

  let screens = 0;
  for (; screens < 500; screens++) {
    const heading = (await page.locator('#screen-heading').textContent())?.trim();
    if (heading === course.assessment.title) break;
    if (heading === 'Knowledge check') {
      for (const id of await questionIds(page)) {
        const q = questionById(course, id);
        await answer(page, 'check', q, rightOptions(q));
        await tabTo(page, `.question:has([data-question="${id}"]) button`);
        await page.keyboard.press('Enter');
        await page.locator(`.question:has([data-question="${id}"]) .feedback-right`).waitFor();
        // Checking moves focus to the feedback; the next Tab starts there.
        await page.waitForFunction(
          (qid) =>
            document.activeElement?.closest('.question')?.querySelector(`[data-question="${qid}"]`) !== null &&
            document.activeElement?.classList.contains('feedback-target'),
          id,
          { timeout: 5000 },
        );
      }
    }
    await tabTo(page, '.pager-next');
    await page.keyboard.press('Enter');
    // Focus goes to the new screen's heading (WCAG 2.4.3), where the next Tab starts; Preact renders and runs
    // effects after the key event, so wait for it rather than read it at once.
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
  }
  expect(screens).toBe(course.modules.reduce((n, m) => n + 1 + m.pages.length + (m.check.length ? 1 : 0), 0));

  await tabTo(page, 'main .button-primary');
  await page.keyboard.press('Enter');
  for (const id of await questionIds(page)) {
    const q = questionById(course, id);
    await answer(page, 'attempt-1', q, rightOptions(q));
  }
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  expect(await page.locator('.result-verdict').textContent()).toContain('You passed.');
  expect(await page.locator('.result').textContent()).toContain('You scored 100%');

  await tabTo(page, 'main .button-primary');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Course complete' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Course complete', undefined, { timeout: 5000 });
  expect(await page.locator('.record').textContent()).toContain(course.version);
  expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
}, 600_000);
