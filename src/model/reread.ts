// The re-read rule between a failed assessment attempt and the next (assessment.yaml `retryAfter`): which pages
// teach what the attempt missed, and which of them the learner has still to open. Pure, for the UI and tests.

import { allPages, type Course, type Question } from './course.ts';
import type { AssessmentAttempt, Progress } from './progress.ts';
import { attemptOutcome, isAnswerCorrect } from './scoring.ts';

/** The questions of an attempt that still exist in the bank (a republished course may have dropped one), in the order drawn. */
export function attemptQuestions(course: Course, attempt: AssessmentAttempt): Question[] {
  const byId = new Map(course.assessment.bank.map((q) => [q.id, q]));
  return attempt.drawn.flatMap((id) => byId.get(id) ?? []);
}

/** The drawn questions the attempt did not get right (unanswered ones included). */
export function missedQuestions(course: Course, attempt: AssessmentAttempt): Question[] {
  return attemptQuestions(course, attempt).filter((q) => !isAnswerCorrect(q, attempt.answers[q.id] ?? { selected: [], checked: true }));
}

/**
 * The ids of the pages that teach what the last attempt missed (each missed question's `teaches`, and the pages of
 * each critical behaviour it missed), in course order; none unless that attempt is submitted and failed the gate.
 */
export function rereadPages(course: Course, progress: Progress, passMark: number): string[] {
  const attempt = progress.assessment;
  if (!attempt || attempt.score === null) return [];
  const outcome = attemptOutcome(course, attempt, passMark);
  if (outcome.passed) return [];
  const wanted = new Set([...missedQuestions(course, attempt).flatMap((q) => q.teaches ?? []), ...outcome.missed.flatMap((b) => b.pages)]);
  return allPages(course)
    .map((p) => p.id)
    .filter((id) => wanted.has(id));
}

/** The pages still to open before the next attempt: none when the course's rule is `retryAfter: none`. */
export function rereadLeft(course: Course, progress: Progress, passMark: number): string[] {
  if ((course.assessment.retryAfter ?? 'reread') === 'none') return [];
  return rereadPages(course, progress, passMark).filter((id) => !progress.reread.includes(id));
}
