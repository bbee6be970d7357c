// Reads a course source file as UTF-8, rejecting bytes that are not UTF-8 with the line and column of the first one.
import { readFileSync } from 'node:fs';
import type { Diagnostics } from './diagnostics.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The text of `file`, without a UTF-8 byte-order mark; or null, with one diagnostic, when the file holds bytes that
 * are not UTF-8 (e.g. saved as Windows-1252 by an old editor). Read leniently, such a file would build and show the
 * learner replacement characters (U+FFFD) where the author typed "£" or a curly quote.
 */
export function readSourceText(file: string, diags: Diagnostics): string | null {
  const bytes = readFileSync(file);
  try {
    return strict.decode(bytes); // TextDecoder drops a leading BOM by default.
  } catch {
    const at = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, at)).replace(/^\uFEFF/, '');
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines[line - 1] ?? '').length + 1;
    // The bad line as an editor shows it, around the bad byte, so the author can find the character.
    const lineText =
      lenient
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\r|\n/)[line - 1] ?? '';
    const context = lineText.slice(Math.max(0, column - 25), column + 15).trim();
    diags.add(
      file,
      { line, column },
      `byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} is not UTF-8 (near "${context}")`,
      'save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and retype the character shown as \uFFFD',
    );
    return null;
  }
}

/** Offset of the first byte that starts an invalid or truncated UTF-8 sequence (the file is known to have one). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length - 1;
}
