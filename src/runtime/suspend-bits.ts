// Building blocks of the suspend-data codec: a 6-bit alphabet, id fingerprints, bitsets, varints, and LCS alignment.

import { hash32 } from '../model/hash.ts';

export { hash32 };

/** URL-safe base64 digits: plain ASCII that every LMS stores unchanged in CMIString4096. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function digit(n: number): string {
  return ALPHABET[n & 63] as string;
}

export function value(c: string | undefined): number {
  const v = c === undefined ? undefined : VALUE.get(c);
  if (v === undefined) throw new Error(`bad suspend-data digit ${JSON.stringify(c)}`);
  return v;
}

/** One character per key: enough to line up a republished list against the saved one. */
export function fingerprint(keys: string[]): string {
  return keys.map((k) => digit(hash32(k))).join('');
}

/** Fixed-width unsigned number in `width` digits (6 bits each). */
export function fixed(n: number, width: number): string {
  let s = '';
  for (let i = width - 1; i >= 0; i--) s += digit(Math.floor(n / 64 ** i));
  return s;
}

export function readFixed(s: string, at: number, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 64 + value(s[at + i]);
  return n;
}

/** Bits packed 6 per digit; trailing zero digits are dropped (the reader treats missing digits as 0). */
export function encodeBits(bits: boolean[]): string {
  let s = '';
  for (let i = 0; i < bits.length; i += 6) {
    let n = 0;
    for (let b = 0; b < 6; b++) if (bits[i + b]) n |= 1 << b;
    s += digit(n);
  }
  return s.replace(/A+$/, '');
}

export function decodeBits(s: string, count: number): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const c = s[Math.floor(i / 6)];
    out.push(c !== undefined && (value(c) & (1 << (i % 6))) !== 0);
  }
  return out;
}

/**
 * Self-delimiting bit groups: 5 data bits per digit, the 6th says "more follows". Used for answer states, whose
 * width depends on the option count of the question as it was when saved (unknown to a republished course).
 */
export function encodeVarBits(all: boolean[]): string {
  // Trailing false bits are implied, so a group never ends in a zero digit after a continuation: callers may then
  // trim trailing "A" digits (empty groups) safely.
  const bits = all.slice(0, all.lastIndexOf(true) + 1);
  let s = '';
  let i = 0;
  do {
    let n = 0;
    for (let b = 0; b < 5; b++) if (bits[i + b]) n |= 1 << b;
    i += 5;
    if (i < bits.length) n |= 32;
    s += digit(n);
  } while (i < bits.length);
  return s;
}

/** Reads one group starting at `at`; returns the bits and the index after it. */
export function readVarBits(s: string, at: number): { bits: boolean[]; next: number } {
  const bits: boolean[] = [];
  let i = at;
  for (;;) {
    const n = value(s[i++]);
    for (let b = 0; b < 5; b++) bits.push((n & (1 << b)) !== 0);
    if ((n & 32) === 0) return { bits, next: i };
  }
}

/**
 * Maps each index of `now` to the index of `saved` it continues, by longest common subsequence of the two
 * fingerprint strings: items added in a republish get no match (start fresh), removed items are dropped.
 */
export function align(saved: string, now: string): Array<number | undefined> {
  const n = saved.length;
  const m = now.length;
  if (saved === now) return Array.from({ length: m }, (_, i) => i);
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        saved[i] === now[j]
          ? (table[(i + 1) * w + j + 1] as number) + 1
          : Math.max(table[(i + 1) * w + j] as number, table[i * w + j + 1] as number);
    }
  }
  const out: Array<number | undefined> = new Array(m).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (saved[i] === now[j]) out[j++] = i++;
    else if ((table[(i + 1) * w + j] as number) >= (table[i * w + j + 1] as number)) i++;
    else j++;
  }
  return out;
}
