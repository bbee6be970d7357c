// The build refuses a course whose worst-case resume data would not fit a target's suspend_data limit.
import { describe, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { checkResumeBudget } from '../../build/content/resume-budget.ts';
import { syntheticCourse } from '../../src/preview/synthetic-course.ts';

describe('resume data budget', () => {
  test('a course whose worst case fits 4,096 characters passes for SCORM 1.2 and returns its size', () => {
    const size = checkResumeBudget(syntheticCourse({ pages: 100, questions: 50, modules: 10 }), '/c');
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(4096);
  });

  test('a course too big for SCORM 1.2 fails once, naming course.yaml and the size, but passes for SCORM 2004 alone', () => {
    const big = syntheticCourse({ pages: 20000, questions: 5000, modules: 200 });
    let error: unknown;
    try {
      checkResumeBudget(big, '/c');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CourseError);
    const diagnostics = (error as CourseError).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.file).toMatch(/course\.yaml$/);
    expect(diagnostics[0]?.message).toMatch(/can reach \d+ characters, over the 4096 that scorm12 allows/);
    expect(() => checkResumeBudget({ ...big, targets: ['scorm2004'] }, '/c')).not.toThrow();
  });
});
