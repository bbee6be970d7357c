// Marks answers and scores assessment attempts: the one definition of "correct" shared by the UI, the LMS report and the build.

import type { Course, Question } from './course.ts';
import type { Answer, AssessmentAttempt } from './progress.ts';

/** True when the chosen options are exactly the correct ones (any kind: single, multiple, true/false, scenario). */
export function isAnswerCorrect(q: Question, a: Answer): boolean {
  const chosen = new Set(a.selected);
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

/**
 * The attempt's score in percent, rounded to an integer. Drawn questions missing from the bank (removed in a
 * republished course) are left out of both numerator and denominator; an attempt with no known question scores 0.
 */
export function scoreAttempt(course: Course, attempt: AssessmentAttempt): number {
  const bank = new Map(course.assessment.bank.map((q) => [q.id, q]));
  let total = 0;
  let correct = 0;
  for (const id of attempt.drawn) {
    const q = bank.get(id);
    if (!q) continue;
    total++;
    const a = attempt.answers[id];
    if (a && isAnswerCorrect(q, a)) correct++;
  }
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}

/** The fewest right answers out of `questions` that reach `passMark`, by scoreAttempt's own arithmetic (12 of 15 for 80%). */
export function toPass(questions: number, passMark: number): number {
  let k = 0;
  while (k < questions && Math.round((k / questions) * 100) < passMark) k++;
  return k;
}
