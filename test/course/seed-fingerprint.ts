// A fingerprint of the seed documents (hashes of every 8-word run, never their text), so the no-copying check
// runs on any checkout, even one without ../shared/seeds. Regenerate with: npx tsx test/course/seed-fingerprint.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runs, words } from './word-runs.ts';

export const RUN = 8;
export const FINGERPRINT_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seed-fingerprint.json');

export interface SeedFingerprint {
  run: number;
  files: string[];
  /** 48-bit prefixes of SHA-256 of each normalised run: about 5,000 runs, so a chance collision is ~1 in 10^10. */
  hashes: string[];
}

export const hashRun = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 12);

export function fingerprintOf(texts: string[], files: string[]): SeedFingerprint {
  const hashes = new Set(texts.flatMap((t) => runs(words(t), RUN)).map(hashRun));
  return { run: RUN, files: [...files].sort(), hashes: [...hashes].sort() };
}

export function fingerprintOfDir(dir: string): SeedFingerprint {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return fingerprintOf(files.map((f) => readFileSync(path.join(dir, f), 'utf8')), files);
}

export function readFingerprint(): SeedFingerprint {
  return JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as SeedFingerprint;
}

/** Runs of `text` whose hash is in the fingerprint. */
export function copiedRuns(text: string, fingerprint: SeedFingerprint): string[] {
  const known = new Set(fingerprint.hashes);
  return [...new Set(runs(words(text), fingerprint.run))].filter((r) => known.has(hashRun(r)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? path.resolve(path.dirname(FINGERPRINT_FILE), '../../../shared/seeds');
  const fingerprint = fingerprintOfDir(dir);
  writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(fingerprint, null, 0)}\n`);
  console.log(`wrote ${FINGERPRINT_FILE}: ${fingerprint.hashes.length} runs from ${fingerprint.files.length} files`);
}
