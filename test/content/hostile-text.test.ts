// Hostile text in every place the course renders text: each is refused at its own file:line, and the renderer on its
// own never writes script, a redirect, an event handler or an unsafe address, whatever the checks say.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CourseError, Diagnostics, type Diagnostic } from '../../build/content/diagnostics.ts';
import { readEditions } from '../../build/content/editions.ts';
import { loadCourse } from '../../build/content/load.ts';
import { renderBlock, renderInline, type MarkdownEnv } from '../../build/content/markdown.ts';

const good = path.resolve(import.meta.dirname, '../fixtures/good');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-hostile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Payloads an attacker or a careless copy-paste puts in text; none may contain a double quote (captions are "..."). */
const PAYLOADS: readonly [string, string][] = [
  ['meta refresh', "<meta http-equiv='refresh' content='0;url=/phish'>"],
  ['script element', '<script>alert(1)</script>'],
  ['event handler', '<img src=x onerror=alert(1)>'],
  ['iframe', "<iframe src='../assets/x.html'></iframe>"],
  ['phishing anchor', "<a href='https://phish.example'>Log in again</a>"],
  ['javascript: link', '[x](javascript:alert(1))'],
  ['mixed-case scheme', '[x](JaVaScRiPt:alert(1))'],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['vbscript: link', '[x](vbscript:msgbox)'],
  ['autolink to javascript:', '<javascript:alert(1)>'],
  ['scheme-relative link', '[x](//evil.example/page)'],
  ['broken %-escape', '[x](%E0%A4%A)'],
  ['path out of the course', '[x](../../../../etc/passwd)'],
  ['remote image', '![x](https://evil.example/track.png)'],
];

let n = 0;
/** The good fixture course, with `edit` applied to the file at `rel`. */
function courseWith(rel: string, edit: (text: string) => string): string {
  const dir = path.join(temp, `c${n++}`);
  cpSync(good, dir, { recursive: true });
  const file = path.join(dir, rel);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function errorsOf(dir: string): Diagnostic[] {
  try {
    loadCourse(dir);
  } catch (e) {
    if (e instanceof CourseError) return e.diagnostics;
    throw e;
  }
  return [];
}

/** YAML double-quoted scalar (JSON's string syntax is YAML's). */
const yamlString = (text: string) => JSON.stringify(text);

/** Each place text is written: the file, how the payload goes in, and the line the error must name. */
const PLACES: readonly { place: string; file: string; line: number; edit: (text: string, payload: string) => string }[] = [
  { place: 'page', file: 'modules/02-two.md', line: 14, edit: (t, p) => `${t.trimEnd()}\n\n${p}\n` },
  {
    place: 'caption',
    file: 'modules/02-two.md',
    line: 14,
    edit: (t, p) => `${t.trimEnd()}\n\n![Fixture logo](../assets/logo.svg "Caption ${p}")\n`,
  },
  {
    place: 'prompt',
    file: 'modules/01-one.check.yaml',
    line: 4,
    edit: (t, p) => t.replace('prompt: Which is right?', `prompt: ${yamlString(p)}`),
  },
  {
    place: 'option',
    file: 'modules/01-one.check.yaml',
    line: 8,
    edit: (t, p) => t.replace('text: This one,', `text: ${yamlString(p)},`),
  },
  {
    place: 'feedback',
    file: 'modules/01-one.check.yaml',
    line: 9,
    edit: (t, p) => t.replace('feedback: No. }', `feedback: ${yamlString(p)} }`),
  },
  { place: 'contact', file: 'course.yaml', line: 14, edit: (t, p) => t.replace('igTeam: ""', `igTeam: ${yamlString(p)}`) },
];

describe.for(PLACES)('hostile text in a $place', ({ file, line, edit }) => {
  test.for(PAYLOADS)('%s is refused at its own file and line, with a fix', ([, payload]) => {
    const dir = courseWith(file, (t) => edit(t, payload));
    const errors = errorsOf(dir);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.file.endsWith(file)).toBe(true);
      expect(e.line).toBe(line);
      expect(e.hint.length).toBeGreaterThan(10);
    }
  });
});

describe('hostile text as an edition name', () => {
  test.for(PAYLOADS)('%s is refused at the name in the edition file', ([, payload]) => {
    const dir = courseWith('course.yaml', (t) => t);
    mkdirSync(path.join(dir, 'editions'));
    const edition = ['organisation:', `  name: ${yamlString(payload)}`, 'contacts:', '  dpo: "x@example.org"', ''].join('\n');
    writeFileSync(path.join(dir, 'editions/evil.yaml'), edition);
    const [read] = readEditions(dir, ['evil']);
    expect(read?.ok).toBe(false);
    const errors = read && !read.ok ? read.error.diagnostics : [];
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect([e.file.endsWith('editions/evil.yaml'), e.line]).toEqual([true, 2]);
  });
});

/** What must never reach the player's HTML, whatever the checks decided. */
const UNSAFE = [
  /<script/i,
  /<meta/i,
  /<iframe/i,
  /<img[^>]*src="(?!@@asset:)/i,
  /\son[a-z]+=/i,
  /href="(?!#|https:|mailto:|tel:|@@asset:)/i,
];

describe('the renderer on its own', () => {
  const env = (): MarkdownEnv => ({
    courseDir: good,
    diags: new Diagnostics('/'),
    yamlMode: 'fast',
    placeholders: {},
    assets: new Set(),
    pageLinks: [],
    moduleRefs: [],
  });
  const file = path.join(good, 'modules/x.md');

  test.for(PAYLOADS)('writes no script, redirect, handler or unsafe address for a %s, in a block or inline', ([, payload]) => {
    for (const text of [payload, `![Logo](../assets/logo.svg "${payload}")`, `Text ${payload} more`]) {
      const e = env();
      const html = [renderBlock, renderInline].map((r) => r({ file, text, start: { line: 1, column: 1 }, exact: true }, e)).join('');
      for (const pattern of UNSAFE) expect(html).not.toMatch(pattern);
      expect(e.diags.size).toBeGreaterThan(0);
    }
  });
});
