// report.html is the same, byte for byte, as the one kept in fixtures/html-golden/ for each case of html-golden-cases.ts
// (the Moodle lab sample and fixtures reaching every section). The files were written before the renderer was split
// into one file per job, so a refactor of 7-render/ that changes a byte fails here. A change meant to alter the page
// rewrites the files (render each case and save it) and shows the difference in the commit.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { GOLDEN_CASES } from './html-golden-cases.ts';
import { fixture } from './helpers.ts';

test.for(GOLDEN_CASES.map((c) => [c.name, c] as const))('report.html for %s is byte-identical to the kept page', async ([name, c]) => {
  const html = await c.html();
  if (c.hashOnly) {
    const kept = (await readFile(fixture(`html-golden/${name}.sha256`), 'utf8')).trim();
    expect(createHash('sha256').update(html).digest('hex')).toBe(kept);
  } else {
    expect(html).toBe(await readFile(fixture(`html-golden/${name}.html`), 'utf8'));
  }
});
