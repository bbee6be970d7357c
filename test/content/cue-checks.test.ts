// Calibration of the wording-cue checks: a bank with the IG reviewer's counts (21 of 69 right options naming a role
// against 6 wrong ones; an absolute in 28 questions' wrong options against 7 right ones) trips both, pointing at the
// questions the cue gives away; the same cues spread evenly over right and wrong options trip neither.
import { expect, test } from 'vitest';
import { findCueLeaks } from '../../build/content/cue-checks.ts';
import type { ReadQuestion } from '../../build/content/questions.ts';

const at = { line: 1, column: 1 };

/** A single-answer question: one right option and two wrong ones, with the given texts. */
function question(n: number, right: string, wrong: [string, string]): ReadQuestion {
  const option = (id: string, html: string, correct: boolean) => ({ id, html, correct, feedback: 'Because.' });
  return {
    question: {
      kind: 'single',
      id: `q${n}`,
      prompt: '',
      text: '',
      explanation: '',
      references: [],
      objectives: [],
      options: [option('a', right, true), option('b', wrong[0], false), option('c', wrong[1], false)],
    },
    file: 'bank.yaml',
    idAt: { line: n * 10, column: 5 },
    objectiveAt: [],
    optionsAt: at,
    optionAt: [1, 2, 3].map((i) => ({ line: n * 10 + i, column: 15 })),
    explanationAt: at,
  };
}

/** 69 questions; `roleRight`/`roleWrong` and `absRight`/`absWrong` say which get a cue on which side. */
function bank(cued: { roleRight: number[]; roleWrong: number[]; absRight: number[]; absWrong: number[] }): ReadQuestion[] {
  return Array.from({ length: 69 }, (_, n) => {
    const right = `${cued.roleRight.includes(n) ? 'Ask the IG team' : 'Phone the team'}${cued.absRight.includes(n) ? ' before any sharing' : ' today'}`;
    const wrong = `${cued.roleWrong.includes(n) ? 'Ask the DPO' : 'Email the team'}${cued.absWrong.includes(n) ? ' and send everything' : ' tomorrow'}`;
    return question(n, right, [wrong, 'Wait for the review']);
  });
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

test("the reviewer's counts trip roleCue at each of the 21 questions whose right option alone names a role", () => {
  const leaks = findCueLeaks(bank({ roleRight: range(0, 21), roleWrong: range(21, 6), absRight: [], absWrong: [] }), 'roleCue');
  expect(leaks.map((l) => l.at.line)).toEqual(range(0, 21).map((n) => n * 10 + 1));
  expect(leaks[0]!.message).toContain(
    '21 of 69 (30%) right options name a role or a safe-sounding action against 6 of 138 (4%) wrong ones',
  );
});

test("the reviewer's counts trip absoluteCue at each of the 28 questions where only a wrong option holds an absolute", () => {
  const leaks = findCueLeaks(bank({ roleRight: [], roleWrong: [], absRight: range(0, 7), absWrong: range(7, 28) }), 'absoluteCue');
  expect(leaks.map((l) => l.at.line)).toEqual(range(7, 28).map((n) => n * 10 + 2));
  expect(leaks[0]!.message).toContain('28 of 138 (20%) wrong options hold an absolute against 7 of 69 (10%) right ones');
});

test('the same number of cues, spread over right and wrong options in proportion, trips neither check', () => {
  const even = bank({ roleRight: range(0, 9), roleWrong: range(9, 18), absRight: range(30, 12), absWrong: range(42, 23) });
  expect(findCueLeaks(even, 'roleCue')).toEqual([]);
  expect(findCueLeaks(even, 'absoluteCue')).toEqual([]);
});
