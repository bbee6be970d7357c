// Windows High Contrast (forced-colors: active) in Chromium: the current Contents item is marked by a bar that no other
// item has, not by bold text alone, and keyboard focus on it is drawn as strongly as on any other item.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';

const site = usePlayerSite();

/** The left bar, outline and background each Contents item shows, in the order listed. */
const menuItems = (page: Page) =>
  page.locator('.menu-item').evaluateAll((els) => {
    const forced = matchMedia('(forced-colors: active)').matches;
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = 'Canvas';
    const canvas = getComputedStyle(probe).color;
    probe.remove();
    return els.map((el) => {
      const s = getComputedStyle(el);
      return {
        current: el.hasAttribute('aria-current'),
        // A border in the colour behind it is no bar on screen; forced colours paint even a transparent one (the bug
        // this catches), so there it must be the window's colour.
        bar:
          s.borderLeftStyle === 'none' || (forced ? s.borderLeftColor === canvas : /^rgba\(.*, 0\)$/.test(s.borderLeftColor))
            ? 0
            : parseFloat(s.borderLeftWidth),
        outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
        background: s.backgroundColor,
        focused: el === document.activeElement,
      };
    });
  });

for (const forcedColors of ['active', 'none'] as const)
  test(`forced colours ${forcedColors}: only the current Contents item has a bar, and focus on it looks as it does on the others`, async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.emulateMedia({ forcedColors });
    await page.goto(`${site.server.origin}/index.html`);
    await page.locator('#screen-heading').waitFor();
    const second = site.pkg.course.modules[1]!;
    await page.getByRole('button', { name: new RegExp(`^${second.title}`) }).click();
    const items = await menuItems(page);
    expect(items.filter((i) => i.current)).toHaveLength(1);
    expect(items.filter((i) => i.current && i.bar >= 4)).toHaveLength(1);
    expect(items.filter((i) => !i.current && i.bar > 0)).toEqual([]);

    // Keyboard focus on the current item, then on the next item: the same outline and the same fill.
    await page.locator('.menu-item[aria-current]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const onCurrent = (await menuItems(page)).find((i) => i.focused)!;
    await page.keyboard.press('Tab');
    const onOther = (await menuItems(page)).find((i) => i.focused)!;
    expect(onCurrent.current && !onOther.current).toBe(true);
    expect(onCurrent.outline).toBeGreaterThanOrEqual(3);
    expect({ outline: onCurrent.outline, background: onCurrent.background }).toEqual({
      outline: onOther.outline,
      background: onOther.background,
    });
    await page.close();
  }, 60_000);
