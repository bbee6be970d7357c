// The decision aid prints from a button, not from Ctrl+P a phone does not have: in Chromium the button opens the print
// dialog, and the printed page (Chromium's PDF) is one A4 page holding all three questions of the aid.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';

const site = usePlayerSite();

test('"Print the decision aid" opens the print dialog, and the page prints on one A4 page with all three questions', async () => {
  const { course } = site.pkg;
  const module = course.modules.find((m) => m.pages.some((p) => p.id === 'decide-aid'))!;
  const aid = module.pages.find((p) => p.id === 'decide-aid')!;
  const page = await (await site.browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  // Counts the dialogs the page asks for instead of opening one (headless Chromium has none to show).
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => void (window as unknown as { prints: number }).prints++;
  });
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  await page.locator('summary').click();
  await page.getByRole('button', { name: new RegExp(`^${module.title}`) }).click();
  for (let i = 0; i < 20 && (await page.locator('#screen-heading').textContent())?.trim() !== aid.title; i++)
    await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Print the decision aid' }).click();
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  expect(doc.numPages).toBe(1);
  const content = await (await doc.getPage(1)).getTextContent();
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const text = squash(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  expect(text).toContain(squash(aid.title));
  for (const step of [
    '1. Is anyone at risk of harm now?',
    '2. Do I have a reason to share',
    '3. Share the minimum, securely',
    'Safeguarding first: children',
    'Safeguarding first: adults',
  ])
    expect(text, step).toContain(squash(step));
  // What is only for the screen stays off the paper.
  for (const off of ['Print the decision aid', 'Save and exit', 'Contents', 'Previous']) expect(text, off).not.toContain(squash(off));
  await page.close();
}, 120_000);
