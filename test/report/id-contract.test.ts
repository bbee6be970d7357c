// The ids the runtime writes to cmi.interactions.n.id resolve back to the same questions in the report.

import { describe, expect, test } from 'vitest';
import { indexCourse, resolveInteraction } from '../../build/report/0-shared/course-index.ts';
import { answeredQuestions } from '../../src/runtime/interactions.ts';
import { emptyProgress } from '../../src/model/progress.ts';
import { fixtureCourse } from './helpers.ts';

describe('interaction id contract with the runtime', async () => {
  const course = await fixtureCourse();
  const index = indexCourse(course);

  test('every knowledge-check and assessment id the runtime reports maps to its question, module and attempt', () => {
    const progress = {
      ...emptyProgress(),
      checks: { 'aims-q-who': { selected: ['a'], checked: true }, 'sharing-q-basis': { selected: ['b'], checked: true } },
      assessment: { number: 3, drawn: ['final-q2', 'final-q1'], answers: {}, score: 50 },
    };
    const resolved = answeredQuestions(course, progress).map((a) => {
      const r = resolveInteraction(index, a.id);
      return r.ok ? [a.id, r.info.question.id, r.info.source, r.info.moduleIds, r.attempt] : [a.id, r.message];
    });
    expect(resolved).toEqual([
      ['aims.aims-q-who.1', 'aims-q-who', 'check', ['aims'], 1],
      ['sharing.sharing-q-basis.1', 'sharing-q-basis', 'check', ['sharing'], 1],
      ['final.final-q2.3', 'final-q2', 'assessment', ['sharing'], 3],
      ['final.final-q1.3', 'final-q1', 'assessment', ['aims'], 3],
    ]);
  });
});
