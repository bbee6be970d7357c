// The feedback rule for the review after a failed attempt: every bank option has feedback, or the explanation names
// no option; a wrong option's feedback never quotes the right option; the real bank follows both.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build/content/load.ts';
import { loadErrors } from './load-errors.ts';
import { quotedOption } from '../../build/content/review-feedback.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-feedback-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The bank-feedback-missing fixture with its bank file edited. */
function errorsWith(edit: (bank: string) => string): string[] {
  const dir = path.join(temp, Math.random().toString(36).slice(2));
  cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
  cpSync(path.join(fixtures, 'broken', 'bank-feedback-missing'), dir, { recursive: true });
  const file = path.join(dir, 'modules/02-two.bank.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return loadErrors(dir);
}

test('an option without feedback is fine while the explanation names no option', () => {
  expect(
    errorsWith((s) => s.replace('explanation: Check who they are before anything else.', 'explanation: A caller is checked first.')),
  ).toEqual([]);
});

test('feedback on every option makes an explanation that names an option harmless: the review shows the feedback', () => {
  expect(
    errorsWith((s) => s.replace('text: Give the details }', 'text: Give the details, feedback: No. Nobody has been checked yet. }')),
  ).toEqual([]);
});

test('a true/false question with no feedback and an explanation that says "false" is reported at its answer line', () => {
  const errors = errorsWith((s) => s.replace('explanation: Indeed.', 'explanation: It is not false.'));
  expect(errors).toContainEqual(expect.stringMatching(/^02-two\.bank\.yaml:25: option "true" of bank question "bank-q3" has no feedback/));
  expect(errors).toContainEqual(expect.stringMatching(/^02-two\.bank\.yaml:25: option "false" of bank question "bank-q3" has no feedback/));
});

test("a wrong option's feedback that quotes the right option is an error at that option", () => {
  const errors = errorsWith((s) =>
    s
      .replace('explanation: Check who they are before anything else.', 'explanation: A caller is checked first.')
      .replace('text: Give the details }', 'text: Give the details, feedback: No. You should check who they are first. }'),
  );
  expect(errors).toEqual([
    '02-two.bank.yaml:11: the feedback of wrong option "give" in bank question "bank-q1" quotes the right option ("check who they are"): the review would show the answer to copy',
  ]);
});

test.for([
  ['Tell the safeguarding lead today', 'Tell the safeguarding lead today, as the page says.', 'tell the safeguarding lead today'],
  ['Yes', 'Yes, that is right.', null],
  ['Send only the dates of the two missed appointments', 'The two missed appointments matter here.', null],
  [
    'Send only the dates of the two missed appointments',
    'It is enough to send only the dates of the two missed ones.',
    'send only the dates of the',
  ],
] as const)('quotedOption(%j, %j) is %j', ([option, text, expected]) => {
  expect(quotedOption(text, option)).toBe(expected);
});

test('the real bank: every option has feedback, and no wrong option quotes the right one', () => {
  const bank = loadCourse('course').course.assessment.bank;
  expect(bank.flatMap((q) => q.options.filter((o) => !o.feedback).map((o) => `${q.id}/${o.id}`))).toEqual([]);
});
