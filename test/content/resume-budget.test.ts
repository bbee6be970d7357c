// The build refuses a course whose worst-case resume data would not fit a target's suspend_data limit.
import { describe, expect, test } from 'vitest';
import { CourseError } from '../../build/content/diagnostics.ts';
import { checkResumeBudget } from '../../build/content/resume-budget.ts';
import type { Course, Question, ScormTarget } from '../../src/model/course.ts';

function courseOf(pages: number, questions: number, targets: ScormTarget[]): Course {
  const question = (id: string): Question => ({
    id,
    kind: 'single',
    prompt: 'Q',
    text: 'Q',
    explanation: '',
    references: ['¶1'],
    objectives: [],
    options: [
      { id: 'a', html: 'A', correct: true, feedback: '' },
      { id: 'b', html: 'B', correct: false, feedback: '' },
    ],
  });
  const perModule = 10;
  const modules = Array.from({ length: Math.ceil(pages / perModule) }, (_, m) => ({
    id: `m${m}`,
    title: `M${m}`,
    minutes: 1,
    objectives: [],
    pages: Array.from({ length: perModule }, (_, p) => ({ id: `m${m}-p${p}`, title: 'P', html: '' })),
    check: [],
  }));
  return {
    id: 'big',
    title: 'Big',
    version: '1.0.0',
    language: 'en-GB',
    description: '',
    completion: 'pages-and-assessment',
    navigation: 'free',
    failedStatus12: 'incomplete',
    targets,
    branding: { organisation: 'X', logo: null, logoAlt: '', colour: '#1d4f91' },
    contacts: { dpo: '', igTeam: '', actionGroup: '' },
    modules,
    assessment: { id: 'final', title: 'F', intro: '', draw: 15, passMark: 80, attempts: 0, bank: Array.from({ length: questions }, (_, i) => question(`q${i}`)) },
  };
}

describe('resume data budget', () => {
  test('a course whose worst case fits 4,096 characters passes for SCORM 1.2 and returns its size', () => {
    const size = checkResumeBudget(courseOf(100, 50, ['scorm12']), '/c');
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(4096);
  });

  test('a course too big for SCORM 1.2 fails naming course.yaml and the size, but passes for SCORM 2004 alone', () => {
    const big = courseOf(20000, 5000, ['scorm12', 'scorm2004']);
    let error: unknown;
    try {
      checkResumeBudget(big, '/c');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CourseError);
    const [d] = (error as CourseError).diagnostics;
    expect(d?.file).toMatch(/course\.yaml$/);
    expect(d?.message).toMatch(/over the 4096 that scorm12 allows/);
    expect((error as CourseError).diagnostics).toHaveLength(1);
    expect(() => checkResumeBudget({ ...big, targets: ['scorm2004'] }, '/c')).not.toThrow();
  });
});
