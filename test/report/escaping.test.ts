// Hostile names and values: CSV cells are neutralised against formula injection, HTML is fully escaped, pseudonyms hide names.

import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvCell } from '../../build/report/7-render/escape.ts';
import { OUTPUT_FILES } from '../../build/report/run-report.ts';
import { fixture, report } from './helpers.ts';

describe('CSV cells', () => {
  test.for([
    ['=1+1', "'=1+1"],
    ['+44 1234', "'+44 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('%j is written as %j', ([input, expected]) => {
    expect(csvCell(input as string)).toBe(expected);
  });

  test('numbers are written as numbers, null as an empty cell', () => {
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
  });
});

describe('hostile learner names', async () => {
  const { read } = await report([{ file: fixture('hostile-learners.csv') }]);

  test('learners.csv neutralises every cell that starts with = + - @ or tab', async () => {
    const lines = (await read('learners.csv')).split('\r\n');
    expect(lines).toContain(
      `<script>alert(1)</script> Agency,"'-2+3,@SUM(A1)",'=1+1,"'=HYPERLINK(""http://evil.example"",""x"")",'+44@evil.example,In progress,,,not completed,,`,
    );
    // The reader trims cells, so the leading tab of the email is gone before it reaches the CSV (a tab cell is covered above).
    expect(lines).toContain(`Evil & Co,"""quoted"" dept",H2,<img src=x onerror=alert(1)>,tab@evil.example,In progress,40,,not completed,,`);
  });

  test('the HTML contains no hostile markup, only its escaped text', async () => {
    const html = await read('report.html');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Agency');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)');
    expect(html).toContain('Evil &amp; Co');
  });
});

describe('--pseudonymise', async () => {
  const key = 'a-key-the-ig-team-keeps-safely-0001';
  const first = await report([{ file: fixture('generic-learners-nhs.csv') }], { pseudonymise: true, pseudonymKey: key });
  const second = await report([{ file: fixture('generic-learners-nhs.csv') }], { pseudonymise: true, pseudonymKey: key });
  const perRun = await report([{ file: fixture('generic-learners-nhs.csv') }], { pseudonymise: true });

  test('no learner name, email or id appears in any output file', async () => {
    for (const name of OUTPUT_FILES) {
      const text = await first.read(name);
      for (const pii of ['Erin Eve', 'erin@nhs.example', 'Frank Fox', 'N001', 'N004'])
        expect(text, `${name} contains ${pii}`).not.toContain(pii);
    }
  });

  test('pseudonyms are the same across runs with the same key and differ with a per-run key', () => {
    const names = (r: typeof first) => r.figures.learners.map((l) => l.name);
    expect(names(first)).toEqual(names(second));
    expect(names(first).every((n) => /^L-[0-9a-f]{12}$/.test(n))).toBe(true);
    expect(new Set(names(first)).size).toBe(4);
    expect(names(perRun).sort()).not.toEqual(names(first).sort());
  });

  test('the report states it is pseudonymised and what personal data remains', async () => {
    expect(first.figures.personalData).toMatchObject({ pseudonymised: true, keySource: 'user' });
    expect(perRun.figures.personalData.keySource).toBe('per-run');
    expect(await first.read('report.html')).toContain('replaced by pseudonyms (HMAC-SHA-256, with the key you gave');
  });

  test('the report writes only its five files, inside the output folder', async () => {
    expect((await readdir(first.outDir)).sort()).toEqual([...OUTPUT_FILES].sort());
    expect(await readdir(dirname(first.outDir))).toEqual(['out']);
  });
});
