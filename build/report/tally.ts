// Accumulates learner attempts and interaction answers as rows stream in, keeping only what the figures need.

import { resolveInteraction, type CourseIndex } from './course-index.ts';
import type { AttemptRecord, InteractionRecord, IssueSink, LearnerIdentity, LearnerStatus } from './types.ts';

/** One learner, merged over attempts and files. */
export interface Learner extends LearnerIdentity {
  status: LearnerStatus;
  /** Best score over attempts. */
  score: number | null;
  /** Latest completion date over completed attempts. */
  completedOn: string | null;
  /** Sum over attempts that carry it. */
  timeSpent: number | null;
  /** attempt number → fingerprint and file, to tell duplicates from the same attempt in a second export. */
  attempts: Map<number, { fingerprint: string; file: string; line: number }>;
}

export interface QuestionTally {
  answered: number;
  correct: number;
}

/** Better statuses first: a learner's record shows the best attempt. */
const RANK: Record<LearnerStatus, number> = { passed: 6, completed: 5, failed: 4, incomplete: 3, browsed: 2, 'not-attempted': 1 };

export const learnerKeyOf = (agency: string, key: string): string => `${agency}\u0000${key}`;

export class Tally {
  readonly learners = new Map<string, Learner>();
  readonly questions = new Map<string, QuestionTally>();
  readonly modules = new Map<string, QuestionTally>();
  /** Answers per learner key, to find answers from learners no learner file lists. */
  readonly answersByLearner = new Map<
    string,
    { count: number; agency: string; learnerKey: string; file: string; line: number; seen: Set<number | string> }
  >();
  /** Rows that repeated an attempt already read from another export (e.g. Moodle's basic and interactions reports). */
  mergedRows = 0;

  constructor(
    private readonly index: CourseIndex,
    private readonly issues: IssueSink,
  ) {}

  addAttempt(r: AttemptRecord): void {
    const key = learnerKeyOf(r.agency, r.learnerKey);
    const fingerprint = [r.status, r.score, r.completedOn, r.timeSpent, r.name, r.email, r.department].join('\u0000');
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
        } else if (prev.fingerprint === fingerprint) {
          this.mergedRows++;
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
        name: r.name,
        email: r.email,
        department: r.department,
        status: r.status,
        score: null,
        completedOn: null,
        timeSpent: null,
        attempts: new Map(),
      };
      this.learners.set(key, l);
    }
    l.attempts.set(r.attempt, { fingerprint, file: r.file, line: r.line });
    if (RANK[r.status] > RANK[l.status]) l.status = r.status;
    if (r.score !== null && (l.score === null || r.score > l.score)) l.score = r.score;
    if (
      (r.status === 'passed' || r.status === 'completed') &&
      r.completedOn !== null &&
      (l.completedOn === null || r.completedOn > l.completedOn)
    ) {
      l.completedOn = r.completedOn;
    }
    if (r.timeSpent !== null) l.timeSpent = (l.timeSpent ?? 0) + r.timeSpent;
    if (l.department === '' && r.department !== '') l.department = r.department;
  }

  addInteraction(r: InteractionRecord): void {
    const resolved = resolveInteraction(this.index, r.interactionId);
    if (!resolved.ok) {
      this.issues.add({ kind: resolved.kind, file: r.file, line: r.line, rowsExcluded: 1, message: resolved.message });
      return;
    }
    const learner = learnerKeyOf(r.agency, r.learnerKey);
    let a = this.answersByLearner.get(learner);
    if (!a) {
      a = { count: 0, agency: r.agency, learnerKey: r.learnerKey, file: r.file, line: r.line, seen: new Set() };
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
        message: `duplicate answer: interaction "${r.interactionId}" of this learner was already read; counted once`,
      });
      return;
    }
    a.seen.add(seen);
    a.count++;
    const q = resolved.info.question.id;
    bump(this.questions, q, r.correct);
    for (const m of resolved.info.moduleIds) bump(this.modules, m, r.correct);
  }
}

function bump(map: Map<string, QuestionTally>, key: string, correct: boolean): void {
  const t = map.get(key) ?? { answered: 0, correct: 0 };
  t.answered++;
  if (correct) t.correct++;
  map.set(key, t);
}
