// Splits a delimited export into rows from byte chunks, with no Node API, so the command and the browser page read alike.

import { ExportDecoder, HEAD_BYTES } from './decode-bytes.ts';

export interface CsvRow {
  fields: string[];
  /** 1-based line where the record starts in the file. */
  line: number;
}

export interface CsvProblem {
  line: number;
  message: string;
  /** Set when a quoted field is never closed: the line its quote opened on and the last line of the file it swallowed. */
  openQuote?: { line: number; lastLine: number };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: either the first of `""` or the closing quote. */
  QuoteInQuoted,
}

/**
 * A streaming tokenizer for PHP `fputcsv` / RFC 4180 quoting, relaxed the way real exports need: a quote
 * inside an unquoted field is a literal quote, rows may have any number of fields (the reader reports
 * short rows), empty lines are skipped, and `\n`, `\r\n` and `\r` all end a record.
 */
export class CsvTokenizer {
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  private skipLF = false;
  private line = 1;
  private recordLine = 1;
  /** The line the quote of the field being read opened on. */
  private quoteLine = 1;
  private readonly delim: number;

  constructor(
    delimiter: string,
    private readonly onProblem: (p: CsvProblem) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Tokenizes the next piece of text; whole records are appended to `out`. */
  push(text: string, out: CsvRow[]): void {
    const n = text.length;
    let i = 0;
    if (this.skipLF && n > 0) {
      this.skipLF = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.quoted = true;
            this.quoteLine = this.line;
            start = ++i;
          } else {
            this.state = State.Unquoted;
            start = i;
          }
          break;
        case State.Unquoted:
          if (c === this.delim) {
            this.fields.push(this.field + text.slice(start, i));
            this.field = '';
            this.state = State.FieldStart;
            start = ++i;
          } else if (c === LF || c === CR) {
            this.field += text.slice(start, i);
            this.endRecord(out);
            i++;
            if (c === CR) {
              if (i < n) {
                if (text.charCodeAt(i) === LF) i++;
              } else this.skipLF = true;
            }
            start = i;
          } else i++;
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.state = State.QuoteInQuoted;
            start = ++i;
          } else {
            if (c === LF) this.line++;
            i++;
          }
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            start = ++i;
          } else {
            // The closing quote: what follows is handled as unquoted text (a delimiter, a line end, or stray characters kept as they are).
            this.state = State.Unquoted;
            start = i;
          }
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.field += text.slice(start, n);
  }

  /** Flushes the last record; a quoted field still open at the end of the file is reported and its record left out. */
  end(out: CsvRow[]): void {
    if (this.state === State.Quoted) {
      // A line end inside the open field counted a line; one at the very end of the file starts none.
      const lastLine = this.field.endsWith('\n') || this.field.endsWith('\r') ? this.line - 1 : this.line;
      this.onProblem({
        line: this.recordLine,
        message: 'a quoted field is not closed before the end of the file',
        openQuote: { line: this.quoteLine, lastLine },
      });
      this.fields = [];
      this.field = '';
      this.state = State.FieldStart;
      return;
    }
    if (this.fields.length > 0 || this.field !== '' || this.quoted) this.endRecord(out);
  }

  private endRecord(out: CsvRow[]): void {
    this.fields.push(this.field);
    if (!(this.fields.length === 1 && this.fields[0] === '' && !this.quoted)) out.push({ fields: this.fields, line: this.recordLine });
    this.fields = [];
    this.field = '';
    this.quoted = false;
    this.state = State.FieldStart;
    this.line++;
    this.recordLine = this.line;
  }
}

/**
 * Guesses the delimiter from the first line: Moodle's SCORM "text format" and a tab gradebook export use tabs,
 * a spreadsheet's CSV commas, some European locales semicolons.
 */
export function sniffDelimiter(firstText: string): string {
  const first = firstText.split(/\r\n|\n|\r/, 1)[0] ?? '';
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
}

/**
 * Yields the records of a file in batches (one per chunk, so 2 million rows do not cost 2 million promises).
 * The delimiter is sniffed from the first line unless given; the encoding is told by `ExportDecoder`.
 */
export async function* csvBatches(
  chunks: AsyncIterable<Uint8Array>,
  delimiter: string | undefined,
  onProblem: (p: CsvProblem) => void,
): AsyncGenerator<CsvRow[]> {
  let decoder: ExportDecoder | undefined;
  let tokenizer: CsvTokenizer | undefined;
  let pending = '';
  let pendingBytes: Uint8Array | undefined;
  const feed = (text: string, out: CsvRow[], final: boolean): void => {
    if (!tokenizer) {
      pending += text;
      // Sniff once the first line is whole (or 64 KB have come without a line end).
      if (!final && !/[\r\n]/.test(pending) && pending.length < 65536) return;
      tokenizer = new CsvTokenizer(delimiter ?? sniffDelimiter(pending), onProblem);
      text = pending;
      pending = '';
    }
    tokenizer.push(text, out);
  };
  for await (const raw of chunks) {
    let chunk = raw;
    if (!decoder) {
      // A mark split over two chunks is rare but possible in a browser stream: wait for the bytes the encoding is told from.
      if (pendingBytes) {
        const joined = new Uint8Array(pendingBytes.length + chunk.length);
        joined.set(pendingBytes);
        joined.set(chunk, pendingBytes.length);
        chunk = joined;
        pendingBytes = undefined;
      }
      if (chunk.length < HEAD_BYTES) {
        pendingBytes = chunk;
        continue;
      }
      decoder = new ExportDecoder(chunk);
    }
    const out: CsvRow[] = [];
    feed(decoder.decode(chunk, false), out, false);
    if (out.length > 0) yield out;
  }
  const out: CsvRow[] = [];
  if (decoder) feed(decoder.decode(new Uint8Array(), true), out, true);
  else {
    // Fewer than HEAD_BYTES bytes in the whole file.
    const bytes = pendingBytes ?? new Uint8Array();
    feed(new ExportDecoder(bytes).decode(bytes, true), out, true);
  }
  tokenizer?.end(out);
  if (out.length > 0) yield out;
}
