// Files that are not UTF-8 with a mark, and a quote never closed: read right, or said plainly beside the file.

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, report } from './helpers.ts';

const file = (name: string): string => join(FIXTURES, 'encodings', name);

describe('export encodings', () => {
  test('a Windows-1252 CSV (Excel on Windows) is read as Windows-1252: "Zoë" and "£" come out whole', async () => {
    const { figures: f } = await report([{ file: file('windows-1252-learners.csv') }]);
    expect(f.learners.map((l) => [l.name, l.department]).sort()).toEqual([
      ['Renée Müller', 'Wards'],
      ['Zoë Brontë', 'Finance £ Payroll'],
    ]);
    expect(f.dataQuality.total).toBe(0);
  });

  test.each(['utf-16le-no-mark-learners.csv', 'utf-16be-no-mark-learners.csv'])(
    'UTF-16 without a byte-order mark (%s) is recognised from its NUL bytes and read',
    async (name) => {
      const { figures: f } = await report([{ file: file(name) }]);
      expect(f.filesNotUsed).toEqual([]);
      expect(f.sources[0]?.layout).toBe('generic learners CSV');
      expect(f.learners.map((l) => l.name).sort()).toEqual(['Renée Müller', 'Zoë Brontë']);
    },
  );
});

describe('a quotation mark never closed', async () => {
  const { figures: f, read } = await report([{ file: file('unclosed-quote.csv') }]);
  const message = f.dataQuality.listed[0]?.message ?? '';

  test('is listed at the line it opened on, with every line it swallowed counted as left out', () => {
    expect(f.dataQuality.listed.map((i) => [i.kind, i.line, i.rowsExcluded])).toEqual([['bad-row', 4, 4]]);
    expect(message).toBe(
      'a quotation mark (") on line 4 is never closed, so lines 4 to 7 (the end of the file) could not be read and are left out. ' +
        'Download the file again from the LMS; if it came from a spreadsheet, find the lone quotation mark on line 4, remove it or add the closing one, save and choose the file again',
    );
    expect(f.learners.map((l) => l.name)).toEqual(['Ann Able', 'Bob Bell']);
  });

  test('is said beside the file, in the report and to the page, as a file only partly used', async () => {
    expect(f.filesPartlyUsed).toEqual([{ file: file('unclosed-quote.csv'), reason: message }]);
    expect(f.sources[0]?.warning).toBe(message);
    const html = await read('report.html');
    expect(html).toMatch(/<h2 id="files-partly-used">Files only partly used<\/h2>[\s\S]*unclosed-quote\.csv<\/strong>: a quotation mark/);
  });
});
