// Accumulates learner attempts and interaction answers as rows stream in, keeping only what the figures need.

import { resolveInteraction, type CourseIndex } from '../0-shared/course-index.ts';
import {
  strongerRoute,
  type AttemptRecord,
  type InteractionRecord,
  type IssueSink,
  type LearnerIdentity,
  type LearnerStatus,
  type RecordSink,
  type Route,
  type RouteRecord,
} from '../0-shared/types.ts';

/** What one attempt contributes to its learner's record. */
export interface AttemptSummary {
  status: LearnerStatus;
  score: number | null;
  completedOn: string | null;
  timeSpent: number | null;
  evidence: AttemptRecord['evidence'];
  /** To tell duplicates from the same attempt in a second export. */
  fingerprint: string;
  file: string;
  line: number;
}

/** One learner, merged over attempts and files. */
export interface Learner extends LearnerIdentity {
  status: LearnerStatus;
  /** Best score over attempts. */
  score: number | null;
  /** Latest completion date over completed attempts. */
  completedOn: string | null;
  /** Sum over attempts that carry it. */
  timeSpent: number | null;
  /** attempt number → what it says, to recompute the record when a better-informed export repeats an attempt. */
  attempts: Map<number, AttemptSummary>;
  /** The test-out route the learner took, when a download carries its record; absent for the full course. */
  route?: Route;
}

export interface QuestionTally {
  answered: number;
  correct: number;
}

/** Better statuses first: a learner's record shows the best attempt. */
const RANK: Record<LearnerStatus, number> = {
  passed: 8,
  completed: 7,
  failed: 6,
  incomplete: 5,
  browsed: 4,
  // "In progress or not started" says more than "not completed", which may also mean failed.
  unknown: 3,
  'not-completed': 2,
  'not-attempted': 1,
};

/** One learner's key: agency, course path ('' when not known) and the learner's own key. */
export const learnerKeyOf = (agency: string, key: string, path = ''): string => `${agency}\u0000${path}\u0000${key}`;

export class Tally implements RecordSink {
  readonly learners = new Map<string, Learner>();
  readonly questions = new Map<string, QuestionTally>();
  readonly modules = new Map<string, QuestionTally>();
  /** Answers per learner key, to find answers from learners no learner file lists. */
  readonly answersByLearner = new Map<
    string,
    { count: number; agency: string; learnerKey: string; file: string; line: number; seen: Set<number | string> }
  >();
  /** Test-out routes by learner key, for learners whose attempt rows come from a later file. */
  private readonly routes = new Map<string, Route>();
  /** Rows that repeated an attempt already read from another export (e.g. Moodle's basic and interactions reports). */
  mergedRows = 0;
  private readonly strings = new Map<string, string>();

  /**
   * One copy of a repeated value (agency, department, file name). The tokenizer's fields are slices of its
   * 64 KB text chunks, and a kept slice keeps its whole chunk alive: 2 million answer rows would stay in memory.
   */
  private intern(s: string): string {
    let v = this.strings.get(s);
    if (v === undefined) {
      v = copyString(s);
      this.strings.set(v, v);
    }
    return v;
  }

  constructor(
    private readonly index: CourseIndex,
    private readonly issues: IssueSink,
  ) {}

  addAttempt(record: AttemptRecord): void {
    const r = { ...record, agency: this.intern(record.agency), department: this.intern(record.department), file: this.intern(record.file) };
    const key = learnerKeyOf(r.agency, r.learnerKey, r.path);
    const fingerprint = [r.status, r.score, r.completedOn, r.timeSpent, r.name, r.email, r.department].join('\u0000');
    const summary: AttemptSummary = {
      status: r.status,
      score: r.score,
      completedOn: r.completedOn,
      timeSpent: r.timeSpent,
      evidence: r.evidence,
      fingerprint,
      file: r.file,
      line: r.line,
    };
    let l = this.learners.get(key);
    if (l) {
      const prev = l.attempts.get(r.attempt);
      if (prev) {
        if (prev.file === r.file) {
          this.issues.add({
            kind: 'duplicate-row',
            file: r.file,
            line: r.line,
            rowsExcluded: 1,
            message: `duplicate row: attempt ${r.attempt} of this learner is already on line ${prev.line}; counted once`,
          });
        } else if (prev.fingerprint === fingerprint || prev.evidence !== r.evidence) {
          // The same attempt from another export (Moodle's basic, interactions and objectives reports repeat it):
          // the row that says more wins, so a download without the status column never overrides one with it.
          this.mergedRows++;
          if (r.evidence > prev.evidence) {
            l.attempts.set(r.attempt, summary);
            recompute(l);
          }
        } else {
          this.issues.add({
            kind: 'conflicting-row',
            file: r.file,
            line: r.line,
            rowsExcluded: 1,
            message: `attempt ${r.attempt} of this learner differs from ${prev.file}:${prev.line}; the first one read is used`,
          });
        }
        return;
      }
    } else {
      l = {
        agency: r.agency,
        learnerKey: r.learnerKey,
        learnerId: r.learnerId,
        username: r.username,
        name: r.name,
        email: r.email,
        department: r.department,
        ...(r.path ? { path: r.path } : {}),
        ...(this.routes.has(key) ? { route: this.routes.get(key) } : {}),
        status: r.status,
        score: null,
        completedOn: null,
        timeSpent: null,
        attempts: new Map(),
      };
      this.learners.set(key, l);
    }
    l.attempts.set(r.attempt, summary);
    if (l.attempts.size === 1) {
      l.status = r.status;
      l.score = r.score;
      l.completedOn = r.status === 'passed' || r.status === 'completed' ? r.completedOn : null;
      l.timeSpent = r.timeSpent;
    } else recompute(l);
    if (l.department === '' && r.department !== '') l.department = r.department;
    if (l.learnerId === '' && r.learnerId !== '') l.learnerId = r.learnerId;
    if (l.username === '' && r.username !== '') l.username = r.username;
    if (l.email === '' && r.email !== '') l.email = r.email;
  }

