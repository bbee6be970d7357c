// The learner's progress: the one state the player keeps, the runtime saves to the LMS and the resume codec encodes.
// Pure data and pure functions only (no DOM, no LMS): the UI changes it, the runtime reports it.

/**
 * Where the learner is. A page id, or one of the non-page screens:
 * `intro:<moduleId>` (a module's opening screen), `check:<moduleId>` (a module's knowledge check), `assessment` (intro, questions or result), `complete`.
 */
export type Location = string;

/** A learner's answer to one question. */
export interface Answer {
  /** Option ids chosen, in the order the options are defined. */
  selected: string[];
  /** True once the learner pressed "Check" (knowledge checks) or submitted (assessment). */
  checked: boolean;
  /**
   * Knowledge checks: how many times the learner has pressed "Check", up to 2 (absent = 0). A first wrong try gets a
   * hint and another go; the explanation with the right answer comes with a right answer or the second try.
   */
  tries?: number;
}

/** One attempt at the final assessment. */
export interface AssessmentAttempt {
  /** 1-based attempt number. */
  number: number;
  /** Question ids drawn for this attempt, in the order shown. */
  drawn: string[];
  /** Answers by question id. */
  answers: Record<string, Answer>;
  /** Score in percent (0–100, rounded to an integer) once submitted; null before. */
  score: number | null;
  /**
   * The screen of an unsubmitted attempt, one question at a time: an index into `drawn`, or `drawn.length` for
   * "Check your answers". Absent = 0, the first question (and data saved before paging resumes there).
   */
  current?: number;
}

export interface Progress {
  location: Location | null;
  /** Page ids the learner has seen. */
  seen: string[];
  /** Knowledge-check answers by question id. */
  checks: Record<string, Answer>;
  /** The current (or last) assessment attempt; null before the first. */
  assessment: AssessmentAttempt | null;
  /** Best assessment score so far in percent, or null: what the LMS is sent as the score. */
  bestScore: number | null;
  /**
   * Best score of an attempt that passed the gate when it was submitted (the pass mark then, and every critical
   * question right), or null while none has: what "passed" is decided on (completion.ts isPassed).
   */
  passedScore: number | null;
  /**
   * ISO date (YYYY-MM-DD) the course was completed, or null. '' when the LMS records the course as finished but no
   * date is known (a record an older version left with exit=normal; runtime/session.ts): shown as such, never guessed.
   */
  completedOn: string | null;
  /**
   * This learner's shuffle seed (0 to 2^24 - 1), drawn at random on a first launch and kept in the resume data so a
   * resumed attempt shows its options in the order it did (model/shuffle.ts); null until the player has drawn one.
   */
  seed: number | null;
  /**
   * Pages opened since the last assessment attempt was submitted: after a fail, the next attempt opens once the
   * pages linked to what was missed are among them (model/reread.ts).
   */
  reread: string[];
  /**
   * The assessment-only route (a path's test-out): null on the full route. `missed` is null until the test-out attempt
   * is submitted; then the ids of the modules the learner must study (those where they missed questions), [] after a pass.
   */
  testOut: TestOut | null;
}

export interface TestOut {
  missed: string[] | null;
}

/** Seeds are 24 bits: four digits of the resume data. */
export const SEED_RANGE = 2 ** 24;

export function emptyProgress(): Progress {
  return {
    location: null,
    seen: [],
    checks: {},
    assessment: null,
    bestScore: null,
    passedScore: null,
    completedOn: null,
    seed: null,
    reread: [],
    testOut: null,
  };
}
