// Which questions are reported as LMS interactions, what each record says (ids `module.question.attempt`), in which
// alphabet answers are written, and at which cmi.interactions index each question's record is kept.

import type { Course, Question } from '../model/course.ts';
import type { Answer, Progress } from '../model/progress.ts';
import { isAnswerCorrect } from '../model/scoring.ts';
import type { InteractionReport } from './adapter.ts';

/** The objective that says a learner took the test-out route (model/test-out.ts): an IG report can tell who did. */
export const TEST_OUT_OBJECTIVE = 'route.test-out';
/** Its interaction: one per learner, since the test-out attempt is the first and only one taken from the start screen. */
export const TEST_OUT_INTERACTION = `${TEST_OUT_OBJECTIVE}.1`;

/** A question answered far enough to report: a knowledge check once checked, an assessment question once scored. */
export interface AnsweredQuestion {
  id: string;
  question: Question;
  answer: Answer;
  /** The module whose objective the question serves (cmi.interactions.n.objectives.0.id), or '' when none. */
  objective: string;
}

/**
 * What every LMS accepts in a choice answer: Moodle 4.5 checks 2004 `learner_response` and `correct_responses.n.pattern`
 * nodes against `^[\w.]{1,250}$` (its CMIShortIdentifier, stricter than the spec's short_identifier_type) and answers
 * 406 to anything else. The build rejects an option id whose reported form does not match (build/content/questions.ts).
 */
export const REPORTABLE_ID = /^[A-Za-z0-9_.]{1,250}$/;

/**
 * The one place an option id becomes the identifier written to the LMS. Course ids are lower case, digits and
 * hyphens (build/content/ids.ts) and never contain `_`, so hyphen to underscore is one-to-one and stays readable
 * in LMS reports ("replace-ico" is reported as "replace_ico").
 */
export function reportedOptionId(id: string): string {
  return id.replace(/-/g, '_');
}

/**
 * The questions to report as interactions. `withChecks` false leaves the knowledge checks out: Moodle re-sends every
 * element on every SCORM 2004 save and its unload beacon must stay under 64 KB (save-size.ts); the checks are
 * formative, and their answers stay in the resume data.
 */
export function answeredQuestions(course: Course, progress: Progress, withChecks = true): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  const moduleOf = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  for (const m of withChecks ? course.modules : []) {
    for (const q of m.check) {
      const a = progress.checks[q.id];
      // Knowledge checks are always attempt 1: the learner may re-check, but the first checked answer is reported.
      if (a?.checked) out.push({ id: `${m.id}.${q.id}.1`, question: q, answer: a, objective: m.id });
    }
  }
  const at = progress.assessment;
  if (at && at.score !== null) {
    const bank = new Map(course.assessment.bank.map((q) => [q.id, q]));
    for (const qid of at.drawn) {
      const q = bank.get(qid);
      if (q)
        out.push({
          id: `${course.assessment.id}.${qid}.${at.number}`,
          question: q,
          answer: at.answers[qid] ?? { selected: [], checked: true },
          objective: q.objectives.map((o) => moduleOf.get(o)).find((m) => m !== undefined) ?? '',
        });
    }
  }
  return out;
}

/**
 * The test-out route as an interaction (`route.test-out.1`, a choice of passed or failed), written once the test-out
 * attempt is scored. The `route.test-out` objective says the same, but Moodle 4.5's objectives report leaves its
 * cells empty (lab, 7 December 2026), while every LMS's interactions report lists interactions: this is how a
 * completion report tells who tested out. Null until a test-out attempt has a result.
 */
export function routeInteraction(progress: Progress): Omit<InteractionReport, 'index' | 'at'> | null {
  const missed = progress.testOut?.missed;
  if (missed == null) return null;
  const passed = missed.length === 0;
  return {
    id: TEST_OUT_INTERACTION,
    type: 'choice',
    optionIds: ['passed', 'failed'],
    response: [passed ? 'passed' : 'failed'],
    correct: ['passed'],
    result: passed,
    objective: TEST_OUT_OBJECTIVE,
  };
}

export function interactionFields(a: AnsweredQuestion): Omit<InteractionReport, 'index' | 'at'> {
  const q = a.question;
  return {
    id: a.id,
    type: q.kind === 'truefalse' ? 'true-false' : 'choice',
    optionIds: q.options.map((o) => o.id),
    response: q.options.filter((o) => a.answer.selected.includes(o.id)).map((o) => o.id),
    correct: q.options.filter((o) => o.correct).map((o) => o.id),
    result: isAnswerCorrect(q, a.answer),
    objective: a.objective,
  };
}

/**
 * Picks the cmi.interactions index of each answer: one record per question per attempt, so an LMS report never shows
 * one attempt's answer under another attempt's id (an interaction id is immutable once set, 2004 RTE 4.1.6). An id
 * already stored keeps its index (2004 reads the ids back at launch: `stored`); 1.2 ids are write-only, so a 1.2
 * session passes null and appends after `next` (cmi.interactions._count). How many attempts are recorded at all is
 * bounded by the course's `recordedAttempts` (save-size.ts), which keeps Moodle's unload save under 64 KB.
 */
export class InteractionIndex {
  private readonly byId = new Map<string, number>();

  constructor(
    stored: string[] | null,
    private next: number,
  ) {
    stored?.forEach((id, index) => this.byId.set(id, index));
  }

  place(id: string): number {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    this.byId.set(id, this.next);
    return this.next++;
  }
}
