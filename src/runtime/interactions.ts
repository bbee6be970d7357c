// Which questions are reported as LMS interactions, what each record says (ids `module.question.attempt`), in which
// alphabet answers are written, and at which cmi.interactions index each question's record is kept.

import type { Course, Question } from '../model/course.ts';
import type { Answer, Progress } from '../model/progress.ts';
import { isAnswerCorrect } from '../model/scoring.ts';
import type { InteractionReport } from './adapter.ts';

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

/** A question's record: one per question, whatever the attempt (`module.question`, the id without its attempt). */
const recordKey = (id: string): string => id.replace(/\.\d+$/, '');

/**
 * Picks the cmi.interactions index of each answer. Moodle re-sends every element a SCO ever set on every commit and
 * its unload save fails over 64 KB (SCORM.md), so records are not appended per attempt: each question keeps one
 * record, which a later attempt updates. Its id stays the one first written (an interaction id is immutable once
 * set, 2004 RTE 4.1.6, error 351), so it names the attempt the question was first answered in; the response, result
 * and timestamp are the latest attempt's. `stored` is the ids the LMS holds by index (2004 reads them back at
 * launch). SCORM 1.2 ids are write-only and 1.2 LMSs journal interactions, so a 1.2 session passes null and appends.
 */
export class InteractionIndex {
  private readonly byKey = new Map<string, { index: number; id: string }>();
  private readonly reuse: boolean;

  constructor(
    stored: string[] | null,
    private next: number,
  ) {
    this.reuse = stored !== null;
    stored?.forEach((id, index) => this.byKey.set(recordKey(id), { index, id }));
  }

  place(id: string): { index: number; id: string } {
    if (!this.reuse) return { index: this.next++, id };
    const key = recordKey(id);
    const known = this.byKey.get(key);
    if (known) return known;
    const fresh = { index: this.next++, id };
    this.byKey.set(key, fresh);
    return fresh;
  }
}
