// Leak checks: a `warning` severity in assessment.yaml lets the course build and reports the finding with its
// file:line; position checks only apply to questions with shuffle: false; the real course's figures are known.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-leaks-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function courseWith(name: string, edit: (assessmentYaml: string) => string = (s) => s): string {
  const dir = path.join(temp, `${name}-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', name), dir, { recursive: true });
  const file = path.join(dir, 'assessment.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

test('leakChecks.longestCorrect: warning builds the course and reports the finding as a warning at assessment.yaml:line', () => {
  const dir = courseWith('leak-longest-correct', (s) => `${s}leakChecks:\n  longestCorrect: warning\n`);
  const { warnings } = loadCourse(dir);
  expect(warnings.map((w) => `${path.basename(w.file)}:${w.line}`)).toEqual(['assessment.yaml:7']);
  expect(warnings[0]!.message).toContain('in 6 of 7 single-answer bank questions (86%');
  expect(warnings[0]!.hint).toMatch(/leak-q1 \(modules\/03-leaks\.bank\.yaml:\d+\)/);
});

test('a skewed correct position is harmless when the options are shuffled (no shuffle: false)', () => {
  const dir = courseWith('leak-correct-position');
  const bank = path.join(dir, 'modules/03-leaks.bank.yaml');
  writeFileSync(bank, readFileSync(bank, 'utf8').replaceAll('    shuffle: false\n', ''));
  expect(loadCourse(dir).warnings).toEqual([]);
});

test('an unknown leak check or severity is an error naming the allowed values', () => {
  const dir = courseWith('leak-longest-correct', (s) => `${s}leakChecks:\n  longestCorrect: maybe\n`);
  expect(() => loadCourse(dir)).toThrow(/"longestCorrect" in leakChecks must be one of error, warning, not "maybe"/);
});

test('the real course: no position, all/none or leading-correct leaks; the length leak is the one warning', () => {
  const { warnings } = loadCourse('course');
  for (const w of warnings) expect(w.message).toContain('[leakChecks.longestCorrect]');
  expect(warnings.length).toBeLessThanOrEqual(1);
});
