// The re-read rule and what is left after a pass, as pure functions of the course and progress.
import { describe, expect, test } from 'vitest';
import type { Course, Question } from '../../src/model/course.ts';
import { emptyProgress, type Progress } from '../../src/model/progress.ts';
import { rereadLeft, rereadPages } from '../../src/model/reread.ts';
import { requirementsLeft } from '../../src/model/completion.ts';
import { fixtureCourse } from '../ui/fixture-course.ts';

function course(): Course {
  const c = fixtureCourse();
  c.assessment.bank = c.assessment.bank.map((q, i): Question => ({ ...q, teaches: i === 0 ? ['sharing-how', 'aims-who'] : ['aims-who'] }));
  return c;
}

/** An attempt at bank questions 1 and 2, with `answers` (option ids) and a score. */
const attempted = (answers: [string, string], score: number, extra: Partial<Progress> = {}): Progress => ({
  ...emptyProgress(),
  assessment: {
    number: 1,
    drawn: ['final-q1', 'final-q2'],
    answers: { 'final-q1': { selected: [answers[0]], checked: true }, 'final-q2': { selected: [answers[1]], checked: true } },
    score,
  },
  bestScore: score,
  ...extra,
});

describe('rereadPages and rereadLeft', () => {
  test('after a fail: the pages of the missed questions only, once each, in course order', () => {
    expect(rereadPages(course(), attempted(['wrong', 'right'], 50), 60)).toEqual(['aims-who', 'sharing-how']);
    expect(rereadPages(course(), attempted(['right', 'wrong'], 50), 60)).toEqual(['aims-who']);
  });

  test('nothing to re-read before a submit, after a pass, or with retryAfter: none', () => {
    const inProgress = {
      ...attempted(['wrong', 'wrong'], 0),
      assessment: { ...attempted(['wrong', 'wrong'], 0).assessment!, score: null },
    };
    expect(rereadPages(course(), inProgress, 60)).toEqual([]);
    expect(rereadPages(course(), attempted(['right', 'right'], 100), 60)).toEqual([]);
    const none = course();
    none.assessment.retryAfter = 'none';
    expect(rereadLeft(none, attempted(['wrong', 'wrong'], 0), 60)).toEqual([]);
  });

  test('pages re-read since the submit drop out of what is left', () => {
    const p = attempted(['wrong', 'wrong'], 0, { reread: ['sharing-how'] });
    expect(rereadLeft(course(), p, 60)).toEqual(['aims-who']);
  });

  test('a missed critical behaviour fails a score over the pass mark, and its pages join the list', () => {
    const c = course();
    c.assessment.critical = [{ id: 'verify', title: 'Verify who is asking', pages: ['aims-what-it-is'] }];
    c.assessment.bank[1] = { ...c.assessment.bank[1]!, behaviour: 'verify' };
    // 50% with a pass mark of 40, but question 2 (the behaviour's variant) wrong.
    expect(rereadPages(c, attempted(['right', 'wrong'], 50), 40)).toEqual(['aims-what-it-is', 'aims-who']);
    expect(rereadPages(c, attempted(['wrong', 'right'], 50), 40)).toEqual([]);
  });
});

describe('requirementsLeft', () => {
  test('each unseen page, then (under pages-checks-and-assessment) each module’s check with questions unchecked, then the assessment, in course order', () => {
    const p: Progress = {
      ...emptyProgress(),
      seen: ['aims-what-it-is', 'aims-who'],
      checks: { 'q-single': { selected: ['any'], checked: true } },
    };
    expect(requirementsLeft(fixtureCourse(), p, 80).map((r) => r.location)).toEqual(['sharing-how', 'assessment']);
    const withChecks = fixtureCourse({ completion: 'pages-checks-and-assessment' });
    expect(requirementsLeft(withChecks, p, 80).map((r) => r.location)).toEqual([
      'check:aims',
      'sharing-how',
      'check:sharing',
      'assessment',
    ]);
    expect(requirementsLeft(withChecks, p, 80)[0]).toEqual({
      kind: 'check',
      location: 'check:aims',
      module: 'Aims of the protocol',
      left: 1,
      total: 2,
    });
  });

  test('nothing when only the assessment counts', () => {
    expect(
      requirementsLeft(fixtureCourse({ completion: 'assessment' }), { ...emptyProgress(), bestScore: 90, passedScore: 90 }, 80),
    ).toEqual([]);
  });
});
