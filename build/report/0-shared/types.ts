// Records the export readers produce and the data-quality issues they raise: the seam between reading and aggregating.

/**
 * A learner's status as the LMS reported it, normalised across SCORM 1.2 and 2004 words. `unknown`: the export
 * cannot tell in progress from not started (a Moodle download without its status column, a gradebook `-`).
 * `not-completed`: Moodle's activity completion "Not completed", which may also be a failed attempt.
 */
export type LearnerStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'unknown' | 'not-completed' | 'not-attempted';

/** The words a reader sees for each status (never the ids). */
export const STATUS_TEXT: Record<LearnerStatus, string> = {
  passed: 'Passed',
  completed: 'Completed',
  failed: 'Failed',
  incomplete: 'In progress',
  browsed: 'Browsed only',
  unknown: 'In progress or not started (not in the export)',
  'not-completed': 'Not completed (in progress, failed or not started: not in the export)',
  'not-attempted': 'Not started',
};

/** Shown when an export gives no agency, neither by column nor by `--agency`. */
export const NO_AGENCY = '(no agency given)';

/** Who a learner is, as the exports tell it. */
export interface LearnerIdentity {
  agency: string;
  /** The key that identifies the learner within the agency: ID number, else email, else name. */
  learnerKey: string;
  /** The ID number (Moodle's "ID number", a generic file's learner_id); '' when the download has none. */
  learnerId: string;
  /** The LMS username, when the download shows it; '' otherwise. */
  username: string;
  name: string;
  email: string;
  department: string;
  /**
   * The course path the record is from (course.yaml `paths:`), named by the download's SCO title or activity name;
   * '' when the download does not say. One person on two paths is two trainings: kept apart, never merged.
   */
  path?: string;
}

/** One learner's attempt (Moodle writes one row per user and attempt; a generic file one row per learner). */
export interface AttemptRecord extends LearnerIdentity {
  attempt: number;
  status: LearnerStatus;
  /** Percent 0–100, or null when the export gives none (Moodle's `0` for an attempt that set no score is none). */
  score: number | null;
  /**
   * How much the row says about the attempt: 2 when the export states the status, 1 when it was inferred from a
   * score, 0 when the export gives neither. The same attempt read again with more evidence replaces the weaker row.
   */
  evidence: 0 | 1 | 2;
  /** YYYY-MM-DD, or null. */
  completedOn: string | null;
  /** Seconds, or null when the export does not carry time spent (Moodle's basic report does not). */
  timeSpent: number | null;
  /** Where the row came from, for data-quality messages. */
  file: string;
  line: number;
}

/**
 * The route a learner took through a path that offers test-out: `tested-out` passed the assessment from the start
 * screen (no modules required), `sent-to-modules` failed it and had the modules they missed to study. A learner
 * with no route record took the full course (or the download does not carry interactions).
 */
export type Route = 'tested-out' | 'sent-to-modules';

/**
 * Which of two route records stands: a learner has one test-out attempt, so two records (the same answers in two
 * downloads) say the same; should they ever differ, the pass wins, as a pass on any attempt does for the status.
 */
export const strongerRoute = (a: Route | undefined, b: Route): Route => (a === 'tested-out' ? a : b);

/** A learner's test-out record (the player's `route.test-out.1` interaction). */
export interface RouteRecord {
  agency: string;
  learnerKey: string;
  path?: string;
  route: Route;
  file: string;
  line: number;
}

/** One answer to one question, as an LMS records a SCORM interaction. */
export interface InteractionRecord {
  agency: string;
  learnerKey: string;
  /** `${moduleId|assessmentId}.${questionId}.${attempt}` as the player writes it. */
  interactionId: string;
  /** True for `correct`; false for `wrong` (1.2) or `incorrect` (2004). */
  correct: boolean;
  /** The LMS's attempt number (a new LMS attempt restarts the course's own attempt count); 0 when unknown. */
  lmsAttempt: number;
  /** The course path, as on the learner's attempts (LearnerIdentity.path). */
  path?: string;
  file: string;
  line: number;
}

/**
 * Where the row readers put what they read: the normalising stage (the tally) takes it from here, so reading a row
 * needs nothing from the stages after it.
 */
export interface RecordSink {
  addAttempt(record: AttemptRecord): void;
  /** Counts one answer; says whether its question is this course's (`known`), not (`foreign`), or a repeat. */
  addInteraction(record: InteractionRecord): 'known' | 'foreign' | 'duplicate';
  /** Notes the route a learner took (test-out), read from its interaction. */
  addRoute(record: RouteRecord): void;
}

/** Day order for numeric dates like 03/04/2025 (a mapping's `dateOrder`); UK LMSs write day first. */
export type DateOrder = 'dmy' | 'mdy';

/** Kinds of data-quality problem; each is counted and listed in the report. */
export type IssueKind =
  | 'unknown-layout'
  | 'missing-column'
  | 'unreadable-file'
  | 'bad-row'
  | 'bad-date'
  | 'bad-score'
  | 'bad-status'
  | 'bad-duration'
  | 'bad-result'
  | 'missing-learner'
  | 'duplicate-row'
  | 'conflicting-row'
  | 'unknown-question'
  | 'bad-interaction-id';

/** Each kind in plain words, as the report's data-quality section heads its group. */
export const ISSUE_TEXT: Record<IssueKind, string> = {
  'missing-column': 'Columns missing from a download',
  'unknown-layout': 'Files in a layout the report does not know',
  'unreadable-file': 'Files that could not be opened',
  'bad-row': 'Rows that could not be read',
  'bad-date': 'Dates that could not be read',
  'bad-score': 'Scores that could not be read',
  'bad-status': 'Status words the report does not know',
  'bad-duration': 'Times spent that could not be read',
  'bad-result': 'Answers with no result that can be scored',
  'missing-learner': 'Rows without a learner, or answers from learners no file lists',
  'duplicate-row': 'Rows repeated in one download',
  'conflicting-row': 'Attempts that two downloads give differently',
  'unknown-question': 'Answers to questions this course does not have',
  'bad-interaction-id': 'Answers whose question id cannot be read',
};

export interface Issue {
  kind: IssueKind;
  file: string;
  /** 1-based line in the file; 0 for a problem with the whole file. */
  line: number;
  message: string;
  /** Data rows this issue kept out of the figures (0 when the row was kept with a blank field). */
  rowsExcluded: number;
}

/** Replaces learner names, emails and ids with pseudonyms; made outside the core (Node's crypto for the command). */
export interface Pseudonymiser {
  /** `user` when the key came from the user (same pseudonyms every run), `per-run` when it was made for this run. */
  keySource: 'user' | 'per-run';
  pseudonym(agency: string, learnerKey: string): string;
}

/** Where issues go: counted in full, listed up to a cap so a 2-million-row bad file cannot fill memory. */
export interface IssueSink {
  add(issue: Issue): void;
}
