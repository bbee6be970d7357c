// The read cache shared by one build's editions: a reading is reused only while the placeholders it looked at are unchanged.
import { expect, test } from 'vitest';
import { Diagnostics } from '../../build/content/diagnostics.ts';
import type { MarkdownEnv } from '../../build/content/markdown.ts';
import { ReadCache } from '../../build/content/read-cache.ts';

const env = (dpo: string, igTeam = ''): MarkdownEnv => ({
  courseDir: '/c',
  diags: new Diagnostics(),
  yamlMode: 'fast',
  placeholders: { 'contacts.dpo': dpo, 'contacts.igTeam': igTeam },
  assets: new Set(),
  pageLinks: [],
  moduleRefs: [],
});

test('a reading that used no placeholder is done once and its assets and page links are replayed into the next env', () => {
  const cache = new ReadCache();
  let reads = 0;
  const read = (e: MarkdownEnv) => () => {
    reads++;
    e.assets.add('assets/a.svg');
    e.pageLinks.push({ pageId: 'p', file: 'f', position: { line: 1, column: 1 } });
    return 'html';
  };
  const first = env('A');
  const second = env('B');
  expect(cache.read('m', first, read(first))).toBe('html');
  expect(cache.read('m', second, read(second))).toBe('html');
  expect(reads).toBe(1);
  expect([...second.assets]).toEqual(['assets/a.svg']);
  expect(second.pageLinks).toHaveLength(1);
});

test('a reading that used contacts.dpo is done again when the dpo differs, and reused when only another contact does', () => {
  const cache = new ReadCache();
  let reads = 0;
  const read = (e: MarkdownEnv) => () => `${++reads}:${e.placeholders['contacts.dpo'] ?? ''}`;
  const a = env('A', 'x');
  expect(cache.read('m', a, read(a))).toBe('1:A');
  const b = env('B', 'x');
  expect(cache.read('m', b, read(b))).toBe('2:B');
  const a2 = env('A', 'y');
  expect(cache.read('m', a2, read(a2))).toBe('1:A');
  expect(reads).toBe(2);
});

test('a reading that reported a problem is not kept', () => {
  const cache = new ReadCache();
  let reads = 0;
  const read = (e: MarkdownEnv) => () => {
    reads++;
    e.diags.add('f', { line: 1, column: 1 }, 'bad', 'fix');
    return null;
  };
  const a = env('A');
  cache.read('m', a, read(a));
  const b = env('A');
  cache.read('m', b, read(b));
  expect(reads).toBe(2);
});
