// Keyboard-only learners in Chromium (Tab, Shift+Tab, arrow keys, Space and Enter; no mouse event reaches the page):
// one completes the whole course and passes the assessment; one works through a module with the focus watched at
// every key press. Right answers come from the built course model.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { isMultipleSelect, type Question } from '../../src/model/course.ts';
import { usePlayerSite } from './player-package.ts';
import { questionById, rightOptions } from './player-walk.ts';

const site = usePlayerSite();

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Where focus is after each key press, when a test watches it: '' when it is on something, ringed and in view. */
let watch: string[] | null = null;

/** What is wrong with the focus now, or '' when an element has it, shows the focus ring and is in the viewport. */
async function focusProblem(page: Page): Promise<string> {
  // Preact moves focus in an effect after the key's re-render: give it a moment to land rather than read it mid-way.
  await page
    .waitForFunction(() => document.activeElement && document.activeElement !== document.body, undefined, { timeout: 3000 })
    .catch(() => {});
  // A change of screen scrolls to the top before its focus effect runs: under load the old button can be read, out of
  // view, in between. Only a problem that lasts (up to 3 s) counts.
  const look = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'nothing has focus';
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const ring = el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      return ring && inView ? '' : `${name}: ${ring ? '' : 'no focus ring '}${inView ? '' : 'out of view'}`;
    });
  let problem = await look();
  for (let i = 0; problem && i < 30; i++) {
    await page.waitForTimeout(100);
    problem = await look();
  }
  return problem;
}

async function key(page: Page, name: string) {
  await page.keyboard.press(name);
  if (watch) {
    const problem = await focusProblem(page);
    if (problem) watch.push(`after ${name} on "${await page.locator('#screen-heading').textContent()}": ${problem}`);
  }
}

/** Press Tab (or Shift+Tab) until the focused element matches `selector` (reading focus is not a mouse action). */
async function tabTo(page: Page, selector: string, press = 'Tab') {
  for (let i = 0; i < 400; i++) {
    if (await focused(page, selector)) return;
    await key(page, press);
  }
  throw new Error(`${press} never reached ${selector}`);
}

