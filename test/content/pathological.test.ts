// Text shaped to break the Markdown renderer (deep nesting, floods of markers) fails at its line with a fix, before marked
// overflows its stack or memory; a large module of ordinary text still loads.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadErrors } from './load-errors.ts';

const good = path.resolve(import.meta.dirname, '../fixtures/good');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-pathological-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let n = 0;
/** The good course with `body` after the only page of module two (which then starts at line 14). */
function courseWithPage(body: string): string {
  const dir = path.join(temp, `c${n++}`);
  cpSync(good, dir, { recursive: true });
  const md = path.join(dir, 'modules/02-two.md');
  writeFileSync(md, `${readFileSync(md, 'utf8').trimEnd()}\n\n${body}\n`);
  return dir;
}

const errors = (dir: string): string[] => loadErrors(dir, (d) => `${path.basename(d.file)}:${d.line}:${d.column}: ${d.message}`);

test.for<[string, string, string]>([
  ['5,000 nested quotes', `${'>'.repeat(5000)} deep`, '02-two.md:14:1: this line nests more than 16 quotes'],
  ['5,000 nested quotes with spaces', `${'> '.repeat(5000)}deep`, '02-two.md:14:1: this line nests more than 16 quotes'],
  ['3,000 list items in one line', `${'- '.repeat(3000)}deep`, '02-two.md:14:1: this line nests more than 16 quotes or list items'],
  [
    'a list nested 3,000 levels by indentation',
    Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n'),
    '02-two.md:47:1: this line is indented 66 columns',
  ],
  [
    '50,000 asterisks of nested emphasis',
    `${'**'.repeat(12500)}a${'**'.repeat(12500)}`,
    '02-two.md:14:1: this paragraph has more than 2000 emphasis markers',
  ],
  ['50,000 asterisks in a row', `a${'*'.repeat(50000)}b`, '02-two.md:14:1: this paragraph has more than 2000 emphasis markers'],
])('%s fails at its line with a clear message', ([, body, expected]) => {
  const found = errors(courseWithPage(body));
  expect(found).toHaveLength(1);
  expect(found[0]).toContain(expected);
});

test('a long thematic break and a moderately nested outline are not mistaken for deep nesting', () => {
  const outline = Array.from({ length: 8 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n');
  expect(errors(courseWithPage(`${'- '.repeat(40)}\n\n${outline}\n\n> > > quoted`))).toEqual([]);
});

test('a 2 MB module of ordinary paragraphs loads', () => {
  const paragraph = 'Share only what the other agency needs, with a *lawful basis* and a record of why. '.repeat(12);
  const body = Array.from({ length: 2_000_000 / paragraph.length }, () => paragraph).join('\n\n');
  const dir = courseWithPage(body);
  expect(errors(dir)).toEqual([]);
});
