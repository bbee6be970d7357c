// Tests the pure model rules: drawing questions, marking, scoring and completion.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { drawQuestions } from '../../src/model/draw.ts';
import { isAnswerCorrect, scoreAttempt } from '../../src/model/scoring.ts';
import { courseProgress, isCourseComplete, isPassed, moduleState } from '../../src/model/completion.ts';
import { emptyProgress, type Progress } from '../../src/model/progress.ts';
import { allPages } from '../../src/model/course.ts';
import { answerFor, fixtureCourse } from '../runtime/fixture-course.ts';

const course = fixtureCourse();
const bank = course.assessment.bank;

describe('drawQuestions', () => {
  test('returns `count` distinct ids from the bank for any random source', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10 }), (count, rs) => {
        let i = 0;
        const ids = drawQuestions(bank, count, () => rs[i++ % rs.length] as number);
        expect(ids.length).toBe(Math.min(count, bank.length));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(bank.some((q) => q.id === id)).toBe(true);
      }),
    );
  });
  test('different random sources give different orders', () => {
    expect(drawQuestions(bank, 6, () => 0)).not.toEqual(drawQuestions(bank, 6, () => 0.99));
  });
});

describe('isAnswerCorrect', () => {
  const [q1, , q3, , q5] = bank;
  test.for([
    ['single right', q1!, ['a'], true],
    ['single wrong', q1!, ['b'], false],
    ['single with an extra option', q1!, ['a', 'b'], false],
    ['true/false right', q3!, ['true'], true],
    ['multiple exact', q5!, ['verify', 'record'], true],
    ['multiple missing one', q5!, ['verify'], false],
    ['multiple with a wrong one', q5!, ['verify', 'record', 'ignore'], false],
    ['nothing selected', q1!, [], false],
  ] as const)('%s -> %s', ([, q, selected, expected]) => {
    expect(isAnswerCorrect(q, { selected: [...selected], checked: true })).toBe(expected);
  });
});

describe('scoreAttempt', () => {
  test('3 of 4 correct scores 75; unknown drawn ids are left out', () => {
    const drawn = ['final-q1', 'final-q2', 'final-q3', 'final-q4'];
    const answers = Object.fromEntries(
      drawn.map((id, i) => [
        id,
        {
          selected: answerFor(
            bank.find((q) => q.id === id)!,
            i === 3,
          ),
          checked: true,
        },
      ]),
    );
    expect(scoreAttempt(course, { number: 1, drawn, answers, score: null })).toBe(75);
    expect(scoreAttempt(course, { number: 1, drawn: [...drawn, 'gone'], answers, score: null })).toBe(75);
    expect(scoreAttempt(course, { number: 1, drawn: ['gone'], answers: {}, score: null })).toBe(0);
  });
});

function finished(): Progress {
  const p = emptyProgress();
  p.seen = allPages(course).map((pg) => pg.id);
  for (const m of course.modules) for (const q of m.check) p.checks[q.id] = { selected: answerFor(q), checked: true };
  return p;
}

describe('completion', () => {
  test('module states go not-started -> in-progress -> complete: pages under pages-and-assessment, pages and checks under pages-checks-and-assessment', () => {
    const withChecks = { ...course, completion: 'pages-checks-and-assessment' as const };
    const p = emptyProgress();
    expect(moduleState(course, p, 'aims')).toBe('not-started');
    p.seen = ['aims-what-it-is', 'aims-who'];
    expect(moduleState(course, p, 'aims')).toBe('in-progress');
    p.seen.push('aims-commit');
    expect(moduleState(course, p, 'aims')).toBe('complete');
    expect(moduleState(withChecks, p, 'aims')).toBe('in-progress');
    p.checks['aims-q-who'] = { selected: ['any'], checked: true };
    p.checks['aims-q-legal'] = { selected: ['false'], checked: true };
    expect(moduleState(withChecks, p, 'aims')).toBe('complete');
    expect(moduleState(course, p, 'no-such-module')).toBe('not-started');
  });
  test('pages-and-assessment needs every module and a pass at the given mark', () => {
    const p = finished();
    expect(isCourseComplete(course, p, 80)).toBe(false);
    p.bestScore = 75;
    expect(isCourseComplete(course, p, 80)).toBe(false);
    expect(isCourseComplete(course, p, 70)).toBe(true);
    expect(isPassed(p, 80)).toBe(false);
    expect(isPassed(emptyProgress(), 80)).toBe(null);
  });
  test.for([
    ['pages', 0, true],
    ['assessment', 0, false],
    ['assessment', 90, true],
  ] as const)('rule %s with best score %s -> complete %s', ([rule, best, expected]) => {
    const p = finished();
    p.bestScore = best;
    expect(isCourseComplete({ ...course, completion: rule }, p, 80)).toBe(expected);
  });
  test('courseProgress: pages and checks fill 75% by default, a pass the last 25%; a failed attempt leaves it at 75%', () => {
    expect(courseProgress(course, emptyProgress(), 80)).toBe(0);
    const p = finished();
    expect(courseProgress(course, p, 80)).toBeCloseTo(0.75);
    p.bestScore = 50;
    expect(courseProgress(course, p, 80)).toBeCloseTo(0.75);
    p.bestScore = 80;
    expect(courseProgress(course, p, 80)).toBe(1);
  });
  test.for([
    [0, 1],
    [40, 0.6],
    [100, 0],
  ] as const)('with assessment weight %s, everything but the assessment done gives progress %s', ([weight, expected]) => {
    const weighted = { ...course, assessment: { ...course.assessment, weight } };
    expect(courseProgress(weighted, finished(), 80)).toBeCloseTo(expected);
    expect(courseProgress(weighted, { ...finished(), bestScore: 90 }, 80)).toBe(1);
  });
  test('with completion "pages" the assessment carries no weight', () => {
    expect(courseProgress({ ...course, completion: 'pages' }, finished(), 80)).toBe(1);
  });
});
