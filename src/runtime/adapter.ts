// The one interface between the session and an LMS: SCORM 1.2, SCORM 2004 and standalone (localStorage) transports implement it.

export type TransportKind = 'scorm12' | 'scorm2004' | 'standalone';
export type LessonMode = 'normal' | 'review' | 'browse';

/** What the LMS told us at launch, in version-neutral terms. */
export interface LaunchData {
  learner: { id: string; name: string };
  mode: LessonMode;
  /** `resume` when the LMS says the learner is returning to a suspended attempt (1.2 `cmi.core.entry`, 2004 `cmi.entry`). */
  entry: 'ab-initio' | 'resume' | '';
  /** false for `no-credit` launches: still reported, but the LMS will not count it. */
  credit: boolean;
  /** LMS mastery score in percent (1.2 `student_data.mastery_score`, 2004 `scaled_passing_score` x 100), or null. */
  masteryScore: number | null;
  /** '' on `ab-initio`: it is not read then (an unset element answers 403, which ILIAS logs as an error). */
  suspendData: string;
  /**
   * What the LMS has already recorded; never reported lower (SCORM.md: never downgrade). Score in percent or null.
   * `untouched`: the LMS holds no status at all yet (1.2 "not attempted", 2004 completion unknown/not attempted).
   */
  recorded: { completed: boolean; passed: boolean; score: number | null; untouched: boolean };
  /** Interactions already stored (new ones are appended after them), or null if the LMS does not support them. */
  interactionCount: number | null;
  /** Their ids by index where the LMS lets them be read back (2004); null in 1.2, where they are write-only. */
  interactionIds: string[] | null;
  /** Objective ids already stored, by index. */
  objectiveIds: string[];
  /**
   * A read the record depends on (entry, suspend data, location, status, score) failed: GetValue threw or answered an
   * error. What the LMS holds is then unknown, not empty, and nothing may be written over it. @default false
   */
  readFailed?: boolean;
}

export interface InteractionReport {
  index: number;
  /** `module.question.attempt`, readable by an IG team. */
  id: string;
  type: 'choice' | 'true-false';
  /** All option ids in defined order (1.2 writes choices as a, b, c… by this order). */
  optionIds: string[];
  /** Option ids as the course defines them; the dialects write them through reportedOptionId (interactions.ts). */
  response: string[];
  correct: string[];
  result: boolean;
  /** When the answer was checked or scored (epoch ms). */
  at: number;
  /** The module objective the question serves (`cmi.interactions.n.objectives.0.id`), or '' for none. */
  objective: string;
}

export interface ObjectiveReport {
  index: number;
  id: string;
  completion: 'completed' | 'incomplete' | 'not attempted';
  success: 'passed' | 'failed' | 'unknown';
}

/** Everything the player reports, computed from Progress by report.ts; transports turn it into CMI values. */
export interface Report {
  location: string;
  suspendData: string;
  completion: 'completed' | 'incomplete';
  success: 'passed' | 'failed' | 'unknown';
  /** Score in percent (integer), or null before any scored attempt. */
  score: number | null;
  progressMeasure: number;
  /** How 1.2 reports a learner who failed but may retry (course.yaml `failedStatus12`). */
  failedStatus12: 'incomplete' | 'failed';
  /**
   * The learner failed but may try again: 2004 reports success "unknown" rather than "failed" (ILIAS and others show
   * "Failed" to the learner, and some lock a failed SCO).
   */
  retriesLeft: boolean;
  /** Session time so far: sent with every commit, so it is stored even when the unload save is blocked. */
  sessionMs: number;
  objectives: ObjectiveReport[];
  interactions: InteractionReport[];
}

export interface LmsAdapter {
  readonly transport: TransportKind;
  /** Initialize and read the launch data; null when the LMS refuses to initialise. */
  start(): LaunchData | null;
  /** Sets what changed since the last successful commit (values of a failed commit are sent again). */
  write(report: Report): void;
  /** Persists what was written; false when the LMS says it could not. */
  commit(): boolean;
  /**
   * Writes the final report, commits and terminates. Once only; later calls do nothing. `navigate` is true when
   * the learner chose to leave (the course's own exit), so an LMS that honours adl.nav.request closes the content.
   * A null report (a read-only session: review, browse, a finished course) writes nothing and only terminates.
   */
  finish(report: Report | null, navigate: boolean): boolean;
  /** SCORM 1.2 browse mode on an untouched record: sets "browsed", so the LMS never turns the visit into a completion. */
  markBrowsed(): void;
}

/** Logs an LMS error; the default writes to the console, tests collect the lines. */
export type LmsLogger = (message: string) => void;
