// Streams a delimited export row by row with csv-parse, detecting the delimiter (Moodle's text download is tab-separated).

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';

export interface CsvRow {
  fields: string[];
  /** 1-based line where the record ends in the file. */
  line: number;
}

export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * Guesses the delimiter from the first line: Moodle's "Download in text format" uses tabs
 * (`csv_export_writer("tab")`), a spreadsheet's CSV commas, some European locales semicolons.
 */
export async function sniffDelimiter(file: string): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    const first = text.split(/\r?\n/, 1)[0] ?? '';
    let best = ',';
    let bestCount = 0;
    for (const d of ['\t', ',', ';']) {
      let count = 0;
      let quoted = false;
      for (const ch of first) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) count++;
      }
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
    return best;
  } finally {
    await fh.close();
  }
}

/**
 * Yields each record of a file. Records csv-parse cannot read (a stray quote) are reported through
 * `onProblem` and skipped, never thrown, so one bad line does not lose the rest of the file.
 */
export async function* readCsv(file: string, delimiter: string, onProblem: (p: CsvProblem) => void): AsyncGenerator<CsvRow> {
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (err) => {
      const e = err as Error & { lines?: number };
      onProblem({ line: e?.lines ?? 0, message: e?.message ?? 'unreadable record' });
      return undefined;
    },
  });
  const input = createReadStream(file);
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { fields: item.record, line: item.info.lines };
  }
}
