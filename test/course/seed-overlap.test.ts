// Issue 5: the course is written in its own words; no run of 10 consecutive words of any seed appears in course/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseDir, seedsDir } from './paths.ts';
import { runs, sharedRuns, words } from './word-runs.ts';

const RUN = 10;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((rel) => path.join(dir, rel))
    .sort();
}

describe('no copying from the seeds', () => {
  it('finds the seed documents in ../shared/seeds (fails, never skips, when they are missing)', () => {
    const seeds = filesUnder(seedsDir(), (n) => n.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it('throws a clear error naming the path when ../shared/seeds is missing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'no-seeds-'));
    try {
      expect(() => seedsDir(path.join(root, 'repo'))).toThrow(/seed documents were not found at .*shared.seeds/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('normalises case, punctuation and apostrophes before comparing', () => {
    expect(words("Your organisation's DPO — “first”, and BEST!")).toEqual(['your', 'organisations', 'dpo', 'first', 'and', 'best']);
  });

  it('detects a 10-word run taken from a seed even with changed case and punctuation', () => {
    const seed = readFileSync(path.join(seedsDir(), '002_4ee41e63f79bd979.txt'), 'utf8');
    const copied = runs(words(seed), RUN)[100] ?? '';
    const text = `Intro text. ${copied.toUpperCase().split(' ').join(', ')}. More text.`;
    expect(sharedRuns([{ file: 'x.md', text }], [seed], RUN)).toContainEqual({ file: 'x.md', run: copied });
  });

  it('shares no run of 10 consecutive words with any seed in any .md or .yaml file of course/', () => {
    const seeds = filesUnder(seedsDir(), (n) => n.endsWith('.txt')).map((f) => readFileSync(f, 'utf8'));
    const files = filesUnder(courseDir, (n) => n.endsWith('.md') || n.endsWith('.yaml')).map((file) => ({
      file: path.relative(courseDir, file),
      text: readFileSync(file, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(10);
    expect(sharedRuns(files, seeds, RUN)).toEqual([]);
  });
});
