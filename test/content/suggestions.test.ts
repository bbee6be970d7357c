// "Did you mean": every id or name an author types that matches nothing is answered with the closest valid one, in the
// fix, at the file:line:column of the bad value; a value close to nothing gets the plain fix with no guess.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { loadCourse } from '../../build/content/load.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-suggest-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Each problem of the broken fixture as `file:line:column` and its fix. */
function problems(broken: string): { where: string; hint: string }[] {
  const dir = path.join(temp, broken);
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', broken), dir, { recursive: true });
  try {
    loadCourse(dir);
  } catch (e) {
    if (e instanceof CourseError)
      return e.diagnostics.map((d) => ({ where: `${path.relative(dir, path.resolve(d.file))}:${d.line}:${d.column}`, hint: d.hint }));
    throw e;
  }
  return [];
}

test.for([
  ['broken-page-link', 'modules/01-one.md:12:26', 'did you mean "#two-first"?'],
  ['missing-module-file', 'course.yaml:18:5', 'did you mean "modules/02-two.md"?'],
  ['unknown-key', '', 'did you mean'],
  ['unknown-objective', 'modules/02-two.check.yaml:5:18', 'did you mean "two-know"? Use the id of a learning objective'],
  ['misspelt-kind', 'modules/01-one.check.yaml:3:11', 'did you mean "single"? Set kind to one of: single, multiple, truefalse, scenario'],
  [
    'answer-on-choice',
    'modules/01-one.check.yaml:7:13',
    'did you mean "wrong"? No option has id "wrnog". Remove "answer" and put correct: true on option "right" and "wrong"',
  ],
  [
    'correct-on-question',
    'modules/01-one.check.yaml:7:14',
    'did you mean "right"? No option has id "rihgt". Remove "correct" and put correct: true on option "right"',
  ],
  ['link-to-module', 'modules/01-one.md:12:26', '"two" is a module, and links go to pages: link to its first page, "#two-first"'],
  ['misspelt-placeholder', 'modules/01-one.md:18:5', 'did you mean "{{contacts.dpo}}"? Use one of: {{contacts.dpo}}, '],
  ['misspelt-blueprint-module', 'assessment.yaml:9:5', 'did you mean "two"? Use a module id from a module\'s front matter: one, two'],
  ['missing-bank-file', 'assessment.yaml:8:5', 'did you mean "modules/02-two.bank.yaml"?'],
  ['coverage-unknown-page', 'coverage.yaml:3:5', 'did you mean "two-first"? Use the id of a page'],
] as const)('%s: at %s the fix says %s', ([broken, where, hint]) => {
  const found = problems(broken);
  expect(found).toHaveLength(1);
  expect(found[0]?.hint).toContain(hint);
  if (where) expect(found[0]?.where).toBe(where);
});

test.for([
  ['unknown-placeholder', 'use one of: {{contacts.dpo}}'],
  ['blueprint-unknown-module', "use a module id from a module's front matter: one, two"],
  ['unknown-target', 'targets may be scorm12 and scorm2004'],
] as const)('%s: a value close to no valid one gets the plain fix, without a guess', ([broken, hint]) => {
  const [only] = problems(broken);
  expect(only?.hint.startsWith(hint)).toBe(true);
  expect(only?.hint).not.toContain('did you mean');
});
