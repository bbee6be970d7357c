// Issues 5 and 10: the course is written in its own words; no run of 8 consecutive words of any seed appears in course/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseDir, repoRoot } from './paths.ts';
import { copiedRuns, fingerprintOf, fingerprintOfDir, readFingerprint, RUN } from './seed-fingerprint.ts';
import { runs, words } from './word-runs.ts';

const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');

function courseFiles(): { file: string; text: string }[] {
  return readdirSync(courseDir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.md') || n.endsWith('.yaml'))
    .sort()
    .map((rel) => ({ file: rel, text: readFileSync(path.join(courseDir, rel), 'utf8') }));
}

describe('no copying from the seeds', () => {
  it('normalises case, punctuation and apostrophes before comparing', () => {
    expect(words("Your organisation's DPO — “first”, and BEST!")).toEqual(['your', 'organisations', 'dpo', 'first', 'and', 'best']);
  });

  it('detects an 8-word run of a source even with changed case and punctuation, and nothing shorter', () => {
    const source = 'Partner agencies will make sure that relevant staff receive the right training on information sharing every year.';
    const fingerprint = fingerprintOf([source], ['source.txt']);
    const copied = runs(words(source), RUN)[2] ?? '';
    expect(copiedRuns(`Intro. ${copied.toUpperCase().split(' ').join(', ')}! More.`, fingerprint)).toEqual([copied]);
    expect(copiedRuns(copied.split(' ').slice(0, RUN - 1).join(' '), fingerprint)).toEqual([]);
  });

  it('the committed fingerprint covers all five seed documents', () => {
    const fingerprint = readFingerprint();
    expect(fingerprint.run).toBe(8);
    expect(RUN).toBe(8);
    expect(fingerprint.files).toHaveLength(5);
    expect(fingerprint.hashes.length).toBeGreaterThan(4000);
  });

  // The seeds sit outside the repo; where a checkout has them, the committed fingerprint must match them exactly.
  it.runIf(existsSync(seeds))('the committed fingerprint matches the seed documents in ../shared/seeds', () => {
    expect(fingerprintOfDir(seeds)).toEqual(readFingerprint());
  });

  it('shares no run of 8 consecutive words with any seed in any .md or .yaml file of course/', () => {
    const fingerprint = readFingerprint();
    const files = courseFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(({ file, text }) => copiedRuns(text, fingerprint).map((run) => ({ file, run })))).toEqual([]);
  });
});
