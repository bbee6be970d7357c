// The stale-number check: which typed numbers in course text disagree with assessment.yaml, and which are let be.
import { describe, expect, test } from 'vitest';
import { checkStatedNumbers } from '../../build/content/stated-numbers.ts';

const settings = { passMark: 80, questions: 15, toPass: 12, attempts: 0, critical: 5 };
/** The typed numbers reported, read at each mismatch's offset. */
const found = (text: string, intro = false) => checkStatedNumbers(text, settings, intro).map((m) => /^\d+/.exec(text.slice(m.offset))?.[0]);

describe('numbers that disagree with the settings are reported at the typed number', () => {
  test.for([
    ['To pass, you need **70%** or more.', false, ['70']],
    ['You pass with 75 per cent.', false, ['75']],
    ['The final assessment has 20 questions.', false, ['20']],
    ['You will answer **10 questions**.', true, ['10']],
    ['To pass you need 11 correct answers out of 15.', false, ['11']],
    ['To pass you need 12 of the 20.', false, ['12']],
    ['You have 3 attempts at the assessment.', false, ['3']],
    ['The assessment asks about 6 critical decisions.', false, ['6']],
    ['4 critical questions must all be right.', true, ['4']],
    ['Welcome. To pass you need 70%. About 70% of requests come by phone.', false, ['70']],
  ] as const)('%s', ([text, intro, expected]) => {
    expect(found(text, intro)).toEqual(expected);
  });
});

describe('numbers that agree, placeholders and numbers about other things are not reported', () => {
  test.for([
    ['To pass, you need **80%**, which is 12 correct answers out of 15.', false],
    ['You pass with {{assessment.passMark}}% ({{assessment.toPass}} of the {{assessment.questions}} questions).', true],
    ['About 70% of requests come by phone.', false],
    ['The knowledge check has 4 questions.', false],
    ['The final assessment has 15 questions.', false],
    ['The assessment asks about 5 critical decisions.', false],
    ['{{assessment.critical}} of the questions are critical decisions.', true],
    ['Here are 3 critical points about consent.', false],
  ] as const)('%s', ([text, intro]) => {
    expect(found(text, intro)).toEqual([]);
  });
});
