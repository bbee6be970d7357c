// SHA-256 (FIPS 180-4) of a UTF-8 string, as lower-case hex. Written out because crypto.subtle is async and is
// missing outside secure contexts (an LMS served over plain http), and the record of completion needs a hash.

const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));

export function sha256Hex(text: string): string {
  // The constants are the fractional parts of the cube roots (k) and square roots (h) of the first primes,
  // computed rather than listed: fewer bytes in the player, the same numbers as the standard's tables.
  // Int32Array wraps every sum to 32 bits, as the algorithm wants.
  const k = new Int32Array(64);
  const h = new Int32Array(8);
  for (let n = 2, i = 0; i < 64; n++) {
    let d = 2;
    while (n % d) d++;
    if (d < n) continue;
    if (i < 8) h[i] = (n ** 0.5 % 1) * 2 ** 32;
    k[i++] = (n ** (1 / 3) % 1) * 2 ** 32;
  }
  const bytes = new TextEncoder().encode(text);
  const size = (bytes.length + 72) & ~63;
  const data = new Uint8Array(size);
  data.set(bytes);
  data[bytes.length] = 128;
  const view = new DataView(data.buffer);
  // The bit length as a 64-bit big-endian number; its high word is 0 for any text under 512 MB.
  view.setUint32(size - 4, bytes.length * 8);
  const w = new Int32Array(64);
  for (let at = 0; at < size; at += 64) {
    let [a, b, c, d, e, f, g, hh] = h as unknown as number[] as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      w[i] =
        i < 16
          ? view.getInt32(at + i * 4)
          : w[i - 16]! + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[i - 7]! + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10));
      const t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!;
      const t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i]! += v));
  }
  return [...h].map((v) => (v >>> 0).toString(16).padStart(8, '0')).join('');
}
