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
  let text: string;
  try {
    text = strict.decode(bytes); // TextDecoder drops a leading BOM by default.
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
  return controlCharacter(file, text, diags) ? null : text;
}

/**
 * A NUL or other control character (tab, line breaks and form feed aside) is invisible in an editor and was built
 * silently into the learner's text: a file damaged by a bad copy or saved as UTF-16. Reported at its line and column.
 */
function controlCharacter(file: string, text: string, diags: Diagnostics): boolean {
  const index = firstControlCharacter(text);
  if (index < 0) return false;
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  const code = text.charCodeAt(index);
  diags.add(
    file,
    { line: before.length, column: (before[before.length - 1] ?? '').length + 1 },
    `the file holds an invisible control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}${code === 0 ? ', NUL' : ''})`,
    code === 0
      ? 'the file may have been saved as UTF-16 or damaged in a copy: save it again as UTF-8, and delete the character at this position'
      : 'delete the character at this position (many editors show it only with "show invisibles" on)',
  );
  return true;
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

/** Offset of the first C0 control character other than tab, line feed, form feed and carriage return, or DEL; -1 if none. */
function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}
