// The re-read rule between a failed assessment attempt and the next (assessment.yaml `retryAfter`): which pages
// teach what the attempt missed, and which of them the learner has still to open. Pure, for the UI and tests.

import { allPages, type Course, type Question } from './course.ts';
import type { AssessmentAttempt, Progress } from './progress.ts';
import { isAnswerCorrect } from './scoring.ts';

/** The questions of an attempt that still exist in the bank (a republished course may have dropped one), in the order drawn. */
export function attemptQuestions(course: Course, attempt: AssessmentAttempt): Question[] {
  const byId = new Map(course.assessment.bank.map((q) => [q.id, q]));
  return attempt.drawn.flatMap((id) => byId.get(id) ?? []);
}

/** The drawn questions the attempt did not get right (unanswered ones included). */
export function missedQuestions(course: Course, attempt: AssessmentAttempt): Question[] {
  return attemptQuestions(course, attempt).filter((q) => !isAnswerCorrect(q, attempt.answers[q.id] ?? { selected: [], checked: true }));
}

/** True when the last attempt is submitted and below the pass mark. */
export function lastAttemptFailed(progress: Progress, passMark: number): boolean {
  const score = progress.assessment?.score ?? null;
  return score !== null && score < passMark;
}

/**
 * The ids of the pages that teach what the last attempt missed (each question's `teaches`, plus `extra`, e.g. the
 * pages of a missed critical behaviour), in course order; none unless that attempt failed.
 */
export function rereadPages(course: Course, progress: Progress, passMark: number, extra: readonly string[] = []): string[] {
  const attempt = progress.assessment;
  if (!attempt || !lastAttemptFailed(progress, passMark)) return [];
  const wanted = new Set([...missedQuestions(course, attempt).flatMap((q) => q.teaches ?? []), ...extra]);
  return allPages(course)
    .map((p) => p.id)
    .filter((id) => wanted.has(id));
}

/** The pages still to open before the next attempt: none when the course's rule is `retryAfter: none`. */
export function rereadLeft(course: Course, progress: Progress, passMark: number, extra: readonly string[] = []): string[] {
  if ((course.assessment.retryAfter ?? 'reread') === 'none') return [];
  return rereadPages(course, progress, passMark, extra).filter((id) => !progress.reread.includes(id));
}