  /** Notes a learner's test-out route, for their record now or when their attempt rows arrive from a later file. */
  addRoute(r: RouteRecord): void {
    const key = learnerKeyOf(r.agency, r.learnerKey, r.path);
    const route = strongerRoute(this.routes.get(key), r.route);
    this.routes.set(key, route);
    const l = this.learners.get(key);
    if (l) l.route = route;
  }

  /** Counts one answer; says whether its question is this course's (`known`), not (`foreign`), or a repeat. */
  addInteraction(r: InteractionRecord): 'known' | 'foreign' | 'duplicate' {
    const resolved = resolveInteraction(this.index, r.interactionId);
    if (!resolved.ok) {
      this.issues.add({ kind: resolved.kind, file: r.file, line: r.line, rowsExcluded: 1, message: resolved.message });
      return 'foreign';
    }
    const learner = learnerKeyOf(r.agency, r.learnerKey, r.path);
    let a = this.answersByLearner.get(learner);
    if (!a) {
      a = {
        count: 0,
        agency: this.intern(r.agency),
        learnerKey: copyString(r.learnerKey),
        file: this.intern(r.file),
        line: r.line,
        seen: new Set(),
      };
      this.answersByLearner.set(learner, a);
    }
    // One small integer per answer (question, course attempt, LMS attempt) instead of a string: 2 million
    // answers then fit in tens of megabytes. Unusually large attempt numbers fall back to a string key.
    const n = this.index.questions.size;
    const code = resolved.info.index + n * (resolved.attempt + 1024 * r.lmsAttempt);
    const seen: number | string = resolved.attempt < 1024 && code < 2 ** 30 ? code : `${r.lmsAttempt}.${r.interactionId}`;
    if (a.seen.has(seen)) {
      this.issues.add({
        kind: 'duplicate-row',
        file: r.file,
        line: r.line,
        rowsExcluded: 1,
        message: `the same answer (question “${r.interactionId}”) appears twice for this learner; counted once`,
      });
      return 'duplicate';
    }
    a.seen.add(seen);
    a.count++;
    const q = resolved.info.question.id;
    bump(this.questions, q, r.correct);
    for (const m of resolved.info.moduleIds) bump(this.modules, m, r.correct);
    return 'known';
  }
}

/** A string that shares no memory with the text it was cut from. */
function copyString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** The learner's record from their attempts: the best status, the best score, the latest completion, the total time. */
export function recompute(l: Learner): void {
  // A row that says nothing (a gradebook "-", a 0 without a status column) never outranks one that says something.
  let informed = false;
  for (const a of l.attempts.values()) if (a.evidence > 0) informed = true;
  let status: LearnerStatus | null = null;
  l.score = null;
  l.completedOn = null;
  l.timeSpent = null;
  for (const a of l.attempts.values()) {
    if (!(informed && a.evidence === 0) && (status === null || RANK[a.status] > RANK[status])) status = a.status;
    if (a.score !== null && (l.score === null || a.score > l.score)) l.score = a.score;
    if (
      (a.status === 'passed' || a.status === 'completed') &&
      a.completedOn !== null &&
      (l.completedOn === null || a.completedOn > l.completedOn)
    )
      l.completedOn = a.completedOn;
    if (a.timeSpent !== null) l.timeSpent = (l.timeSpent ?? 0) + a.timeSpent;
  }
  l.status = status ?? 'unknown';
}

function bump(map: Map<string, QuestionTally>, key: string, correct: boolean): void {
  const t = map.get(key) ?? { answered: 0, correct: 0 };
  t.answered++;
  if (correct) t.correct++;
  map.set(key, t);
}
