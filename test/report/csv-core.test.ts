// The shared CSV tokenizer: fputcsv quoting, line ends, chunk boundaries anywhere, byte-order marks and UTF-16LE.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvBatches, CsvTokenizer, type CsvRow } from '../../build/report/1-decode/csv-core.ts';
import { decodeMoodleText } from '../../build/report/1-decode/moodle-text.ts';

function tokenize(pieces: string[], delimiter = ','): { rows: CsvRow[]; problems: number[] } {
  const rows: CsvRow[] = [];
  const problems: number[] = [];
  const t = new CsvTokenizer(delimiter, (p) => problems.push(p.line));
  for (const p of pieces) t.push(p, rows);
  t.end(rows);
  return { rows, problems };
}

async function* bytes(...chunks: number[][]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield new Uint8Array(c);
}

async function rowsOf(chunks: AsyncIterable<Uint8Array>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of csvBatches(chunks, undefined, () => undefined)) for (const r of batch) out.push(r.fields);
  return out;
}

describe('CsvTokenizer', () => {
  test('reads quoted fields with delimiters, doubled quotes and line breaks, and numbers records by their first line', () => {
    const { rows } = tokenize(['a,"b, c","say ""hi"""\r\n"multi\nline",x\n\nlast,"",end']);
    expect(rows).toEqual([
      { fields: ['a', 'b, c', 'say "hi"'], line: 1 },
      { fields: ['multi\nline', 'x'], line: 2 },
      { fields: ['last', '', 'end'], line: 5 },
    ]);
  });

  test('a quote inside an unquoted field is kept (Moodle writes Bob,=SUM(1+1) and O"Brien unquoted)', () => {
    expect(tokenize(['Bob,=SUM(1+1),O"Brien\n']).rows[0]?.fields).toEqual(['Bob', '=SUM(1+1)', 'O"Brien']);
  });

  test('a quoted field left open at the end of the file is reported on its first line and left out', () => {
    const { rows, problems } = tokenize(['a,b\nc,"open\nmore']);
    expect(rows.map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(problems).toEqual([2]);
  });

  test('splitting the text into chunks anywhere gives the same rows', () => {
    const cell = fc.oneof(fc.constantFrom('', '"', '""', ',', '\t', '\n', '\r\n', '\r', 'x', 'é', ' '), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 5 }), (cells, cuts) => {
        const text = cells.join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let from = 0;
        for (const p of points) {
          pieces.push(text.slice(from, p));
          from = p;
        }
        pieces.push(text.slice(from));
        expect(tokenize(pieces)).toEqual(tokenize([text]));
      }),
    );
  });
});

describe('csvBatches', () => {
  test('sniffs tabs, drops a UTF-8 byte-order mark and decodes a character split over two chunks', async () => {
    const text = [...new TextEncoder().encode('\uFEFFName\tInstitution\nZoë\tR &amp; C\n')];
    const split = text.indexOf(0xc3) + 1; // between the two bytes of ë
    expect(await rowsOf(bytes(text.slice(0, split), text.slice(split)))).toEqual([
      ['Name', 'Institution'],
      ['Zoë', 'R &amp; C'],
    ]);
  });

  test('falls back to Windows-1252 when a byte is not UTF-8, even one cut off at the end of a chunk (Zo|ë)', async () => {
    const text = [...'Name,Dept\nZo'].map((c) => c.charCodeAt(0));
    expect(
      await rowsOf(
        bytes(
          text,
          [0xeb],
          [...' £1,x\n'].map((c) => (c === '£' ? 0xa3 : c.charCodeAt(0))),
        ),
      ),
    ).toEqual([
      ['Name', 'Dept'],
      ['Zoë £1', 'x'],
    ]);
  });

  test('reads Moodle’s "Excel-compatible" UTF-16LE download with its FF FE mark', async () => {
    const text = '"Name"\t"Institution"\n"Zoë"\t"Revenue & Customs Service"\n';
    const le = [0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])];
    expect(await rowsOf(bytes([le[0] ?? 0], le.slice(1)))).toEqual([
      ['Name', 'Institution'],
      ['Zoë', 'Revenue & Customs Service'],
    ]);
  });
});

describe('decodeMoodleText', () => {
  test('undoes htmlspecialchars once: &amp; &lt; &gt; &quot; &#039; and numeric entities', () => {
    expect(decodeMoodleText('Revenue &amp; Customs Service')).toBe('Revenue & Customs Service');
    expect(decodeMoodleText('&lt;b&gt; &quot;x&quot; O&#039;Neill &#x41;')).toBe('<b> "x" O\'Neill A');
    expect(decodeMoodleText('R&amp;amp;D')).toBe('R&amp;D');
    expect(decodeMoodleText('Q&A & more &nbsp;')).toBe('Q&A & more &nbsp;');
  });
});
