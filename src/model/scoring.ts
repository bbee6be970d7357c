// Marks answers and scores assessment attempts: the one definition of "correct" shared by the UI, the LMS report and the build.

import type { Course, CriticalBehaviour, Question } from './course.ts';
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

/** What a submitted attempt comes to: its score, the critical behaviours it got wrong, and whether it passes. */
export interface AttemptOutcome {
  score: number;
  /** Passing needs the pass mark and every critical question right (issue 21). */
  passed: boolean;
  /** The critical behaviours whose drawn question was answered wrong (or not at all), in assessment.yaml's order. */
  missed: CriticalBehaviour[];
}

/**
 * Scores an attempt and applies the critical-decision gate: `passed` only when the score reaches `passMark` and no
 * drawn critical question is wrong. A behaviour none of whose variants was drawn (an attempt drawn before a
 * republish added it) is not missed: the learner was never asked it.
 */
export function attemptOutcome(course: Course, attempt: AssessmentAttempt, passMark: number): AttemptOutcome {
  const score = scoreAttempt(course, attempt);
  const bank = new Map(course.assessment.bank.map((q) => [q.id, q]));
  const wrong = new Set<string>();
  for (const id of attempt.drawn) {
    const q = bank.get(id);
    if (q?.behaviour === undefined) continue;
    const a = attempt.answers[id];
    if (!a || !isAnswerCorrect(q, a)) wrong.add(q.behaviour);
  }
  const missed = course.assessment.critical.filter((b) => wrong.has(b.id));
  return { score, passed: score >= passMark && missed.length === 0, missed };
}

/** The fewest right answers out of `questions` that reach `passMark`, by scoreAttempt's own arithmetic (12 of 15 for 80%). */
export function toPass(questions: number, passMark: number): number {
  let k = 0;
  while (k < questions && Math.round((k / questions) * 100) < passMark) k++;
  return k;
}
