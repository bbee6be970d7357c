// Leak checks: a `warning` severity in assessment.yaml lets the course build and reports the finding with its
// file:line, `off` skips the check; position checks only apply to questions with shuffle: false; the wording-cue
// checks point at every question where the cue singles out an answer and say how many must change; the real
// course passes them all.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { loadErrors } from './load-errors.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-leaks-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function courseWith(name: string, edit: (assessmentYaml: string) => string = (s) => s, editBank?: (bankYaml: string) => string): string {
  const dir = path.join(temp, `${name}-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', name), dir, { recursive: true });
  const file = path.join(dir, 'assessment.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const bank = path.join(dir, 'modules/03-cues.bank.yaml');
  if (editBank) writeFileSync(bank, editBank(readFileSync(bank, 'utf8')));
  return dir;
}

const errorsOf = (dir: string): string[] => loadErrors(dir);

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
  expect(() => loadCourse(dir)).toThrow(/"longestCorrect" in leakChecks must be one of error, warning, off, not "maybe"/);
});

test.for(['roleCue', 'absoluteCue'] as const)(
  'leakChecks.%s: warning builds and reports the question at its option line; off reports nothing',
  (check) => {
    const fixture = check === 'roleCue' ? 'leak-role-cue' : 'leak-absolute-cue';
    const { warnings } = loadCourse(courseWith(fixture, (s) => `${s}leakChecks:\n  ${check}: warning\n`));
    expect(warnings.map((w) => `${path.basename(w.file)}:${w.line}`)).toEqual([`03-cues.bank.yaml:${check === 'roleCue' ? 9 : 10}`]);
    expect(warnings[0]!.message).toMatch(/1 of 12 \(8%\) (right|wrong) options .* against 0 of 12 \(0%\)/);
    expect(loadCourse(courseWith(fixture, (s) => `${s}leakChecks:\n  ${check}: off\n`)).warnings).toEqual([]);
  },
);

test('roleCue points at each question whose right option alone is cued, and says how many must change to pass', () => {
  // Questions 2-4 get a cued right option, question 5 a cued wrong one: 4 of 12 right against 1 of 12 wrong.
  const dir = courseWith('leak-role-cue', undefined, (bank) =>
    bank
      .replace('text: Choose plan A2,', 'text: Ask the DPO today,')
      .replace('text: Choose plan A3,', 'text: Record the reason,')
      .replace('text: Choose plan A4,', 'text: Share only what is needed,')
      .replace('text: Choose plan B5,', 'text: Ask your manager,'),
  );
  const errors = errorsOf(dir);
  expect(errors.map((e) => e.split(': ')[0])).toEqual([
    '03-cues.bank.yaml:9',
    '03-cues.bank.yaml:18',
    '03-cues.bank.yaml:27',
    '03-cues.bank.yaml:36',
  ]);
  expect(errors.map((e) => /"(cue-q\d+)"/.exec(e)?.[1])).toEqual(['cue-q1', 'cue-q2', 'cue-q3', 'cue-q4']);
  for (const e of errors)
    expect(e).toContain('4 of 12 (33%) right options name a role or a safe-sounding action against 1 of 12 (8%) wrong ones');
  for (const e of errors) expect(e).toContain('rewriting 3 of the 4 flagged questions brings the bank under the limit');
});

test('cues spread over right and wrong options alike are no give-away', () => {
  const dir = courseWith('leak-role-cue', undefined, (bank) =>
    bank
      .replace('text: Choose plan B2,', 'text: Ask your manager,')
      .replace('text: Choose plan B3,', 'text: Never do it,')
      .replace('text: Choose plan A4,', 'text: Always do it,'),
  );
  expect(errorsOf(dir)).toEqual([]);
});

test('the real course: no leak of any kind, the wording cues included', () => {
  expect(loadCourse('course').warnings.filter((w) => w.message.includes('[leakChecks.'))).toEqual([]);
});

test('the real course sets every leak check, the wording cues included, to error', () => {
  const yaml = readFileSync('course/assessment.yaml', 'utf8');
  for (const check of ['correctPosition', 'longestCorrect', 'allOrNone', 'leadingCorrect', 'roleCue', 'absoluteCue'])
    expect(yaml).toMatch(new RegExp(`^  ${check}: error$`, 'm'));
});
