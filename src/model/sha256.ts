// SHA-256 (FIPS 180-4) of a UTF-8 string, as lower-case hex. Written out because crypto.subtle is async and is
// missing outside secure contexts (an LMS served over plain http), and the record of completion needs a hash.

const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));

export function sha256Hex(text: string): string {
  // The round constants are the fractional parts of the cube roots (K) and square roots (H) of the first
  // primes, computed here rather than listed: fewer bytes in the player, same numbers as the standard's table.
  const k: number[] = [];
  const h: number[] = [];
  for (let n = 2; k.length < 64; n++) {
    let d = 2;
    while (n % d) d++;
    if (d < n) continue;
    if (h.length < 8) h.push(((n ** 0.5 % 1) * 2 ** 32) | 0);
    k.push(((n ** (1 / 3) % 1) * 2 ** 32) | 0);
  }
  const bytes = new TextEncoder().encode(text);
  const size = (bytes.length + 72) & ~63;
  const data = new Uint8Array(size);
  data.set(bytes);
  data[bytes.length] = 0x80;
  const view = new DataView(data.buffer);
  // The bit length as a 64-bit big-endian number; its high word is 0 for any text under 512 MB.
  view.setUint32(size - 4, bytes.length * 8);
  const w: number[] = [];
  for (let at = 0; at < size; at += 64) {
    for (let i = 0; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      w[i] =
        i < 16
          ? view.getInt32(at + i * 4)
          : ((w[i - 16] ?? 0) + (ror(a, 7) ^ ror(a, 18) ^ (a >>> 3)) + (w[i - 7] ?? 0) + (ror(b, 17) ^ ror(b, 19) ^ (b >>> 10))) | 0;
    }
    const s = h.slice();
    for (let i = 0; i < 64; i++) {
      const [a, b, c, d, e, f, g, hh] = s as [number, number, number, number, number, number, number, number];
      const t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + (k[i] ?? 0) + (w[i] ?? 0);
      const t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      s.unshift((t1 + t2) | 0);
      s[4] = (d + t1) | 0;
      s.pop();
    }
    s.forEach((x, i) => (h[i] = ((h[i] ?? 0) + x) | 0));
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
