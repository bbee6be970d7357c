// Bytes of an export into text: picks the encoding from a byte-order mark, from NUL bytes (UTF-16 saved without a mark),
// or from whether the bytes are valid UTF-8 (else Windows-1252, what Excel on Windows saves "CSV" as). No Node API.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many bytes the start of a file must hold for `encodingOf` to tell UTF-16 without a mark from the rest. */
export const HEAD_BYTES = 4;

/**
 * The encoding from the first bytes. Without a mark, text that is mostly ASCII in UTF-16 has a NUL in every other
 * byte: after each character in little-endian, before it in big-endian. No CSV in an 8-bit encoding holds NULs.
 */
export function encodingOf(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length >> 1, 256);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (pairs >= 2 && oddNul * 2 >= pairs && evenNul === 0) return 'utf-16le';
  if (pairs >= 2 && evenNul * 2 >= pairs && oddNul === 0) return 'utf-16be';
  return 'utf-8';
}

/** Where the bytes stop being whole UTF-8 characters: a character cut by the end of a chunk waits for the next one. */
function wholeUtf8End(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > k ? n - k : n;
  }
  return n;
}

/**
 * Decodes a file chunk by chunk. UTF-8 is checked strictly: at the first byte that is not UTF-8 the rest of the
 * file (from the start of that chunk) is read as Windows-1252, so "Zoë" saved by Excel is not shown as "Zo�".
 */
export class ExportDecoder {
  encoding: Encoding;
  private readonly decoder: TextDecoder | undefined;
  private carry = new Uint8Array();
  private started = false;

  constructor(head: Uint8Array) {
    this.encoding = encodingOf(head);
    // UTF-16 goes through the platform's streaming decoder (which drops the mark); UTF-8 is checked below.
    this.decoder = this.encoding === 'utf-8' ? undefined : new TextDecoder(this.encoding);
  }

  decode(chunk: Uint8Array, final: boolean): string {
    if (this.decoder) return final ? this.decoder.decode(chunk) : this.decoder.decode(chunk, { stream: true });
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    if (this.encoding === 'windows-1252') return new TextDecoder('windows-1252').decode(bytes);
    const end = final ? bytes.length : wholeUtf8End(bytes);
    try {
      // A UTF-8 mark is dropped at the start of the file only; later a U+FEFF is kept as text.
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: this.started }).decode(bytes.subarray(0, end));
      this.carry = bytes.slice(end);
      this.started = true;
      return text;
    } catch {
      this.encoding = 'windows-1252';
      this.carry = new Uint8Array();
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}