/** Answer with the keyboard: arrow keys within a radio group, Space on each checkbox that must change. */
async function answer(page: Page, scope: string, q: Question, ids: string[]) {
  const inputId = (optionId: string) => `${scope}-${q.id}__${optionId}`;
  const first = await page.locator(`[id="${inputId(q.options[0]!.id)}"]`).getAttribute('type');
  if (first === 'radio') {
    const target = inputId(ids[0]!);
    await tabTo(page, `input[name="${scope}-${q.id}"]`);
    // Arrow keys move and check; a re-render after each may land late on a loaded machine, so go round the group
    // (it wraps) until the target is both focused and checked, at most twice.
    const box = page.locator(`[id="${target}"]`);
    for (let i = 0; i < 2 * q.options.length && !((await focused(page, `[id="${target}"]`)) && (await box.isChecked())); i++) {
      if (await focused(page, `[id="${target}"]`)) await key(page, 'Space');
      else await key(page, 'ArrowDown');
    }
    await expect.poll(() => box.isChecked()).toBe(true);
    return;
  }
  // In the order shown (options are shuffled), so Tab only moves forward and never wraps round the page.
  const shown = await page.locator(`input[name="${scope}-${q.id}"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  for (const optionId of shown) {
    const box = page.locator(`[id="${inputId(optionId)}"]`);
    if ((await box.isChecked()) === ids.includes(optionId)) continue;
    await tabTo(page, `[id="${inputId(optionId)}"]`);
    await key(page, 'Space');
  }
}

/** Keep pointer events out: count any that reach the page. */
async function keyboardOnlyPage(width: number, height: number): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport: { width, height } })).newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'wheel'])
      window.addEventListener(type, () => w.pointerEvents++, true);
  });
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  return page;
}

const pointerEvents = (page: Page) => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);

const questionIds = (page: Page) => page.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));

test('a keyboard-only learner completes every page and check and passes the assessment', async () => {
  const page = await keyboardOnlyPage(1024, 768);
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
    // A path's start screen has its one Start button where other screens have Next.
    await tabTo(page, (await page.locator('main .start').count()) > 0 ? 'main .start .button-primary' : '.pager-next');
    await page.keyboard.press('Enter');
    // Focus goes to the new screen's heading (WCAG 2.4.3), where the next Tab starts; Preact renders and runs
    // effects after the key event, so wait for it rather than read it at once.
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
  }
  expect(screens).toBe(course.modules.reduce((n, m) => n + 1 + m.pages.length + (m.check.length ? 1 : 0), course.path ? 1 : 0));

  await tabTo(page, 'main .button-primary');
  await page.keyboard.press('Enter');
  // One question at a time: answer, Tab to the main button (Next question, then Check your answers), Enter; focus
  // lands on the next screen's heading each time.
  for (let n = 1; n <= course.assessment.draw; n++) {
    await page.getByRole('heading', { level: 1, name: `Question ${n} of ${course.assessment.draw}` }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
    const [id] = await questionIds(page);
    const q = questionById(course, id!);
    await answer(page, 'attempt-1', q, rightOptions(q));
    await tabTo(page, 'main .question-actions .button-primary');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
  await tabTo(page, 'main .button-primary');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Submit answers');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  expect(await page.locator('.result-verdict').textContent()).toContain('You passed.');
  expect(await page.locator('.result').textContent()).toContain('You scored 100%');

  await tabTo(page, 'main .button-primary');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Course complete' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Course complete', undefined, { timeout: 5000 });
  expect(await page.locator('.record').textContent()).toContain(course.version);
  expect(await pointerEvents(page)).toBe(0);
}, 600_000);

test('a keyboard-only learner opens a module from the contents, reads it, answers its check and reaches the next module, focus always ringed and in view', async () => {
  const page = await keyboardOnlyPage(1280, 800);
  const { course } = site.pkg;
  // The first module whose check has a select-all, so Space on checkboxes is used as well as arrows on radios.
  const at = course.modules.findIndex((m) => m.check.some(isMultipleSelect));
  const [module, next] = [course.modules[at]!, course.modules[at + 1]!];
  const entry = (await page.locator('nav .menu-list .menu-title').allTextContents()).indexOf(module.title) + 1;
  const menuState = () => page.locator(`nav .menu-list > li:nth-child(${entry}) .state`).textContent();
  const heading = async () => (await page.locator('#screen-heading').textContent())?.trim();
  /** Next by keyboard, then wait for focus on the new screen's heading and check that it shows too. */
  const nextScreen = async () => {
    await tabTo(page, '.pager-next');
    await key(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
    const problem = await focusProblem(page);
    if (problem) watch?.push(`on the new screen: ${problem}`);
  };
  watch = [];
  try {
    await tabTo(page, `nav .menu-list > li:nth-child(${entry}) > button`);
    await key(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
    const seen: string[] = [];
    for (let i = 0; i < 40 && (await heading()) !== 'Knowledge check'; i++) {
      seen.push((await heading()) ?? '');
      // Shift+Tab from Next and Tab back: the way a reader steps back to a link and returns, ringed both ways.
      await tabTo(page, '.pager-next');
      await key(page, 'Shift+Tab');
      await key(page, 'Tab');
      expect(await focused(page, '.pager-next')).toBe(true);
      await nextScreen();
    }
    // Every page of the module was shown, in order (an opening screen before them may be there too).
    expect(seen.filter((t) => module.pages.some((p) => p.title === t))).toEqual(module.pages.map((p) => p.title));

    for (const id of await questionIds(page)) {
      const q = questionById(course, id);
      await answer(page, 'check', q, rightOptions(q));
      await tabTo(page, `.question:has([data-question="${id}"]) button`);
      await key(page, 'Enter');
      await page.locator(`.question:has([data-question="${id}"]) .feedback-right`).waitFor();
    }
    for (let i = 0; i < 3 && (await heading()) !== next.pages[0]!.title; i++) await nextScreen();
    expect(await heading()).toBe(next.pages[0]!.title);
    expect(watch).toEqual([]);
  } finally {
    watch = null;
  }
  expect(await pointerEvents(page)).toBe(0);
  // Progress is recorded, not only shown: the module is complete in the menu, and still after a relaunch.
  expect(await menuState()).toContain('Complete');
  await page.reload();
  await page.locator('#screen-heading').waitFor();
  expect(await menuState()).toContain('Complete');
  expect(await heading()).toBe(next.pages[0]!.title);
  await page.close();
}, 300_000);

test('on a phone, by keyboard: Next question to Check your answers, Submit with nothing answered focuses the error summary, its last link opens that question, and Change returns', async () => {
  const page = await keyboardOnlyPage(375, 812);
  const { course } = site.pkg;
  const { draw } = course.assessment;
  watch = [];
  try {
    // The contents fold away on a phone: open them, then the assessment.
    await tabTo(page, 'nav summary');
    await key(page, 'Enter');
    await tabTo(page, 'nav .menu-list > li:last-child > button');
    await key(page, 'Enter');
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    await tabTo(page, 'main .button-primary');
    await key(page, 'Enter');
    for (let n = 1; n <= draw; n++) {
      await page.getByRole('heading', { level: 1, name: `Question ${n} of ${draw}` }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
      await tabTo(page, 'main .question-actions .button-primary');
      await key(page, 'Enter');
    }
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await tabTo(page, 'main > .button-primary');
    await key(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, { timeout: 5000 });
    const links = page.locator('.error-summary a');
    expect(await links.count()).toBe(draw);
    expect(await links.last().textContent()).toBe(`Answer question ${draw}`);
    await tabTo(page, '.error-summary li:last-child a');
    await key(page, 'Enter');
    await page.getByRole('heading', { level: 1, name: `Question ${draw} of ${draw}` }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading', undefined, { timeout: 5000 });
    // Answer it by keyboard (the first option, whichever kind), and go back to Check your answers.
    await tabTo(page, 'main .question-field input');
    await key(page, 'Space');
    await tabTo(page, 'main .question-actions .button-primary');
    await key(page, 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    const last = page.locator('.summary-row').last();
    expect(await last.locator('dd').first().textContent()).not.toBe('Not answered');
    expect(await last.locator('.summary-action a').textContent()).toBe(`Change question ${draw}`);
    expect(watch).toEqual([]);
  } finally {
    watch = null;
  }
  expect(await pointerEvents(page)).toBe(0);
  await page.close();
}, 300_000);
