// The test-out route (issue 22): a pass completes the path, a fail makes only the missed modules required.
import { describe, expect, test } from 'vitest';
import { courseProgress, isCourseComplete, moduleState, requirementsLeft } from '../../src/model/completion.ts';
import { defineCourse, type Course, type Question } from '../../src/model/course.ts';
import { emptyProgress, type Progress } from '../../src/model/progress.ts';
import { canTestOut, missedModules, settleTestOut, startTestOut } from '../../src/model/test-out.ts';

const question = (id: string, objective: string, behaviour?: string): Question => ({
  kind: 'single',
  id,
  prompt: id,
  text: id,
  options: [
    { id: 'right', html: 'Right', correct: true, feedback: '' },
    { id: 'wrong', html: 'Wrong', correct: false, feedback: '' },
  ],
  explanation: '',
  references: [],
  objectives: [objective],
  ...(behaviour ? { behaviour } : {}),
});

const mod = (id: string) => ({
  id,
  title: `Module ${id}`,
  minutes: 5,
  objectives: [{ id: `${id}-obj`, text: '' }],
  pages: [
    { id: `${id}-p1`, title: 'One', html: '' },
    { id: `${id}-p2`, title: 'Two', html: '' },
  ],
  check: [],
});

function course(testOut = true): Course {
  return defineCourse({
    id: 'c',
    title: 'C',
    modules: [mod('a'), mod('b'), mod('c')],
    assessment: {
      id: 'final',
      title: 'Final',
      intro: '',
      draw: 3,
      passMark: 60,
      attempts: 0,
      bank: [question('qa', 'a-obj'), question('qb', 'b-obj', 'now'), question('qb2', 'b-obj', 'now'), question('qc', 'c-obj')],
      critical: [{ id: 'now', title: 'Act now', pages: ['c-p2'] }],
    },
    path: { id: 'core', title: 'All staff', summary: '', modules: ['a', 'b', 'c'], minutes: 20, testOut },
  });
}

/** A submitted test-out attempt answering `right` correctly and the rest wrong. */
function submitted(c: Course, right: string[], passed: boolean): Progress {
  const drawn = ['qa', 'qb', 'qc'];
  const answers = Object.fromEntries(drawn.map((id) => [id, { selected: [right.includes(id) ? 'right' : 'wrong'], checked: true }]));
  const score = Math.round((right.length / drawn.length) * 100);
  const p: Progress = {
    ...startTestOut(emptyProgress()),
    assessment: { number: 1, drawn, answers, score },
    bestScore: score,
    passedScore: passed ? score : null,
  };
  return settleTestOut(c, p, passed);
}

describe('test-out', () => {
  test('is offered only on a path that sets testOut, before any attempt', () => {
    expect(canTestOut(course(), emptyProgress())).toBe(true);
    expect(canTestOut(course(false), emptyProgress())).toBe(false);
    expect(canTestOut(course(), submitted(course(), ['qa', 'qb', 'qc'], true))).toBe(false);
  });

  test('a pass straight away completes the course with no page seen', () => {
    const c = course();
    const p = submitted(c, ['qa', 'qb', 'qc'], true);
    expect(p.testOut).toEqual({ missed: [] });
    expect(requirementsLeft(c, p, 60)).toEqual([]);
    expect(isCourseComplete(c, p, 60)).toBe(true);
    expect(courseProgress(c, p, 60)).toBe(1);
  });

  test('a fail requires only the modules of the missed questions, and the pages that teach a missed critical decision', () => {
    const c = course();
    // qb is a critical variant (module b) taught on c-p2: modules b and c are required, a counts as done.
    const p = submitted(c, ['qa', 'qc'], false);
    expect(p.testOut).toEqual({ missed: ['b', 'c'] });
    expect(moduleState(c, p, 'a')).toBe('complete');
    expect(moduleState(c, p, 'b')).toBe('not-started');
    const left = requirementsLeft(c, p, 60).map((r) => r.location);
    expect(left).toEqual(['b-p1', 'b-p2', 'c-p1', 'c-p2', 'assessment']);
  });

  test('after a fail, reading the missed modules and passing completes the course', () => {
    const c = course();
    const failed = submitted(c, ['qa', 'qc'], false);
    const read: Progress = { ...failed, seen: ['b-p1', 'b-p2', 'c-p1', 'c-p2'] };
    expect(isCourseComplete(c, read, 60)).toBe(false);
    const retry = settleTestOut(
      c,
      { ...read, assessment: { ...read.assessment!, number: 2, score: 100 }, bestScore: 100, passedScore: 100 },
      true,
    );
    // The route is decided by the first attempt: a later pass does not change which modules were required.
    expect(retry.testOut).toEqual({ missed: ['b', 'c'] });
    expect(isCourseComplete(c, retry, 60)).toBe(true);
  });

  test('missedModules names the owning module of each wrong answer, in course order', () => {
    const c = course();
    const attempt = { number: 1, drawn: ['qc', 'qa'], answers: { qa: { selected: ['wrong'], checked: true } }, score: 0 };
    expect(missedModules(c, attempt)).toEqual(['a', 'c']);
  });

  test('on the full route every module stays required', () => {
    const c = course();
    expect(requirementsLeft(c, emptyProgress(), 60).filter((r) => r.kind === 'page')).toHaveLength(6);
  });
});
