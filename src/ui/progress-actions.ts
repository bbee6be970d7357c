// What the learner's actions do to their Progress: pure functions, one per action, so every change is testable
// and the single store (use-progress.ts) only applies them and reports the result to the runtime.
import { isMultipleSelect, type Question } from '../model/course.ts';
import type { Answer, Location, Progress } from '../model/progress.ts';
import type { AttemptOutcome } from '../model/scoring.ts';

/**
 * Open a location; a page counts as seen once it is shown, and, once an attempt is submitted, as re-read for the
 * re-read rule (model/reread.ts).
 */
export function visit(progress: Progress, location: Location, isPage: boolean): Progress {
  const seen = isPage && !progress.seen.includes(location) ? [...progress.seen, location] : progress.seen;
  const submitted = progress.assessment !== null && progress.assessment.score !== null;
  const reread = isPage && submitted && !progress.reread.includes(location) ? [...progress.reread, location] : progress.reread;
  if (progress.location === location && seen === progress.seen && reread === progress.reread) return progress;
  return { ...progress, location, seen, reread };
}

/**
 * The answer after the learner ticks or unticks an option. Selected ids stay in the order the options are
 * defined (the resume codec and LMS interaction responses rely on that). A changed answer is no longer checked, but
 * keeps its tries (a knowledge check's second try is the second press of Check, whatever was chosen in between).
 */
export function choose(question: Question, previous: Answer | undefined, optionId: string, on: boolean): Answer {
  const before = new Set(isMultipleSelect(question) ? (previous?.selected ?? []) : []);
  if (on) before.add(optionId);
  else before.delete(optionId);
  const selected = question.options.map((o) => o.id).filter((id) => before.has(id));
  return previous?.tries ? { selected, checked: false, tries: previous.tries } : { selected, checked: false };
}

export function setCheckAnswer(progress: Progress, questionId: string, answer: Answer): Progress {
  return { ...progress, checks: { ...progress.checks, [questionId]: answer } };
}

/** The learner pressed "Check" on a knowledge-check question: one more try, counted up to the second. */
export function checkAnswer(progress: Progress, questionId: string): Progress {
  const answer = progress.checks[questionId];
  if (!answer || answer.selected.length === 0) return progress;
  return setCheckAnswer(progress, questionId, { ...answer, checked: true, tries: Math.min(2, (answer.tries ?? 0) + 1) });
}

/** Begin a new assessment attempt with the drawn question ids, at its first question; pages re-read so far are spent. */
export function startAttempt(progress: Progress, drawn: string[]): Progress {
  const number = (progress.assessment?.number ?? 0) + 1;
  return { ...progress, location: 'assessment', assessment: { number, drawn, answers: {}, score: null }, reread: [] };
}

/** Show question `index` of the attempt (0-based), or "Check your answers" at `drawn.length`. */
export function showQuestion(progress: Progress, index: number): Progress {
  const attempt = progress.assessment;
  if (!attempt || attempt.score !== null) return progress;
  const current = Math.max(0, Math.min(Math.floor(index), attempt.drawn.length));
  if ((attempt.current ?? 0) === current) return progress;
  return { ...progress, assessment: { ...attempt, current } };
}

export function setAssessmentAnswer(progress: Progress, questionId: string, answer: Answer): Progress {
  const attempt = progress.assessment;
  if (!attempt || attempt.score !== null) return progress;
  return { ...progress, assessment: { ...attempt, answers: { ...attempt.answers, [questionId]: answer } } };
}

/**
 * Submit the attempt with its outcome (the model's attemptOutcome); every answer becomes checked. The best score
 * always counts for the LMS's score; only an attempt that passed the gate counts towards passing.
 */
export function submitAttempt(progress: Progress, outcome: Pick<AttemptOutcome, 'score' | 'passed'>): Progress {
  const attempt = progress.assessment;
  if (!attempt || attempt.score !== null) return progress;
  const { score, passed } = outcome;
  const answers: Record<string, Answer> = {};
  for (const id of attempt.drawn) answers[id] = { selected: attempt.answers[id]?.selected ?? [], checked: true };
  const best = (previous: number | null) => (previous === null ? score : Math.max(previous, score));
  const passedScore = passed ? best(progress.passedScore) : progress.passedScore;
  return { ...progress, assessment: { ...attempt, answers, score }, bestScore: best(progress.bestScore), passedScore };
}

/** Stamp the completion date once, the first time the course counts as complete; never cleared afterwards. */
export function stampCompletion(progress: Progress, complete: boolean, today: string): Progress {
  if (!complete || progress.completedOn !== null) return progress;
  return { ...progress, completedOn: today };
}
